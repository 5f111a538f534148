// detect() is pure, deterministic and never throws, whatever it is given.
import { describe, expect, it } from 'vitest';
import { caughtErrors, type Detection, detect } from '@/lib/detector';
import { loadCorpus } from './corpus';

/** A small seeded generator so the fuzz inputs are the same on every run. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function checkShape(d: Detection, input: unknown) {
  expect(['claim', 'question', 'rebuttal', 'none']).toContain(d.kind);
  expect(['en', 'fr']).toContain(d.lang);
  if (typeof input === 'string') expect(d.text).toBe(input);
  if (d.kind === 'none') {
    expect(d.subject).toBeNull();
    expect(d.span).toBeNull();
  } else {
    expect(d.span).not.toBeNull();
    expect(d.text.slice(d.span?.start, d.span?.end)).toBe(d.cue);
    expect(d.subject?.trim()).toBeTruthy();
    expect(d.canonical).toBeTruthy();
  }
}

describe('detect() robustness', () => {
  it('answers none for empty, blank, huge and binary input', () => {
    for (const input of [
      '',
      '   ',
      '\n\t',
      'x'.repeat(1_000_000),
      `${'SEO is dead '.repeat(100_000)}`,
      '\u0000\u0001\u0002\ufffd\ufffd dead',
    ]) {
      const d = detect(input);
      expect(d.kind).toBe('none');
      checkShape(d, input);
    }
  });

  it('never throws on non-strings or odd options', () => {
    for (const input of [undefined, null, 42, {}, [], Symbol.iterator]) {
      const d = detect(input as unknown as string);
      expect(d.kind).toBe('none');
    }
    expect(detect('SEO is dead', { lang: 'xx' as never }).kind).toBe('claim');
    expect(detect('SEO is dead', { langs: [] }).kind).toBe('none');
    expect(detect('Le SEO est mort', { langs: ['en'] }).kind).toBe('none');
  });

  // 1500 NLP runs: allow for a busy machine
  it('never throws on random text made of death words, punctuation and junk', { timeout: 60_000 }, () => {
    const rnd = lcg(42);
    const parts = [
      'dead',
      'mort',
      'is',
      'est',
      'the',
      'la',
      'fin',
      'de',
      'RIP',
      '?',
      ',',
      ':',
      '(',
      ')',
      '"',
      "'",
      '-',
      'kill',
      'tue',
      "n'est pas",
      'long live',
      'vive',
      '—',
      '…',
      '\u0301',
      '🙂',
      'É',
      'end of',
      'Is',
      'Will',
      'va-t-il',
      '1999-2020',
      '\t',
      '  ',
      '<b>',
      '&amp;',
    ];
    for (let i = 0; i < 1500; i++) {
      const n = 1 + Math.floor(rnd() * 12);
      let text = '';
      for (let j = 0; j < n; j++) text += `${parts[Math.floor(rnd() * parts.length)]} `;
      const d = detect(text);
      checkShape(d, text);
    }
  });

  it('is deterministic: the same input gives the same answer', { timeout: 60_000 }, () => {
    for (const row of loadCorpus().slice(0, 120)) {
      expect(detect(row.headline)).toEqual(detect(row.headline));
    }
  });

  it('keeps span offsets right through curly quotes, entities and tags', () => {
    const text = 'Le <b>community management</b> n’est pas mort &amp; c’est tant mieux';
    const d = detect(text);
    expect(d.kind).toBe('rebuttal');
    expect(d.subject).toBe('Le community management');
    expect(d.canonical).toBe('community management');
    expect(d.cue).toBe('n’est pas mort');
    checkShape(d, text);
  });

  // "never throws" means nothing was caught either: a caught error would be a bug answered as `none`
  it('caught no error in all of the above', () => {
    expect(caughtErrors()).toBe(0);
  });
});
