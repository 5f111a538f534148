// One constructed stylesheet shared by every badge's shadow root. Solid pills
// with a light ring read on light and dark pages alike; the details panel is
// always dark. `:host` rules are !important so the page's CSS can't restyle
// the host (inside a shadow tree, important declarations beat the page's).
const CSS = `
:host {
  all: initial !important;
  display: inline-block !important;
  margin-inline-start: 0.3em !important;
  vertical-align: baseline !important;
  line-height: 1 !important;
  font-size: clamp(11px, 0.62em, 16px) !important;
  white-space: nowrap !important;
  text-indent: 0 !important;
}
.mark {
  all: unset;
  box-sizing: border-box;
  display: inline-block;
  padding: 0.12em 0.45em;
  border-radius: 0.8em;
  font: 600 1em/1 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  letter-spacing: 0;
  color: #fff;
  background: #a4161a;
  box-shadow: 0 0 0 1px rgba(255, 255, 255, 0.7);
  cursor: pointer;
  user-select: none;
}
.mark.question { background: #7a4b00; }
.mark.rebuttal { background: #17603a; }
.mark:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.details {
  position: fixed;
  inset: auto;
  margin: 0;
  z-index: 2147483647;
  box-sizing: border-box;
  max-width: min(22rem, calc(100vw - 16px));
  padding: 10px 12px;
  border: 1px solid #4b5563;
  border-radius: 8px;
  background: #1f2328;
  color: #f3f4f6;
  font: 400 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  white-space: normal;
  text-align: start;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.35);
}
.details:not(:popover-open):not(.open) { display: none; }
.details p { margin: 0 0 6px; }
.details .summary { font-weight: 600; }
.dismiss {
  all: unset;
  display: inline-block;
  margin-top: 2px;
  padding: 3px 8px;
  border: 1px solid #9ca3af;
  border-radius: 6px;
  color: #f3f4f6;
  font: 500 12px/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  cursor: pointer;
}
.dismiss:hover { background: #374151; }
.dismiss:focus-visible { outline: 2px solid #8ab4f8; outline-offset: 2px; }
`;

let shared: CSSStyleSheet | null | undefined;

/** Adopts the shared sheet; falls back to a <style> where constructed sheets don't work (Firefox's content scripts). */
export function styleShadowRoot(root: ShadowRoot): void {
  if (shared === undefined) {
    try {
      shared = new CSSStyleSheet();
      shared.replaceSync(CSS);
    } catch {
      shared = null;
    }
  }
  if (shared) {
    try {
      root.adoptedStyleSheets = [shared];
      return;
    } catch {
      shared = null;
    }
  }
  const style = document.createElement('style');
  style.textContent = CSS;
  root.append(style);
}
