// Global on/off, badge style and the languages to detect.
import { Switch } from '@/components/Switch';
import type { Lang } from '@/lib/detector/types';
import { t } from '@/lib/i18n';
import { updateSettings } from '@/lib/storage/items';
import type { Settings } from '@/lib/storage/schema';

const LANG_KEYS = { en: 'options_lang_en', fr: 'options_lang_fr' } as const;

export function GeneralSection({ settings }: { settings: Settings }) {
  const toggleLang = (lang: Lang, on: boolean) => {
    const langs = on ? [...new Set([...settings.langs, lang])] : settings.langs.filter((l) => l !== lang);
    void updateSettings({ langs });
  };
  return (
    <section aria-labelledby="general-title">
      <h2 id="general-title">{t('options_general')}</h2>
      <Switch
        label={t('options_enabled')}
        checked={settings.enabled}
        onChange={(enabled) => void updateSettings({ enabled })}
      />
      <fieldset>
        <legend>{t('options_badge_style')}</legend>
        {(['full', 'compact'] as const).map((style) => (
          <label key={style} class="choice">
            <input
              type="radio"
              name="badge-style"
              value={style}
              checked={settings.badgeStyle === style}
              onChange={() => void updateSettings({ badgeStyle: style })}
            />
            {t(style === 'full' ? 'options_badge_full' : 'options_badge_compact')}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('options_langs')}</legend>
        {(['en', 'fr'] as const).map((lang) => (
          <label key={lang} class="choice">
            <input
              type="checkbox"
              checked={settings.langs.includes(lang)}
              onChange={(e) => toggleLang(lang, e.currentTarget.checked)}
            />
            <span lang={lang}>{t(LANG_KEYS[lang])}</span>
          </label>
        ))}
        {settings.langs.length === 0 && <p class="error">{t('options_langs_none')}</p>}
      </fieldset>
    </section>
  );
}
