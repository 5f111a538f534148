// Which detections get a badge under the user's settings.
import { describe, expect, it } from 'vitest';
import type { Detection } from '@/lib/detector/types';
import { dismissedSet, shouldBadge, type ViewState } from '@/lib/visibility';

const info = (kind: Detection['kind'], lang: 'en' | 'fr' = 'en', canonical = 'seo'): Detection => ({
  text: '',
  kind,
  subject: canonical,
  canonical,
  lang,
  cue: null,
  span: null,
  agent: null,
  renewal: null,
});
const view = (over: Partial<ViewState['settings']> = {}, extra: Partial<ViewState> = {}): ViewState => ({
  enabled: true,
  settings: { langs: ['en', 'fr'], mutedSubjects: [], badgeStyle: 'full', ...over },
  dismissed: new Set(),
  ...extra,
});

describe('shouldBadge', () => {
  it('badges claims, questions and rebuttals; not none, not unknown', () => {
    expect(shouldBadge('SEO is dead', info('claim'), view())).toBe(true);
    expect(shouldBadge('Is SEO dead?', info('question'), view())).toBe(true);
    expect(shouldBadge('SEO is not dead', info('rebuttal'), view())).toBe(true);
    expect(shouldBadge('Man found dead', info('none'), view())).toBe(false);
    expect(shouldBadge('SEO is dead', null, view())).toBe(false);
  });

  it('respects the switch, languages, muted subjects and dismissed texts', () => {
    expect(shouldBadge('SEO is dead', info('claim'), view({}, { enabled: false }))).toBe(false);
    expect(shouldBadge('SEO est mort', info('claim', 'fr'), view({ langs: ['en'] }))).toBe(false);
    expect(shouldBadge('SEO is dead', info('claim'), view({ mutedSubjects: ['seo'] }))).toBe(false);
    expect(
      shouldBadge('SEO  is DEAD!', info('claim'), view({}, { dismissed: new Set(['seo is dead']) })),
    ).toBe(false);
    expect(
      shouldBadge('Email is dead', info('claim'), view({}, { dismissed: new Set(['seo is dead']) })),
    ).toBe(true);
  });
});

describe('dismissedSet', () => {
  it('normalises the stored texts and ignores what is not a string', () => {
    expect(dismissedSet(['SEO  is DEAD!', 3, null, 'Email is dead'])).toEqual(
      new Set(['seo is dead', 'email is dead']),
    );
    expect(dismissedSet('not a list')).toEqual(new Set());
  });
});
