// Format checks on the detector's data: word lists unique (and sorted where they
// are sets), each in the right list; the WordNet extract; the shipped model.
import { describe, expect, it } from 'vitest';
import nounData from '@/lib/detector/data/noun-classes.json';
import * as WORDS from '@/lib/detector/data/words';
import { MODEL, parseModel } from '@/lib/detector/model';
import { livingNoun, nounClass } from '@/lib/detector/noun-classes';

const lists = Object.entries(WORDS) as [string, readonly string[]][];
/** Lists read as sets of words (the others are regex sources, where order may matter). */
const SETS = [
  'ANIMALS',
  'ARTICLES',
  'EVENT_HEADS',
  'FORMER_WORDS',
  'FRAME_NOUNS_EN',
  'FRAME_NOUNS_FR',
  'FR_FIRST_NAMES',
  'GENERIC_ROLE_NOUNS_EN',
  'GENERIC_ROLE_NOUNS_FR',
  'INDEFINITES',
  'NATURAL_THINGS',
  'PERSONAL_POSSESSIVES',
  'PERSON_NOUNS_EN',
  'PERSON_NOUNS_FR',
  'PRE_ADJECTIVES',
  'PRONOUNS',
  'QUANTITY_WORDS',
  'TECHNICAL_OBJECTS',
  'TOPIC_PRONOUNS',
];
const byFrench = (a: string, b: string) => a.localeCompare(b, 'fr');

describe('word lists (lib/detector/data/words.ts)', () => {
  it.each(lists)('%s has no duplicates', (_name, list) => {
    const lower = list.map((w) => w.toLowerCase());
    expect(lower.filter((w, i) => lower.indexOf(w) !== i)).toEqual([]);
  });
  it('names only lists that exist as set lists', () => {
    expect(SETS.filter((name) => !lists.some(([n]) => n === name))).toEqual([]);
  });
  it.each(lists.filter(([name]) => SETS.includes(name)))('%s is sorted', (_name, list) => {
    expect(list).toEqual([...list].sort(byFrench));
  });
  it('ANIMALS holds animals: no word WordNet knows first as a place, a thing or an event', () => {
    // "seal" is first a stamp to WordNet, and also the animal meant here
    const homonyms = new Set(['seal', 'seals']);
    const wrong = WORDS.ANIMALS.filter((w) => {
      const c = nounClass(w);
      return c !== null && !['animal', 'person', 'group'].includes(c) && !homonyms.has(w);
    });
    expect(wrong).toEqual([]);
  });
  it('plants, reefs and glaciers are natural things, not animals', () => {
    for (const w of ['forest', 'glacier', 'plant', 'tree']) {
      expect(WORDS.ANIMALS).not.toContain(w);
      expect(WORDS.NATURAL_THINGS).toContain(w);
    }
  });
  it('no word is both a person and an animal', () => {
    const people = new Set([...WORDS.PERSON_NOUNS_EN, ...WORDS.PERSON_NOUNS_FR]);
    expect(WORDS.ANIMALS.filter((w) => people.has(w))).toEqual([]);
  });
  it('English openers and stops hold no French words', () => {
    const french = new Set([...WORDS.SUBJECT_OPENERS_FR, ...WORDS.SUBJECT_STOPS_FR]);
    const english = [...WORDS.SUBJECT_OPENERS_EN, ...WORDS.SUBJECT_STOPS_EN];
    expect(english.filter((w) => french.has(w) && /[à-ÿ]/.test(w))).toEqual([]);
    expect(english.filter((w) => /[àâçéèêëîïôûùüœ]/.test(w))).toEqual([]);
  });
});

describe('WordNet noun classes (data/noun-classes.json)', () => {
  it('holds sorted, unique lower-case words, each in one class', () => {
    const seen = new Set<string>();
    for (const words of Object.values(nounData.classes)) {
      const list = words.split(' ');
      expect(list).toEqual([...list].sort());
      for (const w of list) {
        expect(w).toMatch(/^[a-z]+$/);
        expect(seen.has(w)).toBe(false);
        seen.add(w);
      }
    }
    expect(seen.size).toBeGreaterThan(5000);
  });
  it('lists living nouns sorted, unique and lower-case, none both a person and an animal', () => {
    const person = nounData.living.person.split(' ');
    const animal = nounData.living.animal.split(' ');
    for (const list of [person, animal]) {
      expect(list).toEqual([...list].sort());
      expect(new Set(list).size).toBe(list.length);
      expect(list.every((w) => /^[a-z]+$/.test(w))).toBe(true);
    }
    const people = new Set(person);
    expect(animal.filter((w) => people.has(w))).toEqual([]);
    expect(person.length).toBeGreaterThan(5000);
  });
  it('keeps out of the living nouns a word that also names a thing', () => {
    expect(livingNoun('forger')).toBe('person');
    expect(livingNoun('dinosaurs')).toBe('animal');
    for (const w of ['server', 'browser', 'reader', 'printer', 'mouse']) expect(livingNoun(w)).toBeNull();
  });
  it('classes common nouns as WordNet does', () => {
    expect(nounClass('singer')).toBe('person');
    expect(nounClass('monkeys')).toBe('animal');
    expect(nounClass('airport')).toBe('artifact');
    expect(nounClass('family')).toBe('group');
    expect(nounClass('zzzz')).toBeNull();
  });
});

describe('the shipped model (data/model.json)', () => {
  it('has a known scope and languages, a threshold in (0, 1) and finite weights', () => {
    expect(['checked', 'all']).toContain(MODEL.scope);
    expect(MODEL.threshold).toBeGreaterThan(0);
    expect(MODEL.threshold).toBeLessThan(1);
    expect(Number.isFinite(MODEL.bias)).toBe(true);
    const weights = Object.values(MODEL.weights);
    expect(weights.length).toBeGreaterThan(50);
    expect(weights.every(Number.isFinite)).toBe(true);
  });
  it('refuses a model file of another shape', () => {
    const base = { bias: 0, threshold: 0.5, scope: 'all', langs: ['en'], weights: {} };
    expect(() => parseModel({ ...base, scope: 'sometimes' })).toThrow(/scope/);
    expect(() => parseModel({ ...base, langs: ['de'] })).toThrow(/language/);
  });
});
