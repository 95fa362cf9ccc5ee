// The Discord platform runtime: gateway (discord.js Client) or HTTP interactions endpoint, plus the channel port.
// Both modes start through the one start-up policy (src/adapters/connection/policy.ts): the gateway login, or in
// HTTP mode a GET /users/@me that checks DISCORD_TOKEN, is retried until Discord answers; a 401 is not.
import type { Client, REST } from 'discord.js';
import { Routes } from 'discord-api-types/v10';
import type { PlatformRuntime, Services } from '../../app.js';
import { DiscordChannelPort } from './channel-port.js';
import { importPublicKey, interactionsEndpoint } from './http-endpoint.js';
import { restLib, restOptions, sendLate } from './rest.js';

export const INTERACTIONS_PATH = '/discord/interactions';

/** Discord gives 3 s to answer; past this the reply is deferred and delivered by editing the original. */
export const DEFAULT_DEFER_MS = 2_000;

/** The gateway closes with this when the token is no longer valid (reset or revoked). */
const AUTHENTICATION_FAILED = 4004;

export interface DiscordRuntimeOptions {
  deferMs?: number;
}

export async function createDiscordRuntime(
  services: Services,
  opts: DiscordRuntimeOptions = {},
): Promise<PlatformRuntime> {
  const discord = services.config.discord;
  if (!discord) throw new Error('Discord is not configured (DISCORD_TOKEN)');
  const deferMs = opts.deferMs ?? DEFAULT_DEFER_MS;
  const { connections, health, log } = services;
  const mode = discord.mode;
  const target = { platform: 'discord', mode, variable: 'DISCORD_TOKEN' } as const;
  const stopping = new AbortController();
  // Set once start-up succeeded: from then on a 401 means the token was revoked or reset.
  let running = false;
  const watch = (rest: REST) =>
    rest.on('response', (request, response) => {
      // Interaction callbacks and webhook edits carry the interaction's token, not DISCORD_TOKEN.
      if (running && response.status === 401 && request.data.auth !== false)
        connections.revoked(target, '401');
    });

  // The channel port's own REST client, the same in both modes (a gateway client is replaced on each login try).
  const rest = new restLib.REST(restOptions(discord.apiUrl, discord.restRequestsPerSecond)).setToken(
    discord.token,
  );
  watch(rest);
  services.channels.set('discord', new DiscordChannelPort(rest));

  if (mode === 'http') {
    if (!discord.publicKey) throw new Error('DISCORD_PUBLIC_KEY is required in http mode');
    // Route now, before the server listens: a request must never find the path missing.
    services.http.route(
      'POST',
      INTERACTIONS_PATH,
      interactionsEndpoint(services, {
        publicKey: importPublicKey(discord.publicKey),
        deferMs,
        sendLate: (input, response) => sendLate(rest, input, response),
      }),
    );
    health.set('discord', 'http', 'starting');
    return {
      name: 'discord',
      async start() {
        const me = await connections.connect(
          { ...target, call: 'GET /users/@me' },
          () => rest.get(Routes.user()),
          stopping.signal,
        );
        if (me === undefined) return;
        running = true;
        health.set('discord', 'http', 'ready');
        log.info({ path: INTERACTIONS_PATH }, 'discord interactions endpoint ready');
      },
      async stop() {
        stopping.abort();
        running = false;
        health.set('discord', 'http', 'down');
      },
    };
  }

  // Only the gateway needs discord.js itself; HTTP mode never loads it.
  const { createGatewayClient, resolveShardCount } = await import('./gateway.js');
  let client: Client | undefined;
  health.set('discord', 'gateway', 'starting');
  return {
    name: 'discord',
    async start() {
      const connected = await connections.connect(
        { ...target, call: 'gateway login (GET /gateway/bot)' },
        async () => {
          // A client whose login failed has destroyed itself: each try starts from a fresh one.
          const c = createGatewayClient(services, { deferMs });
          client = c;
          watch(c.rest);
          c.on('shardDisconnect', (event) => {
            if (event.code === AUTHENTICATION_FAILED) connections.revoked(target, String(event.code));
          });
          try {
            // DISCORD_SHARD_IDS without a count: ask Discord how many shards there are before identifying.
            c.rest.setToken(discord.token);
            await resolveShardCount(c, discord.shards);
            await c.login(discord.token);
            return c;
          } catch (err) {
            await c.destroy();
            throw err;
          }
        },
        stopping.signal,
      );
      if (!connected) return;
      if (stopping.signal.aborted) {
        await connected.destroy();
        return;
      }
      running = true;
    },
    async stop() {
      stopping.abort();
      running = false;
      await client?.destroy();
      health.set('discord', 'gateway', 'down');
    },
  };
}
