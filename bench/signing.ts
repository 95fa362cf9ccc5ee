// Real request signing for load runs: Ed25519 (Discord) and HMAC-SHA256 v0 (Slack).
import { createHmac, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import type { Variant } from './load.js';

export interface DiscordKeys {
  privateKey: KeyObject;
  publicKeyHex: string;
}

export function discordKeys(): DiscordKeys {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return { privateKey, publicKeyHex: raw.toString('hex') };
}

export function discordHeaders(keys: DiscordKeys, body: string, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = sign(null, Buffer.from(`${timestamp}${body}`), keys.privateKey).toString('hex');
  return {
    'content-type': 'application/json',
    'x-signature-ed25519': signature,
    'x-signature-timestamp': String(timestamp),
  };
}

export function slackHeaders(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signature,
  };
}

/** A real-shaped Discord slash-command interaction for `/linkedin-ai <sub>` in a guild channel. */
export function discordCommandPayload(sub = 'what-data', userId = '1300000000000000004'): string {
  return JSON.stringify({
    id: `13${userId.slice(2)}`,
    application_id: '1300000000000000000',
    type: 2,
    token: 'bench-token',
    version: 1,
    guild_id: '1300000000000000002',
    channel_id: '1300000000000000003',
    channel: { id: '1300000000000000003', type: 0 },
    member: { user: { id: userId, username: 'bench' }, permissions: '0', roles: [] },
    app_permissions: '0',
    locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': '1300000000000000002' },
    context: 0,
    data: {
      id: '1300000000000000005',
      name: 'linkedin-ai',
      type: 1,
      options: [{ name: sub, type: 1, options: [] }],
    },
  });
}

/** A real-shaped Slack slash-command body. */
export function slackCommandBody(command = '/linkedin-ai', text = 'what-data', userId = 'U0BENCH'): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T0BENCH',
    team_domain: 'bench',
    channel_id: 'C0BENCH',
    channel_name: 'general',
    user_id: userId,
    user_name: 'bench',
    command,
    text,
    api_app_id: 'A0BENCH',
    is_enterprise_install: 'false',
    response_url: 'http://127.0.0.1:9/commands/T0BENCH/1/x',
    trigger_id: '1.2.3',
  }).toString();
}

/**
 * `n` signed copies of one Discord command from `n` different users: a load run spread over them stays far
 * below the per-user command limit, so every request does the full work instead of hitting the limiter.
 */
export function discordVariants(keys: DiscordKeys, n: number, sub = 'what-data'): Variant[] {
  return Array.from({ length: n }, (_, i) => {
    const body = discordCommandPayload(sub, String(1400000000000000000n + BigInt(i)));
    return { headers: discordHeaders(keys, body), body };
  });
}

/** `n` signed copies of one Slack slash command from `n` different users (see `discordVariants`). */
export function slackVariants(
  secret: string,
  n: number,
  command = '/linkedin-ai',
  text = 'what-data',
): Variant[] {
  return Array.from({ length: n }, (_, i) => {
    const body = slackCommandBody(command, text, `U0BENCH${String(i).padStart(4, '0')}`);
    return { headers: slackHeaders(secret, body), body };
  });
}
