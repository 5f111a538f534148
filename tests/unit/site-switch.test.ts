// The page reads the site switch itself before waking the background, and
// trusts only a clear "off": anything unsure is left to the background.
import { describe, expect, it } from 'vitest';
import { clearlyOff } from '@/entrypoints/content/site-switch';
import { DEFAULT_SETTINGS } from '@/lib/storage/schema';

const deny = { pattern: 'example.com', action: 'deny' };
const allow = { pattern: 'example.com', action: 'allow' };

describe('clearlyOff', () => {
  it.each([
    ['the global switch off', { ...DEFAULT_SETTINGS, enabled: false }, true],
    ['a deny rule for the host', { ...DEFAULT_SETTINGS, siteRules: [deny] }, true],
    ['only-on without a rule for the host', { ...DEFAULT_SETTINGS, siteMode: 'only-on' }, true],
    ['only-on with an allow rule', { ...DEFAULT_SETTINGS, siteMode: 'only-on', siteRules: [allow] }, false],
    ['the defaults', DEFAULT_SETTINGS, false],
    ['no settings stored yet', undefined, false],
    [
      'a deny rule for another host',
      { ...DEFAULT_SETTINGS, siteRules: [{ ...deny, pattern: 'other.org' }] },
      false,
    ],
    ['an odd site mode', { ...DEFAULT_SETTINGS, siteMode: 'sometimes', siteRules: [deny] }, false],
    ['an odd rule among the rules', { ...DEFAULT_SETTINGS, siteRules: [deny, { pattern: 3 }] }, false],
    ['an odd global switch', { ...DEFAULT_SETTINGS, enabled: 'no', siteRules: [deny] }, false],
  ])('%s → %s', (_name, stored, off) => {
    expect(clearlyOff(stored, 'www.example.com')).toBe(off);
  });
});
