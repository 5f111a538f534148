// Compiles the rule templates of data/rules-*.ts into regexes, once per
// language and only when that language is first needed.
import type { DeathKind } from './types.ts';

export interface RuleSpec {
  id: string;
  /** Headlines this rule must accept (`yes`) and must not (`no`), run through explain() by a test. */
  examples: { yes: readonly string[]; no: readonly string[] };
  kind: DeathKind;
  pattern: string;
  /** The subject is the object of a killing verb: casualty and victim checks apply. */
  kill?: boolean;
  /** A cue mostly said of people ("has died"): the subject must be a known thing or a common noun. */
  personal?: boolean;
  /** The cue names no subject: take it from the other side of a colon. */
  topic?: boolean;
  /** The kind is fixed by the wording: no question/claim adjustment. */
  fixed?: boolean;
  /** The cue is an adjective before its subject ("dying languages"): the noun right after it is what dies. */
  qualifies?: boolean;
  /** A death noun before its subject ("the death of X", « la mort de X »): a trade under a generic article may be a thing, counted casualties are not. */
  deathNoun?: boolean;
}

export interface CompiledRule extends RuleSpec {
  re: RegExp;
}

/** A character that may sit inside a subject: no clause punctuation (a dot inside "Node.js" is fine, a dash between spaces is not). */
const SUBJECT_CHAR = '(?:[^.!?;:|()\\[\\],\\s]|\\s(?!--?\\s)|\\.(?=[^\\s.])|\\([^()]{0,25}\\)(?=\\s))';
/** A subject to the left starts at the start of its clause (after punctuation, or a dash between spaces: - -- – —). */
const CLAUSE_START = '(?<=^|[.!?;:|()\\[\\]",]\\s{0,3}|(?:^|\\s)\'|\\s(?:--?|–|—)\\s{0,3})\\s*';

/**
 * An apposition between a subject and its verb ("Fast, the fintech startup, is shutting down"):
 * a noun group set off by commas that opens with a determiner or a possessive name. It renames
 * the subject, so the subject is what comes before it.
 */
const APPOSITION =
  "(?:\\s*,\\s*(?:(?:once|long|formerly|now)\\s+)?(?:(?:the|a|an|its|their|one of the|le|la|les|l'|un|une|son|sa|ses|leur|leurs)\\s+|l'|\\p{L}[\\p{L}\\p{N}.-]*['’]s\\s+|(?=\\p{Lu}))[^,.!?;:()\\[\\]\"]{1,60}?,)?";

const SLOTS: Record<string, string> = {
  B: CLAUSE_START,
  _: "(?:\\s+|(?='))",
  S: `${CLAUSE_START}(?<subj>${SUBJECT_CHAR}{1,90}?)${APPOSITION}`,
  A: `${CLAUSE_START}(?<agent>${SUBJECT_CHAR}{1,90}?)${APPOSITION}`,
  O: `(?<subj>${SUBJECT_CHAR}{1,90})`,
  R: `(?<subj>${SUBJECT_CHAR}{1,60}?)`,
};

/** {NAME} is a fragment, but \p{L} is a Unicode class. */
const FRAGMENT = /(?<!\\[pP])\{([A-Z_]+)\}/;
const FRAGMENT_ALL = new RegExp(FRAGMENT.source, 'g');

export function compileRules(
  rules: readonly RuleSpec[],
  fragments: Readonly<Record<string, string>>,
): CompiledRule[] {
  // each fragment expanded once (fragments may contain others, at most four deep), not once per rule
  const expanded = new Map<string, string>();
  const expand = (source: string, depth: number, id: string): string =>
    source.replace(FRAGMENT_ALL, (whole, name: string) => {
      const slot = SLOTS[name];
      if (slot !== undefined) return slot;
      const fragment = fragments[name];
      if (fragment === undefined || depth >= 4) throw new Error(`rule ${id}: unknown fragment in ${whole}`);
      let done = expanded.get(name);
      if (done === undefined) {
        done = expand(fragment, depth + 1, id);
        expanded.set(name, done);
      }
      return done;
    });
  return rules.map((rule) => {
    // a cue starts and ends at word edges: "tue" is not "tueur", "rip" is not "riposte"
    let source = expand(rule.pattern, 0, rule.id)
      .replaceAll('[[', '(?:(?<![\\p{L}\\p{N}])|(?=[^\\p{L}\\p{N}]))(?<cue>')
      .replaceAll(']]', ')(?:(?<=[^\\p{L}\\p{N}])|(?![\\p{L}\\p{N}]))');
    // a pattern with alternatives (a|b) gets several cue/subject groups: give them distinct names
    let n = 0;
    source = source.replace(/\(\?<(cue|subj|agent)>/g, (_m, name: string) => `(?<${name}${n++}>`);
    return { ...rule, re: new RegExp(source, 'giud') };
  });
}
