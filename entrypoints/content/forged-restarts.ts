// WXT tells an older copy of this content script to stop with a DOM event
// named after the extension id; a page that knows the id can dispatch it too
// and so switch the extension off on itself. A real newer copy only starts
// after the extension was updated or reloaded, and then this copy has lost its
// runtime (no id): until then the event is stopped before WXT's listener,
// which sits on the document (this one is on the window, in the capture phase).
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function ignoreForgedRestarts(ctx: ContentScriptContext): void {
  const stop = (event: Event) => {
    if (browser.runtime?.id) event.stopImmediatePropagation();
  };
  // WXT's own name for the event (private in its types; built the same way in its custom-events.mjs).
  const type = `${browser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
  window.addEventListener(type, stop, { capture: true });
  ctx.onInvalidated(() => window.removeEventListener(type, stop, { capture: true }));
}
