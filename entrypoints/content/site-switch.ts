// Whether this site is switched off, read by the page from the synced
// settings before its first candidate wakes the background: on a switched-off
// site the worker is never started. Only a clear "off" counts; anything unsure
// (no settings yet, an odd value) leaves the decision to the background, which
// answers each scan under the validated settings anyway.
import { browser } from 'wxt/browser';
import { isSiteEnabled } from '@/lib/sites';
import { SETTINGS_KEY } from '@/lib/storage/keys';
import type { SiteMode, SiteRule } from '@/lib/storage/schema';

const isRule = (rule: unknown): rule is SiteRule => {
  if (!rule || typeof rule !== 'object') return false;
  const { pattern, action } = rule as Record<string, unknown>;
  return typeof pattern === 'string' && (action === 'allow' || action === 'deny');
};

/** True only when the stored settings clearly switch `host` off. */
export function clearlyOff(stored: unknown, host: string): boolean {
  if (!stored || typeof stored !== 'object') return false;
  const { enabled, siteMode, siteRules } = stored as Record<string, unknown>;
  if (enabled === false) return true;
  if (enabled !== true && enabled !== undefined) return false;
  const mode: SiteMode | null =
    siteMode === undefined
      ? 'everywhere-except'
      : siteMode === 'only-on' || siteMode === 'everywhere-except'
        ? siteMode
        : null;
  if (!mode) return false;
  const rules = siteRules === undefined ? [] : siteRules;
  if (!Array.isArray(rules) || !rules.every(isRule)) return false;
  return !isSiteEnabled({ enabled: true, siteMode: mode, siteRules: rules }, host);
}

export async function siteSwitchedOff(host: string): Promise<boolean> {
  const stored: unknown = (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
  return clearlyOff(stored, host);
}
