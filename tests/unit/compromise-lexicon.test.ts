// The extension's build ships compromise's English lexicon built in Node
// (scripts/lib/compromise-lexicon.ts): the rewritten pre-tagger module must
// give the very model compromise builds itself, or tags (and detections) change.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { builtLexiconModule, MODEL_MODULE, rewriteModel } from '../../scripts/lib/compromise-lexicon.ts';

const dir = mkdtempSync(join(tmpdir(), 'ndy-lexicon-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The rewritten module as a file of its own: its relative imports point back into compromise. */
async function rewrittenModel(): Promise<unknown> {
  const base = pathToFileURL(`${dirname(MODEL_MODULE)}/`).href;
  const lexicon = join(dir, 'lexicon.js');
  writeFileSync(lexicon, await builtLexiconModule());
  const code = rewriteModel(readFileSync(MODEL_MODULE, 'utf8'), pathToFileURL(lexicon).href).replaceAll(
    "from './",
    `from '${base}`,
  );
  const file = join(dir, 'model.js');
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

describe('the build-time compromise lexicon', () => {
  it('gives the model compromise builds when its module is evaluated', async () => {
    const own = ((await import(pathToFileURL(MODEL_MODULE).href)) as { default: unknown }).default;
    const rewritten = await rewrittenModel();
    expect(rewritten).toStrictEqual(own);
    // same words in the same order (compromise iterates its lexicon in places)
    const keys = (m: unknown) => Object.keys((m as { one: { lexicon: object } }).one.lexicon);
    expect(keys(rewritten)).toEqual(keys(own));
    expect(keys(own).length).toBeGreaterThan(20_000);
  }, 30_000);

  it('no longer unpacks or expands the lexicon itself', () => {
    const code = rewriteModel(readFileSync(MODEL_MODULE, 'utf8'));
    expect(code).not.toContain('expandLexicon');
    expect(code).not.toContain("'./lexicon/index.js'");
  });

  it('fails loudly when compromise moved what it rewrites', () => {
    expect(() => rewriteModel('export default {}')).toThrow(/not found/);
  });
});
