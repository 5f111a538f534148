// The English and French catalogues: same keys, same placeholders, no blanks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Catalogue = Record<string, { message: string }>;
const load = (lang: string) =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Catalogue;
const en = load('en');
const fr = load('fr');
const placeholders = (message: string) => [...new Set(message.match(/\$\d/g) ?? [])].sort();

describe('locales', () => {
  it('French has every English key and no other', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('each message uses the same $n placeholders in both languages', () => {
    const mismatched = Object.keys(en).filter(
      (key) =>
        fr[key] && placeholders(en[key]?.message ?? '').join() !== placeholders(fr[key].message).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('no message is empty', () => {
    const empty = [...Object.entries(en), ...Object.entries(fr)].filter(([, m]) => !m.message.trim());
    expect(empty).toEqual([]);
  });

  it('the popup sentence reads as the issue writes it', () => {
    const fill = (m: string, subs: string[]) => m.replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? '');
    expect(
      fill(en.popup_headline_other?.message ?? '', [
        en.subjectName_community_management?.message ?? '',
        '6',
        '2011',
      ]),
    ).toBe('Community management has been declared dead 6 times since 2011');
    expect(
      fill(fr.popup_headline_other?.message ?? '', [
        fr.subjectName_community_management?.message ?? '',
        '6',
        '2011',
      ]),
    ).toBe('Le community management a été déclaré mort 6 fois depuis 2011');
  });
});
