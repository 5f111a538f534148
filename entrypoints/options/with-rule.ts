// Editing the rule list: one rule per pattern, an edited rule keeps its place.
import { normalizePattern } from '@/lib/sites';
import type { SiteRule } from '@/lib/storage/schema';

/** The rules with `rule` in place of the one at `index` (or added), one rule per pattern. */
export function withRule(rules: readonly SiteRule[], rule: SiteRule, index: number | null): SiteRule[] {
  const others = rules.filter((r, i) => i !== index && normalizePattern(r.pattern) !== rule.pattern);
  if (index === null) return [...others, rule];
  const before = rules.slice(0, index).filter((r) => normalizePattern(r.pattern) !== rule.pattern).length;
  return [...others.slice(0, before), rule, ...others.slice(before)];
}
