// Finds the elements that hold headlines: headings, headline-like links and
// the site adapter's titles, minus page chrome, editable regions, code and
// the extension's own UI. Only texts that pass the cheap prefilter are kept,
// so the costlier checks run on a handful of elements.
import {
  hasCue,
  hasTwoWords,
  isCandidate,
  PREFILTER_MAX_LENGTH,
  PREFILTER_MIN_LENGTH,
} from '@/lib/detector/prefilter';
import type { SiteAdapter } from './adapters';
import { BADGE_ATTRIBUTE, BADGE_TAG } from './dom-contract';

const HEADINGS = 'h1, h2, h3, h4, [role="heading"]';
const LINKS = 'a[href]';
const SKIP = [
  'nav',
  '[role="navigation"]',
  '[role="menu"]',
  '[role="menubar"]',
  '[role="tablist"]',
  '[role="search"]',
  'input',
  'textarea',
  'select',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'sup',
  '[hidden]',
  '[aria-hidden="true"]',
  BADGE_TAG,
  `[${BADGE_ATTRIBUTE}]`,
].join(', ');

export interface Headline {
  el: HTMLElement;
  text: string;
}

export interface HeadlineRules {
  /** Every element that may hold a headline (for `closest`). */
  mayHold: string;
  /** Headings and adapter titles: a link inside or around one defers to it. */
  strong: string;
  skip: string;
}

export function rulesFor(adapter: SiteAdapter | undefined): HeadlineRules {
  const strong = adapter ? `${HEADINGS}, ${adapter.headlines}` : HEADINGS;
  return {
    mayHold: `${strong}, ${LINKS}`,
    strong,
    skip: adapter?.skip ? `${SKIP}, ${adapter.skip}` : SKIP,
  };
}

const NOT_TEXT = 'noscript, script, style, template';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The element's visible-ish text: <noscript> holds raw markup as text when scripts run. */
export function headlineText(el: Element, raw: string = el.textContent ?? ''): string {
  let text = raw;
  if (el.querySelector(NOT_TEXT)) {
    text = '';
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest(NOT_TEXT)) text += node.nodeValue ?? '';
    }
  }
  return collapse(text);
}

/**
 * The first, per-element pass: textContent, a two-word test and the prefilter's word lookup,
 * nothing else for ordinary elements (no selector matching, no regex). The raw
 * text may hold a <noscript>'s markup too, which only lets more through to
 * asHeadline's exact checks (a phrase cut in two by a <script> inside the
 * headline is the one thing it can miss).
 */
function mayBeHeadline(el: Element, raw: string): boolean {
  if (raw.length < PREFILTER_MIN_LENGTH) return false;
  if (
    raw.length > PREFILTER_MAX_LENGTH &&
    collapse(raw).length > PREFILTER_MAX_LENGTH &&
    !el.querySelector(NOT_TEXT)
  )
    return false;
  // Most links are one word (a wiki's in-text links): rejected before the word lookup.
  return hasTwoWords(raw) && hasCue(raw);
}

/** A link reads like a headline when it has at least two words (a bare URL has one). */
function linkReadsLikeHeadline(text: string): boolean {
  // `text` is collapsed and trimmed: an inner space means two words. Plain string tests, no regex to compile in the page.
  return text.includes(' ');
}

function isEditable(el: HTMLElement): boolean {
  return el.isContentEditable || el.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}

/** The headline (if any) that `el` is, with its text, under `rules`. */
export function asHeadline(el: Element, rules: HeadlineRules): Headline | null {
  if (!(el instanceof HTMLElement)) return null;
  const raw = el.textContent ?? '';
  if (!mayBeHeadline(el, raw)) return null;
  const text = headlineText(el, raw);
  if (!isCandidate(text)) return null;
  if (el.closest(rules.skip) || isEditable(el)) return null;
  if (!el.matches(rules.strong)) {
    if (!el.matches(LINKS) || !linkReadsLikeHeadline(text)) return null;
    // A link around or inside a heading/title defers to it.
    if (el.querySelector(rules.strong) || el.parentElement?.closest(rules.strong)) return null;
  } else if (el.querySelector(rules.strong)) {
    // A title that holds another title (a heading wrapping an adapter's span): the inner one anchors.
    return null;
  }
  return { el, text };
}

/**
 * The headlines among `elements[from..to)`: a slice of a page-wide query, read
 * in place (copying a NodeList of thousands of links into arrays costs more than reading it).
 */
export function headlinesAmong(
  elements: ArrayLike<Element>,
  rules: HeadlineRules,
  from = 0,
  to = elements.length,
): Headline[] {
  const found: Headline[] = [];
  for (let i = from; i < to; i++) {
    const headline = asHeadline(elements[i] as Element, rules);
    if (headline) found.push(headline);
  }
  return found;
}

/** Headlines in `root` and, when `root` sits inside one, that headline. */
export function findHeadlines(root: ParentNode, rules: HeadlineRules): Headline[] {
  const elements = new Set<Element>();
  if (root instanceof Element) {
    // Text edited inside a title: the title itself (and the link it may sit in).
    const strong = root.closest(rules.strong);
    if (strong) elements.add(strong);
    const link = root.closest(LINKS);
    if (link) elements.add(link);
  }
  for (const el of root.querySelectorAll(rules.mayHold)) elements.add(el);
  return headlinesAmong([...elements], rules);
}
