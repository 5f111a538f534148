// @vitest-environment happy-dom
// The badge's correction button answers the reader only: a page's script can
// reach the badge's shadow root, but its clicks are not trusted events.
import { afterEach, describe, expect, it } from 'vitest';
import { createBadge } from '@/entrypoints/content/badge';
import type { BadgeWords } from '@/lib/badge-words';

const TEXT: BadgeWords = {
  kind: 'claim',
  canonical: 'seo',
  mark: '☠ dead ×3',
  label: 'Death claim: SEO',
  summary: 'A death claim about SEO.',
  history: 'Declared dead 3 times since 2011.',
  dismiss: 'Not a death claim',
};

afterEach(() => document.body.replaceChildren());

describe('createBadge', () => {
  it('ignores corrections clicked by a script (click(), dispatched events)', () => {
    let dismissed = 0;
    const host = createBadge(TEXT, () => dismissed++);
    document.body.append(host);
    const root = host.shadowRoot;
    root?.querySelector<HTMLButtonElement>('button.mark')?.click();
    const dismiss = root?.querySelector<HTMLButtonElement>('button.dismiss');
    expect(dismiss?.textContent).toBe('Not a death claim');
    dismiss?.click();
    dismiss?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(dismissed).toBe(0);
  });
});

describe('a page that defines its own element with the badge tag', () => {
  it('still gets a working badge: the host falls back to a span the page cannot define', () => {
    let constructed = 0;
    customElements.define(
      'ndy-badge',
      class extends HTMLElement {
        constructor() {
          super();
          constructed++;
          this.attachShadow({ mode: 'closed' });
        }
      },
    );
    const host = createBadge(TEXT, () => undefined);
    document.body.append(host);
    expect(constructed).toBe(1);
    expect(host.localName).toBe('span');
    expect(host.hasAttribute('data-ndy-badge')).toBe(true);
    expect(host.shadowRoot?.querySelector('button.mark')?.textContent).toBe('☠ dead ×3');
  });
});
