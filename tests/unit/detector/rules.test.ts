// Every cue rule carries example headlines: each `yes` must be accepted by that
// rule (its hit survives the checks), each `no` must not be. Rule ids are unique.
import { describe, expect, it } from 'vitest';
import { EN_RULES } from '@/lib/detector/data/rules-en';
import { FR_RULES } from '@/lib/detector/data/rules-fr';
import { explain } from '@/lib/detector/engine';
import { normalize } from '@/lib/detector/normalize';
import type { Lang } from '@/lib/detector/types';

const accepted = (headline: string, lang: Lang, id: string) =>
  explain(normalize(headline), lang).some((h) => h.rule === id && h.ok);

describe.each([
  ['en', EN_RULES],
  ['fr', FR_RULES],
] as const)('%s cue rules', (lang, rules) => {
  it('have unique ids', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });
  for (const rule of rules) {
    it(`${rule.id}: accepts its yes examples and refuses its no examples`, () => {
      expect(rule.examples.yes.length).toBeGreaterThan(0);
      expect(rule.examples.no.length).toBeGreaterThan(0);
      for (const h of rule.examples.yes) expect(accepted(h, lang, rule.id), `yes: ${h}`).toBe(true);
      for (const h of rule.examples.no) expect(accepted(h, lang, rule.id), `no: ${h}`).toBe(false);
    });
  }
});
