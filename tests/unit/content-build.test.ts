// The content script's build: WXT's own wxt/browser instead of the polyfill, and V8's compile hint first
// in the script; the other builds keep the polyfill and get no hint.
import type { InlineConfig, Plugin, Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHint, contentBuild } from '../../scripts/lib/content-build.ts';

const polyfilled = (): InlineConfig => ({
  resolve: { alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser', '@': '/repo' } },
});

describe('contentBuild', () => {
  it("puts WXT's own wxt/browser first for the content script, and keeps the other aliases", () => {
    const config = polyfilled();
    contentBuild([{ type: 'content-script' }], config);
    const alias = config.resolve?.alias;
    if (!Array.isArray(alias)) throw new Error('expected an alias list');
    const first = alias[0];
    if (!(first?.find instanceof RegExp)) throw new Error('expected a pattern first');
    expect(first.find.test('wxt/browser')).toBe(true);
    expect(first.find.test('wxt/browser-extra')).toBe(false);
    expect(first.replacement).toMatch(/node_modules\/wxt\/dist\/browser\.mjs$/);
    expect(alias.slice(1)).toEqual([
      { find: 'wxt/browser', replacement: '@wxt-dev/webextension-polyfill/browser' },
      { find: '@', replacement: '/repo' },
    ]);
    expect((config.plugins as Plugin[]).map((p) => p.name)).toEqual(['ndy:compile-hint']);
  });

  it('leaves the pages and the background on the polyfill, without the hint', () => {
    const config = polyfilled();
    contentBuild([{ type: 'background' }, { type: 'popup' }], config);
    expect(config).toEqual(polyfilled());
  });
});

describe('compileHint', () => {
  it('heads every script of the bundle with the hint, and leaves other files alone', () => {
    const bundle = {
      'content.js': { type: 'chunk', code: '(function(){})();' },
      'content.css': { type: 'asset', source: 'a{}' },
    } as unknown as Rollup.OutputBundle;
    const hook = compileHint().generateBundle;
    if (typeof hook !== 'function') throw new Error('expected a generateBundle function');
    // Rollup's plugin context is not used by the hook.
    hook.call({} as Rollup.PluginContext, {} as Rollup.NormalizedOutputOptions, bundle, false);
    expect(bundle['content.js']).toMatchObject({ code: `${COMPILE_HINT}\n(function(){})();` });
    expect(bundle['content.css']).toMatchObject({ source: 'a{}' });
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad');
  });
});
