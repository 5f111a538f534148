// The history to explore: the ranked subjects, the one in focus with its story,
// its chart by kind and the headlines of the chosen year.
import { useMemo, useState } from 'preact/hooks';
import { BarChart } from '@/components/BarChart';
import { formatNumber, t } from '@/lib/i18n';
import { updateSettings } from '@/lib/storage/items';
import { argumentsOf } from '@/lib/tally/arguments';
import { claimsInYear, tallySubject } from '@/lib/tally/count';
import type { Claim, SubjectRank } from '@/lib/tally/types';
import { Headline } from './Headline';
import { SubjectSearch } from './SubjectSearch';
import { SubjectStory } from './SubjectStory';
import { YearPanel } from './YearPanel';

interface ExplorerProps {
  /** The focused subject's claims; null while storage and the shipped timeline load: the layout is drawn, empty. */
  claims: readonly Claim[] | null;
  ranked: readonly SubjectRank[];
  focus: string;
}

export function Explorer({ claims, ranked, focus }: ExplorerProps) {
  const tally = useMemo(() => (claims ? tallySubject(claims, focus) : null), [claims, focus]);
  const uses = useMemo(() => (claims ? argumentsOf(claims, focus) : []), [claims, focus]);
  const [year, setYear] = useState<number | null>(null);
  const lastYear = tally
    ? ([...tally.years].reverse().find((y) => y.claims + y.questions > 0)?.year ?? null)
    : null;
  const shownYear = year ?? lastYear;

  return (
    <>
      <SubjectSearch
        subjects={ranked}
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
        claims={claims && shownYear !== null ? claimsInYear(claims, focus, shownYear) : []}
      />
    </>
  );
}
