// detect() turns a crash into `none` so a page never breaks, but it counts what
// it catches: a bug must show in the tests, not pass for a correct answer.
import { describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/detector/engine', () => ({
  candidate: () => {
    throw new Error('a bug in the rules');
  },
}));

describe('detect() catch-all', () => {
  it('answers none and counts the error', async () => {
    const { caughtErrors, detect } = await import('@/lib/detector');
    const before = caughtErrors();
    expect(detect('SEO is dead').kind).toBe('none');
    expect(caughtErrors()).toBe(before + 1);
  });
});
