// One batched MutationObserver for late content (infinite scroll, SPA views,
// edited text, sections the page un-hides). Mutations are gathered into a set of roots and handled after
// a short pause (at most MAX_WAIT_MS after the first); a burst with too many
// roots falls back to a single full rescan instead of per-node work.
import { isBadgeHost } from './dom-contract';
import { guard } from './guard';

const QUIET_MS = 80;
const MAX_WAIT_MS = 250;
/** More roots than this in one batch: rescan the document once instead. */
const BURST_ROOTS = 150;

export interface LateContentHandlers {
  roots(roots: Element[]): void;
  rescan(): void;
  /** Whether `el` lies in a headline (removed nodes matter only there). */
  inHeadline(el: Element): boolean;
}

const isOurs = isBadgeHost;

/** Headlines under `hidden` or aria-hidden are skipped; these attributes going away reveal them. */
const HIDING = ['hidden', 'aria-hidden'];

function isShown(el: Element): boolean {
  return !el.hasAttribute('hidden') && el.getAttribute('aria-hidden') !== 'true';
}

export function watchLateContent(target: Node, handlers: LateContentHandlers): () => void {
  let roots = new Set<Element>();
  let burst = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;

  const flush = guard(() => {
    timer = undefined;
    const batch = roots;
    const wasBurst = burst;
    roots = new Set();
    burst = false;
    if (wasBurst) handlers.rescan();
    else if (batch.size) handlers.roots([...batch].filter((r) => r.isConnected));
  });

  const schedule = () => {
    const now = performance.now();
    if (timer === undefined) firstAt = now;
    else clearTimeout(timer);
    timer = setTimeout(flush, Math.max(0, Math.min(QUIET_MS, firstAt + MAX_WAIT_MS - now)));
  };

  const observer = new MutationObserver(
    guard((records: MutationRecord[]) => {
      let touched = false;
      for (const record of records) {
        if (burst) break;
        if (record.type === 'attributes') {
          // A "show more" or a tab panel un-hidden: what it holds can be read now.
          if (record.target instanceof Element && isShown(record.target)) {
            roots.add(record.target);
            touched = true;
          }
          continue;
        }
        if (record.type === 'characterData') {
          const parent = record.target.parentElement;
          if (parent && !isOurs(parent)) roots.add(parent);
          touched = true;
          continue;
        }
        for (const node of record.addedNodes) {
          if (isOurs(node)) continue;
          if (node instanceof Element) roots.add(node);
          else if (node.parentElement) roots.add(node.parentElement);
          touched = true;
        }
        // Text removed from a headline changes it too.
        if (record.removedNodes.length && record.target instanceof Element) {
          const onlyOurs = [...record.removedNodes].every(isOurs);
          if (!onlyOurs && handlers.inHeadline(record.target)) {
            roots.add(record.target);
            touched = true;
          }
        }
        if (roots.size > BURST_ROOTS) burst = true;
      }
      if (burst) roots.clear();
      if (touched || burst) schedule();
    }),
  );
  observer.observe(target, {
    childList: true,
    subtree: true,
    characterData: true,
    attributeFilter: HIDING,
  });
  return () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    roots.clear();
  };
}
