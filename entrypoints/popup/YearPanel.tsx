// The headlines of the selected year, dated and linked to where they were published.
import { t, uiLang } from '@/lib/i18n';
import type { Claim } from '@/lib/tally/types';

interface YearPanelProps {
  id: string;
  year: number | null;
  claims: Claim[];
}

export function YearPanel({ id, year, claims }: YearPanelProps) {
  return (
    <section
      id={id}
      class="year-panel"
      role="tabpanel"
      aria-label={year ? t('popup_year_heading', String(year)) : undefined}
      tabIndex={-1}
    >
      {year === null ? null : (
        <>
          <h2>{t('popup_year_heading', String(year))}</h2>
          {claims.length === 0 ? (
            <p class="muted">{t('popup_year_empty')}</p>
          ) : (
            <ul>
              {claims.map((c) => (
                <li key={c.id} lang={c.lang}>
                  {c.url ? (
                    <a href={c.url} target="_blank" rel="noreferrer">
                      {c.headline}
                    </a>
                  ) : (
                    <span>{c.headline}</span>
                  )}{' '}
                  <span class="muted" lang={uiLang()}>
                    {[
                      c.date,
                      t(`kind_${c.kind}`),
                      c.site,
                      t(c.origin === 'shipped' ? 'origin_shipped' : 'origin_seen'),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
