// Which date a scanned headline gets: its card's, else the page's — but the
// page's date only for the page's own headline, not for links to other pages
// (an article's "related" links are not published on the article's day).
import type { PageInfo, ScanItem } from '../messages.ts';
import type { PublishedDate } from '../storage/schema.ts';

function sameDocument(a: string, b: string): boolean {
  try {
    const [x, y] = [new URL(a), new URL(b)];
    return x.origin === y.origin && x.pathname.replace(/\/$/, '') === y.pathname.replace(/\/$/, '');
  } catch {
    return false;
  }
}

export function sightingDate(item: ScanItem, page: PageInfo): PublishedDate | undefined {
  if (item.date) return item.date;
  return !item.url || sameDocument(item.url, page.url) ? page.date : undefined;
}
