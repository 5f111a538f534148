import { describe, expect, it } from 'vitest';
import { ALIASES, aliasesOf, canonicalize } from '@/lib/detector';

describe('alias table', () => {
  it('folds every name of community management to one canonical subject', () => {
    for (const name of [
      'community manager',
      'Community Managers',
      'le community management',
      'les community managers',
      'CM',
      'le CM',
      'animateur de communauté',
      'animatrice de communauté',
      'animateur·rice de communauté',
      'gestionnaire de communauté',
      'le métier de community manager',
    ]) {
      expect(canonicalize(name), name).toBe('community management');
    }
  });

  it('folds SEO names to "seo"', () => {
    for (const name of [
      'SEO',
      'le SEO',
      'search engine optimization',
      'Search Engine Optimisation',
      'le référencement naturel',
    ]) {
      expect(canonicalize(name), name).toBe('seo');
    }
  });

  it('folds articles, case and plurals of unknown subjects', () => {
    expect(canonicalize('The Newsletters', 'en')).toBe('newsletter');
    expect(canonicalize('les cabines téléphoniques', 'fr')).toBe('cabine téléphonique');
    expect(canonicalize("l'annuaire", 'fr')).toBe('annuaire');
    expect(canonicalize('Inbox', 'en')).toBe('inbox');
    expect(canonicalize('CMS', 'en')).toBe('cms');
  });

  it('reads -is as the plural of an -i word, not of a Greek or Latin singular', () => {
    expect(canonicalize('wikis', 'en')).toBe('wiki');
    expect(canonicalize('Public APIs', 'en')).toBe('public api');
    for (const word of ['analysis', 'tennis', 'iris', 'whois', 'chassis'])
      expect(canonicalize(word, 'en')).toBe(word);
  });

  it('lists the aliases of a canonical subject, as data', () => {
    expect(aliasesOf('community management')).toContain('community manager');
    expect(aliasesOf('community management')).toContain('gestionnaire de communauté');
    expect(aliasesOf('Community Management')).toEqual([...(ALIASES['community management'] ?? [])]);
    expect(aliasesOf('no such subject')).toEqual([]);
  });
});
