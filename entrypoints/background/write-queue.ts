// Every write to the data record runs here, one after another, so that many
// tabs recording at once never read-modify-write over each other.
let tail: Promise<unknown> = Promise.resolve();

export function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task);
  // A failed task must not block the ones queued after it.
  tail = run.catch(() => undefined);
  return run;
}
