// A Vite plugin for the extension's build: compromise's English lexicon, built
// once here instead of in every cold worker. When its pre-tagger module is
// evaluated, compromise unpacks its packed word lists and then conjugates and
// pluralises thousands of them (24.6k words in all): about 45% of the CPU time
// of importing compromise (Node CPU profile of the bundled module: unpacking
// 14%, expanding 40%). That result depends only on compromise's own data, so
// the build computes it in Node from the installed compromise into a JSON file
// of the extension (lib/detector/built-lexicon.ts reads it when English is
// first needed), and the module is rewritten to take it instead of building
// it. Tags stay identical: tests/unit/compromise-lexicon.test.ts compares the
// rewritten module's model with compromise's own.
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

/** compromise's pre-tagger model: where the lexicon is unpacked and expanded. */
export const MODEL_MODULE = fileURLToPath(
  new URL('../../node_modules/compromise/src/2-two/preTagger/model/index.js', import.meta.url),
);
const VIRTUAL = 'virtual:ndy-compromise-lexicon';
const RESOLVED = `\0${VIRTUAL}`;
/** The file in the extension. */
export const LEXICON_FILE = '/compromise-lexicon.json';
const READER = fileURLToPath(new URL('../../lib/detector/built-lexicon.ts', import.meta.url));

/** Each edit must find its text: a compromise release that moved it fails the build instead of tagging differently. */
const EDITS: [string, string][] = [
  [
    "import { lexicon, switches, frozenLex } from './lexicon/index.js'",
    `import frozenLex from './lexicon/frozenLex.js'\nimport built from '${VIRTUAL}'\nconst { lexicon, switches } = built`,
  ],
  ["import expandLexicon from './_expand/index.js'", ''],
  ['_multiCache: {},', '_multiCache: built.multiCache,'],
  ['uncountable: {},', 'uncountable: built.uncountable,'],
  ['model = expandLexicon(model)', ''],
];

/** The pre-tagger module, reading the built lexicon (`virtual` is what it imports it as). */
export function rewriteModel(code: string, virtual = VIRTUAL): string {
  let out = code;
  for (const [from, to] of EDITS) {
    if (!out.includes(from)) throw new Error(`compromise-lexicon: "${from}" not found in ${MODEL_MODULE}`);
    out = out.replace(from, to.replace(VIRTUAL, virtual));
  }
  return out;
}

interface ModelParts {
  one: { lexicon: object; _multiCache: object };
  two: { switches: object; uncountable: object };
}

/** The parts of compromise's pre-tagger model its evaluation computes, as JSON. */
export async function builtLexiconJson(): Promise<string> {
  // Cast: compromise's internal module has no types; these four fields are what EDITS reads.
  const model = (await import(pathToFileURL(MODEL_MODULE).href)).default as ModelParts;
  return JSON.stringify({
    lexicon: model.one.lexicon,
    switches: model.two.switches,
    multiCache: model.one._multiCache,
    uncountable: model.two.uncountable,
  });
}

/** A module whose default export is the built lexicon (for tests: the build reads it from its file). */
export async function builtLexiconModule(): Promise<string> {
  return `export default JSON.parse(${JSON.stringify(await builtLexiconJson())})`;
}

export function compromiseLexicon(): Plugin {
  let compromise = false;
  let rewritten = false;
  return {
    name: 'ndy:compromise-lexicon',
    apply: 'build',
    buildStart() {
      compromise = false;
      rewritten = false;
    },
    config: () => ({ define: { __NDY_LEXICON_FILE__: JSON.stringify(LEXICON_FILE) } }),
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : null),
    load: (id) =>
      id === RESOLVED
        ? `import { takeBuiltLexicon } from ${JSON.stringify(READER)}\nexport default takeBuiltLexicon()`
        : null,
    transform(code, id) {
      const file = id.split('?')[0] ?? '';
      if (file.includes('/node_modules/compromise/src/')) compromise = true;
      if (file !== MODEL_MODULE) return null;
      rewritten = true;
      return rewriteModel(code);
    },
    buildEnd() {
      // a bundle with compromise whose model module was not found here (moved, or a path we do not expect)
      if (compromise && !rewritten) throw new Error(`compromise-lexicon: ${MODEL_MODULE} was not bundled`);
    },
    async generateBundle() {
      if (rewritten)
        this.emitFile({ type: 'asset', fileName: LEXICON_FILE.slice(1), source: await builtLexiconJson() });
    },
  };
}
