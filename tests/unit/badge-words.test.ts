// What a badge says, in English and French, from the real locale files: the
// words the background builds (badgeWords) and the page draws as they are.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeWords } from '@/lib/badge-words';
import type { Detection } from '@/lib/detector/types';
import type { SubjectHistory } from '@/lib/messages';

type Catalogue = Record<string, { message: string }>;
const catalogue = (lang: string): Catalogue =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Catalogue;

function useLocale(lang: 'en' | 'fr'): void {
  const messages = catalogue(lang);
  const i18n = fakeBrowser.i18n as unknown as { getMessage: (key: string, subs?: string[]) => string };
  i18n.getMessage = (key, subs = []) =>
    (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

function info(
  kind: Detection['kind'],
  history: Partial<SubjectHistory> = {},
): { detection: Detection; history: SubjectHistory } {
  return {
    detection: {
      text: 'x',
      kind,
      subject: 'community managers',
      canonical: 'community management',
      lang: 'en',
      cue: 'is dead',
      span: null,
      agent: null,
      renewal: null,
    },
    history: {
      canonical: 'community management',
      count: 6,
      first: 2011,
      last: 2016,
      since: 2011,
      ...history,
    },
  };
}

/** The background's words for `info` in `style`; null for none. */
function badgeText(parts: ReturnType<typeof info>, style: 'full' | 'compact') {
  return badgeWords(parts.detection, parts.history, style);
}

describe('badgeWords', () => {
  beforeEach(() => useLocale('en'));

  it('names a claim for screen readers with its history', () => {
    const text = badgeText(info('claim'), 'full');
    expect(text?.label).toBe('Death claim: community management, declared dead 6 times since 2011');
    expect(text?.mark).toBe('☠ dead ×6');
    expect(text?.history).toBe('declared dead 6 times since 2011 — first 2011, last 2016');
    expect(text?.summary).toBe('Declares dead: community managers');
    expect(text?.dismiss).toBe('Not a death claim');
    expect(text?.canonical).toBe('community management');
  });

  it('answers a question with Betteridge, marks a rebuttal, and shows only the mark when compact', () => {
    expect(badgeText(info('question'), 'full')?.summary).toContain("Betteridge's law: probably not");
    expect(badgeText(info('question'), 'compact')?.mark).toBe('☠?');
    expect(badgeText(info('rebuttal'), 'full')?.mark).toBe('♥ not dead ×6');
    expect(badgeText(info('claim'), 'compact')?.mark).toBe('☠');
  });

  it('says once and none without a count, and gives nothing for a non-claim', () => {
    expect(
      badgeText(info('claim', { count: 1, first: 2024, last: 2024, since: 2024 }), 'full'),
    ).toMatchObject({
      mark: '☠ dead ×1',
      history: 'declared dead once since 2024',
    });
    expect(badgeText(info('claim', { count: 0, first: null, last: null }), 'full')).toMatchObject({
      mark: '☠ dead',
      history: 'no obituary on record since 2011',
    });
    expect(badgeText(info('none'), 'full')).toBeNull();
  });

  it('speaks French from the French catalogue', () => {
    useLocale('fr');
    const text = badgeText(info('claim'), 'full');
    expect(text?.label).toBe('Annonce de mort : community management, déclaré mort 6 fois depuis 2011');
    expect(text?.mark).toBe('☠ mort ×6');
    expect(text?.dismiss).toBe('Pas une annonce de mort');
  });
});
