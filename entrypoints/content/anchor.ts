// Where a badge goes: at the end of the headline's text, inside the innermost
// element that holds all of it (so "<h2><a>SEO is dead</a></h2>" gets the
// badge inside the link, on the same line, even when the link is a block).
import { isBadgeHost } from './dom-contract';

const NO_CHILDREN = new Set(['IMG', 'BR', 'HR', 'INPUT', 'SVG', 'svg', 'VIDEO', 'AUDIO', 'IFRAME', 'CANVAS']);

export function badgeAnchor(headline: HTMLElement): HTMLElement {
  let anchor = headline;
  const text = (headline.textContent ?? '').trim();
  for (let depth = 0; depth < 8; depth++) {
    const children = [...anchor.children].filter((c) => !isBadgeHost(c));
    if (children.length !== 1) break;
    const only = children[0];
    if (!(only instanceof HTMLElement) || NO_CHILDREN.has(only.tagName)) break;
    if ((only.textContent ?? '').trim() !== text) break;
    anchor = only;
  }
  return anchor;
}
