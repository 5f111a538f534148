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
  it('loads no tagger when the rules decide, English alone for an English check, French when needed', () => {
    expect(freshRun(['Ten tips for your garden', 'SEO is dead'])).toEqual({
      kinds: ['none', 'claim'],
      loaded: [],
    });
    expect(freshRun(['Podcasting is dead'])).toEqual({ kinds: ['claim'], loaded: ['en'] });
    expect(freshRun(['Jean Rochefort est mort']).loaded).toContain('fr');
  }, 60_000);
});
