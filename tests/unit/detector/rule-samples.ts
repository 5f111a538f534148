// Sample texts a cue rule's template can match: every alternative of every
// group (up to a cap), slots as a placeholder word, optional parts both with
// and without, repeats once or not at all, lookarounds dropped. Used to check
// that the page's prefilter lets through every wording the rules know.
import type { RuleSpec } from '@/lib/detector/patterns';

const CAP = 4000;
/** The subject and agent slots of rules-*.ts, read as one placeholder word. */
const SLOT_WORD: Record<string, string> = { S: ' Xyz ', A: ' Xyz ', O: ' xyz ', R: ' xyz ', B: ' ', _: ' ' };

function cross(a: string[], b: string[]): string[] {
  const out: string[] = [];
  for (const x of a) for (const y of b) if (out.length < CAP) out.push(x + y);
  return out;
}

/** A tiny reader of the regex subset the rule templates use. */
class Reader {
  i = 0;
  constructor(readonly src: string) {}

  alternatives(): string[] {
    const out: string[] = [];
    for (;;) {
      out.push(...this.sequence());
      if (this.src[this.i] !== '|') return out.slice(0, CAP);
      this.i++;
    }
  }

  sequence(): string[] {
    let acc = [''];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      let atom = this.atom();
      const q = this.src[this.i];
      if (q === '?' || q === '*') {
        this.i++;
        // optional space between words stays a space: "la mort", not "lamort"
        if (atom.length > 1 || atom[0] !== ' ') atom = q === '?' ? [...atom, ''] : ['', ...atom];
      } else if (q === '+') this.i++;
      else if (q === '{') {
        const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.i));
        if (m) {
          this.i += m[0].length;
          if (m[1] === '0') atom = ['', ...atom];
        }
      }
      if (this.src[this.i] === '?') this.i++; // lazy
      acc = cross(acc, atom);
    }
    return acc;
  }

  atom(): string[] {
    const c = this.src[this.i] ?? '';
    if (c === '(') {
      this.i++;
      const look = /^\?(?:<?[=!])/.exec(this.src.slice(this.i));
      const named = /^\?<[a-z]\w*>/i.exec(this.src.slice(this.i));
      if (look) this.i += look[0].length;
      else if (named) this.i += named[0].length;
      else if (this.src.startsWith('?:', this.i)) this.i += 2;
      const inner = this.alternatives();
      this.i++; // ')'
      return look ? [''] : inner;
    }
    if (c === '[') {
      const end = this.src.indexOf(']', this.i + 2);
      const cls = this.src.slice(this.i + 1, end);
      this.i = end + 1;
      if (cls.startsWith('^') || cls.includes('\\p')) return ['x'];
      const first = cls.startsWith('\\') ? cls.slice(1, 2) : cls.slice(0, 1);
      return [first === 's' ? ' ' : first];
    }
    if (c === '\\') {
      const e = this.src[this.i + 1] ?? '';
      this.i += 2;
      if (e === 's') return [' '];
      if (e === 'd') return ['1'];
      if (e === 'b') return [''];
      if (e === 'p' || e === 'P') {
        this.i = this.src.indexOf('}', this.i) + 1;
        return ['x'];
      }
      return [e];
    }
    this.i++;
    if (c === '^' || c === '$') return [''];
    if (c === '.') return ['x'];
    return [c];
  }
}

/** The texts a rule's template matches, fragments and slots filled in. */
export function ruleSamples(rule: RuleSpec, fragments: Readonly<Record<string, string>>): string[] {
  let source = rule.pattern.replaceAll('[[', '(?:').replaceAll(']]', ')');
  for (let depth = 0; depth < 5; depth++)
    source = source.replace(/(?<!\\[pP])\{([A-Z_]+)\}/g, (whole, name: string) => {
      const slot = SLOT_WORD[name];
      if (slot !== undefined) return slot;
      const fragment = fragments[name];
      if (fragment === undefined) throw new Error(`${rule.id}: unknown fragment ${whole}`);
      return `(?:${fragment})`;
    });
  return new Reader(source).alternatives().map((s) => s.replace(/\s+/g, ' ').trim());
}
