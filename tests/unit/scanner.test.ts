// @vitest-environment happy-dom
// The page's scanner against a stand-in background (WXT's fake browser): it
// badges what the answer says, records only claims, follows the site switch
// and the badge style, and never trusts an answer that crossed a settings change.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundConnection } from '@/entrypoints/content/connection';
import { KIND_ATTRIBUTE } from '@/entrypoints/content/dom-contract';
import { MAX_TEXTS, Scanner } from '@/entrypoints/content/scanner';
import type { BadgeWords } from '@/lib/badge-words';
import type { DeathKind } from '@/lib/detector/types';
import type { BackgroundRequest, BackgroundResponses, BadgeStyle } from '@/lib/messages';

interface Claim {
  kind: DeathKind;
  subject: string;
}

/** The words the stand-in background sends for a claim, in the badge style it answers with. */
function words({ kind, subject }: Claim, style: BadgeStyle): BadgeWords {
  return {
    kind,
    canonical: subject,
    mark: style === 'compact' ? '☠' : '☠ dead ×3',
    label: `claim: ${subject}`,
    summary: '',
    history: '',
    dismiss: '',
  };
}

/** What the stand-in background answers; `hold` delays the next scan answer until released. */
const background = {
  enabled: true,
  style: 'full' as BadgeStyle,
  claims: new Map<string, Claim>(),
  scans: [] as string[][],
  records: [] as string[][],
  counts: [] as number[],
  /** Texts whose verdict needs an NLP model the stand-in has not loaded: answered only when asked with `models`. */
  needModel: new Set<string>(),
  asked: [] as { texts: string[]; models: boolean }[],
  hold: null as Promise<void> | null,
  /** Answers left out, as a worker stopped mid-request leaves them (the port closes, no answer). */
  lost: { scans: 0, records: 0 },
};

function listen(): void {
  fakeBrowser.runtime.onMessage.addListener(
    (message: unknown, _sender: unknown, reply: (r: unknown) => void) => {
      const request = message as BackgroundRequest;
      if (request.type === 'page-count') background.counts.push(request.count);
      if (request.type === 'record') {
        if (background.lost.records > 0) {
          background.lost.records--;
          reply(undefined);
          return true;
        }
        background.records.push(request.items.map((i) => i.text));
        reply({ ok: true });
        return true;
      }
      if (request.type !== 'scan') return false;
      background.scans.push(request.texts);
      background.asked.push({ texts: request.texts, models: request.models === true });
      if (background.lost.scans > 0) {
        background.lost.scans--;
        reply(undefined);
        return true;
      }
      // The answer is read when the request arrives, as the real background reads the settings then.
      const { enabled, style } = background;
      const waits = (t: string) => !request.models && background.needModel.has(t);
      const answer: BackgroundResponses['scan'] = {
        enabled,
        style,
        results: enabled
          ? request.texts.map((t) => {
              const claim = background.claims.get(t);
              return claim && !waits(t) ? words(claim, style) : null;
            })
          : [],
        later: enabled ? request.texts.flatMap((t, i) => (waits(t) ? [i] : [])) : [],
      };
      const held = background.hold;
      background.hold = null;
      (held ?? Promise.resolve()).then(() => reply(answer));
      return true;
    },
  );
}

function headline(text: string): HTMLElement {
  const h2 = document.createElement('h2');
  h2.textContent = text;
  document.body.append(h2);
  return h2;
}

function scanner(): Scanner {
  return new Scanner({
    connection: backgroundConnection('example.com'),
    page: () => ({ url: 'https://example.com/', title: 'Example' }),
  });
}

/** Lets the fire-and-forget messages (records, counts) arrive. */
const settle = () => new Promise((done) => setTimeout(done, 0));

const badgeMark = (el: HTMLElement) =>
  el.querySelector('ndy-badge')?.shadowRoot?.querySelector('button')?.textContent ?? null;

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(background, {
    enabled: true,
    style: 'full',
    claims: new Map([
      ['SEO is dead', { kind: 'claim', subject: 'seo' }],
      ['Is email dead?', { kind: 'question', subject: 'email' }],
    ]),
    scans: [],
    records: [],
    counts: [],
    needModel: new Set(),
    asked: [],
    hold: null,
    lost: { scans: 0, records: 0 },
  });
  listen();
});
afterEach(() => document.body.replaceChildren());

describe('Scanner', () => {
  it('badges what the answer says, records only the claims, and reports the count', async () => {
    const s = scanner();
    const seo = headline('SEO is dead');
    const email = headline('Is email dead?');
    const bait = headline('Man found dead');
    await s.scan([seo, email, bait].map((el) => ({ el, text: el.textContent ?? '' })));
    await settle();

    expect(seo.getAttribute(KIND_ATTRIBUTE)).toBe('claim');
    expect(email.getAttribute(KIND_ATTRIBUTE)).toBe('question');
    expect(bait.hasAttribute(KIND_ATTRIBUTE)).toBe(false);
    expect(badgeMark(seo)).toBe('☠ dead ×3');
    expect(background.scans).toEqual([['SEO is dead', 'Is email dead?', 'Man found dead']]);
    expect(background.records).toEqual([['SEO is dead', 'Is email dead?']]);
    expect(s.isEnabled()).toBe(true);
    expect(background.counts).toEqual([2]);

    // Known texts are not asked about again.
    await s.scan([{ el: headline('SEO is dead'), text: 'SEO is dead' }]);
    expect(background.scans).toHaveLength(1);
  });

  it('asks about MAX_TEXTS distinct texts per message at most, however often a text repeats, then the rest', async () => {
    const s = scanner();
    // A wiki page: one phrase repeated far past the cap, then a claim.
    const repeated = Array.from({ length: MAX_TEXTS + 100 }, () => headline('the end of the line'));
    const fillers = Array.from({ length: MAX_TEXTS - 2 }, (_, i) => headline(`the end of part ${i}`));
    const seo = headline('SEO is dead');
    const late = headline('Is email dead?');
    const all = [...repeated, ...fillers, seo, late].map((el) => ({ el, text: el.textContent ?? '' }));
    await s.scan(all);
    expect(background.scans[0]).toHaveLength(MAX_TEXTS);
    expect(background.scans[0]?.at(-1)).toBe('SEO is dead');
    // The text past the cap went in a second message.
    expect(background.scans[1]).toEqual(['Is email dead?']);
    expect(background.scans).toHaveLength(2);
    expect(seo.getAttribute(KIND_ATTRIBUTE)).toBe('claim');
    expect(late.getAttribute(KIND_ATTRIBUTE)).toBe('question');
    // A rescan of the same page asks nothing.
    await s.scan(all);
    expect(background.scans).toHaveLength(2);
  });

  it('shows nothing on a switched-off site, and badges after a recheck once it is on', async () => {
    background.enabled = false;
    const s = scanner();
    const seo = headline('SEO is dead');
    await s.scan([{ el: seo, text: 'SEO is dead' }]);
    expect(seo.hasAttribute(KIND_ATTRIBUTE)).toBe(false);
    expect(s.isEnabled()).toBe(false);

    background.enabled = true;
    await s.recheck();
    expect(s.isEnabled()).toBeNull();
    await s.scan([{ el: seo, text: 'SEO is dead' }]);
    expect(seo.getAttribute(KIND_ATTRIBUTE)).toBe('claim');
    expect(s.isEnabled()).toBe(true);
  });

  it('rebuilds every badge when a recheck brings a new style, and drops what is no longer a claim', async () => {
    const s = scanner();
    const seo = headline('SEO is dead');
    const email = headline('Is email dead?');
    await s.scan([seo, email].map((el) => ({ el, text: el.textContent ?? '' })));
    expect(badgeMark(seo)).toBe('☠ dead ×3');

    background.style = 'compact';
    background.claims.delete('Is email dead?'); // muted, say
    await s.recheck();
    expect(badgeMark(seo)).toBe('☠');
    expect(seo.querySelectorAll('ndy-badge')).toHaveLength(1);
    expect(email.hasAttribute(KIND_ATTRIBUTE)).toBe(false);
  });

  it('asks again when its answer crossed a settings change', async () => {
    const s = scanner();
    const seo = headline('SEO is dead');
    let release: () => void = () => undefined;
    background.hold = new Promise<void>((done) => {
      release = done;
    });
    const scanning = s.scan([{ el: seo, text: 'SEO is dead' }]);
    await new Promise((done) => setTimeout(done, 0));
    // The user mutes the subject while the first answer is on its way.
    background.claims.delete('SEO is dead');
    await s.recheck();
    expect(seo.hasAttribute(KIND_ATTRIBUTE)).toBe(false);
    // The stale answer (a claim) arrives last: it must not bring the badge back.
    release();
    await scanning;
    expect(background.scans).toEqual([['SEO is dead'], ['SEO is dead'], ['SEO is dead']]);
    expect(seo.hasAttribute(KIND_ATTRIBUTE)).toBe(false);
  });

  it('badges what needs no NLP model at once, then asks again, with models, about the rest', async () => {
    background.needModel.add('Is email dead?');
    const s = scanner();
    const seo = headline('SEO is dead');
    const email = headline('Is email dead?');
    let release: () => void = () => undefined;
    const scanning = s.scan([seo, email].map((el) => ({ el, text: el.textContent ?? '' })));
    // The second answer is held: the first one's badge is already up.
    background.hold = new Promise<void>((done) => {
      release = done;
    });
    await expect.poll(() => seo.getAttribute(KIND_ATTRIBUTE)).toBe('claim');
    expect(email.hasAttribute(KIND_ATTRIBUTE)).toBe(false);
    release();
    await scanning;
    expect(email.getAttribute(KIND_ATTRIBUTE)).toBe('question');
    expect(background.asked).toEqual([
      { texts: ['SEO is dead', 'Is email dead?'], models: false },
      { texts: ['Is email dead?'], models: true },
    ]);
    await settle();
    expect(background.records).toEqual([['SEO is dead'], ['Is email dead?']]);
  });

  it('hides a dismissed text at once', async () => {
    const s = scanner();
    const seo = headline('SEO is dead');
    await s.scan([{ el: seo, text: 'SEO is dead' }]);
    s.dismissed('SEO is dead');
    expect(seo.hasAttribute(KIND_ATTRIBUTE)).toBe(false);
    expect(seo.querySelector('ndy-badge')).toBeNull();
    await settle();
    expect(background.counts).toEqual([1, 0]);
  });

  it('a correction elsewhere re-asks about the headlines with that text only', async () => {
    const s = scanner();
    const seo = headline('SEO is dead');
    const email = headline('Is email dead?');
    const others = Array.from({ length: 50 }, (_, i) => headline(`Story ${i}`));
    await s.scan([seo, email, ...others].map((el) => ({ el, text: el.textContent ?? '' })));
    background.scans = [];
    background.claims.delete('SEO is dead');
    // The background names the normalised texts that changed.
    await s.recheckTexts(['seo is dead']);
    expect(background.scans).toEqual([['SEO is dead']]);
    expect(seo.hasAttribute(KIND_ATTRIBUTE)).toBe(false);
    expect(email.getAttribute(KIND_ATTRIBUTE)).toBe('question');
    // A text no headline here has: nothing is asked.
    await s.recheckTexts(['flash is dead']);
    expect(background.scans).toHaveLength(1);
  });

  it('scans again what a stopped worker left unanswered: the headline is not left "tracked"', async () => {
    const s = scanner();
    background.lost.scans = 2;
    const seo = headline('SEO is dead');
    await s.scan([{ el: seo, text: 'SEO is dead' }]);
    expect(seo.hasAttribute(KIND_ATTRIBUTE)).toBe(false);
    // Retried after 250 ms, then 500 ms.
    await vi.waitFor(() => expect(seo.getAttribute(KIND_ATTRIBUTE)).toBe('claim'), { timeout: 2000 });
    expect(background.scans).toHaveLength(3);
    // A later pass over the page finds it known.
    await s.scan([{ el: seo, text: 'SEO is dead' }]);
    expect(background.scans).toHaveLength(3);
    await vi.waitFor(() => expect(background.records).toEqual([['SEO is dead']]));
  });

  it('sends the record again until the background confirms it', async () => {
    const s = scanner();
    background.lost.records = 3;
    const seo = headline('SEO is dead');
    await s.scan([{ el: seo, text: 'SEO is dead' }]);
    expect(seo.getAttribute(KIND_ATTRIBUTE)).toBe('claim');
    await vi.waitFor(() => expect(background.records).toEqual([['SEO is dead']]), { timeout: 4000 });
    expect(s.unrecorded).toBe(0);
  });

  it('records a claim the page replaced before the answer came, from its next copy, once', async () => {
    const s = scanner();
    let release: () => void = () => undefined;
    background.hold = new Promise<void>((done) => {
      release = done;
    });
    const first = headline('SEO is dead');
    const scanning = s.scan([{ el: first, text: 'SEO is dead' }]);
    // The page re-renders: a new element with the same text, the old one gone.
    first.remove();
    const second = headline('SEO is dead');
    release();
    await scanning;
    await s.scan([{ el: second, text: 'SEO is dead' }]);
    await s.scan([{ el: headline('SEO is dead'), text: 'SEO is dead' }]);
    await new Promise((done) => setTimeout(done, 0));
    expect(second.getAttribute(KIND_ATTRIBUTE)).toBe('claim');
    expect(background.records).toEqual([['SEO is dead']]);
  });
});
