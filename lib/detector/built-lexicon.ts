// compromise's English lexicon as the extension's build ships it: built in
// Node at build time (scripts/lib/compromise-lexicon.ts) into a file of the
// extension, read only when English needs its tagger. Inside the worker's
// script it cost every cold start: a 1.7 MB script took longer to start.
// In Node (tests, scripts) compromise builds its lexicon itself.
/** The lexicon file's path in the extension, defined by the build; undefined elsewhere. */
declare const __NDY_LEXICON_FILE__: string | undefined;

let read: unknown = null;

/** Reads the built lexicon, when the build made one; call before importing compromise. */
export async function readBuiltLexicon(): Promise<void> {
  if (typeof __NDY_LEXICON_FILE__ !== 'string') return;
  // a path from the extension's root: the worker's (or Firefox's background page's) own origin
  read = shareValues(await (await fetch(__NDY_LEXICON_FILE__)).json());
}

/**
 * JSON.parse makes a string per value, where compromise's own lexicon shares one per tag: 24k
 * copies of "Noun", "Singular"… (about 2 MB more heap in Node). Reassigning a key keeps its order.
 */
function shareValues(parsed: Record<string, Record<string, unknown>>): unknown {
  const seen = new Map<string, string>();
  for (const part of Object.values(parsed))
    for (const key in part) {
      const value = part[key];
      if (typeof value !== 'string') continue;
      const shared = seen.get(value);
      if (shared === undefined) seen.set(value, value);
      else part[key] = shared;
    }
  return parsed;
}

/** The lexicon read, handed once to compromise's rewritten module (it keeps no second copy). */
export function takeBuiltLexicon(): unknown {
  const lexicon = read;
  read = null;
  if (!lexicon) throw new Error('compromise was imported before readBuiltLexicon()');
  return lexicon;
}
