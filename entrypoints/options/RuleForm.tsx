// One site rule's pattern and action, for adding a rule or editing one.
import { useId, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { normalizePattern } from '@/lib/sites';
import type { SiteRule } from '@/lib/storage/schema';
import { ruleProblem } from './rule-problem';

interface RuleFormProps {
  initial: SiteRule;
  submitLabel: string;
  onSubmit(rule: SiteRule): void;
  onCancel?(): void;
}

export function RuleForm({ initial, submitLabel, onSubmit, onCancel }: RuleFormProps) {
  const id = useId();
  const [pattern, setPattern] = useState(initial.pattern);
  const [action, setAction] = useState(initial.action);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      class="rule-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const problem = ruleProblem(pattern);
        setError(problem);
        if (problem) return;
        onSubmit({ pattern: normalizePattern(pattern), action });
        if (!onCancel) setPattern('');
      }}
    >
      <div class="field">
        <label for={`${id}-pattern`}>{t('options_rule_pattern')}</label>
        <input
          id={`${id}-pattern`}
          type="text"
          value={pattern}
          placeholder="example.com, *.example.com"
          spellcheck={false}
          autoComplete="off"
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(e) => setPattern(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={`${id}-action`}>{t('options_rule_action')}</label>
        <select
          id={`${id}-action`}
          value={action}
          onChange={(e) => setAction(e.currentTarget.value === 'allow' ? 'allow' : 'deny')}
        >
          <option value="deny">{t('options_rule_deny')}</option>
          <option value="allow">{t('options_rule_allow')}</option>
        </select>
      </div>
      <div class="buttons">
        <button type="submit" class="primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('options_cancel')}
          </button>
        )}
      </div>
      <p id={`${id}-error`} class="error" role="alert">
        {error}
      </p>
    </form>
  );
}
