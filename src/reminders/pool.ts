// Bounded concurrency: at most `limit` calls of `fn` in flight, so a fan-out never floods a platform.

/** Runs `worker` `limit` times in parallel; each worker keeps pulling work until it returns false. */
export async function runWorkers(limit: number, worker: () => Promise<boolean>): Promise<void> {
  const one = async () => {
    while (await worker()) {
      // keep pulling
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limit) }, one));
}

/** Maps items with at most `limit` promises pending; results keep the input order. Never rejects on its own. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await runWorkers(Math.min(limit, items.length), async () => {
    const i = next++;
    if (i >= items.length) return false;
    out[i] = await fn(items[i] as T);
    return true;
  });
  return out;
}
