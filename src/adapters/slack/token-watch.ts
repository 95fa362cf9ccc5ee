// Every Web API call (Bolt's listener clients, the channel port, Socket Mode's apps.connections.open) goes through
// this fetch: an answer that refuses the token it was made with (token_revoked, invalid_auth, ...) is reported
// before the caller sees it, naming the variable that holds the token. Tokens that are not from the environment
// (a workspace's OAuth token) go to `onOtherToken`, so only that installation is removed.

import { SLACK_REFUSALS } from '../connection/failure.js';
import type { CredentialVariable } from '../connection/refusal.js';

type FetchInit = { headers?: Record<string, string> } & Omit<RequestInit, 'headers'>;

export interface TokenWatchOptions {
  /** The environment's tokens and the variable each came from. */
  tokens: ReadonlyMap<string, CredentialVariable>;
  onRefused(variable: CredentialVariable, code: string): void;
  /** A token not from the environment was refused: the Slack OAuth installation using it is gone. */
  onOtherToken?(token: string, code: string): void;
  /** False during start-up: the start-up policy reads those answers itself. */
  active(): boolean;
  fetch?: typeof globalThis.fetch;
}

function bearer(headers: Record<string, string> | undefined): string | undefined {
  if (!headers) return undefined;
  const value = Object.entries(headers).find(([k]) => k.toLowerCase() === 'authorization')?.[1];
  return value?.replace(/^Bearer\s+/i, '') || undefined;
}

export function watchTokens(opts: TokenWatchOptions) {
  const base = opts.fetch ?? globalThis.fetch;
  return async (url: string | URL, init?: FetchInit): Promise<Response> => {
    const res = await base(url, init as RequestInit);
    if (!opts.active()) return res;
    const token = bearer(init?.headers);
    if (!token) return res;
    // Awaited before the caller reads the answer, so the refusal is reported before any error it causes.
    const body = (await res
      .clone()
      .json()
      .catch(() => undefined)) as { ok?: unknown; error?: unknown } | undefined;
    const code = body?.ok === false && typeof body.error === 'string' ? body.error : undefined;
    if (code && SLACK_REFUSALS.has(code)) {
      const variable = opts.tokens.get(token);
      if (variable) opts.onRefused(variable, code);
      else opts.onOtherToken?.(token, code);
    }
    return res;
  };
}
