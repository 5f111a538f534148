// Where badges show: the mode and the allow/deny rules (stored in
// storage.sync, so they survive restarts and follow the browser profile).
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { updateSettings } from '@/lib/storage/items';
import type { Settings, SiteRule } from '@/lib/storage/schema';
import { RuleForm } from './RuleForm';
import { withRule } from './with-rule';

export function SitesSection({ settings }: { settings: Settings }) {
  const [editing, setEditing] = useState<number | null>(null);
  const rules = settings.siteRules;
  const save = (siteRules: SiteRule[]) => void updateSettings({ siteRules });
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('options_sites')}</h2>
      <fieldset>
        <legend>{t('options_mode')}</legend>
        {(['everywhere-except', 'only-on'] as const).map((mode) => (
          <label key={mode} class="choice">
            <input
              type="radio"
              name="site-mode"
              value={mode}
              checked={settings.siteMode === mode}
              onChange={() => void updateSettings({ siteMode: mode })}
            />
            {t(mode === 'only-on' ? 'options_mode_only' : 'options_mode_except')}
          </label>
        ))}
      </fieldset>
      <h3>{t('options_rules')}</h3>
      {rules.length === 0 ? (
        <p class="muted">{t('options_rules_none')}</p>
      ) : (
        <ul class="rules">
          {rules.map((rule, index) => (
            <li key={rule.pattern}>
              {editing === index ? (
                <RuleForm
                  initial={rule}
                  submitLabel={t('options_save')}
                  onSubmit={(next) => {
                    save(withRule(rules, next, index));
                    setEditing(null);
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <div class="rule">
                  <code>{rule.pattern}</code>
                  <span class={`tag ${rule.action}`}>
                    {t(rule.action === 'allow' ? 'options_rule_allow' : 'options_rule_deny')}
                  </span>
                  <button
                    type="button"
                    aria-label={t('options_edit_rule', rule.pattern)}
                    onClick={() => setEditing(index)}
                  >
                    {t('options_edit')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('options_remove_rule', rule.pattern)}
                    onClick={() => save(rules.filter((_, i) => i !== index))}
                  >
                    {t('options_remove')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('options_add_rule')}</h3>
      <RuleForm
        initial={{ pattern: '', action: 'deny' }}
        submitLabel={t('options_add')}
        onSubmit={(rule) => save(withRule(rules, rule, null))}
      />
    </section>
  );
}
