// The floor of bench:page: an empty content script built the way this
// extension's is (WXT's wrapper and context, the webextension-polyfill module),
// with nothing in main, and the same options.
import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main() {},
});
