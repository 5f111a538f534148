// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cardDate, pageDate, parseDateText, sightingDate, urlDate } from '@/lib/dates';

const NOW = new Date('2026-06-01T12:00:00Z');
const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const headlineIn = (html: string, selector = '.h') => {
  const found = doc(html).querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

describe('parseDateText', () => {
  it.each([
    ['2014-05-06', '2014-05-06'],
    ['2016-05-24T23:30:00-07:00', '2016-05-24'],
    ['2015/04/12 10:00', '2015-04-12'],
    ['20160524', '2016-05-24'],
    ['Tue, 24 May 2016 10:00:00 GMT', '2016-05-24'],
  ])('reads %s', (text, iso) => {
    expect(parseDateText(text, NOW)).toBe(iso);
  });

  it.each([
    ['nothing', ''],
    ['a bare number', '1'],
    ['a day that does not exist', '2016-02-30'],
    ['before 1995', '1994-12-31'],
    ['the future', '2027-01-01'],
    ['words', 'last Tuesday'],
  ])('rejects %s', (_, text) => {
    expect(parseDateText(text, NOW)).toBeUndefined();
  });
});

describe('cardDate', () => {
  it("finds the <time datetime> in the headline's card", () => {
    const h = headlineIn(
      '<article><h2 class="h"><a href="/a">Le CM est mort</a></h2><p>By X, <time datetime="2014-05-06T08:00">6 May</time></p></article>',
    );
    expect(cardDate(h, NOW)).toEqual({ date: '2014-05-06', source: 'card-time' });
  });

  it('reads a headline link inside a card a few levels up', () => {
    const h = headlineIn(
      '<div class="card"><div class="meta"><time datetime="2013-01-02">2 Jan</time></div><div class="body"><div><a class="h" href="/x">Est-ce la fin du CM ?</a></div></div></div>',
    );
    expect(cardDate(h, NOW)).toEqual({ date: '2013-01-02', source: 'card-time' });
  });

  it("does not take a neighbouring card's date", () => {
    const h = headlineIn(
      '<section><div><h3 class="h">SEO is dead</h3></div><div><h3>Other story</h3><time datetime="2015-01-01"></time></div></section>',
    );
    expect(cardDate(h, NOW)).toBeUndefined();
  });

  it('stops at the card boundary (article, li)', () => {
    const h = headlineIn(
      '<div><time datetime="2012-01-01"></time><ul><li><a class="h" href="/x">SEO is dead</a></li></ul></div>',
    );
    expect(cardDate(h, NOW)).toBeUndefined();
  });

  it('gives nothing when a card shows two different dates', () => {
    const h = headlineIn(
      '<article><h2 class="h">SEO is dead</h2><time datetime="2014-01-01"></time><time datetime="2019-01-01"></time></article>',
    );
    expect(cardDate(h, NOW)).toBeUndefined();
  });

  it('skips absurd dates', () => {
    const h = headlineIn(
      '<article><h2 class="h">SEO is dead</h2><time datetime="1970-01-01"></time></article>',
    );
    expect(cardDate(h, NOW)).toBeUndefined();
  });
});

describe('pageDate', () => {
  const url = 'https://example.com/post';

  it('reads JSON-LD datePublished, in @graph too, articles first', () => {
    const page = doc(`<head>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","datePublished":"2010-01-01"},
        {"@type":"NewsArticle","headline":"x","datePublished":"2014-05-06T10:00:00+02:00"}]}</script>
      <meta property="article:published_time" content="2019-01-01"></head>`);
    expect(pageDate(page, url, NOW)).toEqual({ date: '2014-05-06', source: 'json-ld' });
  });

  it('reads JSON-LD arrays and skips broken blocks', () => {
    const page = doc(`<script type="application/ld+json">{ broken</script>
      <script type="application/ld+json">[{"@type":"BlogPosting","datePublished":"2016-03-04"}]</script>`);
    expect(pageDate(page, url, NOW)).toEqual({ date: '2016-03-04', source: 'json-ld' });
  });

  it.each([
    ['<meta property="article:published_time" content="2016-05-24T10:00:00Z">', '2016-05-24'],
    ['<meta name="parsely-pub-date" content="2017-02-03T00:00:00Z">', '2017-02-03'],
    ['<meta name="sailthru.date" content="2015-07-08 10:00:00">', '2015-07-08'],
    ['<meta name="DC.date.issued" content="2013-09-10">', '2013-09-10'],
    ['<meta name="date" content="Tue, 24 May 2016 10:00:00 GMT">', '2016-05-24'],
    ['<meta name="pubdate" content="20120304">', '2012-03-04'],
    ['<time itemprop="datePublished" datetime="2011-11-11">11/11</time>', '2011-11-11'],
    ['<meta name="dc.date.created" value="2017-03-13|19h18">', '2017-03-13'],
    ['<time class="post-date published" datetime="2018-01-07T06:40:00-05:00">Jan 7</time>', '2018-01-07'],
    ['<time class="entry-date" datetime="2017-08-30">August 30</time>', '2017-08-30'],
  ])('reads %s', (html, iso) => {
    expect(pageDate(doc(html), url, NOW)).toEqual({ date: iso, source: 'meta' });
  });

  it('ignores modified dates', () => {
    expect(
      pageDate(doc('<meta property="article:modified_time" content="2016-05-24">'), url, NOW),
    ).toBeUndefined();
  });

  it.each([
    ['https://blog.fr/2016/05/24/le-cm-est-mort/', '2016-05-24'],
    ['https://blog.fr/2016/05/le-cm-est-mort', '2016-05-01'],
    ['https://www.lemonde.fr/article/2015_04_12/radio-france_4614610.html', '2015-04-12'],
    [
      'https://www.lemonde.fr/actualite-medias/article/2015/04/12/radio-france_4614610_3236.html',
      '2015-04-12',
    ],
    ['https://news.example/20140506/story', '2014-05-06'],
    ['https://www.20minutes.fr/societe/4060503-20231102-tempete-ciaran', '2023-11-02'],
    ['https://www.leparisien.fr/meteo/tempete-ciaran-02-11-2023-XVZ4H2T3AZ.php', '2023-11-02'],
    ['https://www.theguardian.com/environment/2019/jan/03/whale-strandings', '2019-01-03'],
    ['http://www.polygon.com/2017/1/12/14251842/guerrilla-cambridge-closed', '2017-01-12'],
  ])('falls back to a date in the URL: %s', (address, iso) => {
    expect(pageDate(doc('<p>no meta</p>'), address, NOW)).toEqual({ date: iso, source: 'url' });
  });

  it.each([
    'https://shop.example/item/1234567890',
    'https://x.example/2016/13/01/',
    'https://x.example/2031/01/01/',
    'https://x.example/1989/05/',
    'not a url',
  ])('finds no date in %s', (address) => {
    expect(urlDate(address, NOW)).toBeUndefined();
  });
});

describe('sightingDate', () => {
  const page = {
    url: 'https://a.fr/2014/05/cm',
    title: 't',
    date: { date: '2014-05-06', source: 'json-ld' as const },
  };
  it("takes the card's date first, then the page's for the page's own headline", () => {
    const card = { date: '2013-01-01', source: 'card-time' as const };
    expect(sightingDate({ text: 'x', date: card }, page)).toEqual(card);
    expect(sightingDate({ text: 'x' }, page)).toEqual(page.date);
    expect(sightingDate({ text: 'x', url: 'https://a.fr/2014/05/cm/#top' }, page)).toEqual(page.date);
  });
  it("does not give the page's date to links to other pages", () => {
    expect(sightingDate({ text: 'x', url: 'https://a.fr/other' }, page)).toBeUndefined();
  });
});
