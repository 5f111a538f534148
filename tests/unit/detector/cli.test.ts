// The CLI: exactly one JSON line per input line, whatever the line holds.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './corpus';

const NODE = `${ROOT}node_modules/.bin/node`;
const CLI = `${ROOT}scripts/detect.ts`;

function run(args: string[], input?: Buffer) {
  const r = spawnSync(NODE, [CLI, ...args], {
    input,
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  expect(r.status).toBe(0);
  return r.stdout
    .toString('utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map(
      (l) =>
        JSON.parse(l) as {
          text: string;
          kind: string;
          subject: string | null;
          canonical: string | null;
          lang: string;
        },
    );
}

// each case starts Node with compromise: seconds on a busy machine
describe('npm run detect', { timeout: 60_000 }, () => {
  it('classifies its arguments', () => {
    const out = run(['Is SEO dead?', "Le CM n'est pas mort"]);
    expect(out.map((d) => d.kind)).toEqual(['question', 'rebuttal']);
    expect(out[0]?.canonical).toBe('seo');
    expect(out[1]).toMatchObject({ lang: 'fr', canonical: 'community management' });
  });

  it('answers every stdin line, including empty, binary, CRLF and 1 MB lines', () => {
    const lines: Buffer[] = [
      Buffer.from('SEO is dead'),
      Buffer.from(''),
      Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x0d, 0x80, 0x64, 0x65, 0x61, 0x64]),
      Buffer.from('Le community management est mort\r'),
      Buffer.from('x'.repeat(1 << 20)),
      Buffer.from('Man found dead in river'),
    ];
    const input = Buffer.concat([
      ...lines.flatMap((l) => [l, Buffer.from('\n')]),
      Buffer.from('RIP Google Reader'),
    ]);
    const out = run([], input);
    expect(out.length).toBe(lines.length + 1);
    expect(out.map((d) => d.kind)).toEqual(['claim', 'none', 'none', 'claim', 'none', 'none', 'claim']);
    expect(out[3]?.text).toBe('Le community management est mort');
    for (const d of out)
      expect(Object.keys(d)).toEqual(
        expect.arrayContaining(['text', 'kind', 'subject', 'canonical', 'lang']),
      );
  });

  it('prints nothing for empty input', () => {
    expect(run([], Buffer.alloc(0))).toEqual([]);
  });
});
