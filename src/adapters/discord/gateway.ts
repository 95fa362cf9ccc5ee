// Gateway mode: a discord.js Client with the intents for commands, DMs and mentions, caches that do not grow,
// and the shards this process runs; interactions go into the same handler the HTTP endpoint uses, messages
// addressed to the bot get a reply.
import {
  Client,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  Options,
  Partials,
  Routes,
} from 'discord.js';
import type { Services } from '../../app.js';
import type { Config } from '../../config.js';
import type { PlatformState } from '../../http/health.js';
import {
  deferFlags,
  handleInteraction,
  type InteractionInput,
  type InteractionResponse,
  isUserInstallOnly,
  RESPONSE,
} from './interaction.js';
import { addressedMessage, answerMessage, messageReplyBody } from './messages.js';
import { restOptions, sendLate } from './rest.js';

// Kept importable from here: the REST helpers lived in this file first.
export { restOptions, sendLate };

export type ShardConfig = NonNullable<Config['discord']>['shards'];

/** discord.js's sharding options: `auto` lets it ask Discord for both the count and the ids. */
function shardOptions(shards: ShardConfig): Pick<ClientOptions, 'shards' | 'shardCount'> {
  if (shards.ids === 'all' && shards.count === 'auto') return { shards: 'auto' };
  const ids = shards.ids === 'all' ? Array.from({ length: shards.count as number }, (_, i) => i) : shards.ids;
  // With count `auto` and a list of ids, resolveShardCount sets the real count before login.
  return { shards: ids, shardCount: shards.count === 'auto' ? Math.max(...ids) + 1 : shards.count };
}

/**
 * Everything a bot in thousands of servers would otherwise cache without bound: messages, members, users,
 * presences, emojis. Guilds, channels and roles stay (discord.js needs them). No privileged intent: Discord
 * delivers the text of DMs and of messages that mention the bot without Message Content. The Channel partial
 * lets a DM arrive from a channel discord.js has not seen yet.
 */
export function clientOptions(
  apiUrl: string,
  shards: ShardConfig = { count: 'auto', ids: 'all' },
  requestsPerSecond?: number,
): ClientOptions {
  return {
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    ...shardOptions(shards),
    rest: restOptions(apiUrl, requestsPerSecond),
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
    guildLocale: i.guildLocale ?? null,
    appPermissions: i.appPermissions?.bitfield.toString() ?? null,
    memberPermissions: i.memberPermissions?.bitfield.toString() ?? null,
    userInstallOnly: isUserInstallOnly(
      i.guildId,
      // discord.js keeps the owners map's keys non-enumerable: read its named fields.
      i.authorizingIntegrationOwners && {
        server: i.authorizingIntegrationOwners.guildId !== null,
        user: i.authorizingIntegrationOwners.userId !== null,
      },
    ),
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

/**
 * With a list of shard ids and count `auto`, asks Discord for the count (GET /gateway/bot) before login:
 * discord.js asks only when both are automatic. Throws when an id is beyond the count.
 */
export async function resolveShardCount(client: Client, shards: ShardConfig): Promise<void> {
  if (shards.count !== 'auto' || shards.ids === 'all') return;
  const info = (await client.rest.get(Routes.gatewayBot())) as { shards: number };
  const beyond = shards.ids.filter((id) => id >= info.shards);
  if (beyond.length > 0)
    throw new Error(
      `DISCORD_SHARD_IDS ${beyond.join(',')} beyond the ${info.shards} shards Discord recommends`,
    );
  client.options.shardCount = info.shards;
}

/** The platform's state from its shards': any down is down, any reconnecting is reconnecting, all ready is ready. */
function overall(states: PlatformState[]): PlatformState {
  if (states.includes('down')) return 'down';
  if (states.includes('reconnecting')) return 'reconnecting';
  return states.length > 0 && states.every((s) => s === 'ready') ? 'ready' : 'starting';
}

/** Creates the client and wires its events; `login` is left to the caller so tests can drive it offline. */
export function createGatewayClient(services: Services, opts: GatewayOptions): Client {
  const { config, health, log } = services;
  const apiUrl = config.discord?.apiUrl ?? 'https://discord.com/api';
  const client = new Client(
    clientOptions(apiUrl, config.discord?.shards, config.discord?.restRequestsPerSecond),
  );

  // Each shard this process runs, as /healthz shows it; the ids are known up front unless they are `auto`.
  // With `auto`, discord.js replaces the option with the list of ids once it has asked Discord.
  const shardStates = new Map<number, PlatformState>();
  const learnShards = () => {
    const ids = client.options.shards;
    if (!Array.isArray(ids)) return;
    for (const id of ids.filter((i) => !shardStates.has(i))) {
      shardStates.set(id, 'starting');
      health.setShard('discord', id, 'starting');
    }
  };
  learnShards();
  const shard = (id: number, s: PlatformState) => {
    learnShards();
    shardStates.set(id, s);
    health.setShard('discord', id, s);
    health.set('discord', 'gateway', overall([...shardStates.values()]));
  };

  client.once(Events.ClientReady, (c) => {
    log.info({ guilds: c.guilds.cache.size, shards: [...shardStates.keys()] }, 'discord gateway ready');
  });
  // A reconnect that had to identify again ends in shardReady, not shardResume (clientReady fires only once).
  client.on(Events.ShardReady, (shardId) => {
    log.info({ shardId }, 'discord shard ready');
    shard(shardId, 'ready');
  });
  client.on(Events.ShardResume, (shardId) => shard(shardId, 'ready'));
  client.on(Events.ShardReconnecting, (shardId) => shard(shardId, 'reconnecting'));
  client.on(Events.ShardDisconnect, (event, shardId) => {
    log.warn({ code: event.code, shardId }, 'discord shard disconnected');
    shard(shardId, 'down');
  });
  client.on(Events.Invalidated, () => {
    for (const id of shardStates.keys()) shard(id, 'down');
    health.set('discord', 'gateway', 'down');
  });
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

  client.on(Events.MessageCreate, (message) => {
    void onMessage(message).catch((err: unknown) =>
      // Only the status: a REST error carries the request body, which may echo the person's words.
      log.warn({ status: (err as { status?: number }).status }, 'could not answer a discord message'),
    );
  });

  async function onMessage(message: Message): Promise<void> {
    const botId = client.user?.id;
    const addressed = botId ? addressedMessage(message, botId) : null;
    if (!addressed) return;
    log.debug({ dm: addressed.isDM }, 'discord message');
    const outcome = await answerMessage(services, addressed);
    if (outcome.quiet) return;
    await client.rest.post(Routes.channelMessages(addressed.channelId), {
      body: messageReplyBody(outcome.reply, addressed),
    });
  }

  return client;
}
