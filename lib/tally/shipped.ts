// The history a badge shows: the shipped timeline's, never the reader's own
// record. A page can read its badges, so anything in them that depended on
// what this browser met elsewhere would tell the page what the user read.
import type { SubjectHistory } from '../messages.ts';
import { type ArgumentUse, argumentsOf } from './arguments.ts';
import { historyOf } from './count.ts';
import { TIMELINE } from './timeline.ts';
import type { Claim } from './types.ts';

export interface ShippedHistory {
  history: SubjectHistory;
  arguments: ArgumentUse[];
}

const cache = new WeakMap<readonly Claim[], Map<string, Claim[]>>();

/** The timeline grouped by subject, once per timeline. */
function bySubject(timeline: readonly Claim[]): Map<string, Claim[]> {
  let groups = cache.get(timeline);
  if (!groups) {
    groups = new Map();
    for (const claim of timeline) {
      const list = groups.get(claim.canonical) ?? [];
      list.push(claim);
      groups.set(claim.canonical, list);
    }
    cache.set(timeline, groups);
  }
  return groups;
}

export function shippedHistory(canonical: string, timeline: readonly Claim[] = TIMELINE): ShippedHistory {
  const own = bySubject(timeline).get(canonical) ?? [];
  return { history: historyOf(own, canonical), arguments: argumentsOf(own, canonical) };
}
