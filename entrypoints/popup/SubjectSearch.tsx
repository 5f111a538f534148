// The most-declared-dead subjects, shipped and met, ranked and searchable, each
// with its count and first and last year; choosing one shows its history.
import { useId, useState } from 'preact/hooks';
import { formatNumber, t } from '@/lib/i18n';
import { normalizeHeadline } from '@/lib/tally/normalize';
import type { SubjectRank } from '@/lib/tally/types';

/** Rows shown at once: the list keeps its height, a search finds the rest. */
export const SHOWN = 6;

interface SubjectSearchProps {
  subjects: readonly SubjectRank[];
  value: string;
  onChange(canonical: string): void;
}

/** The subjects whose name holds `query` (case and accents aside), in rank order. */
export function matchSubjects(subjects: readonly SubjectRank[], query: string): SubjectRank[] {
  const wanted = normalizeHeadline(query);
  return wanted ? subjects.filter((s) => normalizeHeadline(s.canonical).includes(wanted)) : [...subjects];
}

export function SubjectSearch({ subjects, value, onChange }: SubjectSearchProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const shown = matchSubjects(subjects, query).slice(0, SHOWN);
  return (
    <section class="subjects" aria-labelledby={`${id}-heading`}>
      <div class="subjects-head">
        <h2 id={`${id}-heading`}>{t('popup_ranked_label')}</h2>
        <label class="search">
          <span class="sr-only">{t('popup_search_label')}</span>
          <input
            type="search"
            placeholder={t('popup_search_label')}
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </label>
      </div>
      <ol class="ranked">
        {shown.map((s) => (
          <li key={s.canonical}>
            <button
              type="button"
              aria-pressed={s.canonical === value ? 'true' : 'false'}
              onClick={() => onChange(s.canonical)}
            >
              <span class="name">{s.canonical}</span>
              <span class="count">{formatNumber(s.total)}</span>
              <span class="span muted">
                {s.first === null ? '' : s.first === s.last ? s.first : `${s.first}–${s.last}`}
              </span>
            </button>
          </li>
        ))}
      </ol>
      {shown.length === 0 && subjects.length > 0 && (
        <p class="muted" role="status">
          {t('popup_ranked_empty', query)}
        </p>
      )}
    </section>
  );
}
