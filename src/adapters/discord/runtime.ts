// The Discord platform runtime: gateway (discord.js Client) or HTTP interactions endpoint, plus the channel port.
import type { PlatformRuntime, Services } from '../../app.js';
import { DiscordChannelPort } from './channel-port.js';
import { importPublicKey, interactionsEndpoint } from './http-endpoint.js';
import { restLib, restOptions, sendLate } from './rest.js';

export const INTERACTIONS_PATH = '/discord/interactions';

/** Discord gives 3 s to answer; past this the reply is deferred and delivered by editing the original. */
export const DEFAULT_DEFER_MS = 2_000;

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

  if (discord.mode === 'http') {
    if (!discord.publicKey) throw new Error('DISCORD_PUBLIC_KEY is required in http mode');
    const rest = new restLib.REST(restOptions(discord.apiUrl, discord.restRequestsPerSecond)).setToken(
      discord.token,
    );
    services.channels.set('discord', new DiscordChannelPort(rest));
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
    services.health.set('discord', 'http', 'starting');
    return {
      name: 'discord',
      async start() {
        services.health.set('discord', 'http', 'ready');
        services.log.info({ path: INTERACTIONS_PATH }, 'discord interactions endpoint ready');
      },
      async stop() {
        services.health.set('discord', 'http', 'down');
      },
    };
  }

  // Only the gateway needs discord.js itself; HTTP mode never loads it.
  const { createGatewayClient, resolveShardCount } = await import('./gateway.js');
  const client = createGatewayClient(services, { deferMs });
  client.rest.setToken(discord.token);
  services.channels.set('discord', new DiscordChannelPort(client.rest));
  services.health.set('discord', 'gateway', 'starting');
  return {
    name: 'discord',
    async start() {
      // Not awaited: the gateway handshake can take seconds and reconnects on its own; /healthz shows progress.
      resolveShardCount(client, discord.shards)
        .then(() => client.login(discord.token))
        .catch((err: unknown) => {
          services.log.error(
            { err: err instanceof Error ? err.message : String(err) },
            'discord login failed',
          );
          services.health.set('discord', 'gateway', 'down');
        });
    },
    async stop() {
      await client.destroy();
      services.health.set('discord', 'gateway', 'down');
    },
  };
}
