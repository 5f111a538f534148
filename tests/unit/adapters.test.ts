// @vitest-environment happy-dom
// Each site adapter on a page that reproduces the site's markup: the titles it
// finds are exactly the elements marked data-expect, in page order, and chrome
// (author names, comment links, screen-reader copies) is left out.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor, hostMatches } from '@/entrypoints/content/adapters';
import { findHeadlines, headlineText, rulesFor } from '@/entrypoints/content/find-headlines';
import { normalizePattern, ruleMatches } from '@/lib/sites';

const PAGES = 'tests/e2e/pages/adapters';

const CASES = [
  { file: 'hacker-news.html', host: 'news.ycombinator.com', adapter: 'Hacker News', genericDiffers: true },
  { file: 'reddit.html', host: 'www.reddit.com', adapter: 'Reddit', genericDiffers: true },
  { file: 'google-news.html', host: 'news.google.com', adapter: 'Google News', genericDiffers: false },
  { file: 'google-search.html', host: 'www.google.com', adapter: 'Google Search', genericDiffers: false },
  { file: 'x.html', host: 'x.com', adapter: 'X', genericDiffers: true },
  { file: 'linkedin.html', host: 'www.linkedin.com', adapter: 'LinkedIn', genericDiffers: true },
  { file: 'medium.html', host: 'medium.com', adapter: 'Medium', genericDiffers: true },
  { file: 'youtube.html', host: 'www.youtube.com', adapter: 'YouTube', genericDiffers: true },
  { file: 'le-monde.html', host: 'www.lemonde.fr', adapter: 'Le Monde', genericDiffers: true },
  { file: 'le-figaro.html', host: 'www.lefigaro.fr', adapter: 'Le Figaro', genericDiffers: true },
] as const;

function load(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(`${PAGES}/${file}`, 'utf8'), 'text/html');
}

const describeEl = (el: Element) => `${el.localName}: ${(el.textContent ?? '').replace(/\s+/g, ' ').trim()}`;

describe('site adapters', () => {
  it('covers every adapter with a page', () => {
    expect(CASES.map((c) => c.adapter).sort()).toEqual(ADAPTERS.map((a) => a.name).sort());
  });

  for (const c of CASES) {
    it(`${c.adapter}: finds exactly the titles on ${c.file}`, () => {
      const doc = load(c.file);
      const adapter = adapterFor(c.host);
      expect(adapter?.name).toBe(c.adapter);
      const expected = [...doc.querySelectorAll('[data-expect]')].map(describeEl);
      expect(expected.length).toBeGreaterThan(0);
      const found = findHeadlines(doc, rulesFor(adapter)).map((h) => describeEl(h.el));
      expect(found).toEqual(expected);
      const generic = findHeadlines(doc, rulesFor(undefined)).map((h) => describeEl(h.el));
      if (c.genericDiffers) expect(generic).not.toEqual(expected);
      else expect(generic).toEqual(expected);
    });
  }

  it('applies no adapter elsewhere', () => {
    expect(adapterFor('example.com')).toBeUndefined();
    expect(adapterFor('127.0.0.1')).toBeUndefined();
  });

  it('writes every host pattern normalised, and matches hosts as a site rule would', () => {
    const hosts = [
      'reddit.com',
      'www.reddit.com',
      'old.reddit.com',
      'notreddit.com',
      'X.com',
      'www.x.com',
      'news.google.com',
      'evil.com.lemonde.fr.example',
    ];
    for (const pattern of ADAPTERS.flatMap((a) => a.hosts)) {
      expect(normalizePattern(pattern)).toBe(pattern);
      for (const host of hosts)
        expect(hostMatches(pattern, host), `${pattern} ~ ${host}`).toBe(ruleMatches(pattern, host));
    }
  });
});

describe('headline text', () => {
  it('ignores the raw markup a <noscript> holds', () => {
    const doc = new DOMParser().parseFromString(
      '<a href="/x"><noscript><img src="a.jpg" alt="">Enable JavaScript</noscript><strong> Flash  is dead </strong></a>',
      'text/html',
    );
    const link = doc.querySelector('a') as HTMLElement;
    expect(headlineText(link)).toBe('Flash is dead');
  });
});
