// A word-edged alternation of many regex sources (masks, fiction words), built
// for each headline from only the sources whose needs it meets (needs.ts): the
// same matches as the whole alternation, since a left-out source cannot match
// that text, but V8 compiles a small regex instead of a giant one. Built
// regexes are kept by the set of sources in them.
import { meets, type Needs, needsOf } from './needs.ts';

const EDGE_L = '(?<![\\p{L}\\p{N}])';
const EDGE_R = '(?![\\p{L}\\p{N}])';
/** Enough for the few source sets real headlines meet; the oldest built regex goes first. */
const MAX_BUILT = 256;

export class Alternation {
  private readonly sources: readonly string[];
  private readonly flags: string;
  private readonly needs: Needs[];
  private readonly built = new Map<string, RegExp | null>();

  constructor(sources: readonly string[], flags: string) {
    this.sources = sources;
    this.flags = flags;
    this.needs = sources.map(needsOf);
  }

  /** The alternation of the sources the folded text can match, or null when none can. */
  for(folded: string): RegExp | null {
    const kept: number[] = [];
    this.needs.forEach((needs, i) => {
      if (meets(folded, needs)) kept.push(i);
    });
    const key = kept.join(',');
    let re = this.built.get(key);
    if (re === undefined) {
      re = kept.length
        ? new RegExp(`${EDGE_L}(?:${kept.map((i) => this.sources[i]).join('|')})${EDGE_R}`, this.flags)
        : null;
      if (this.built.size >= MAX_BUILT) this.built.delete(this.built.keys().next().value ?? '');
      this.built.set(key, re);
    }
    return re;
  }
}
