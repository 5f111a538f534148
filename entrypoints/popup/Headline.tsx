// "Community management has been declared dead 6 times since 2011", and where
// those come from.
import { formatNumber, t } from '@/lib/i18n';
import type { SubjectTally } from '@/lib/tally/types';
import { subjectName } from './subject-name';

export function Headline({ tally }: { tally: SubjectTally | null }) {
  if (!tally) {
    return (
      <div class="headline" aria-busy="true">
        <p class="sentence" />
        <p class="origin" />
      </div>
    );
  }
  const since = String(tally.years[0]?.year ?? new Date().getFullYear());
  const key = tally.total === 1 ? 'popup_headline_one' : 'popup_headline_other';
  return (
    <div class="headline">
      <p class="sentence" data-testid="headline">
        {t(key, [subjectName(tally.canonical), formatNumber(tally.total), since])}
      </p>
      <p class="origin muted" data-testid="origin">
        {t('popup_origin', [formatNumber(tally.shipped), formatNumber(tally.seen)])}
      </p>
    </div>
  );
}
