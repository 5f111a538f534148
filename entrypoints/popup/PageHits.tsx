// "On this page": the target tab's flagged headlines; choosing one scrolls the
// page to it and highlights it.
import { t } from '@/lib/i18n';
import { sendToTab } from '@/lib/send';
import type { PageState } from './use-page-hits';

/** `off`: badges are switched off for this page (site rule or global pause); its list would be stale. */
export function PageHits({ page, off }: { page: PageState; off: boolean }) {
  const list = page.status === 'ready' && !off ? page.hits : null;
  return (
    <section class="page-hits" aria-labelledby="page-hits-title">
      <h2 id="page-hits-title">{t('popup_page_heading')}</h2>
      {page.status === 'unavailable' && <p class="muted">{t('popup_page_unavailable')}</p>}
      {page.status === 'ready' && off && <p class="muted">{t('popup_page_off')}</p>}
      {list?.length === 0 && <p class="muted">{t('popup_page_empty')}</p>}
      {page.status === 'ready' && list && list.length > 0 && (
        <ul>
          {list.map((hit) => (
            <li key={hit.index}>
              <button
                type="button"
                class="hit"
                onClick={() => sendToTab(page.tabId, { type: 'reveal', index: hit.index }).catch(() => {})}
              >
                <span class="hit-text">{hit.text}</span>
                <span class="hit-kind muted">{t(`kind_${hit.kind}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
