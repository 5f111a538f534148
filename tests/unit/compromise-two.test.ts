// The English tagger is compromise's "two" (lib/detector/taggers.ts), not the
// package's default "three": three adds methods the detector never calls and a
// chunker that sets no tag. This holds the two equal where the detector looks,
// each term's text and tags, on the repo's English headlines. Each runs in a
// process of its own: three extends the very nlp object two exports.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, ordinaryHeadlines, ROOT } from './detector/corpus.ts';

const TAG_ALL = `
import { readFileSync } from 'node:fs';
const [spec, file] = process.argv.slice(1);
const nlp = (await import(spec)).default;
const out = JSON.parse(readFileSync(file, 'utf8')).map((text) =>
  nlp(text).json().flatMap((s) => s.terms ?? []).map((t) => [t.text, t.tags]));
process.stdout.write(JSON.stringify(out));
`;

function tagAll(spec: string, file: string): unknown {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', TAG_ALL, spec, file], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.toString());
}

describe('compromise/two as the English tagger', () => {
  it('tags the English headlines as compromise (three) does', () => {
    const english = [
      ...loadCorpus()
        .filter((row) => row.lang === 'en')
        .map((row) => row.headline),
      ...ordinaryHeadlines(),
    ];
    expect(english.length).toBeGreaterThan(500);
    const dir = mkdtempSync(join(tmpdir(), 'ndy-two-'));
    try {
      const file = join(dir, 'headlines.json');
      writeFileSync(file, JSON.stringify(english));
      const two = tagAll('compromise/two', file);
      expect(two).toEqual(tagAll('compromise', file));
      expect(JSON.stringify(two)).toContain('"FirstName"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
