import { describe, expect, it } from 'vitest';
import { isSiteEnabled, patternProblem, setSiteEnabled } from '@/lib/sites';
import { DEFAULT_SETTINGS } from '@/lib/storage/schema';

const base = { ...DEFAULT_SETTINGS };

describe('site rules', () => {
  it('is on everywhere by default and off when paused', () => {
    expect(isSiteEnabled(base, 'news.example.com')).toBe(true);
    expect(isSiteEnabled({ ...base, enabled: false }, 'news.example.com')).toBe(false);
  });

  it('lets the most specific rule win', () => {
    const rules = [
      { pattern: '*.example.com', action: 'deny' as const },
      { pattern: 'news.example.com', action: 'allow' as const },
    ];
    expect(isSiteEnabled({ ...base, siteRules: rules }, 'shop.example.com')).toBe(false);
    expect(isSiteEnabled({ ...base, siteRules: rules }, 'example.com')).toBe(false);
    expect(isSiteEnabled({ ...base, siteRules: rules }, 'news.example.com')).toBe(true);
  });

  it('in "only on" mode badges only allowed sites', () => {
    const s = {
      ...base,
      siteMode: 'only-on' as const,
      siteRules: [{ pattern: 'lemonde.fr', action: 'allow' as const }],
    };
    expect(isSiteEnabled(s, 'www.lemonde.fr')).toBe(true);
    expect(isSiteEnabled(s, 'lefigaro.fr')).toBe(false);
  });

  it('names invalid patterns', () => {
    expect(patternProblem('')).toBe('empty');
    expect(patternProblem('exa mple.com')).toBe('invalid');
    expect(patternProblem('*.*.com')).toBe('invalid');
    expect(patternProblem('https://Example.com/path')).toBeNull();
    expect(patternProblem('*.example.com')).toBeNull();
    expect(patternProblem('127.0.0.1')).toBeNull();
  });

  it('toggles one host from the popup without touching other rules', () => {
    const other = { pattern: 'a.com', action: 'deny' as const };
    const off = setSiteEnabled({ ...base, siteRules: [other] }, 'b.com', false);
    expect(off).toEqual([other, { pattern: 'b.com', action: 'deny' }]);
    const on = setSiteEnabled({ ...base, siteRules: off }, 'b.com', true);
    expect(on).toEqual([other]);
    const onlyOn = setSiteEnabled({ ...base, siteMode: 'only-on', siteRules: [] }, 'c.com', true);
    expect(onlyOn).toEqual([{ pattern: 'c.com', action: 'allow' }]);
  });
});
