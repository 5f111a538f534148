// The popup: the subject in focus, its obituaries per year, the current page's
// flagged headlines and the site switches. Space is reserved for everything
// that loads, so nothing moves when the data arrives.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BarChart } from '@/components/BarChart';
import { orderSubjects, type SubjectOption, SubjectPicker } from '@/components/SubjectPicker';
import { useTally } from '@/components/use-tally';
import { formatNumber, t } from '@/lib/i18n';
import { isSiteEnabled } from '@/lib/sites';
import { updateSettings } from '@/lib/storage/items';
import { claimsInYear, tallySubject } from '@/lib/tally/count';
import { Headline } from './Headline';
import { PageHits } from './PageHits';
import { SiteControls } from './SiteControls';
import { usePageHits } from './use-page-hits';
import { YearPanel } from './YearPanel';

/** The picker's list, with the focus subject in it even when nothing is on record for it. */
function pickerSubjects(ranked: SubjectOption[], focus: string): SubjectOption[] {
  const known = ranked.some((s) => s.canonical === focus);
  return orderSubjects(known || !focus ? ranked : [...ranked, { canonical: focus, total: 0 }]);
}

export function PopupApp() {
  const data = useTally();
  const page = usePageHits();
  const focus = data?.settings.focusSubject ?? '';
  const claims = data?.claims;
  const tally = useMemo(() => (claims ? tallySubject(claims, focus) : null), [claims, focus]);
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
      <SubjectPicker
        label={t('popup_subject_label')}
        subjects={data ? pickerSubjects(data.ranked, focus) : []}
        value={focus}
        optionLabel={(s) => t('popup_subject_option', [s.canonical, formatNumber(s.total)])}
        onChange={(canonical) => {
          setYear(null);
          void updateSettings({ focusSubject: canonical });
        }}
      />
      <Headline tally={tally} />
      <div class="chart-box">
        {tally && (
          <BarChart
            data={tally.years.map((y) => ({ year: y.year, count: y.claims + y.questions }))}
            selected={shownYear}
            onSelect={setYear}
            label={t('popup_chart_label')}
            barLabel={(d) => t('popup_chart_bar', [String(d.year), formatNumber(d.count)])}
            panelId="year-panel"
            yearHeader={t('popup_year')}
            countHeader={t('popup_count')}
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
