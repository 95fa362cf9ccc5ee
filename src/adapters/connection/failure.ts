// What a failed call to Discord or Slack was, read from the error the library threw: a refused credential (never
// worth retrying) or a transient failure (DNS, refused connection, timeout, reset, HTTP status), worth retrying.
// Errors are read by shape, not by class, so one reader serves discord.js, @discordjs/rest and the Slack SDK.

/** Why a transient attempt failed; the words the operator sees in the log and in /healthz `lastError`. */
export type TransientKind =
  | 'dns'
  | 'refused'
  | 'timeout'
  | 'reset'
  | 'rate-limited'
  | 'http'
  | 'network'
  | 'other';

export type Failure =
  /** The platform refused the token: `code` is the HTTP status or Slack's error string. */
  | { credential: true; code: string }
  /** Anything else: retried. `status` is set for an HTTP answer. */
  | { credential: false; kind: TransientKind; status?: number; detail: string };

/** Slack's answers that mean "this token will never work", whatever the call. */
export const SLACK_REFUSALS: ReadonlySet<string> = new Set([
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'not_authed',
]);

const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);
const TIMEOUT = new Set([
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);
const RESET = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED']);

type Shape = {
  name?: unknown;
  code?: unknown;
  status?: unknown;
  statusCode?: unknown;
  message?: unknown;
  data?: { error?: unknown };
  cause?: unknown;
  original?: unknown;
  errors?: unknown;
};

/** The error and what it wraps: fetch's `cause`, the Slack SDK's `original`, an AggregateError's `errors`. */
function chain(err: unknown): Shape[] {
  const out: Shape[] = [];
  const queue: unknown[] = [err];
  while (queue.length > 0 && out.length < 10) {
    const e = queue.shift();
    if (!e || typeof e !== 'object') continue;
    const s = e as Shape;
    out.push(s);
    queue.push(s.cause, s.original);
    if (Array.isArray(s.errors)) queue.push(...s.errors);
  }
  return out;
}

function transient(kind: TransientKind, detail: string, status?: number): Failure {
  return { credential: false, kind, detail, ...(status === undefined ? {} : { status }) };
}

export function classifyFailure(err: unknown): Failure {
  const links = chain(err);
  for (const e of links) {
    // discord.js turns a 401 on GET /gateway/bot into this.
    if (e.code === 'TokenInvalid') return { credential: true, code: '401' };
    const slackError = e.data?.error;
    if (typeof slackError === 'string' && SLACK_REFUSALS.has(slackError)) {
      return { credential: true, code: slackError };
    }
    const status =
      typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : undefined;
    if (status === 401) return { credential: true, code: '401' };
    if (status === 429) return transient('rate-limited', 'HTTP 429', 429);
    if (status !== undefined && status >= 400) return transient('http', `HTTP ${status}`, status);
  }
  for (const e of links) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (DNS.has(code)) return transient('dns', code);
    if (code === 'ECONNREFUSED') return transient('refused', code);
    if (TIMEOUT.has(code) || e.name === 'TimeoutError' || e.name === 'AbortError') {
      return transient('timeout', code || String(e.name));
    }
    if (RESET.has(code)) return transient('reset', code);
  }
  // Slack's answer with ok: false and a code that is not about the token (e.g. `fatal_error`).
  const slack = links.find((e) => typeof e.data?.error === 'string')?.data?.error;
  if (typeof slack === 'string') return transient('other', slack);
  const first = links[0];
  const message = typeof first?.message === 'string' ? first.message : String(err);
  if (/fetch failed|socket hang up|network/i.test(message))
    return transient('network', message.slice(0, 120));
  return transient('other', message.slice(0, 120));
}
