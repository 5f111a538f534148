// What a badge says, in English and French, from the real locale files: the
// words the background builds (badgeWords) and the page draws as they are.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeWords } from '@/lib/badge-words';
import type { Detection } from '@/lib/detector/types';
import type { SubjectHistory } from '@/lib/messages';
import type { ArgumentUse } from '@/lib/tally/arguments';

type Catalogue = Record<string, { message: string }>;
const catalogue = (lang: string): Catalogue =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Catalogue;

function useLocale(lang: 'en' | 'fr'): void {
  const messages = catalogue(lang);
  const i18n = fakeBrowser.i18n as unknown as { getMessage: (key: string, subs?: string[]) => string };
  (fakeBrowser.i18n as unknown as { getUILanguage: () => string }).getUILanguage = () => lang;
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
function badgeText(parts: ReturnType<typeof info>, style: 'full' | 'compact', uses: ArgumentUse[] = []) {
  return badgeWords(parts.detection, parts.history, style, uses);
}

describe('badgeWords', () => {
  beforeEach(() => useLocale('en'));

  it('names a claim for screen readers with its history', () => {
    const text = badgeText(info('claim'), 'full');
    expect(text?.label).toBe('Death claim: community management, declared dead 6 times since 2011');
    expect(text?.mark).toBe('☠ dead ×6');
    expect(text?.history).toBe('Declared dead 6 times since 2011 — first in 2011, last in 2016.');
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
      history: 'Declared dead once since 2024.',
    });
    expect(badgeText(info('claim', { count: 0, first: null, last: null }), 'full')).toMatchObject({
      mark: '☠ dead',
      history: 'No obituary on record since 2011.',
    });
    expect(badgeText(info('none'), 'full')).toBeNull();
  });

  it('names the argument used again and again, with its years', () => {
    const history = { count: 14, first: 2011, last: 2024 };
    const uses = [
      { id: 'ai', count: 3, years: [2013, 2016, 2023] },
      { id: 'mobile', count: 1, years: [2012] },
    ];
    expect(badgeText(info('claim', history), 'full', uses)?.history).toBe(
      'Declared dead 14 times since 2011 — first in 2011, last in 2024. The same argument, AI, was used in 2013, 2016 and 2023.',
    );
    expect(
      badgeText(info('claim', history), 'full', [{ id: 'covid', count: 1, years: [2020] }])?.history,
    ).toBe(
      'Declared dead 14 times since 2011 — first in 2011, last in 2024. The argument covid was used in 2020.',
    );
    useLocale('fr');
    expect(badgeText(info('claim', history), 'full', uses)?.history).toBe(
      'Déclaré mort 14 fois depuis 2011 — la première en 2011, la dernière en 2024. Le même argument, l’IA, a servi en 2013, 2016 et 2023.',
    );
  });

  it('says how many obituaries a rebuttal answers', () => {
    expect(badgeText(info('rebuttal', { count: 14, first: 2011, last: 2024 }), 'full')?.history).toBe(
      'Answers 14 obituaries since 2011 — first in 2011, last in 2024.',
    );
    expect(badgeText(info('rebuttal', { count: 1, first: 2016, last: 2016 }), 'full')?.history).toBe(
      'Answers one obituary since 2011.',
    );
    useLocale('fr');
    expect(badgeText(info('rebuttal', { count: 5, first: 2011, last: 2016 }), 'full')?.history).toBe(
      'Répond à 5 nécrologies depuis 2011 — la première en 2011, la dernière en 2016.',
    );
  });

  it('speaks French from the French catalogue', () => {
    useLocale('fr');
    const text = badgeText(info('claim'), 'full');
    expect(text?.label).toBe('Annonce de mort : community management, déclaré mort 6 fois depuis 2011');
    expect(text?.mark).toBe('☠ mort ×6');
    expect(text?.dismiss).toBe('Pas une annonce de mort');
  });
});
