// The one way to wait for a promise with a deadline: its value, or undefined once `ms` have passed.
// Most work settles within a few microtasks, so only what is still pending after this turn of the event loop
// pays for a timer (a timer per request was measurable on the hot paths).

export async function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  const early = await Promise.race([work, new Promise<undefined>((r) => setImmediate(r, undefined))]);
  if (early !== undefined) return early;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, ms, undefined);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
