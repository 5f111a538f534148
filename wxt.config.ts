import { defineConfig } from 'wxt';
import { compromiseLexicon } from './scripts/lib/compromise-lexicon.ts';
import { compromiseMerge } from './scripts/lib/compromise-merge.ts';
import { contentBuild } from './scripts/lib/content-build.ts';
import { preloadDynamicImports } from './scripts/lib/preload-dynamic-imports.ts';

// Least privilege: `storage` for settings and the tally; no host permissions
// beyond the content script's match, no network access anywhere.
export default defineConfig({
  // Parallel builds (e.g. several worktrees' e2e runs) can each use their own folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: easier to read and to test than auto-imports.
  imports: false,
  vite: () => ({ plugins: [preloadDynamicImports(), compromiseLexicon(), compromiseMerge()] }),
  hooks: { 'vite:build:extendConfig': contentBuild },
  // The sources zip Firefox reviewers get: code only, no local test output.
  zip: { excludeSources: ['test-results/**', 'screenshots/**', '.output-*/**', 'docs/screenshots/**'] },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
    browser_specific_settings: {
      gecko: {
        id: 'not-dead-yet@example.org',
        strict_min_version: '142.0',
        // Nothing is collected: all data stays on the user's machine.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
