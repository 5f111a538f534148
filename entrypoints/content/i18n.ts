// UI strings from the extension's locales; the key itself when a string is
// missing (never an exception in the page).
import { browser } from 'wxt/browser';

// WXT's generated i18n type lacks `getMessage` under this project's type check.
const i18n = browser.i18n as unknown as { getMessage(key: string, subs?: string[]): string };

export function t(key: string, substitutions?: string[]): string {
  try {
    return i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}
