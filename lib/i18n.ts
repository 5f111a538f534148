// UI strings from the extension's _locales (chosen by the browser's language).
import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

/** Every key of public/_locales/en/messages.json: a typo is a type error. */
export type MessageKey = keyof typeof en;

// WXT's generated key types are not part of this project's type check (its
// `getMessage` is missing from the type); the English catalogue types the keys instead.
const i18n = browser.i18n as unknown as { getMessage(key: string, subs?: string | string[]): string };

/** The message for `key`, or the key itself so a missing string is visible rather than blank. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return i18n.getMessage(key, substitutions) || key;
}

/** 'fr' or 'en': the language the UI strings come in. */
export function uiLang(): 'en' | 'fr' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

let numbers: Intl.NumberFormat | null = null;

/** Numbers in the UI language ("5 000" in French); one formatter, built on first use. */
export function formatNumber(n: number): string {
  numbers ??= new Intl.NumberFormat(uiLang());
  return numbers.format(n);
}
