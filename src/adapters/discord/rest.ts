// Discord's REST side without the rest of discord.js: the HTTP interactions mode needs only this, and
// loading discord.js's client, structures and gateway code would cost it about 20 MB of memory for nothing.
import { createRequire } from 'node:module';
import type { REST, RESTOptions } from 'discord.js';
import { Routes } from 'discord-api-types/v10';
import { type InteractionInput, type InteractionResponse, RESPONSE } from './interaction.js';

/**
 * @discordjs/rest as discord.js itself loads it. The package ships a CommonJS and an ESM build; discord.js
 * (CommonJS) gets the CommonJS one, and taking the same one here keeps a single copy of its error classes,
 * so `instanceof DiscordAPIError` holds for errors from the gateway client's REST and from ours alike.
 * Types come from discord.js, which re-exports these (type imports load nothing).
 */
export const restLib = createRequire(import.meta.url)('@discordjs/rest') as Pick<
  typeof import('discord.js'),
  'REST' | 'DiscordAPIError' | 'HTTPError' | 'RateLimitError'
>;

/**
 * REST settings shared by the client and the HTTP-mode port: fail rather than queue behind long rate limits.
 * `requestsPerSecond` is this process's share of Discord's global limit per bot (50/s unless Discord raised
 * it): with several replicas, each takes its part (DISCORD_REST_REQUESTS_PER_SECOND, docs/SCALING.md).
 */
export function restOptions(apiUrl: string, requestsPerSecond = 50): Partial<RESTOptions> {
  return {
    api: apiUrl,
    globalRequestsPerSecond: requestsPerSecond,
    retries: 1,
    timeout: 10_000,
    rejectOnRateLimit: (limit) => limit.retryAfter > 10_000,
  };
}

/** Replaces a deferred response's "thinking…" with the reply (flags cannot change after deferring). */
export async function sendLate(
  rest: REST,
  input: Exclude<InteractionInput, { kind: 'ping' }>,
  response: InteractionResponse,
): Promise<void> {
  if (response.type !== RESPONSE.ChannelMessage) return;
  const { flags: _flags, ...body } = response.data;
  await rest.patch(Routes.webhookMessage(input.applicationId, input.token, '@original'), {
    body,
    auth: false,
  });
}
