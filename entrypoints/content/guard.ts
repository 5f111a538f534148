// Every callback the content script hands to the page's event loop goes
// through `guard`: an exception must never reach the page's console.

/** Errors swallowed so far (read by tests through the page's own state, never logged). */
export let swallowedErrors = 0;

export function guard<A extends unknown[]>(fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch(swallow);
    } catch (error) {
      swallow(error);
    }
  };
}

export function swallow(_error: unknown): void {
  swallowedErrors++;
}
