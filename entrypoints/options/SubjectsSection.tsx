// Canonical subjects: how often each was declared dead, the names that count
// as it, and a switch to mute its badges.

import { orderSubjects } from '@/components/SubjectPicker';
import { aliasesOf } from '@/lib/detector/aliases';
import { formatNumber, t } from '@/lib/i18n';
import { updateSettings } from '@/lib/storage/items';
import type { Settings } from '@/lib/storage/schema';
import type { SubjectRank } from '@/lib/tally/types';

export function SubjectsSection({ settings, ranked }: { settings: Settings; ranked: SubjectRank[] }) {
  const known = new Set(ranked.map((s) => s.canonical));
  const subjects = orderSubjects([
    ...ranked,
    ...settings.mutedSubjects.filter((c) => !known.has(c)).map((canonical) => ({ canonical, total: 0 })),
  ]);
  const setMuted = (canonical: string, muted: boolean) => {
    const rest = settings.mutedSubjects.filter((c) => c !== canonical);
    void updateSettings({ mutedSubjects: muted ? [...rest, canonical] : rest });
  };
  return (
    <section aria-labelledby="subjects-title">
      <h2 id="subjects-title">{t('options_subjects')}</h2>
      <p class="muted">{t('options_subjects_help')}</p>
      <div class="table-scroll">
        <table class="subjects">
          <thead>
            <tr>
              <th scope="col">{t('options_subject')}</th>
              <th scope="col">{t('options_subject_count')}</th>
              <th scope="col">{t('options_subject_aliases')}</th>
              <th scope="col">{t('options_subject_mute')}</th>
            </tr>
          </thead>
          <tbody>
            {subjects.map((s) => {
              const aliases = aliasesOf(s.canonical).filter((a) => a !== s.canonical);
              const muted = settings.mutedSubjects.includes(s.canonical);
              return (
                <tr key={s.canonical} data-subject={s.canonical}>
                  <th scope="row">{s.canonical}</th>
                  <td>{formatNumber(s.total)}</td>
                  <td class="aliases">{aliases.length ? aliases.join(', ') : '—'}</td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('options_mute_subject', s.canonical)}
                      checked={muted}
                      onChange={(e) => setMuted(s.canonical, e.currentTarget.checked)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
