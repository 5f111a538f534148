// pageDate over every saved real page. Each expected date below was checked by
// reading the page: `shown` quotes the date the page displays to its reader.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardDate, pageDate } from '@/lib/dates';
import type { PublishedDate } from '@/lib/storage/schema';
import { inertWindow, PAGES_DIR, requireShared } from './shared';

interface Expected {
  found: PublishedDate | null;
  /** What the page shows its reader, verbatim; null when it shows no date. */
  shown: string | null;
  /** The shown date as ISO, to compare with what was found. */
  shownIso?: string;
  /** The source gives only the month (a /2015/04/ URL): compare year and month. */
  monthOnly?: true;
}

const EXPECTED: Record<string, Expected> = {
  '20minutes-ciaran': {
    found: { date: '2023-11-02', source: 'json-ld' },
    shown: 'Publié le 02/11/23 à 16h33',
    shownIso: '2023-11-02',
  },
  '20minutes-france-italie': {
    found: { date: '2018-06-01', source: 'json-ld' },
    shown: 'embedded tweets of June 1, 2018; URL …-20180601-…',
    shownIso: '2018-06-01',
  },
  'amazon-home': { found: null, shown: null },
  'ars-article': {
    found: { date: '2015-04-01', source: 'url' },
    shown: 'Dan Goodin - Apr 16, 2015',
    shownIso: '2015-04-16',
    monthOnly: true,
  },
  'bbc-article': {
    found: { date: '2015-07-24', source: 'json-ld' },
    shown: '24 July 2015',
    shownIso: '2015-07-24',
  },
  'bbc-home': { found: null, shown: null },
  'bbc-live-coronavirus': {
    found: { date: '2020-05-12', source: 'json-ld' },
    shown: 'live page of 12 May 2020 (posts "Posted at 15:05")',
    shownIso: '2020-05-12',
  },
  'cnn-article-xl': {
    found: { date: '2016-12-18', source: 'json-ld' },
    shown: 'Updated 10:53 AM EST, Sun December 18, 2016',
    shownIso: '2016-12-18',
  },
  'cnn-home': { found: null, shown: 'July 24, 2014 (a listing: the day, not a publication)' },
  'codinghorror-blog-index': { found: null, shown: 'one date per post (a listing)' },
  'dailymail-food': {
    found: { date: '2020-09-26', source: 'json-ld' },
    shown: 'Published: 22:00 GMT, 26 September 2020',
    shownIso: '2020-09-26',
  },
  'daringfireball-article': { found: null, shown: null },
  'framablog-post': {
    found: { date: '2017-12-02', source: 'url' },
    shown: '2 Déc 2017',
    shownIso: '2017-12-02',
  },
  'guardian-article': {
    found: { date: '2019-01-03', source: 'meta' },
    shown: 'Thu 3 Jan 2019',
    shownIso: '2019-01-03',
  },
  'hn-frontpage': { found: null, shown: null },
  'howtogeek-article': {
    found: { date: '2018-01-07', source: 'meta' },
    shown: 'Jan 7, 2018, 6:40 am EDT',
    shownIso: '2018-01-07',
  },
  'kron4-wolf': {
    found: { date: '2023-11-08', source: 'json-ld' },
    shown: 'Posted: Nov 8, 2023',
    shownIso: '2023-11-08',
  },
  'ledevoir-trottinettes': {
    found: { date: '2020-02-19', source: 'json-ld' },
    shown: 'Jeanne Corriveau 19 février 2020',
    shownIso: '2020-02-19',
  },
  'lemonde-radio-france': {
    found: { date: '2015-04-12', source: 'json-ld' },
    shown: 'Publié le 12 avril 2015 à 22h23',
    shownIso: '2015-04-12',
  },
  'lemonde-renseignement': {
    found: { date: '2015-05-04', source: 'meta' },
    shown: '04.05.2015 à 13h36',
    shownIso: '2015-05-04',
  },
  'leparisien-ciaran': {
    found: { date: '2023-11-02', source: 'json-ld' },
    shown: 'Le 2 novembre 2023',
    shownIso: '2023-11-02',
  },
  'lesechos-sondage': {
    found: { date: '2023-11-02', source: 'json-ld' },
    shown: 'Publié le 2 nov. 2023 à 16:00',
    shownIso: '2023-11-02',
  },
  'liberation-gaza': {
    found: { date: '2023-11-01', source: 'json-ld' },
    shown: 'publié le 1er novembre 2023',
    shownIso: '2023-11-01',
  },
  'liberation-nepal': {
    found: { date: '2015-04-30', source: 'meta' },
    shown: 'AFP 30 avril 2015 à 07:19',
    shownIso: '2015-04-30',
  },
  'nymag-polarization': {
    found: { date: '2020-05-16', source: 'json-ld' },
    shown: 'May 16, 2020',
    shownIso: '2020-05-16',
  },
  'nytimes-home': { found: null, shown: null },
  'ouestfrance-gaza': {
    found: { date: '2023-11-02', source: 'json-ld' },
    shown: 'Publié le 02/11/2023',
    shownIso: '2023-11-02',
  },
  // The article's only date is a <time> without itemprop/class, and it disagrees with its own text
  // (datetime 2019-07-03, "Publié le 29 juin 2019"): left to the headline's card.
  'parisluttes-grenades': { found: null, shown: 'Publié le 29 juin 2019' },
  'polygon-sony-studio': {
    found: { date: '2017-01-12', source: 'meta' },
    shown: 'Jan 12, 2017',
    shownIso: '2017-01-12',
  },
  'radiocanada-kpmg': {
    found: { date: '2017-03-13', source: 'meta' },
    shown: 'Publié le 13 mars 2017',
    shownIso: '2017-03-13',
  },
  'reddit-frontpage': { found: null, shown: null },
  'reddit-post-image': { found: null, shown: 'Posted by u/moniso 4 years ago (relative only)' },
  'rollingstone-home': { found: null, shown: null },
  'sciencesetavenir-infox': {
    found: { date: '2020-09-14', source: 'json-ld' },
    shown: 'le 14.09.2020 à 11h46',
    shownIso: '2020-09-14',
  },
  'theguardian-academics': {
    found: { date: '2020-01-20', source: 'meta' },
    shown: 'Mon 20 Jan 2020',
    shownIso: '2020-01-20',
  },
  // JSON-LD datePublished is the article's creation; the page shows only "last edited on 13 January 2020".
  'wikipedia-soil': { found: { date: '2002-02-05', source: 'json-ld' }, shown: null },
  'wired-home': { found: null, shown: null },
  'wordpress-blog-index': { found: null, shown: 'one date per post (a listing)' },
  // Only a <time class="date"> in the byline (December 2, 2016): no page-level metadata.
  'yahoo-article': { found: null, shown: 'Associated Press December 2, 2016' },
  'yahoo-uk-home': { found: null, shown: null },
};

function parse(html: string): { doc: Document; url: string; close: () => void } {
  const window = inertWindow();
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  // The address the reader would be on: the page's canonical URL.
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    '/';
  return { doc, url: new URL(canonical, 'https://unknown.invalid/').href, close: () => window.close() };
}

const pages = readdirSync(requireShared(PAGES_DIR))
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''));
const summary = { pages: 0, found: 0, checked: 0 };

describe('pageDate on the real saved pages', () => {
  it('has an expectation for every page, and every page for an expectation', () => {
    expect(pages.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(pages)('%s', (name) => {
    const expected = EXPECTED[name];
    if (!expected) throw new Error(`no expectation for ${name}`);
    const { doc, url, close } = parse(readFileSync(join(PAGES_DIR, `${name}.html`), 'utf8'));
    const found = pageDate(doc, url) ?? null;
    close();
    expect(found).toEqual(expected.found);
    summary.pages++;
    if (!found) return;
    summary.found++;
    if (!expected.shownIso) return;
    const width = expected.monthOnly ? 7 : 10;
    expect(found.date.slice(0, width)).toBe(expected.shownIso.slice(0, width));
    summary.checked++;
  });

  afterAll(() => {
    console.log(
      `pageDate: ${summary.pages} pages, a date found on ${summary.found}, ` +
        `${summary.checked} checked against the date the page shows`,
    );
  });
});

// cardDate on headlines of the saved pages, each checked against the date printed next to it.
const CARDS: [page: string, headlineStart: string, date: string, shown: string][] = [
  ['codinghorror-blog-index', 'The Rise of the Electric Scooter', '2019-09-12', '12 Sep 2019'],
  [
    'guardian-article',
    'Rescuers rush to help whale stranded in Scottish',
    '2019-01-03',
    'Published: 3 Jan 2019',
  ],
  [
    'ledevoir-trottinettes',
    'Trottinettes en libre-service: Montréal sévira',
    '2019-09-14',
    '14 septembre 2019',
  ],
  ['howtogeek-article', 'Amazon Echo vs. Google Home', '2018-01-07', 'Jan 7, 2018'],
  ['nymag-polarization', 'The GOP Is the Problem', '2020-05-16', 'May 16, 2020'],
];

describe('cardDate on the real saved pages', () => {
  it.each(CARDS)('%s: "%s…" is dated %s', (name, start, date) => {
    const { doc, close } = parse(readFileSync(join(PAGES_DIR, `${name}.html`), 'utf8'));
    const headline = [...doc.querySelectorAll('h1, h2, h3, h4, a')].find((el) =>
      (el.textContent ?? '').trim().startsWith(start),
    );
    const found = headline && cardDate(headline);
    close();
    expect(found).toEqual({ date, source: 'card-time' });
  });
});
