// The content script's build resolves wxt/browser to WXT's own module, not the polyfill; the other builds keep it.
import type { InlineConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { contentBuild } from '../../scripts/lib/content-build.ts';

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
  });

  it('leaves the pages and the background on the polyfill', () => {
    const config = polyfilled();
    contentBuild([{ type: 'background' }, { type: 'popup' }], config);
    expect(config).toEqual(polyfilled());
  });
});
