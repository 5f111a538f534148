// The date on a headline's own card: a <time> near the headline, looked for in
// its ancestors up to a few levels, never in a container that holds other headlines.
import type { PublishedDate } from '../storage/schema.ts';
import { parseDateText } from './parse.ts';

const MAX_LEVELS = 4;
const HEADLINES = 'h1, h2, h3, h4, h5, h6, article';
/** Elements that close a card: past them we would read a neighbour's date. */
const CARD = new Set(['ARTICLE', 'LI', 'TR']);

function holdsOtherHeadline(container: Element, headline: Element): boolean {
  for (const other of container.querySelectorAll(HEADLINES)) {
    if (other !== headline && !other.contains(headline) && !headline.contains(other)) return true;
  }
  return false;
}

/** The distinct valid dates of the <time> elements in `container`. */
function timeDates(container: Element, now: Date): string[] {
  const dates = new Set<string>();
  for (const time of container.querySelectorAll('time')) {
    const date = parseDateText(time.getAttribute('datetime') ?? time.textContent, now);
    if (date) dates.add(date);
  }
  return [...dates];
}

export function cardDate(headline: Element, now: Date = new Date()): PublishedDate | undefined {
  let node: Element | null = headline;
  for (let level = 0; node && level <= MAX_LEVELS; level++) {
    if (level > 0 && holdsOtherHeadline(node, headline)) return undefined;
    const dates = timeDates(node, now);
    // Two different dates: the card is ambiguous, or we already hold several cards.
    if (dates.length > 1) return undefined;
    if (dates[0]) return { date: dates[0], source: 'card-time' };
    if (CARD.has(node.tagName)) return undefined;
    node = node.parentElement;
  }
  return undefined;
}
