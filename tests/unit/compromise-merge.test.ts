// The extension's build merges compromise's plugin models by assignment
// (scripts/lib/compromise-merge.ts): the world it builds must be the one
// compromise builds itself, or tags (and detections) change.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTEND_MODULE, rewriteExtend } from '../../scripts/lib/compromise-merge.ts';

const dir = mkdtempSync(join(tmpdir(), 'ndy-merge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Extend = (plugin: object, world: object, View: object, nlp: object) => void;

async function defaultOf<T>(file: string): Promise<T> {
  return ((await import(pathToFileURL(file).href)) as { default: T }).default;
}

/** compromise's "two" plugins, in the order src/two.js applies them. */
const TWO = ['preTagger', 'contraction-two', 'postTagger', 'lazy', 'swap'].map((name) =>
  join(EXTEND_MODULE, `../../2-two/${name}/plugin.js`),
);

/** A world built from the models of compromise's "two" plugins with `extend`. */
async function world(extend: Extend): Promise<{ model: { one?: { lexicon?: object } } }> {
  const built = { methods: {}, model: {}, compute: {}, hooks: [] };
  for (const file of TWO) {
    const { model } = await defaultOf<{ model?: object }>(file);
    if (model) extend({ model }, built, {}, {});
  }
  return built;
}

describe('the build-time compromise merge', () => {
  it('builds the world compromise builds from its own plugins', async () => {
    const file = join(dir, 'extend.js');
    writeFileSync(file, rewriteExtend(readFileSync(EXTEND_MODULE, 'utf8')));
    const own = await world(await defaultOf<Extend>(EXTEND_MODULE));
    const rewritten = await world(await defaultOf<Extend>(file));
    expect(rewritten).toStrictEqual(own);
    // same words in the same order (compromise iterates its lexicon in places)
    const keys = (w: typeof own) => Object.keys(w.model.one?.lexicon ?? {});
    expect(keys(rewritten)).toEqual(keys(own));
    expect(keys(own).length).toBeGreaterThan(20_000);
  }, 30_000);

  it('no longer makes an object per merged key', () => {
    expect(rewriteExtend(readFileSync(EXTEND_MODULE, 'utf8'))).not.toContain('Object.assign(model, {');
  });

  it('fails loudly when compromise changed what it rewrites', () => {
    expect(() => rewriteExtend('export default {}')).toThrow(/not found/);
  });
});
