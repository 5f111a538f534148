// @vitest-environment happy-dom
// The page session's timers: they run once, end with the session, do nothing
// once the script lost its extension, and leave nothing behind on the content
// script's context (WXT's ctx.setTimeout kept every callback, and all it
// captured, on the context's abort signal for the page's life).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageSession } from '@/entrypoints/content/session';
import { SessionTimers } from '@/entrypoints/content/timers';

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

afterEach(() => {
  document.body.replaceChildren();
});

describe('SessionTimers', () => {
  it('runs a callback once and then forgets it', async () => {
    const timers = new SessionTimers(() => false);
    const fn = vi.fn();
    timers.set(fn, 0);
    expect(timers.size).toBe(1);
    await wait(10);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(timers.size).toBe(0);
  });

  it('cancels what has not run when the session stops', async () => {
    const timers = new SessionTimers(() => false);
    const fn = vi.fn();
    timers.set(fn, 0);
    timers.set(fn, 5);
    timers.clearAll();
    await wait(20);
    expect(fn).not.toHaveBeenCalled();
    expect(timers.size).toBe(0);
  });

  it('does nothing once the content script is invalidated', async () => {
    let invalid = false;
    const timers = new SessionTimers(() => invalid);
    const fn = vi.fn();
    timers.set(fn, 0);
    invalid = true;
    await wait(10);
    expect(fn).not.toHaveBeenCalled();
  });
});

describe('PageSession on a page of thousands of links', () => {
  it('reads it in slices without adding a listener to the context per slice', async () => {
    // 2,500 ordinary links: three slices, no candidate (nothing is sent anywhere).
    const links = Array.from({ length: 2500 }, (_, i) => `<a href="/w/${i}">Page number ${i}</a>`);
    document.body.innerHTML = links.join('');
    const ctx = new ContentScriptContext('content');
    const listeners = vi.spyOn(ctx.signal, 'addEventListener');
    const reads = vi.spyOn(document, 'querySelectorAll');
    new PageSession(ctx).start();
    await wait(50);
    // One full pass, read in several tasks.
    expect(reads).toHaveBeenCalledTimes(1);
    // start() registers its own stop once; the slices register nothing.
    expect(listeners.mock.calls.filter(([type]) => type === 'abort')).toHaveLength(1);
    ctx.abort();
  });
});
