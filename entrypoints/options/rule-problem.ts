// The localised message for a site pattern the rules cannot use.
import { t } from '@/lib/i18n';
import { patternProblem } from '@/lib/sites';

export function ruleProblem(input: string): string | null {
  const problem = patternProblem(input);
  if (problem === 'empty') return t('options_rule_empty');
  if (problem === 'invalid') return t('options_rule_invalid', input.trim());
  return null;
}
