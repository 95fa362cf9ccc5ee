// Real request signing for load runs: Ed25519 (Discord) and HMAC-SHA256 v0 (Slack).
import { createHmac, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

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
export function discordCommandPayload(sub = 'what-data'): string {
  return JSON.stringify({
    id: '1300000000000000001',
    application_id: '1300000000000000000',
    type: 2,
    token: 'bench-token',
    version: 1,
    guild_id: '1300000000000000002',
    channel_id: '1300000000000000003',
    channel: { id: '1300000000000000003', type: 0 },
    member: { user: { id: '1300000000000000004', username: 'bench' }, permissions: '0', roles: [] },
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
export function slackCommandBody(command = '/linkedin-ai', text = 'what-data'): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T0BENCH',
    team_domain: 'bench',
    channel_id: 'C0BENCH',
    channel_name: 'general',
    user_id: 'U0BENCH',
    user_name: 'bench',
    command,
    text,
    api_app_id: 'A0BENCH',
    is_enterprise_install: 'false',
    response_url: 'http://127.0.0.1:9/commands/T0BENCH/1/x',
    trigger_id: '1.2.3',
  }).toString();
}
