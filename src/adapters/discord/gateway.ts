// Gateway mode: a discord.js Client with the one intent slash commands need and caches that do not grow,
// feeding interactions into the same handler the HTTP endpoint uses.
import {
  Client,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  type Interaction,
  Options,
  Routes,
} from 'discord.js';
import type { Services } from '../../app.js';
import {
  deferFlags,
  handleInteraction,
  type InteractionInput,
  type InteractionResponse,
  RESPONSE,
} from './interaction.js';
import { restOptions, sendLate } from './rest.js';

// Kept importable from here: the REST helpers lived in this file first.
export { restOptions, sendLate };

/**
 * Everything a bot in thousands of servers would otherwise cache without bound: messages, members, users,
 * presences, emojis. Guilds, channels and roles stay (discord.js needs them); `Guilds` is the only intent.
 */
export function clientOptions(apiUrl: string): ClientOptions {
  return {
    intents: [GatewayIntentBits.Guilds],
    rest: restOptions(apiUrl),
    allowedMentions: { parse: [] },
    makeCache: Options.cacheWithLimits({
      MessageManager: 0,
      GuildMessageManager: 0,
      DMMessageManager: 0,
      ThreadManager: 0,
      ThreadMemberManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      PresenceManager: 0,
      VoiceStateManager: 0,
      GuildEmojiManager: 0,
      BaseGuildEmojiManager: 0,
      GuildStickerManager: 0,
      GuildInviteManager: 0,
      GuildBanManager: 0,
      GuildScheduledEventManager: 0,
      StageInstanceManager: 0,
      ApplicationCommandManager: 0,
      AutoModerationRuleManager: 0,
      EntitlementManager: 0,
      GuildForumThreadManager: 0,
      GuildTextThreadManager: 0,
      // The bot's own member and user are kept: discord.js reads them for permission checks.
      GuildMemberManager: { maxSize: 0, keepOverLimit: (m) => m.id === m.client.user?.id },
      UserManager: { maxSize: 0, keepOverLimit: (u) => u.id === u.client.user?.id },
    }),
  };
}

/** The discord.js interaction as the shared handler's input; null for kinds the bot does not use. */
export function fromDiscordJs(i: Interaction): InteractionInput | null {
  const who = {
    id: i.id,
    token: i.token,
    applicationId: i.applicationId,
    guildId: i.guildId,
    channelId: i.channelId,
    channelName: i.channel && 'name' in i.channel && i.channel.name ? i.channel.name : null,
    userId: i.user.id,
    locale: i.locale ?? null,
    appPermissions: i.appPermissions?.bitfield.toString() ?? null,
    memberPermissions: i.memberPermissions?.bitfield.toString() ?? null,
  };
  if (i.isChatInputCommand())
    return { kind: 'command', name: i.commandName, options: i.options.data, ...who };
  if (i.isAutocomplete())
    return { kind: 'autocomplete', name: i.commandName, options: i.options.data, ...who };
  if (i.isButton()) return { kind: 'button', customId: i.customId, ...who };
  return null;
}

export interface GatewayOptions {
  deferMs: number;
}

/** Creates the client and wires its events; `login` is left to the caller so tests can drive it offline. */
export function createGatewayClient(services: Services, opts: GatewayOptions): Client {
  const { config, health, log } = services;
  const apiUrl = config.discord?.apiUrl ?? 'https://discord.com/api';
  const client = new Client(clientOptions(apiUrl));
  const state = (s: Parameters<typeof health.set>[2]) => health.set('discord', 'gateway', s);

  client.once(Events.ClientReady, (c) => {
    log.info({ guilds: c.guilds.cache.size }, 'discord gateway ready');
    state('ready');
  });
  client.on(Events.ShardResume, () => state('ready'));
  // A reconnect that had to identify again ends in shardReady, not shardResume (clientReady fires only once).
  client.on(Events.ShardReady, () => state('ready'));
  client.on(Events.ShardReconnecting, () => state('reconnecting'));
  client.on(Events.ShardDisconnect, (event, shardId) => {
    log.warn({ code: event.code, shardId }, 'discord shard disconnected');
    state('down');
  });
  client.on(Events.Invalidated, () => state('down'));
  client.on(Events.ShardError, (err, shardId) => log.warn({ err, shardId }, 'discord shard error'));
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));

  const callback = (id: string, token: string, body: InteractionResponse) =>
    client.rest.post(Routes.interactionCallback(id, token), { body, auth: false });

  client.on(Events.InteractionCreate, (interaction) => {
    const input = fromDiscordJs(interaction);
    if (!input || input.kind === 'ping') return;
    log.debug({ kind: input.kind }, 'discord interaction');
    void answer(input).catch((err: unknown) => log.warn({ err }, 'could not answer a discord interaction'));
  });

  // The same response body the HTTP endpoint returns, POSTed to the callback route (deferred when slow).
  async function answer(input: Exclude<InteractionInput, { kind: 'ping' }>): Promise<void> {
    const work = handleInteraction(services, input);
    if (input.kind === 'autocomplete') {
      await callback(input.id, input.token, await work);
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(resolve, opts.deferMs, undefined);
    });
    const first = await Promise.race([work, late]);
    clearTimeout(timer);
    if (first) {
      await callback(input.id, input.token, first);
      return;
    }
    await callback(input.id, input.token, { type: RESPONSE.DeferredChannelMessage, data: deferFlags(input) });
    await sendLate(client.rest, input, await work);
  }

  return client;
}
