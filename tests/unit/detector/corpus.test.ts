// Quality gates on the repo's labelled corpus: prints precision and recall per
// language and per kind, then asserts the floors of issue 3.
import { describe, expect, it } from 'vitest';
import { caughtErrors, detect } from '@/lib/detector';
import { formatScore, type ScoredRow, score, subjectMatches } from '@/lib/detector/scoring';
import { canonicalColumn, loadCorpus } from './corpus';

const rows = loadCorpus();
const canonicals = canonicalColumn();
const scored: ScoredRow[] = rows.map((row) => {
  const got = detect(row.headline);
  return { row, got, subject: subjectMatches(row.subject, got) };
});

describe('labelled corpus (tests/corpus/headlines.tsv)', () => {
  it('is big enough, about half French, mostly hard negatives', () => {
    const fr = rows.filter((r) => r.lang === 'fr').length;
    const none = rows.filter((r) => r.label === 'none').length;
    expect(rows.length).toBeGreaterThanOrEqual(500);
    expect(fr / rows.length).toBeGreaterThan(0.4);
    expect(fr / rows.length).toBeLessThan(0.6);
    expect(none / rows.length).toBeGreaterThan(0.5);
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`meets the floors in ${lang}`, () => {
      const s = score(scored, lang);
      console.log(formatScore(s));
      expect(s.precision).toBeGreaterThanOrEqual(0.95);
      expect(s.recall).toBeGreaterThanOrEqual(0.9);
      expect(s.kindAccuracy).toBeGreaterThanOrEqual(0.9);
    });
  }

  it('names the right canonical subject for at least 85% of the death claims it finds', () => {
    const hits = scored.filter((s) => s.row.label !== 'none' && s.got.kind !== 'none');
    const right = hits.filter((s) => s.got.canonical === canonicals.get(s.row.headline));
    const share = right.length / hits.length;
    console.log(`canonical subject right: ${right.length}/${hits.length} = ${share.toFixed(3)}`);
    for (const s of hits.filter((h) => !right.includes(h)))
      console.log(`  want "${canonicals.get(s.row.headline)}" got "${s.got.canonical}": ${s.row.headline}`);
    expect(share).toBeGreaterThanOrEqual(0.85);
  });

  it('caught no error while detecting (a crash must not pass for a `none`)', () => {
    expect(caughtErrors()).toBe(0);
  });

  it('prints the remaining errors', () => {
    const wrong = scored.filter((s) => s.row.label !== s.got.kind);
    for (const s of wrong) console.log(`  ${s.row.lang} ${s.row.label} → ${s.got.kind}: ${s.row.headline}`);
    // the floors above bound these; this only keeps them visible in the log
    expect(wrong.length).toBeLessThan(rows.length * 0.1);
  });
});
