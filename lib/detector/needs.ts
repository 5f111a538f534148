// What text a regex cannot match without: read from its source, a list of
// clauses, each a set of literal strings one of which every match contains.
// The engine skips a rule (and leaves a mask out of its alternation) whose
// needs the headline does not meet, so V8 never compiles that regex for it —
// the first run of the big case-insensitive regexes is most of a cold start.
// Only a necessary condition: anything this parser does not understand needs
// nothing, so a rule is never skipped wrongly, only run needlessly.

/** Every clause must be met: the folded text contains one of its strings. */
export type Needs = readonly (readonly string[])[];

interface Parsed {
  needs: Needs;
  end: number;
}

const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'b', 'B', 'p', 'P', 'k', 'c', 'u', 'x', '0']);
/** Only these survive as literals: their case variants under /iu are what toLowerCase() gives (plus ſ, see foldCase). */
const PLAIN = new Set("abcdefghijklmnopqrstuvwxyz0123456789 'àâäçéèêëîïôöùûüÿœæ-");

/** The text as the needs are compared with it: lower case, and ſ, which /iu matches as s. */
export function foldCase(text: string): string {
  return text.toLowerCase().replaceAll('ſ', 's');
}

export function meets(folded: string, needs: Needs): boolean {
  return needs.every((clause) => clause.some((s) => folded.includes(s)));
}

export function needsOf(source: string): Needs {
  const parsed = alternation(source, 0);
  if (parsed.end !== source.length) return [];
  return parsed.needs;
}

/** The best clause of a branch: the one whose shortest string is longest (rarest, as a guess). */
function bestClause(needs: Needs): readonly string[] | null {
  let best: readonly string[] | null = null;
  let bestLen = -1;
  for (const clause of needs) {
    const len = Math.min(...clause.map((s) => s.length));
    if (len > bestLen) {
      best = clause;
      bestLen = len;
    }
  }
  return best;
}

function alternation(src: string, start: number): Parsed {
  const branches: Needs[] = [];
  let i = start;
  for (;;) {
    const seq = sequence(src, i);
    branches.push(seq.needs);
    i = seq.end;
    if (src[i] !== '|') break;
    i++;
  }
  if (branches.length === 1) return { needs: branches[0] ?? [], end: i };
  // a match takes one branch: it contains one of the branches' best strings
  const union: string[] = [];
  for (const branch of branches) {
    const clause = bestClause(branch);
    if (!clause) return { needs: [], end: i };
    union.push(...clause);
  }
  return { needs: [union], end: i };
}

interface Atom {
  needs: Needs;
  /** A literal character, when the atom is one. */
  char: string | null;
  end: number;
}

function sequence(src: string, start: number): Parsed {
  const needs: (readonly string[])[] = [];
  let run = '';
  const flush = () => {
    if (run) needs.push([run]);
    run = '';
  };
  let i = start;
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    const atom = readAtom(src, i);
    const q = quantifier(src, atom.end);
    i = q.end;
    if (atom.char !== null && q.min === 1 && q.max === 1) {
      run += atom.char;
      continue;
    }
    flush();
    if (q.min >= 1) needs.push(...atom.needs);
  }
  flush();
  return { needs, end: i };
}

function readAtom(src: string, i: number): Atom {
  const c = src[i] ?? '';
  if (c === '(') {
    let j = i + 1;
    let zeroWidth = false;
    if (src[j] === '?') {
      const next = src[j + 1];
      const after = src[j + 2];
      if (next === ':') j += 2;
      else if (next === '<' && (after === '=' || after === '!')) {
        j += 3;
        zeroWidth = true;
      } else if (next === '=' || next === '!') {
        j += 2;
        zeroWidth = true;
      } else if (next === '<') j = src.indexOf('>', j) + 1;
      else return { needs: [], char: null, end: skipGroup(src, i) };
    }
    const inner = alternation(src, j);
    if (src[inner.end] !== ')') throw new Error(`needs: unclosed group at ${i}`);
    return { needs: zeroWidth ? [] : inner.needs, char: null, end: inner.end + 1 };
  }
  if (c === '[') return { needs: [], char: null, end: skipClass(src, i) };
  if (c === '\\') {
    const e = src[i + 1] ?? '';
    if (e === 'p' || e === 'P' || e === 'k')
      return { needs: [], char: null, end: src.indexOf('}', i) + 1 || i + 2 };
    if (e === 'u' || e === 'x' || e === 'c' || /\d/.test(e)) throw new Error(`needs: escape \\${e} not read`);
    if (CLASS_ESCAPES.has(e)) return { needs: [], char: null, end: i + 2 };
    return literal(e, i + 2);
  }
  if (c === '.' || c === '^' || c === '$') return { needs: [], char: null, end: i + 1 };
  return literal(c, i + 1);
}

function literal(c: string, end: number): Atom {
  const lower = PLAIN.has(c) ? c : c.toLowerCase();
  return PLAIN.has(lower) ? { needs: [], char: lower, end } : { needs: [], char: null, end };
}

function skipClass(src: string, i: number): number {
  let j = i + 1;
  while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
  return j + 1;
}

function skipGroup(src: string, i: number): number {
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === '[') j = skipClass(src, j) - 1;
    else if (src[j] === '(') depth++;
    else if (src[j] === ')' && --depth === 0) return j + 1;
  }
  throw new Error(`needs: unclosed group at ${i}`);
}

const BRACES = /\{(\d+)(,(\d*))?\}/y;

function quantifier(src: string, i: number): { min: number; max: number; end: number } {
  const c = src[i];
  let min = 1;
  let max = 1;
  let end = i;
  if (c === '?' || c === '*' || c === '+') {
    min = c === '+' ? 1 : 0;
    max = c === '?' ? 1 : Number.POSITIVE_INFINITY;
    end = i + 1;
  } else if (c === '{') {
    BRACES.lastIndex = i;
    const m = BRACES.exec(src);
    if (m) {
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY) : min;
      end = i + m[0].length;
    }
  }
  if (end > i && src[end] === '?') end++;
  return { min, max, end };
}
