// The page session's timers. WXT's ctx.setTimeout registers an invalidation
// listener for every timer that stays on the context's signal after the timer
// fired, and with it the callback and all it captured (a full pass's slices
// held the page's element list for the page's life). These end with the
// session instead, and forget a callback once it ran.

export class SessionTimers {
  private readonly pending = new Set<number>();

  /** `isInvalid`: the content script lost its extension (reloaded or updated); its timers then do nothing. */
  constructor(private readonly isInvalid: () => boolean) {}

  /** Runs `fn` after `ms` unless the session stopped or the script was invalidated first. */
  set(fn: () => void, ms: number): number {
    const id = window.setTimeout(() => {
      this.pending.delete(id);
      if (!this.isInvalid()) fn();
    }, ms);
    this.pending.add(id);
    return id;
  }

  /** Cancels every timer not run yet (the session stopped). */
  clearAll(): void {
    for (const id of this.pending) window.clearTimeout(id);
    this.pending.clear();
  }

  /** Timers waiting to run (read by tests). */
  get size(): number {
    return this.pending.size;
  }
}
