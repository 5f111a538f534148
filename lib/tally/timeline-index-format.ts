// The format of timeline-index.json, the shipped timeline as the extension
// loads it, built from timeline.json by `npm run timeline:build` with only what
// the badges, popup and options use (no sources, provenance or detector notes).
// One line per subject, in rank order, with the figures the popup's ranked list
// shows, so opening the popup reads no row; then the subject's headline keys and
// its rows as tab-separated text, split only when that subject is needed.
// A unit test checks it against timeline.json.
import { DEATH_KINDS, type DeathKind, LANGS, type Lang } from '../detector/types.ts';
import { rankSubjects } from './count.ts';
import { normalizeHeadline } from './normalize.ts';
import type { TimelineEntry } from './timeline-schema.ts';
import type { Claim, SubjectRank } from './types.ts';

/**
 * canonical, total, rebuttals, first year, last year (its rank in the shipped
 * timeline alone), its headlines' keys (one a line), its rows (one a line).
 */
export type IndexSubject = [string, number, number, number | null, number | null, string, string];

export interface TimelineIndex {
  version: 2;
  subjects: IndexSubject[];
}

/** A row's fields, tab-separated; an empty field is null. */
const FIELDS = ['position', 'id', 'date', 'kind', 'lang', 'headline', 'subject', 'url', 'argument', 'site'];

/** What the extension keeps of an entry. */
export function entryClaim(entry: TimelineEntry): Claim {
  return {
    id: `timeline:${entry.id}`,
    headline: entry.headline,
    subject: entry.subject,
    canonical: entry.canonical,
    kind: entry.kind,
    lang: entry.lang,
    url: entry.url,
    // Precomputed: parsing URLs took 0.4–2 ms of the popup's opening (a CPU profile).
    site: entry.url ? new URL(entry.url).hostname : null,
    date: entry.date,
    origin: 'shipped',
    dateSource: 'timeline',
    argument: entry.argument ?? null,
    // Precomputed: normalising ~700 headlines was the popup's largest cost on opening.
    key: normalizeHeadline(entry.headline),
  };
}

function field(value: string | null): string {
  if (value === '' || /[\t\n]/.test(value ?? '')) {
    throw new Error(`timeline index: a field cannot be empty or hold a tab or line break: ${value}`);
  }
  return value ?? '';
}

export function toIndex(entries: readonly TimelineEntry[]): TimelineIndex {
  const claims = entries.map(entryClaim);
  const bySubject = new Map<string, [number, Claim][]>();
  claims.forEach((claim, position) => {
    const own = bySubject.get(claim.canonical) ?? [];
    own.push([position, claim]);
    bySubject.set(claim.canonical, own);
  });
  return {
    version: 2,
    subjects: rankSubjects(claims).map((rank): IndexSubject => {
      const own = bySubject.get(rank.canonical) ?? [];
      const rows = own.map(([position, c]) =>
        [
          String(position),
          ...[c.id.slice('timeline:'.length), c.date, c.kind, c.lang, c.headline, c.subject, c.url]
            .concat(c.argument ?? null, c.site)
            .map(field),
        ].join('\t'),
      );
      const keys = own.map(([, c]) => field(c.key ?? null));
      return [
        rank.canonical,
        rank.total,
        rank.rebuttals,
        rank.first,
        rank.last,
        keys.join('\n'),
        rows.join('\n'),
      ];
    }),
  };
}

/** The index as parsed from the file, in this format (one built by an older toIndex is not). */
export function checkedIndex(parsed: unknown): TimelineIndex {
  // The version and the list here; each row when it is split (subjectRows).
  const ok =
    typeof parsed === 'object' &&
    parsed !== null &&
    'version' in parsed &&
    parsed.version === 2 &&
    'subjects' in parsed &&
    Array.isArray(parsed.subjects);
  if (!ok) throw new Error('timeline-index.json is not in the format of toIndex: run npm run timeline:index');
  return parsed as TimelineIndex;
}

/** A subject's line as the ranked list shows it, before the reader's own record. */
export function subjectRank([canonical, total, rebuttals, first, last]: IndexSubject): SubjectRank {
  return { canonical, total, rebuttals, first, last, shipped: total, seen: 0 };
}

export function subjectKeys(subject: IndexSubject): string[] {
  return subject[5].split('\n');
}

const isKind = (s: string | undefined): s is DeathKind => DEATH_KINDS.some((k) => k === s);
const isLang = (s: string | undefined): s is Lang => LANGS.some((l) => l === s);

const parsed = new WeakMap<IndexSubject, [number, Claim][]>();

/** A subject's claims with their position in the timeline, in timeline order (split once per subject). */
function subjectRows(subject: IndexSubject): [number, Claim][] {
  let rows = parsed.get(subject);
  if (rows) return rows;
  const keys = subjectKeys(subject);
  rows = subject[6].split('\n').map((line, i) => {
    const [position, id, date, kind, lang, headline, written, url, argument, site] = line.split('\t');
    if (!isKind(kind) || !isLang(lang) || site === undefined) {
      throw new Error(`timeline index: a row of ${subject[0]} is not ${FIELDS.join(', ')}`);
    }
    const claim: Claim = {
      id: `timeline:${id}`,
      headline: headline ?? '',
      subject: written || null,
      canonical: subject[0],
      kind,
      lang,
      url: url || null,
      site: site || null,
      date: date ?? '',
      origin: 'shipped',
      dateSource: 'timeline',
      argument: argument || null,
      key: keys[i] ?? '',
    };
    return [Number(position), claim];
  });
  parsed.set(subject, rows);
  return rows;
}

/** A subject's shipped claims, in timeline order. */
export function subjectClaims(subject: IndexSubject): Claim[] {
  return subjectRows(subject).map(([, claim]) => claim);
}

/** Every shipped claim, in timeline.json's order. */
export function fromIndex(index: TimelineIndex): Claim[] {
  const claims: Claim[] = [];
  for (const subject of index.subjects) {
    for (const [position, claim] of subjectRows(subject)) claims[position] = claim;
  }
  return claims;
}
