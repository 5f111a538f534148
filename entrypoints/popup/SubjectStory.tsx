// The subject's story under its headline: first and last year, the argument
// used again and again, every argument with its years, and "Save as image".
import { useState } from 'preact/hooks';
import { argumentLabel } from '@/lib/arguments';
import { argumentLine, yearList } from '@/lib/badge-words';
import { chartSvg } from '@/lib/chart-image';
import { formatNumber, t, uiLang } from '@/lib/i18n';
import type { ArgumentUse } from '@/lib/tally/arguments';
import type { SubjectTally } from '@/lib/tally/types';
import { imageFilename, savePng } from './save-image';

/** Arguments listed, most used first: two lines keep the chart below in place. */
const SHOWN_ARGUMENTS = 2;

interface SubjectStoryProps {
  tally: SubjectTally | null;
  uses: readonly ArgumentUse[];
}

/** The sentences under the title, as on screen. */
function storyLines(tally: SubjectTally, uses: readonly ArgumentUse[]): string[] {
  const range = tally.first === null ? null : t('popup_range', [String(tally.first), String(tally.last)]);
  return [range, argumentLine(uses)].filter((l): l is string => !!l);
}

export function SubjectStory({ tally, uses }: SubjectStoryProps) {
  const [saved, setSaved] = useState('');
  if (!tally) return <div class="story" aria-busy="true" />;
  const save = async () => {
    const since = String(tally.years[0]?.year ?? '');
    const svg = chartSvg({
      title: t('image_title', [tally.canonical, formatNumber(tally.total), since]),
      lines: storyLines(tally, uses),
      years: tally.years,
      legend: {
        claims: t('popup_kind_claims'),
        questions: t('popup_kind_questions'),
        rebuttals: t('popup_kind_rebuttals'),
      },
      footer: t('image_footer'),
    });
    const filename = imageFilename(tally.canonical);
    await savePng(svg, filename);
    setSaved(t('popup_saved_image', filename));
  };
  return (
    <div class="story">
      <p class="story-line" data-testid="story">
        {storyLines(tally, uses).join(' ')}
      </p>
      <h2>
        {t('popup_arguments')}
        {uses.length > SHOWN_ARGUMENTS && <span class="muted"> ({formatNumber(uses.length)})</span>}
      </h2>
      {uses.length ? (
        <ul class="arguments" data-testid="arguments">
          {uses.slice(0, SHOWN_ARGUMENTS).map((u) => (
            <li key={u.id}>
              {t('popup_argument_years', [argumentLabel(u.id, uiLang()), yearList(u.years)])}
            </li>
          ))}
        </ul>
      ) : (
        <p class="arguments muted">{t('popup_arguments_none')}</p>
      )}
      <div class="save">
        <button type="button" onClick={() => void save()}>
          {t('popup_save_image')}
        </button>
        <span class="muted" role="status">
          {saved}
        </span>
      </div>
    </div>
  );
}
