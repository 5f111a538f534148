// The shipped model is what `npm run train` makes from the labelled headlines in
// ../shared: retraining must give the committed files byte for byte.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireShared, SHARED_DIR } from './shared';

describe('npm run train', () => {
  it('reproduces lib/detector/data/model.json bit for bit', { timeout: 240_000 }, () => {
    requireShared(join(SHARED_DIR, 'corpus/headlines-dev2.tsv'));
    const out = execFileSync(process.execPath, ['scripts/train.ts', '--check'], {
      encoding: 'utf8',
      env: { ...process.env, NDY_SHARED_DIR: SHARED_DIR },
    });
    expect(out).toContain('identical');
  });
});
