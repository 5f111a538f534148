// The content script runs on every page, so its build does without the
// webextension-polyfill the extension's pages and worker use (for the
// `vite:build:extendConfig` hook; the other builds are left alone): Chrome's
// MV3 and Firefox's APIs both return promises, and the content script's one
// listener answers through `sendResponse` (tab-requests.ts). WXT's polyfill
// module aliases `wxt/browser` to the polyfill for every build; here WXT's own
// `wxt/browser` comes first again. Parsing the polyfill's 10 KB was part of
// every page's cost.
import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';

type Alias = { find: string | RegExp; replacement: string };

function aliasList(alias: NonNullable<InlineConfig['resolve']>['alias']): Alias[] {
  if (!alias) return [];
  if (Array.isArray(alias)) return alias;
  return Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
}

export function contentBuild(entrypoints: readonly { type: string }[], config: InlineConfig): void {
  if (!entrypoints.some((entrypoint) => entrypoint.type === 'content-script')) return;
  config.resolve ??= {};
  config.resolve.alias = [
    // The first matching alias wins.
    { find: /^wxt\/browser$/, replacement: fileURLToPath(import.meta.resolve('wxt/browser')) },
    ...aliasList(config.resolve.alias),
  ];
}
