// A thin wrapper over autocannon: one load run against a local URL, summarised the same way for every scenario.
import autocannon from 'autocannon';

/** One pre-signed request; several of them spread a run over many users (per-user rate limits). */
export interface Variant {
  headers: Record<string, string>;
  body: string;
}

export interface LoadOptions {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Each connection cycles through these instead of sending `headers`/`body`. */
  variants?: Variant[];
  connections?: number;
  durationSec?: number;
}

export interface LoadResult {
  rps: number;
  /** Requests completed in the run. */
  requests: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

export async function load(opts: LoadOptions): Promise<LoadResult> {
  const method = opts.method ?? 'POST';
  const r = await autocannon({
    url: opts.url,
    method,
    headers: opts.headers ?? {},
    ...(opts.body === undefined ? {} : { body: opts.body }),
    ...(opts.variants ? { requests: opts.variants.map((v) => ({ method, ...v })) } : {}),
    connections: opts.connections ?? 32,
    duration: opts.durationSec ?? 5,
  });
  return {
    rps: Math.round(r.requests.average),
    requests: r.requests.total,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}
