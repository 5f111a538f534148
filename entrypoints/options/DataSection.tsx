// The record: counts, size cap, export, import and clear. Every data write
// goes through the background, which validates and serialises it.
import { useEffect, useId, useState } from 'preact/hooks';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import type { TallyData } from '@/components/use-tally';
import { formatNumber, t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/send';
import { updateSettings } from '@/lib/storage/items';
import { MAX_SIGHTINGS_CAP, MIN_SIGHTINGS_CAP } from '@/lib/storage/schema';
import { MAX_IMPORT_BYTES } from '@/lib/tally/import';
import { TIMELINE } from '@/lib/tally/timeline';
import { downloadText } from './download';
import { importProblemText } from './import-problem';

type Status = { kind: 'ok' | 'error'; text: string } | null;

const MIN_CAP = MIN_SIGHTINGS_CAP;
const MAX_CAP = MAX_SIGHTINGS_CAP;

export function DataSection({ data }: { data: TallyData }) {
  const id = useId();
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);
  const [cap, setCap] = useState(String(data.settings.maxSightings));
  const [capError, setCapError] = useState<string | null>(null);
  // Follow the stored cap when it changes elsewhere (another tab, a reset).
  useEffect(() => setCap(String(data.settings.maxSightings)), [data.settings.maxSightings]);

  async function exportAs(format: 'json' | 'csv') {
    const result = await sendToBackground({ type: 'export', format });
    downloadText(result.text, result.filename, format === 'json' ? 'application/json' : 'text/csv');
    setStatus({ kind: 'ok', text: t('options_exported', result.filename) });
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Checked here: a file past the browser's 64 MiB message limit would never reach the background.
    if (file.size > MAX_IMPORT_BYTES) {
      const mb = (file.size / 1024 / 1024).toFixed(1);
      const problem = { code: 'too-large' as const, args: [mb, String(MAX_IMPORT_BYTES / 1024 / 1024)] };
      setStatus({ kind: 'error', text: t('options_import_failed', importProblemText(problem)) });
      return;
    }
    // No answer (the worker stopped, a message refused): say so rather than throw.
    const result = await sendToBackground({ type: 'import', text: await file.text() }).catch(() => undefined);
    if (!result) {
      setStatus({ kind: 'error', text: t('options_import_error') });
      return;
    }
    setStatus(
      result.ok
        ? { kind: 'ok', text: t('options_imported', formatNumber(result.added)) }
        : { kind: 'error', text: t('options_import_failed', importProblemText(result.problem)) },
    );
  }

  function saveCap() {
    const n = Number(cap);
    if (!Number.isInteger(n) || n < MIN_CAP || n > MAX_CAP) {
      setCapError(t('options_cap_invalid', [formatNumber(MIN_CAP), formatNumber(MAX_CAP)]));
      return;
    }
    setCapError(null);
    void updateSettings({ maxSightings: n });
  }

  const shipped = TIMELINE.length;
  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t('options_data')}</h2>
      <dl class="counts">
        <dt>{t('options_count_sightings')}</dt>
        <dd data-testid="count-sightings">{formatNumber(data.sightings.length)}</dd>
        <dt>{t('options_count_subjects')}</dt>
        <dd data-testid="count-subjects">{formatNumber(data.ranked.length)}</dd>
        <dt>{t('options_count_dismissed')}</dt>
        <dd data-testid="count-dismissed">{formatNumber(data.dismissed.length)}</dd>
        <dt>{t('options_count_timeline')}</dt>
        <dd>{formatNumber(shipped)}</dd>
      </dl>
      <form
        class="cap"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          saveCap();
        }}
      >
        <label for={`${id}-cap`}>{t('options_cap')}</label>
        <input
          id={`${id}-cap`}
          type="number"
          min={MIN_CAP}
          max={MAX_CAP}
          step={100}
          value={cap}
          aria-invalid={capError ? 'true' : 'false'}
          aria-describedby={`${id}-cap-help ${id}-cap-error`}
          onInput={(e) => setCap(e.currentTarget.value)}
          onBlur={saveCap}
        />
        <button type="submit">{t('options_save')}</button>
        <p id={`${id}-cap-help`} class="muted">
          {t('options_cap_help', formatNumber(MAX_CAP))}
        </p>
        <p id={`${id}-cap-error`} class="error" role="alert">
          {capError}
        </p>
      </form>
      <div class="data-actions">
        <button type="button" onClick={() => void exportAs('json')}>
          {t('options_export_json')}
        </button>
        <button type="button" onClick={() => void exportAs('csv')}>
          {t('options_export_csv')}
        </button>
        {/* A styled label in place of the native picker, whose button text follows the browser, not the page. */}
        <label class="file button">
          {t('options_import')}
          <input
            type="file"
            class="sr-only"
            accept=".json,application/json"
            onChange={(e) => void importFile(e.currentTarget)}
          />
        </label>
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          {t('options_clear')}
        </button>
      </div>
      <p class={`status ${status?.kind ?? ''}`} role="status">
        {status?.text}
      </p>
      <ConfirmDialog
        open={confirming}
        title={t('options_clear_title')}
        message={t('options_clear_message')}
        confirmLabel={t('options_clear_confirm')}
        cancelLabel={t('options_cancel')}
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          setConfirming(false);
          await sendToBackground({ type: 'clear' });
          setStatus({ kind: 'ok', text: t('options_cleared') });
        }}
      />
    </section>
  );
}
