// Bounded concurrency: at most `limit` workers in flight, so a fan-out never floods a platform.

/** Runs `worker` `limit` times in parallel; each worker keeps pulling work until it returns false. */
export async function runWorkers(limit: number, worker: () => Promise<boolean>): Promise<void> {
  const one = async () => {
    while (await worker()) {
      // keep pulling
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limit) }, one));
}
