import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { watchDismissals } from './corrections';
import { rereadIfStale } from './reread';
import { listenForRequests } from './router';

export default defineBackground(() => {
  listenForRequests();
  watchDismissals();
  // Once per install or update, and at browser start should a reread have been cut short.
  const rereadLater = () => void rereadIfStale().catch((error) => console.error('[not-dead-yet]', error));
  browser.runtime.onInstalled.addListener(rereadLater);
  browser.runtime.onStartup.addListener(rereadLater);
});
