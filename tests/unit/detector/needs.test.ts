// The engine skips a rule, and leaves a mask out of its alternation, when the
// headline lacks text the regex cannot match without (needs.ts). That must
// never skip a regex that would have matched: on every corpus headline (also
// upper- and lower-cased), each match of each rule, mask and fiction word is in
// a text that meets its needs. And the gate must pay: a plain claim runs few rules.
import { describe, expect, it } from 'vitest';
import { Alternation } from '@/lib/detector/alternation';
import { MASKS_COMMON, MASKS_EN, MASKS_FR, TITLES } from '@/lib/detector/data/masks';
import { EN_FRAGMENTS, EN_RULES } from '@/lib/detector/data/rules-en';
import { FR_FRAGMENTS, FR_RULES } from '@/lib/detector/data/rules-fr';
import { FICTION_CONTEXT } from '@/lib/detector/data/words';
import { foldCase, meets, needsOf } from '@/lib/detector/needs';
import { normalize } from '@/lib/detector/normalize';
import { compileRules } from '@/lib/detector/patterns';
import { loadCorpus, ordinaryHeadlines } from './corpus';

const base = [...loadCorpus().map((row) => row.headline), ...ordinaryHeadlines()];
const texts = [...base, ...base.map((t) => t.toUpperCase()), ...base.map((t) => t.toLowerCase())].map(
  normalize,
);

const rules = [...compileRules(EN_RULES, EN_FRAGMENTS), ...compileRules(FR_RULES, FR_FRAGMENTS)];
const words = [...MASKS_COMMON, ...TITLES, ...MASKS_EN, ...MASKS_FR, ...FICTION_CONTEXT];

describe('needsOf', () => {
  it('reads literal runs, groups and alternatives, and leaves out what may be absent', () => {
    expect(needsOf('dead (?:simple|easy)')).toEqual([['dead '], ['simple', 'easy']]);
    expect(needsOf('dies?')).toEqual([['die']]);
    expect(needsOf('(?:the )?evil dead')).toEqual([['evil dead']]);
    expect(needsOf('kill\\w*|overkill')).toEqual([['kill', 'overkill']]);
    // a branch that needs nothing makes the whole alternation need nothing
    expect(needsOf('dead|\\d+')).toEqual([]);
    // lookarounds and classes need nothing; upper case is read as lower
    expect(needsOf('(?<!not )DOA(?= now)[.!]')).toEqual([['doa']]);
    expect(needsOf('r\\.?i\\.?p')).toEqual([['r'], ['i'], ['p']]);
  });

  it('matches only texts that meet them: every rule on the corpus', () => {
    let matched = 0;
    for (const rule of rules) {
      const needs = needsOf(rule.re.source);
      for (const text of texts) {
        rule.re.lastIndex = 0;
        if (!rule.re.test(text)) continue;
        matched++;
        expect(meets(foldCase(text), needs), `${rule.id} on ${text}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(1000);
  });

  it('matches only texts that meet them: every mask, title and fiction word on the corpus', () => {
    let matched = 0;
    for (const source of words) {
      const re = new RegExp(source, 'iu');
      const needs = needsOf(source);
      for (const text of texts) {
        if (!re.test(text)) continue;
        matched++;
        expect(meets(foldCase(text), needs), `${source} on ${text}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(200);
  });

  it('lets a plain claim skip most rules and masks', () => {
    const folded = foldCase('Flash is dead, long live HTML5');
    const run = rules.filter((rule) => rule.id.startsWith('en-') && meets(folded, needsOf(rule.re.source)));
    expect(run.length).toBeLessThan(EN_RULES.length / 4);
    const masks = [...MASKS_COMMON, ...TITLES, ...MASKS_EN].filter((m) => meets(folded, needsOf(m)));
    expect(masks.length).toBeLessThan(40);
  });
});

describe('Alternation', () => {
  it('matches as the whole alternation does, and is null when no source can match', () => {
    const sources = [...MASKS_COMMON, ...TITLES, ...MASKS_EN];
    const whole = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    const gated = new Alternation(sources, 'giu');
    for (const text of texts) {
      const re = gated.for(foldCase(text));
      expect(re ? text.match(re) : null, text).toEqual(text.match(whole));
    }
    expect(gated.for(foldCase('Markets close higher'))).toBe(null);
  });
});
