// The popup: the most-declared-dead subjects to explore; the one in focus with
// its story, arguments and obituaries per year by kind; the current page's
// flagged headlines and the site switches. Space is reserved for everything
// that loads, so nothing moves when the data arrives.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BarChart } from '@/components/BarChart';
import { useTally } from '@/components/use-tally';
import { formatNumber, t } from '@/lib/i18n';
import { isSiteEnabled } from '@/lib/sites';
import { updateSettings } from '@/lib/storage/items';
import { argumentsOf } from '@/lib/tally/arguments';
import { claimsInYear, tallySubject } from '@/lib/tally/count';
import { Headline } from './Headline';
import { PageHits } from './PageHits';
import { SiteControls } from './SiteControls';
import { SubjectSearch } from './SubjectSearch';
import { SubjectStory } from './SubjectStory';
import { usePageHits } from './use-page-hits';
import { YearPanel } from './YearPanel';

export function PopupApp() {
  const data = useTally();
  const page = usePageHits();
  const focus = data?.settings.focusSubject ?? '';
  const claims = data?.claims;
  const tally = useMemo(() => (claims ? tallySubject(claims, focus) : null), [claims, focus]);
  const uses = useMemo(() => (claims ? argumentsOf(claims, focus) : []), [claims, focus]);
  const [year, setYear] = useState<number | null>(null);
  const lastYear = tally
    ? ([...tally.years].reverse().find((y) => y.claims + y.questions > 0)?.year ?? null)
    : null;
  const shownYear = year ?? lastYear;

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
      <SubjectSearch
        subjects={data?.ranked ?? []}
        value={focus}
        onChange={(canonical) => {
          setYear(null);
          void updateSettings({ focusSubject: canonical });
        }}
      />
      <Headline tally={tally} />
      <SubjectStory tally={tally} uses={uses} />
      <div class="chart-box">
        {tally && (
          <BarChart
            data={tally.years.map((y) => ({
              year: y.year,
              count: y.claims + y.questions,
              questions: y.questions,
              rebuttals: y.rebuttals,
            }))}
            selected={shownYear}
            onSelect={setYear}
            label={t('popup_chart_label')}
            barLabel={(d) => t('popup_chart_bar', [String(d.year), formatNumber(d.count)])}
            panelId="year-panel"
            yearHeader={t('popup_year')}
            countHeader={t('popup_count')}
            kindHeaders={{
              claims: t('popup_kind_claims'),
              questions: t('popup_kind_questions'),
              rebuttals: t('popup_kind_rebuttals'),
            }}
          />
        )}
      </div>
      <YearPanel
        id="year-panel"
        year={shownYear}
        claims={data && shownYear !== null ? claimsInYear(data.claims, focus, shownYear) : []}
      />
      <SiteControls settings={data?.settings ?? null} page={page} />
      <PageHits
        page={page}
        off={!!data && page.status === 'ready' && !isSiteEnabled(data.settings, page.host)}
      />
    </main>
  );
}
