import { defineBackground } from 'wxt/utils/define-background';
import { watchDismissals } from './corrections';
import { listenForRequests } from './router';

export default defineBackground(() => {
  listenForRequests();
  watchDismissals();
});
