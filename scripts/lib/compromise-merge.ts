// A Vite plugin for the extension's build: compromise's plugin merge without
// an object per key. `nlp.plugin()` deep-merges each plugin's model into its
// world with `Object.assign(model, { [key]: value })`: a new one-key object for
// every one of the pre-tagger's 37k words, switches and conjugation rules,
// about 130 ms of a cold worker's CPU before English can be tagged (Node: 50–90
// ms against 20–28 with plain assignment). `Object.assign` sets each key the
// way `model[key] = value` does, so the rewrite changes no result:
// tests/unit/compromise-merge.test.ts merges compromise's own models both ways.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** compromise's `nlp.plugin()`: where models are merged. */
export const EXTEND_MODULE = fileURLToPath(
  new URL('../../node_modules/compromise/src/API/extend.js', import.meta.url),
);

/** Each edit must find its text: a compromise release that changed it fails the build. */
const EDITS: [string, string][] = [
  ['if (!model[key]) Object.assign(model, { [key]: {} })', 'if (!model[key]) model[key] = {}'],
  ['Object.assign(model, { [key]: plugin[key] })', 'model[key] = plugin[key]'],
];

/** compromise's extend module, merging by assignment. */
export function rewriteExtend(code: string): string {
  let out = code;
  for (const [from, to] of EDITS) {
    if (!out.includes(from)) throw new Error(`compromise-merge: "${from}" not found in ${EXTEND_MODULE}`);
    out = out.replace(from, to);
  }
  return out;
}

export function compromiseMerge(): Plugin {
  let compromise = false;
  let rewritten = false;
  return {
    name: 'ndy:compromise-merge',
    apply: 'build',
    buildStart() {
      compromise = false;
      rewritten = false;
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? '';
      if (file.includes('/node_modules/compromise/src/')) compromise = true;
      if (file !== EXTEND_MODULE) return null;
      rewritten = true;
      return rewriteExtend(code);
    },
    buildEnd() {
      if (compromise && !rewritten) throw new Error(`compromise-merge: ${EXTEND_MODULE} was not bundled`);
    },
  };
}
