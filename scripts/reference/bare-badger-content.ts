// A lower bound for bench:page: the least any script that badges headlines
// does. Built like the floor, it reads every heading and link once, tests a
// one-line regex (no prefilter data, no NLP, no background round trip, no
// settings, no dates, no observer) and puts a shadow-root badge with a shared
// stylesheet on each match, all in one synchronous pass. What it adds over the
// floor is the cost of finding and badging headlines at all.
import { defineContentScript } from 'wxt/utils/define-content-script';

const DEATH_WORD = /\b(?:dead|death|dies|rip|mort|morte|meurt)\b/i;

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main() {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      ':host{all:initial;display:inline-block;margin-inline-start:.3em;font-size:.62em}' +
        '.mark{all:unset;padding:.1em .4em;border-radius:.8em;background:#a4161a;color:#fff;font:600 1em/1 system-ui}',
    );
    for (const el of document.querySelectorAll('h1, h2, h3, h4, [role="heading"], a[href]')) {
      if (!DEATH_WORD.test(el.textContent ?? '')) continue;
      const host = document.createElement('ndy-badge');
      const root = host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet];
      const mark = document.createElement('button');
      mark.className = 'mark';
      mark.textContent = 'dead?';
      mark.setAttribute('aria-label', 'Death claim');
      root.append(mark);
      el.append(host);
      el.setAttribute('data-not-dead-yet', 'claim');
    }
  },
});
