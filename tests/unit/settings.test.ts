import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, sanitizeSettings } from '@/lib/storage/schema';

describe('sanitizeSettings', () => {
  it('gives the defaults for nothing or garbage', () => {
    expect(sanitizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings('nope')).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces invalid ones with defaults', () => {
    const out = sanitizeSettings({ enabled: false, badgeStyle: 'huge', langs: ['fr'], maxSightings: 5 });
    expect(out.enabled).toBe(false);
    expect(out.badgeStyle).toBe(DEFAULT_SETTINGS.badgeStyle);
    expect(out.langs).toEqual(['fr']);
    expect(out.maxSightings).toBe(DEFAULT_SETTINGS.maxSightings);
  });

  it('drops unknown keys', () => {
    expect(sanitizeSettings({ evil: true })).not.toHaveProperty('evil');
  });
});
