// Badges death-claim headlines in the page. The page only pays for a cheap
// prefilter and the badges: the NLP runs once, in the background (scan.ts).
// One page session (session.ts) owns all of the page's state.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ignoreForgedRestarts } from './forged-restarts';
import { swallow } from './guard';
import { PageSession } from './session';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // WXT's older way to tell a previous copy of this script to stop posts a message to the page itself,
  // which every 'message' listener of the page then receives; its custom event is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    try {
      ignoreForgedRestarts(ctx);
      new PageSession(ctx).start();
    } catch (error) {
      swallow(error);
    }
  },
});
