// The content script runs on every page, so it does without the
// webextension-polyfill the extension's pages and worker use: Chrome's MV3 and
// Firefox's APIs both return promises, and the content script's one listener
// answers through `sendResponse` (tab-requests.ts). Parsing and evaluating the
// polyfill's 10 KB was part of every page's cost. WXT's polyfill module
// aliases `wxt/browser` to the polyfill for every build; for the content
// script's build this puts WXT's own `wxt/browser` first again.
import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';

type Alias = { find: string | RegExp; replacement: string };

function aliasList(alias: NonNullable<InlineConfig['resolve']>['alias']): Alias[] {
  if (!alias) return [];
  if (Array.isArray(alias)) return alias;
  return Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
}

/** For the `vite:build:extendConfig` hook: the content script's build resolves `wxt/browser` without the polyfill. */
export function contentWithoutPolyfill(entrypoints: readonly { type: string }[], config: InlineConfig): void {
  if (!entrypoints.some((entrypoint) => entrypoint.type === 'content-script')) return;
  config.resolve ??= {};
  config.resolve.alias = [
    // The first matching alias wins.
    { find: /^wxt\/browser$/, replacement: fileURLToPath(import.meta.resolve('wxt/browser')) },
    ...aliasList(config.resolve.alias),
  ];
}
