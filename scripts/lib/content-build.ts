// The content script runs on every page, so its build differs from the
// extension pages' and the worker's in two ways (for the `vite:build:extendConfig`
// hook; the other builds are left alone):
// - No webextension-polyfill: Chrome's MV3 and Firefox's APIs both return
//   promises, and the content script's one listener answers through
//   `sendResponse` (tab-requests.ts). WXT's polyfill module aliases
//   `wxt/browser` to the polyfill for every build; here WXT's own `wxt/browser`
//   comes first again. Parsing the polyfill's 10 KB was part of every page's cost.
// - V8's compile hint `//# allFunctionsCalledOnLoad` heads the script: nearly all
//   of it runs on every page, and compiling each function when it is first
//   called meant parsing it twice (a pre-parse with the script, a full parse
//   at the call). Chromium honours the hint; Firefox ignores the comment.
import { fileURLToPath } from 'node:url';
import type { InlineConfig, Plugin } from 'vite';

type Alias = { find: string | RegExp; replacement: string };

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

function aliasList(alias: NonNullable<InlineConfig['resolve']>['alias']): Alias[] {
  if (!alias) return [];
  if (Array.isArray(alias)) return alias;
  return Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
}

/** Puts the compile hint first in every script the build writes (after minifying, which drops comments). */
export function compileHint(): Plugin {
  return {
    name: 'ndy:compile-hint',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle))
        if (file.type === 'chunk') file.code = `${COMPILE_HINT}\n${file.code}`;
    },
  };
}

export function contentBuild(entrypoints: readonly { type: string }[], config: InlineConfig): void {
  if (!entrypoints.some((entrypoint) => entrypoint.type === 'content-script')) return;
  config.resolve ??= {};
  config.resolve.alias = [
    // The first matching alias wins.
    { find: /^wxt\/browser$/, replacement: fileURLToPath(import.meta.resolve('wxt/browser')) },
    ...aliasList(config.resolve.alias),
  ];
  config.plugins = [...(config.plugins ?? []), compileHint()];
}
