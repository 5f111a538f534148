// Every write to the data record runs in a queue, one after another, so that
// many tabs recording at once never read-modify-write over each other.
function writeQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task);
    // A failed task must not block the ones queued after it.
    tail = run.catch(() => undefined);
    return run;
  };
}

/** Writes of the sightings record (record, import, clear, export reads). */
export const serialised = writeQueue();
/** Writes of the corrections: a correction never waits behind a write of the whole record (~1 s at 20,000). */
export const serialisedCorrections = writeQueue();
