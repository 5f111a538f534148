// The worker's verdict cache: kept in storage.session so a fresh worker answers
// known headlines without the NLP, and thrown away under another detector version.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetVerdicts, verdictsFor } from '@/entrypoints/background/verdicts';
import type { Detection } from '@/lib/detector/types';
import { DETECTOR_VERSION } from '@/lib/detector/version';
import { VERDICTS_KEY } from '@/lib/storage/keys';

/** A verdict the detector would never give: read back, it can only come from storage. */
const planted: Detection = {
  text: 'Ten tips for your garden',
  kind: 'claim',
  subject: 'planted',
  canonical: 'planted',
  lang: 'en',
  cue: null,
  span: null,
  agent: null,
  renewal: null,
};

const stored = async () =>
  (await fakeBrowser.storage.session.get(VERDICTS_KEY))[VERDICTS_KEY] as { entries?: unknown } | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  forgetVerdicts();
});

describe('verdictsFor', () => {
  it('detects new texts and keeps them for the next worker', async () => {
    const [seo, garden] = await verdictsFor(['SEO is dead', 'Ten tips for your garden'], true);
    expect(seo?.kind).toBe('claim');
    expect(garden).toBeNull();
    await expect.poll(stored).toMatchObject({ version: DETECTOR_VERSION });
    expect((await stored())?.entries).toEqual([
      ['SEO is dead', seo],
      ['Ten tips for your garden', null],
    ]);
  });

  it('answers from storage.session after the worker restarted', async () => {
    await fakeBrowser.storage.session.set({
      [VERDICTS_KEY]: { version: DETECTOR_VERSION, entries: [[planted.text, planted]] },
    });
    expect(await verdictsFor([planted.text], true)).toEqual([planted]);
  });

  it('ignores verdicts of another detector version', async () => {
    await fakeBrowser.storage.session.set({
      [VERDICTS_KEY]: { version: DETECTOR_VERSION + 1, entries: [[planted.text, planted]] },
    });
    expect(await verdictsFor([planted.text], true)).toEqual([null]);
  });
});
