// The Slack adapter: a Bolt app over Socket Mode (SLACK_APP_TOKEN set) or over HTTP on the app's one server.
// Each listener translates its payload into the neutral request, hands it to the core's pipeline
// (src/core/pipeline.ts) and renders the outcome as Block Kit.
import {
  App,
  type BlockAction,
  type Logger as BoltLogger,
  type ButtonAction,
  LogLevel,
  type RespondArguments,
  SocketModeReceiver,
  type StaticSelectAction,
  webApi,
} from '@slack/bolt';
import type { PlatformRuntime, Services } from '../../app.js';
import { COMMAND } from '../../commands/index.js';
import type { Locale } from '../../content/types.js';
import type { ChannelRef, CommandSpec } from '../../core/command.js';
import { isLocale } from '../../core/locale.js';
import type { Reply } from '../../core/reply.js';
import { renderOnce } from '../../core/reply-cache.js';
import type { Origin, PipelineOutcome, PipelineRequest } from '../../core/request.js';
import { within } from '../../core/timeout.js';
import { WorkspaceLanguages } from '../../core/workspace-language.js';
import type { PlatformState } from '../../http/health.js';
import type { Logger } from '../../log.js';
import { MemoryWorkspaceSettings } from '../../storage/workspace-settings.js';
import type { CredentialVariable } from '../connection/refusal.js';
import { BUTTON } from '../limits.js';
import { SlackChannelPort } from './channel-port.js';
import { HOME_BACK_ACTION, HOME_LANGUAGE_ACTION, type HomeLanguage, homeView } from './home.js';
import { homeWords, LANGUAGE_NAMES } from './home-words.js';
import { LOCALE_BUDGET_MS, SlackManagers, type UsersClient } from './managers.js';
import { BOT_DISPLAY_NAME } from './manifest.js';
import { addressedSlackMessage, type SlackMessageEvent, slackMessageRequest } from './messages.js';
import type { InstallationKey } from './oauth.js';
import { SlackHttpReceiver } from './receiver.js';
import { renderSlack } from './render.js';
import { watchTokens } from './token-watch.js';
import { ChannelWorkspaces, WorkspaceChannelPort } from './workspace-channel-port.js';

type RetryOptions = NonNullable<ConstructorParameters<typeof webApi.WebClient>[1]>['retryConfig'];

export interface SlackRuntimeOptions {
  /** Clock for signature timestamps (milliseconds); tests set it to replay Slack's documented example. */
  now?: () => number;
  /** How long a slash command may take before it is acked empty and answered through response_url. */
  replyBudgetMs?: number;
  /** How long the HTTP receiver waits for any ack before answering 200 on its own. */
  ackTimeoutMs?: number;
  /** Web API retries; tests use `{ retries: 0 }`. */
  retryConfig?: RetryOptions;
  /** A workspace's OAuth token was refused (uninstalled, revoked): remove that installation only. */
  onInstallationTokenRefused?: (token: string, code: string) => void;
  /** Socket Mode client tuning (tests shorten the ping timeout). */
  socket?: { clientPingTimeout?: number; serverPingTimeout?: number; autoReconnectEnabled?: boolean };
}

/** Enough retries to ride out a blip or a rate limit without holding start-up for minutes. */
const DEFAULT_RETRY: RetryOptions = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5_000 };
/** Socket Mode's reconnects once running: for ever, 1 s doubling to 60 s with jitter, like the start-up policy. */
const SOCKET_RETRY: RetryOptions = {
  forever: true,
  factor: 2,
  minTimeout: 1_000,
  maxTimeout: 60_000,
  randomize: true,
};
const DEFAULT_REPLY_BUDGET_MS = 2_000;

/** What the slash command middleware answers: every command routed to this app. */
const SLASH_COMMAND = /^\/.+/;

const SLACK_USER_ID = /\b[UW][A-Z0-9]{8,}\b/g;

/** Bolt's logger interface on top of pino. Bolt's debug output can include request bodies, so it goes to trace. */
function boltLogger(log: Logger): BoltLogger {
  // Bolt's and the WebClient's lines can quote request bodies: Slack user ids (U…/W…) never reach the log.
  const text = (msg: unknown[]) =>
    msg
      .map((m) => (typeof m === 'string' ? m : String(m)))
      .join(' ')
      .replace(SLACK_USER_ID, '[user]');
  // Bolt logs at debug several times per request: skip building lines nobody will see.
  return {
    debug: (...msg) => {
      if (log.isLevelEnabled('trace')) log.trace(text(msg));
    },
    info: (...msg) => {
      if (log.isLevelEnabled('debug')) log.debug(text(msg));
    },
    warn: (...msg) => log.warn(text(msg)),
    error: (...msg) => log.error(text(msg)),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}

/** The channel a slash command or button came from; none in a 1:1 DM, where a reminder makes no sense. */
function channelRef(
  id: string | undefined,
  teamId: string | undefined,
  name: string | undefined,
): ChannelRef | undefined {
  if (!id || id.startsWith('D') || name === 'directmessage') return undefined;
  return { id, workspaceId: teamId ?? null, ...(name ? { name } : {}) };
}

/** The workspace an Events API envelope is about. */
function eventWorkspace(body: {
  team_id?: string;
  enterprise_id?: string;
  authorizations?: { is_enterprise_install?: boolean }[];
}): InstallationKey {
  return {
    teamId: body.team_id,
    enterpriseId: body.enterprise_id,
    isEnterpriseInstall: body.authorizations?.[0]?.is_enterprise_install ?? false,
  };
}

/** A slash-command response: the Block Kit message plus who sees it. */
export function slackResponse(reply: Reply): RespondArguments {
  return {
    ...renderSlack(reply),
    response_type: reply.visibility === 'public' ? 'in_channel' : 'ephemeral',
  } as RespondArguments;
}

const slashResponse = (o: PipelineOutcome): RespondArguments => slackResponse(o.reply);

/** A share button posts publicly; the reminder's confirm button counts the member; others run a command. */
function buttonOrigin(actionId: string, line: string): Origin {
  if (actionId.startsWith(BUTTON.share)) return 'button-share';
  return line === `/${COMMAND.reminder} confirm` ? 'button-confirm' : 'button-run';
}

function socketState(event: string): PlatformState | undefined {
  switch (event) {
    case 'connecting':
      return 'starting';
    case 'connected':
      return 'connected';
    case 'reconnecting':
      return 'reconnecting';
    case 'disconnected':
      return 'down';
    default:
      return undefined;
  }
}

export async function createSlackRuntime(
  services: Services,
  opts: SlackRuntimeOptions = {},
): Promise<PlatformRuntime> {
  const cfg = services.config.slack;
  if (!cfg) throw new Error('Slack is not configured (SLACK_BOT_TOKEN, or SLACK_CLIENT_ID/SECRET for OAuth)');
  const mode = cfg.appToken ? 'socket' : 'http';
  const log = services.log.child({ platform: 'slack', mode });
  const boltLog = boltLogger(log);
  services.health.set('slack', mode, 'starting');

  const { connections } = services;
  const target = { platform: 'slack', mode } as const;
  // Set once start-up succeeded: from then on a refused SLACK_BOT_TOKEN or SLACK_APP_TOKEN means revoked.
  let running = false;
  const stopping = new AbortController();
  const tokens = new Map<string, CredentialVariable>(cfg.botToken ? [[cfg.botToken, 'SLACK_BOT_TOKEN']] : []);
  if (cfg.appToken) tokens.set(cfg.appToken, 'SLACK_APP_TOKEN');
  const clientOptions = {
    slackApiUrl: cfg.apiUrl,
    retryConfig: opts.retryConfig ?? DEFAULT_RETRY,
    logger: boltLog,
    timeout: 10_000,
    fetch: watchTokens({
      tokens,
      active: () => running,
      onRefused: (variable, code) => connections.revoked({ ...target, variable }, code),
      ...(opts.onInstallationTokenRefused ? { onOtherToken: opts.onInstallationTokenRefused } : {}),
    }),
  };

  // Many workspaces (OAuth): each request's token comes from its installation, looked up by `authorize`.
  const multi = cfg.oauth
    ? (await import('./oauth.js')).openSlackOAuth({
        config: services.config,
        storage: services.storage,
        http: services.http,
        log,
        clientOptions,
        firstCommand: `/${COMMAND.optout}`,
      })
    : undefined;

  // One workspace: who the bot is comes from auth.test in start(): it checks the token before anything else is
  // tried, and Bolt then needs no verification round trip on the first event.
  let identity: { botId?: string; botUserId?: string; teamId?: string; botName: string } | undefined;
  const authTest = async () => {
    // One request per attempt: the start-up policy does the retrying, visibly.
    const who = await new webApi.WebClient(cfg.botToken, {
      ...clientOptions,
      retryConfig: { retries: 0 },
    }).auth.test();
    return {
      botId: who.bot_id,
      botUserId: who.user_id,
      teamId: who.team_id,
      botName: who.user ?? BOT_DISPLAY_NAME,
    };
  };

  let receiver: SlackHttpReceiver | SocketModeReceiver;
  if (cfg.appToken) {
    const socket = new SocketModeReceiver({
      appToken: cfg.appToken,
      logger: boltLog,
      // apps.connections.open is retried for ever by the library once running: a reconnect that gave up would
      // leave the bot deaf (and the Socket Mode client would reject with nobody listening).
      installerOptions: {
        clientOptions: { ...clientOptions, retryConfig: opts.retryConfig ?? SOCKET_RETRY },
      },
      ...opts.socket,
    });
    for (const event of ['connecting', 'connected', 'reconnecting', 'disconnected']) {
      socket.client.on(event, () => {
        const state = socketState(event);
        if (state) services.health.set('slack', 'socket', state);
        log.info({ event }, 'slack socket mode');
      });
    }
    receiver = socket;
  } else {
    if (!cfg.signingSecret) throw new Error('SLACK_SIGNING_SECRET is required for Slack over HTTP');
    receiver = new SlackHttpReceiver({
      http: services.http,
      signingSecret: cfg.signingSecret,
      log,
      ...(opts.now ? { now: opts.now } : {}),
      ...(opts.ackTimeoutMs ? { ackTimeoutMs: opts.ackTimeoutMs } : {}),
      onReady: () => services.health.set('slack', 'http', 'ready'),
    });
  }

  const app = new App({
    authorize: multi
      ? multi.authorize
      : // The identity auth.test returned in start(); no event reaches Bolt before that (the receiver starts after).
        async () => {
          if (!identity) throw new Error('Slack is not connected yet');
          // Bolt's own client has no token in this mode: listeners get one made from this result, per team.
          return {
            botToken: cfg.botToken,
            botId: identity.botId,
            botUserId: identity.botUserId,
            ...(identity.teamId ? { teamId: identity.teamId } : {}),
          };
        },
    // No listener reads `context.conversation`; Bolt's default in-memory store would look every request up
    // and build an Error (with its stack) for each conversation it does not know.
    convoStore: false,
    receiver,
    logger: boltLog,
    clientOptions,
  });
  app.error(async (err) => {
    log.error({ err: err.original ?? err, code: err.code }, 'slack listener failed');
  });
  const workspaces = multi ? new ChannelWorkspaces() : undefined;
  if (multi && workspaces) {
    app.use(multi.notInstalled());
    app.use(workspaces.middleware());
    // Removing the app, or revoking its bot token, forgets that workspace only.
    app.event('app_uninstalled', async ({ body }) => {
      await multi.uninstalled(eventWorkspace(body), body.event_time);
    });
    app.event('tokens_revoked', async ({ body, event }) => {
      if (event.tokens.bot?.length) await multi.uninstalled(eventWorkspace(body), body.event_time);
    });
  }

  const specs: CommandSpec[] = services.dispatcher.commands.map((c) => c.spec);
  const replyBudgetMs = opts.replyBudgetMs ?? DEFAULT_REPLY_BUDGET_MS;
  // Waiting for a member's language counts against the reply budget (Slack's 3 s ack): at most half of it.
  const managers = new SlackManagers(
    cfg.reminderManagers,
    Date.now,
    Math.min(LOCALE_BUDGET_MS, replyBudgetMs / 2),
  );
  // The workspace's own language (chosen in App Home) for members whose Slack language is unknown or unsupported.
  const languages = new WorkspaceLanguages(
    services.storage?.workspaceSettings ?? new MemoryWorkspaceSettings(),
    {
      log,
    },
  );
  /** Synchronous once both answers are cached, so a known member's cached command needs no promise. */
  const localeOf = (client: UsersClient, team: string, user: string): Locale | Promise<Locale> => {
    const own = managers.locale(client, team, user);
    if (typeof own === 'string') return own;
    if (own === undefined) return languages.fallback(team);
    return own.then((locale) => locale ?? languages.fallback(team));
  };

  /**
   * The neutral request for a command line typed or clicked in Slack. The member's language comes from the
   * same cached users.info as the manager check (src/adapters/slack/managers.ts): no Web API call once known,
   * and then no promise either.
   */
  const request = (
    origin: Origin,
    line: string,
    who: {
      team: string | undefined;
      user: string;
      channel: ChannelRef | undefined;
      /** The request's own client, authorized for its workspace (users.info for the managers check). */
      client: UsersClient;
    },
    commandName?: string,
  ): PipelineRequest | Promise<PipelineRequest> => {
    const team = who.team ?? '';
    const build = (locale: Locale): PipelineRequest => ({
      platform: 'slack',
      origin,
      line,
      ...(commandName ? { commandName } : {}),
      locale,
      userId: who.user,
      userScope: team,
      ...(who.channel ? { channel: who.channel } : {}),
      canManageReminders: managers.check(who.client, team, who.user),
      managers: managers.managers,
    });
    const locale = localeOf(who.client, team, who.user);
    return typeof locale === 'string' ? build(locale) : locale.then(build);
  };

  // Any slash command routed to this app: unknown names get the core's "not one of my commands" reply.
  // A global middleware rather than an `app.command` listener: a slash command answered here skips Bolt's
  // listener chains, where each of the three listeners copied the request's arguments once per step of its
  // own middleware; that copying cost a cached slash command more than the app's own work. Everything else
  // goes on to the listeners below.
  app.use(async (args) => {
    if (!('command' in args) || !args.command || !SLASH_COMMAND.test(args.command.command)) {
      await args.next();
      return;
    }
    const { command, ack, respond, client } = args;
    const name = command.command.slice(1).toLowerCase();
    const req = request(
      'slash',
      command.text ?? '',
      {
        team: command.team_id,
        user: command.user_id,
        channel: channelRef(command.channel_id, command.team_id, command.channel_name),
        client,
      },
      name,
    );
    const handled =
      req instanceof Promise ? req.then((r) => services.pipeline.handle(r)) : services.pipeline.handle(req);
    // A known member's cached guide is ready at once: acked without a timer race.
    if (!(handled instanceof Promise)) {
      await ack(renderOnce(handled, 'slack-slash', slashResponse));
      return;
    }
    // The member's language is looked up inside the reply budget, so Slack's ack deadline is never at risk.
    const fast = await within(handled, replyBudgetMs);
    if (fast) {
      await ack(renderOnce(fast, 'slack-slash', slashResponse));
      return;
    }
    // Slow (a reminder pin waiting on the Web API): acknowledge inside Slack's 3 s, then answer.
    await ack();
    await respond(slackResponse((await handled).reply));
  });

  const publishHome = async (
    client: typeof app.client,
    userId: string,
    reply: Reply,
    opts: { showBack: boolean; language?: HomeLanguage },
  ) => {
    await client.views.publish({ user_id: userId, view: homeView(reply, specs, opts) as never });
  };

  /** The workspace language as the Home tab shows it: a menu for those who may choose it. */
  const homeLanguage = async (
    client: typeof app.client,
    team: string | undefined,
    user: string,
    notice?: string,
  ): Promise<HomeLanguage> => ({
    current: await languages.fallback(team ?? ''),
    canChoose: await languages.mayChoose(managers.check(client, team ?? '', user)),
    ...(notice ? { notice } : {}),
  });

  /** The Home tab's overview, with the workspace language. */
  const showHome = async (
    client: typeof app.client,
    team: string | undefined,
    user: string,
    notice?: string,
  ) => {
    const outcome = await services.pipeline.handle(
      await request('app-home', `/${COMMAND.optout}`, { team, user, channel: undefined, client }),
    );
    const language = await homeLanguage(client, team, user, notice);
    await publishHome(client, user, outcome.reply, { showBack: false, language });
  };

  // A workspace language chosen in App Home: saved for the workspace if this member may, then the tab again
  // with what became of it, in the member's language.
  const chooseLanguage = async (
    client: typeof app.client,
    team: string | undefined,
    user: string,
    chosen: string | undefined,
  ) => {
    if (!team || !chosen || !isLocale(chosen)) return;
    const outcome = await languages.choose(team, chosen, managers.check(client, team, user));
    const locale = await localeOf(client, team, user);
    const notice = homeWords(locale).choice[outcome.kind](LANGUAGE_NAMES[chosen]);
    await showHome(client, team, user, notice);
  };

  // One listener for every button and the Home tab's language menu: each registered listener costs every
  // incoming request a middleware chain.
  app.action<BlockAction<ButtonAction | StaticSelectAction>>(
    new RegExp(`^(${BUTTON.run}|${BUTTON.share}|link:|${HOME_LANGUAGE_ACTION}$)`),
    async ({ ack, body, action, respond, client }) => {
      await ack();
      if (action.type === 'static_select') {
        await chooseLanguage(client, body.team?.id ?? undefined, body.user.id, action.selected_option.value);
        return;
      }
      // Link buttons open their URL in the browser; Slack still sends the click, which only needs the ack.
      if (action.action_id.startsWith('link:')) return;
      const line = action.value;
      if (!line) return;
      const outcome = await services.pipeline.handle(
        await request(buttonOrigin(action.action_id, line), line, {
          team: body.team?.id ?? undefined,
          user: body.user.id,
          channel: channelRef(body.channel?.id, body.team?.id ?? undefined, body.channel?.name),
          client,
        }),
      );
      const { reply } = outcome;
      if (body.view?.type === 'home' && reply.visibility !== 'public') {
        const back = action.action_id === HOME_BACK_ACTION;
        await publishHome(
          client,
          body.user.id,
          reply,
          back
            ? {
                showBack: false,
                language: await homeLanguage(client, body.team?.id ?? undefined, body.user.id),
              }
            : { showBack: true },
        );
        return;
      }
      // A share is public (the renderer then leaves out the share button itself); anything else is theirs alone.
      await respond({ ...slackResponse(reply), replace_original: false } as RespondArguments);
    },
  );

  // A DM to the app or a mention of it: answered in the DM, or in the mention's thread. Bolt's per-request
  // client carries the workspace's token (one token, or the installation's with OAuth).
  const answerMessage = async (args: {
    event: SlackMessageEvent;
    body: { team_id?: string };
    context: { botUserId?: string; teamId?: string };
    client: typeof app.client;
  }) => {
    const { event, body, context, client } = args;
    const team = body.team_id ?? context.teamId;
    const addressed = addressedSlackMessage(event, team, context.botUserId ?? identity?.botUserId);
    if (!addressed) return;
    log.debug({ dm: addressed.isDM }, 'slack message');
    // The member's language, as for their commands (cached; the workspace's when Slack will not say).
    const locale = await localeOf(client, addressed.teamId, addressed.userId);
    const outcome = await services.pipeline.handle(slackMessageRequest(addressed, managers.managers, locale));
    if (outcome.quiet) return;
    const msg = renderOnce(outcome, 'slack-message', (o) => renderSlack(o.reply));
    await client.chat.postMessage({
      channel: addressed.channelId,
      ...(addressed.threadTs ? { thread_ts: addressed.threadTs } : {}),
      text: msg.text,
      blocks: msg.blocks as never,
      unfurl_links: false,
    });
  };
  // One listener for the three events: Bolt runs every listener's middleware chain on every request (slash
  // commands and clicks included), so each extra listener is paid for by every request.
  app.event(/^(app_home_opened|message|app_mention)$/, async ({ event, body, context, client }) => {
    if (event.type === 'app_home_opened') {
      if (event.tab !== 'home') return;
      await showHome(client, (body as { team_id?: string }).team_id, event.user);
      return;
    }
    await answerMessage({ event: event as SlackMessageEvent, body, context, client });
  });

  // Read when a reply names the bot ("/invite @name"); by then auth.test has answered.
  const portOptions = {
    get botName() {
      return identity?.botName ?? BOT_DISPLAY_NAME;
    },
    log,
  };
  services.channels.set(
    'slack',
    multi && workspaces
      ? new WorkspaceChannelPort(multi, workspaces, portOptions)
      : // Its own client: Bolt's `app.client` carries no token when the App is given `authorize`.
        new SlackChannelPort(new webApi.WebClient(cfg.botToken, clientOptions), portOptions),
  );

  return {
    name: 'slack',
    async start() {
      // With OAuth there is no one token to check: each workspace's is looked up (and refreshed) per request.
      const who = multi
        ? { botName: BOT_DISPLAY_NAME }
        : await connections.connect(
            { ...target, variable: 'SLACK_BOT_TOKEN', call: 'auth.test' },
            authTest,
            stopping.signal,
          );
      if (!who) return;
      identity = who;
      const started = await connections.connect(
        cfg.appToken
          ? { ...target, variable: 'SLACK_APP_TOKEN', call: 'apps.connections.open' }
          : { ...target, variable: 'SLACK_BOT_TOKEN', call: 'start' },
        () => app.start().then(() => true),
        stopping.signal,
      );
      if (!started) return;
      running = true;
      log.info({ bot: who.botName }, 'slack ready');
    },
    async stop() {
      stopping.abort();
      running = false;
      await app.stop();
      services.health.set('slack', mode, 'down');
    },
  };
}
