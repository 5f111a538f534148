// @vitest-environment happy-dom
// The batched observer: one call per batch, a burst becomes one rescan, the
// extension's own badges are ignored.
import { afterEach, describe, expect, it } from 'vitest';
import { BADGE_TAG } from '@/entrypoints/content/dom-contract';
import { watchLateContent } from '@/entrypoints/content/observer';

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));
let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.replaceChildren();
});

function watch() {
  const calls = { roots: [] as Element[][], rescans: 0 };
  stop = watchLateContent(document.body, {
    roots: (roots) => calls.roots.push(roots),
    rescan: () => calls.rescans++,
    inHeadline: (el) => el.closest('h2') !== null,
  });
  return calls;
}

describe('watchLateContent', () => {
  it('hands several insertions over in one batch, within 300 ms', async () => {
    const calls = watch();
    for (let i = 0; i < 5; i++) {
      const h2 = document.createElement('h2');
      h2.textContent = `Story ${i}`;
      document.body.append(h2);
    }
    await wait(300);
    expect(calls.roots).toHaveLength(1);
    expect(calls.roots[0]).toHaveLength(5);
    expect(calls.rescans).toBe(0);
  });

  it('turns a burst into one rescan', async () => {
    const calls = watch();
    for (let i = 0; i < 400; i++) document.body.append(document.createElement('div'));
    await wait(300);
    expect(calls.rescans).toBe(1);
    expect(calls.roots).toHaveLength(0);
  });

  it('sees a hidden section shown (hidden or aria-hidden removed), not one hidden', async () => {
    const more = document.createElement('section');
    more.hidden = true;
    more.innerHTML = '<h2>SEO is dead</h2>';
    const panel = document.createElement('div');
    panel.setAttribute('aria-hidden', 'true');
    document.body.append(more, panel);
    const calls = watch();
    more.hidden = false;
    panel.setAttribute('aria-hidden', 'false');
    await wait(300);
    expect(calls.roots).toEqual([[more, panel]]);
    more.hidden = true;
    panel.setAttribute('title', 'not watched');
    await wait(300);
    expect(calls.roots).toHaveLength(1);
  });

  it('sees edited text and ignores its own badges', async () => {
    const h2 = document.createElement('h2');
    h2.textContent = 'Weather';
    document.body.append(h2);
    const calls = watch();
    h2.append(document.createElement(BADGE_TAG));
    await wait(300);
    expect(calls.roots).toHaveLength(0);
    (h2.firstChild as Text).data = 'SEO is dead';
    await wait(300);
    expect(calls.roots).toEqual([[h2]]);
  });
});
