// One run at a time of a job that reads everything it needs afresh (the background's alert recompute,
// seconds over a big shop). A call made while a run is going may have changed what that run read (an
// import written meanwhile), so it gets the next run; every call made during the same run shares that
// next run instead of starting one each.
export function coalesce<T>(run: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  let next: Promise<T> | undefined;
  const start = (): Promise<T> => {
    const current = run().finally(() => {
      if (running === current) running = undefined;
    });
    running = current;
    return current;
  };
  return () => {
    if (!running) return start();
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = undefined;
        return start();
      });
    return next;
  };
}
