import { describe, expect, it } from 'vitest';
import { ARGUMENTS, argumentLabel, argumentOf, foldArgument } from '@/lib/arguments';

describe('argument vocabulary (lib/arguments/vocabulary.ts)', () => {
  it('has unique kebab-case ids, both labels, and no alias claimed twice', () => {
    const ids = ARGUMENTS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const owner = new Map<string, string>();
    for (const a of ARGUMENTS) {
      expect(a.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(a.label.en.trim()).not.toBe('');
      expect(a.label.fr.trim()).not.toBe('');
      for (const alias of a.aliases) {
        const key = foldArgument(alias);
        expect(key, `${alias} is empty once folded`).not.toBe('');
        expect(owner.get(key) ?? a.id, `${alias} is in ${owner.get(key)} and ${a.id}`).toBe(a.id);
        owner.set(key, a.id);
      }
    }
  });

  it.each([
    ["l'IA", 'ai'],
    ['ChatGPT', 'ai'],
    ['LLMs', 'ai'],
    ['How AI', 'ai'],
    ['Trop de partages', 'saturation'],
    ['coronavirus', 'covid'],
    ['the pandemic', 'covid'],
    ['Chatbots', 'chatbots'],
    ['le cloud', 'cloud'],
    ['les réseaux sociaux', 'social-media'],
  ])('%s → %s', (agent, id) => {
    expect(argumentOf(agent)).toBe(id);
  });

  it.each([['Google'], ['Microsoft'], ['Said'], ['maine'], [''], [null]])(
    'names no argument for %s',
    (agent) => {
      expect(argumentOf(agent)).toBeNull();
    },
  );

  it('labels an argument in either language', () => {
    expect(argumentLabel('ai', 'en')).toBe('AI');
    expect(argumentLabel('ai', 'fr')).toBe('l’IA');
  });
});
