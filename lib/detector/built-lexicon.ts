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
  read = await (await fetch(__NDY_LEXICON_FILE__)).json();
}

/** The lexicon read, handed once to compromise's rewritten module (it keeps no second copy). */
export function takeBuiltLexicon(): unknown {
  const lexicon = read;
  read = null;
  if (!lexicon) throw new Error('compromise was imported before readBuiltLexicon()');
  return lexicon;
}
