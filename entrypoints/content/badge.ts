// The badge: an empty host element (so the headline's text is unchanged) with
// a plain shadow root holding a button and a details panel. Details open on
// hover, on keyboard focus and on click; a click never follows the link the
// headline sits in. All text is set with textContent.

import type { BadgeWords } from '@/lib/badge-words';
import { styleShadowRoot } from './badge-style';
import { BADGE_ATTRIBUTE, BADGE_TAG } from './dom-contract';
import { guard } from './guard';

export interface BadgeControls {
  /** Opens the details and focuses the badge (the popup's "reveal"). */
  reveal(): void;
}

const controls = new WeakMap<Element, BadgeControls>();
let nextId = 0;

function paragraph(className: string, text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

const POINTER_EVENTS = ['click', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'] as const;

/** One listener for every badge: stops the event at the host, and a click from following the link. */
function keepToBadge(event: Event): void {
  event.stopPropagation();
  if (event.type === 'click' || event.type === 'auxclick') event.preventDefault();
}

const supportsPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/**
 * The badge's host and shadow root. A page may define its own element with the
 * badge's tag, whose constructor runs here and may take the shadow root first:
 * then the host is a plain span, which a page cannot define.
 */
function badgeHost(): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(BADGE_TAG);
  try {
    return { host, root: host.attachShadow({ mode: 'open' }) };
  } catch {
    const span = document.createElement('span');
    span.setAttribute(BADGE_ATTRIBUTE, '');
    return { host: span, root: span.attachShadow({ mode: 'open' }) };
  }
}

export function createBadge(text: BadgeWords, onDismiss: () => void): HTMLElement {
  const { host, root } = badgeHost();
  styleShadowRoot(root);

  const mark = document.createElement('button');
  mark.type = 'button';
  mark.className = `mark ${text.kind}`;
  mark.textContent = text.mark;
  mark.setAttribute('aria-label', text.label);
  mark.setAttribute('aria-expanded', 'false');
  root.append(mark);

  // The details panel is built on first open: most badges are never opened.
  let details: HTMLDivElement | null = null;
  const ensureDetails = (): HTMLDivElement => {
    if (details) return details;
    const panel = document.createElement('div');
    panel.id = `ndy-details-${nextId++}`;
    panel.className = 'details';
    panel.setAttribute('role', 'group');
    panel.setAttribute('aria-label', text.label);
    if (supportsPopover) panel.popover = 'manual';
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.className = 'dismiss';
    dismiss.textContent = text.dismiss;
    dismiss.addEventListener(
      'click',
      guard((event: MouseEvent) => {
        // Only the reader may correct: a page's script can reach this open shadow root and click() too.
        if (!event.isTrusted) return;
        close();
        onDismiss();
      }),
    );
    panel.append(paragraph('summary', text.summary), paragraph('history', text.history), dismiss);
    root.append(panel);
    mark.setAttribute('aria-controls', panel.id);
    details = panel;
    return panel;
  };

  let pinned = false;
  let isOpen = false;
  const place = (details: HTMLDivElement) => {
    const r = mark.getBoundingClientRect();
    const width = details.offsetWidth;
    const left = Math.max(8, Math.min(r.left, window.innerWidth - width - 8));
    const below = r.bottom + 6 + details.offsetHeight < window.innerHeight;
    details.style.left = `${left}px`;
    details.style.top = below ? `${r.bottom + 6}px` : `${Math.max(8, r.top - 6 - details.offsetHeight)}px`;
  };
  const open = () => {
    if (isOpen || !host.isConnected) return;
    isOpen = true;
    listenWhileOpen();
    const panel = ensureDetails();
    if (supportsPopover) panel.showPopover();
    else panel.classList.add('open');
    mark.setAttribute('aria-expanded', 'true');
    place(panel);
  };
  const close = () => {
    if (!isOpen) return;
    isOpen = false;
    pinned = false;
    if (supportsPopover && details?.matches(':popover-open')) details.hidePopover();
    details?.classList.remove('open');
    mark.setAttribute('aria-expanded', 'false');
  };

  host.addEventListener('pointerenter', guard(open));
  host.addEventListener('focusin', guard(open));
  // Closing only matters once open: these listeners wait for the first open (most badges never open).
  let closers = false;
  function listenWhileOpen(): void {
    if (closers) return;
    closers = true;
    host.addEventListener(
      'pointerleave',
      guard(() => {
        if (!pinned && !root.activeElement) close();
      }),
    );
    host.addEventListener(
      'focusout',
      guard((event: FocusEvent) => {
        const next = event.relatedTarget;
        if (!(next instanceof Node && (next === host || root.contains(next)))) close();
      }),
    );
    host.addEventListener(
      'keydown',
      guard((event: KeyboardEvent) => {
        if (event.key !== 'Escape' || !isOpen) return;
        event.stopPropagation();
        close();
      }),
    );
  }
  // The host sits inside the headline's link: keep clicks from following it or reaching the page's handlers.
  for (const type of POINTER_EVENTS) host.addEventListener(type, keepToBadge);
  mark.addEventListener(
    'click',
    guard(() => {
      if (pinned) close();
      else {
        open();
        pinned = true;
      }
    }),
  );
  controls.set(host, {
    reveal: () => {
      mark.focus({ preventScroll: true });
      open();
      pinned = true;
    },
  });
  return host;
}

export function badgeControls(host: Element): BadgeControls | undefined {
  return controls.get(host);
}
