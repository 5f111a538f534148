// Which sites get badges: the global switch, the mode and the allow/deny rules.
// Pure, so popup, options and the content script agree on one answer.
import type { Settings, SiteRule } from './storage/schema.ts';

const HOST = /^(\*\.)?([a-z0-9-]+\.)*[a-z0-9-]+$/;

/** Lower-cases and strips a scheme, path or port so "https://Example.com/x" → "example.com". */
export function normalizePattern(input: string): string {
  let s = input.trim().toLowerCase();
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  s = s.replace(/[/?#].*$/, '').replace(/:\d+$/, '');
  return s;
}

/** Null when valid, else a message key naming the problem. */
export function patternProblem(input: string): 'empty' | 'invalid' | null {
  const s = normalizePattern(input);
  if (!s) return 'empty';
  if (s.length > 253 || !HOST.test(s)) return 'invalid';
  return null;
}

export function ruleMatches(pattern: string, host: string): boolean {
  const p = normalizePattern(pattern);
  const h = host.toLowerCase();
  if (p.startsWith('*.')) {
    const base = p.slice(2);
    return h === base || h.endsWith(`.${base}`);
  }
  return h === p || h === `www.${p}`;
}

/** The most specific matching rule wins (the longest pattern), deny over allow on a tie. */
export function matchingRule(rules: readonly SiteRule[], host: string): SiteRule | null {
  let best: SiteRule | null = null;
  for (const rule of rules) {
    if (!ruleMatches(rule.pattern, host)) continue;
    const len = normalizePattern(rule.pattern).replace(/^\*\./, '').length;
    const bestLen = best ? normalizePattern(best.pattern).replace(/^\*\./, '').length : -1;
    if (len > bestLen || (len === bestLen && rule.action === 'deny')) best = rule;
  }
  return best;
}

export function isSiteEnabled(
  settings: Pick<Settings, 'enabled' | 'siteMode' | 'siteRules'>,
  host: string,
): boolean {
  if (!settings.enabled) return false;
  const rule = matchingRule(settings.siteRules, host);
  if (rule) return rule.action === 'allow';
  return settings.siteMode === 'everywhere-except';
}

/** The rules after switching one host on or off from the popup. */
export function setSiteEnabled(
  settings: Pick<Settings, 'siteMode' | 'siteRules'>,
  host: string,
  enabled: boolean,
): SiteRule[] {
  const exact = settings.siteRules.filter((r) => normalizePattern(r.pattern) !== host);
  if (isSiteEnabled({ ...settings, enabled: true, siteRules: exact }, host) === enabled) return exact;
  return [...exact, { pattern: host, action: enabled ? 'allow' : 'deny' }];
}
