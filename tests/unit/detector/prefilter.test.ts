// The in-page prefilter: tiny, no NLP, and it lets through everything detect() flags.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detect, isCandidate } from '@/lib/detector';
import { EN_FRAGMENTS, EN_RULES } from '@/lib/detector/data/rules-en';
import { FR_FRAGMENTS, FR_RULES } from '@/lib/detector/data/rules-fr';
import { hasCue } from '@/lib/detector/prefilter';
import { loadCorpus, ordinaryHeadlines, ROOT } from './corpus';
import { ruleSamples } from './rule-samples';

/** The files a module pulls in through relative imports, itself included. */
function importGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const m of source.matchAll(/^\s*(?:import|export)\b[^'"]*['"]([^'"]+)['"]/gm)) {
    const spec = m[1] ?? '';
    if (spec.startsWith('.')) importGraph(new URL(spec, `file://${file}`).pathname, seen);
    else seen.add(spec);
  }
  return seen;
}

describe('isCandidate (prefilter)', () => {
  it('lets through every death claim, question and rebuttal of the corpus', () => {
    const positives = loadCorpus().filter((r) => r.label !== 'none');
    const missed = positives.filter((r) => !isCandidate(r.headline)).map((r) => r.headline);
    expect(missed).toEqual([]);
    expect(positives.length).toBeGreaterThan(200);
  });

  // a wording the prefilter drops can never fire in the extension, however well its rule is written
  it.each([
    ['en', EN_RULES, EN_FRAGMENTS],
    ['fr', FR_RULES, FR_FRAGMENTS],
  ] as const)('lets through every wording of every %s cue rule', (_lang, rules, fragments) => {
    for (const rule of rules) {
      const samples = ruleSamples(rule, fragments);
      expect(samples.length, rule.id).toBeGreaterThan(0);
      expect(
        samples.filter((s) => !hasCue(s)),
        rule.id,
      ).toEqual([]);
    }
  });

  it('lets through claims without a classic death word', () => {
    for (const text of [
      'Farewell, Periscope',
      'RIP Google Reader',
      'Le disque compact (1982-2012)',
      'Is Ruby on Rails still relevant?',
      'Le mail a-t-il encore un avenir ?',
      'Disparition du cash : ce qui change',
      'Le télétravail sonne le glas des centres d’appels',
      'Le magnétoscope tire sa révérence',
      'The DVD is obsolete',
      'Zynga shuts down FarmVille',
      'Apple discontinues the iPod',
      'Google sunsets the APK format',
      'Le cinéma ? De profundis !',
      'Netflix a eu raison des vidéoclubs',
      'The smartphone’s days are numbered',
    ]) {
      expect(isCandidate(text), text).toBe(true);
    }
  });

  it('rejects a lone word (it names nothing to declare dead), whatever spaces the page puts around it', () => {
    for (const text of ['Obituaries', '  Dead\n', 'RIP', 'Nécrologie', 'Killed'])
      expect(isCandidate(text), text).toBe(false);
    for (const text of ['RIP Flash', 'RIP\u00a0Flash', 'Flash\n  dies'])
      expect(isCandidate(text), text).toBe(true);
  });

  it('rejects most ordinary headlines', () => {
    const ordinary = ordinaryHeadlines();
    const passed = ordinary.filter((h) => isCandidate(h));
    console.log(
      `prefilter passes ${passed.length}/${ordinary.length} ordinary headlines: ${passed.join(' | ')}`,
    );
    expect(passed.length / ordinary.length).toBeLessThan(0.1);
  });

  it('is the gate of detect(): what it rejects is never flagged', () => {
    for (const h of ordinaryHeadlines()) if (!isCandidate(h)) expect(detect(h).kind).toBe('none');
  });

  it('never imports compromise, directly or indirectly, and stays a few KB', () => {
    const graph = importGraph(`${ROOT}lib/detector/prefilter.ts`);
    const modules = [...graph];
    expect(modules.some((m) => /compromise/.test(m))).toBe(false);
    const bytes = modules.filter((m) => m.startsWith('/')).reduce((n, f) => n + readFileSync(f).length, 0);
    console.log(`prefilter source: ${modules.length} files, ${bytes} bytes`);
    expect(bytes).toBeLessThan(8 * 1024);
  });

  it('answers false for junk without throwing', () => {
    expect(isCandidate('')).toBe(false);
    expect(isCandidate('x'.repeat(1_000_000))).toBe(false);
    expect(isCandidate(undefined as unknown as string)).toBe(false);
  });
});
