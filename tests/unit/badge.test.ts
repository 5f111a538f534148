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
