// The popup: the most-declared-dead subjects to explore (Explorer), the current
// page's flagged headlines and the site switches. Space is reserved for
// everything that loads, so nothing moves when the data arrives.
import { useEffect, useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useHistory } from '@/components/use-tally';
import { t } from '@/lib/i18n';
import { isSiteEnabled } from '@/lib/sites';
import { Explorer } from './Explorer';
import { PageHits } from './PageHits';
import { SiteControls } from './SiteControls';
import { usePageHits } from './use-page-hits';

export function PopupApp() {
  const data = useHistory();
  const page = usePageHits();
  const history = data?.history ?? null;
  const focus = data?.settings.focusSubject ?? '';
  // Only the subject in focus is read row by row.
  const claims = useMemo(() => history?.claimsOf(focus) ?? null, [history, focus]);
  const ranked = history?.ranked;
  // The same element while its inputs stay: when the page's headlines arrive
  // after the history, Preact skips the explorer instead of diffing it again.
  const explorer = useMemo(
    () => <Explorer claims={claims} ranked={ranked ?? []} focus={focus} />,
    [claims, ranked, focus],
  );

  // The open→render time the e2e suite reads: everything is on screen.
  const ready = data !== null && page.status !== 'loading';
  useEffect(() => {
    if (ready && !document.documentElement.dataset.ready) {
      performance.mark('ndy-rendered');
      document.documentElement.dataset.ready = 'true';
    }
  }, [ready]);

  return (
    <main>
      <header>
        <h1>{t('extName')}</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_options')}
        </button>
      </header>
      {explorer}
      <SiteControls settings={data?.settings ?? null} page={page} />
      <PageHits
        page={page}
        off={!!data && page.status === 'ready' && !isSiteEnabled(data.settings, page.host)}
      />
    </main>
  );
}
