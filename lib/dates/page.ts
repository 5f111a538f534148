// A page's published date: JSON-LD, then date meta tags, then a date in the URL.
import type { PublishedDate } from '../storage/schema.ts';
import { isoFromParts, isPlausible } from './iso.ts';
import { parseDateText } from './parse.ts';

const ARTICLE_TYPES = /article|posting|report|blog|news/i;
const MAX_DEPTH = 8;

/** Every object with a datePublished in a JSON-LD value, articles first. */
function collectPublished(value: unknown, out: { type: string; date: unknown }[], depth = 0): void {
  if (depth > MAX_DEPTH || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectPublished(item, out, depth + 1);
    return;
  }
  const node = value as Record<string, unknown>;
  if ('datePublished' in node) out.push({ type: String(node['@type'] ?? ''), date: node.datePublished });
  for (const [key, child] of Object.entries(node)) {
    if (key !== 'datePublished') collectPublished(child, out, depth + 1);
  }
}

function parseJsonLd(text: string): unknown {
  const cleaned = text
    .replace(/^\s*(<!--|<!\[CDATA\[)/, '')
    .replace(/(-->|\]\]>)\s*$/, '')
    .trim();
  try {
    return JSON.parse(cleaned);
  } catch {
    return undefined;
  }
}

export function jsonLdDate(doc: Document, now: Date = new Date()): string | undefined {
  const found: { type: string; date: unknown }[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    collectPublished(parseJsonLd(script.textContent ?? ''), found);
  }
  const ordered = [...found.filter((f) => ARTICLE_TYPES.test(f.type)), ...found];
  for (const { date } of ordered) {
    const iso = typeof date === 'string' ? parseDateText(date, now) : undefined;
    if (iso) return iso;
  }
  return undefined;
}

/** Meta names and properties that carry a publication date, most specific first. */
export const DATE_META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'article:published',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'article.published',
  'publish-date',
  'publish_date',
  'publishdate',
  'pubdate',
  'og:pubdate',
  'date',
  'cxenseparse:recs:publishtime',
] as const;

export function metaDate(doc: Document, now: Date = new Date()): string | undefined {
  const byKey = new Map<string, string>();
  // Some saved or rewritten pages carry the value in `value` rather than `content`.
  for (const meta of doc.querySelectorAll('meta[content], meta[value]')) {
    const content = meta.getAttribute('content') ?? meta.getAttribute('value');
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && content && !byKey.has(key)) byKey.set(key, content);
    }
  }
  for (const key of DATE_META_KEYS) {
    const iso = parseDateText(byKey.get(key), now);
    if (iso) return iso;
  }
  // Microdata or hAtom on a visible element: <time itemprop="datePublished">,
  // <time pubdate>, <time class="published">, WordPress's <time class="entry-date">.
  for (const el of doc.querySelectorAll(
    '[itemprop="datePublished"], time[pubdate], time.published, time.entry-date',
  )) {
    const iso = parseDateText(el.getAttribute('datetime') ?? el.getAttribute('content'), now);
    if (iso) return iso;
  }
  return undefined;
}

const SEP = '[/_-]';
const YEAR = '((?:19|20)\\d{2})';
const END = '(?=$|[/_.-])';
const URL_DAY = new RegExp(`(?:^|${SEP})${YEAR}([/_-])(\\d{1,2})\\2(\\d{1,2})${END}`);
const URL_COMPACT_DAY = new RegExp(`${SEP}${YEAR}(\\d{2})(\\d{2})${END}`);
/** Day first, as French sites write it: -02-11-2023-. */
const URL_DAY_FIRST = new RegExp(`${SEP}(\\d{2})-(\\d{2})-${YEAR}${END}`);
const URL_MONTH_NAME = new RegExp(
  `/${YEAR}/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/(\\d{1,2})${END}`,
  'i',
);
const URL_MONTH = new RegExp(`/${YEAR}/(\\d{1,2})(?=$|/)`);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The first date-looking part of a URL path, as [year, month, day]. */
function urlParts(path: string): [number, number, number] | undefined {
  let m = URL_DAY.exec(path);
  if (m) return [Number(m[1]), Number(m[3]), Number(m[4])];
  m = URL_MONTH_NAME.exec(path);
  if (m) return [Number(m[1]), MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1, Number(m[3])];
  m = URL_COMPACT_DAY.exec(path);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  m = URL_DAY_FIRST.exec(path);
  if (m) return [Number(m[3]), Number(m[2]), Number(m[1])];
  m = URL_MONTH.exec(path);
  // Only the month is known: the 1st stands for it.
  if (m) return [Number(m[1]), Number(m[2]), 1];
  return undefined;
}

/**
 * /2016/05/24/, /2019/jan/03/, 2015_04_12, -20231102-, -02-11-2023- → that day;
 * /2016/05/ → the 1st of the month.
 */
export function urlDate(url: string, now: Date = new Date()): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const parts = urlParts(path);
  const iso = parts && isoFromParts(...parts);
  return iso && isPlausible(iso, now) ? iso : undefined;
}

export function pageDate(doc: Document, url: string, now: Date = new Date()): PublishedDate | undefined {
  const ld = jsonLdDate(doc, now);
  if (ld) return { date: ld, source: 'json-ld' };
  const meta = metaDate(doc, now);
  if (meta) return { date: meta, source: 'meta' };
  const fromUrl = urlDate(url, now);
  return fromUrl ? { date: fromUrl, source: 'url' } : undefined;
}
