// The worker evaluates an NLP tagger only for a language a headline needs:
// checked in a fresh Node process, since this test process loads both up front.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** detectLoading() on `texts` in a fresh process: each verdict's kind, then the loaded taggers. */
function freshRun(texts: string[]): { kinds: string[]; loaded: string[] } {
  const code = `
    const { detectLoading } = await import('${ROOT}/lib/detector/detect-lazy.ts');
    const { loadedTaggers } = await import('${ROOT}/lib/detector/taggers.ts');
    const kinds = [];
    for (const text of ${JSON.stringify(texts)}) kinds.push((await detectLoading(text)).kind);
    console.log(JSON.stringify({ kinds, loaded: loadedTaggers() }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as { kinds: string[]; loaded: string[] };
}

describe('detectLoading', () => {
  it('loads no tagger for what the rules reject, English alone for English claims, French when needed', () => {
    expect(freshRun(['Ten tips for your garden', 'Markets close higher'])).toEqual({
      kinds: ['none', 'none'],
      loaded: [],
    });
    expect(freshRun(['SEO is dead', 'Is email dead?'])).toEqual({
      kinds: ['claim', 'question'],
      loaded: ['en'],
    });
    expect(freshRun(['SEO is dead', 'Le community management est mort'])).toEqual({
      kinds: ['claim', 'claim'],
      loaded: ['en', 'fr'],
    });
  }, 60_000);
});
