// The "on this site" switch and the global pause.
// Writes go to settings; content scripts follow through their storage watch.
import { Switch } from '@/components/Switch';
import { t } from '@/lib/i18n';
import { isSiteEnabled, setSiteEnabled } from '@/lib/sites';
import { updateSettings } from '@/lib/storage/items';
import type { Settings } from '@/lib/storage/schema';
import type { PageState } from './use-page-hits';

export function SiteControls({ settings, page }: { settings: Settings | null; page: PageState }) {
  const host = page.status === 'ready' ? page.host : '';
  const siteOn = settings && host ? isSiteEnabled({ ...settings, enabled: true }, host) : false;
  const paused = settings ? !settings.enabled : false;
  return (
    <section class="controls" aria-label={t('popup_controls')}>
      <Switch
        label={host ? t('popup_site', host) : t('popup_site_unknown')}
        checked={siteOn}
        disabled={!settings || !host}
        describedBy={paused ? 'paused-note' : undefined}
        onChange={(on) => {
          if (settings && host) void updateSettings({ siteRules: setSiteEnabled(settings, host, on) });
        }}
      />
      <div class="row">
        <button
          type="button"
          aria-pressed={paused ? 'true' : 'false'}
          disabled={!settings}
          onClick={() => void updateSettings({ enabled: paused })}
        >
          {t('popup_pause')}
        </button>
      </div>
      {/* Always laid out, shown only when paused: no jump when settings load. */}
      <p id="paused-note" class="paused-note" style={{ visibility: paused ? 'visible' : 'hidden' }}>
        {t('popup_paused_note')}
      </p>
    </section>
  );
}
