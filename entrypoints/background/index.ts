import { defineBackground } from 'wxt/utils/define-background';
import { listenForRequests } from './router';

export default defineBackground(() => {
  listenForRequests();
});
