// The headlines marked "not a death claim" from a badge, each with undo.
import { t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/send';

export function CorrectionsSection({ dismissed }: { dismissed: string[] }) {
  return (
    <section aria-labelledby="corrections-title">
      <h2 id="corrections-title">{t('options_corrections')}</h2>
      <p class="muted">{t('options_corrections_help')}</p>
      {dismissed.length === 0 ? (
        <p>{t('options_corrections_none')}</p>
      ) : (
        <ul class="corrections">
          {dismissed.map((text) => (
            <li key={text}>
              <span class="correction-text">{text}</span>
              <button
                type="button"
                aria-label={t('options_undo_correction', text)}
                onClick={() => void sendToBackground({ type: 'undismiss', text })}
              >
                {t('options_undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
