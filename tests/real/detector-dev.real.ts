// The detector on the shared dev set (real labelled headlines): prints the same
// figures as `npm run eval:dev` and asserts the floors we hold ourselves to there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detector';
import { formatScore, parseCorpus, type ScoredRow, score, subjectMatches } from '@/lib/detector/scoring';
import { requireShared, SHARED_DIR } from './shared';

describe('detector on ../shared/corpus/headlines-dev.tsv', () => {
  const rows = parseCorpus(readFileSync(requireShared(join(SHARED_DIR, 'corpus/headlines-dev.tsv')), 'utf8'));
  const scored: ScoredRow[] = rows.map((row) => {
    const got = detect(row.headline);
    return { row, got, subject: subjectMatches(row.subject, got) };
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`scores well above the naive regex (P 0.68, R 0.44) in ${lang}`, () => {
      const s = score(scored, lang);
      console.log(formatScore(s));
      expect(s.precision).toBeGreaterThanOrEqual(0.9);
      expect(s.recall).toBeGreaterThanOrEqual(0.85);
      expect(s.kindAccuracy).toBeGreaterThanOrEqual(0.9);
      expect(s.subjectLoose).toBeGreaterThanOrEqual(0.85);
    });
  }
});
