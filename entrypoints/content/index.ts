// PLACEHOLDER slice: badges h1–h4 and links whose text the detector flags.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isCandidate } from '@/lib/detector/prefilter';
import type { BackgroundResponses, ScanItem } from '@/lib/messages';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main() {
    const elements = [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, a')].filter((el) =>
      isCandidate(el.textContent ?? ''),
    );
    if (!elements.length) return;
    const items: ScanItem[] = elements.map((el) => ({ text: (el.textContent ?? '').trim() }));
    const response = (await browser.runtime.sendMessage({
      type: 'scan',
      items,
      page: { url: location.href, title: document.title },
    })) as BackgroundResponses['scan'];
    response.results.forEach((info, i) => {
      const el = elements[i];
      if (!info || !el) return;
      el.dataset.notDeadYet = info.detection.kind;
      const badge = document.createElement('span');
      badge.textContent = ' ☠';
      el.append(badge);
    });
  },
});
