// Slack OAuth for many workspaces on the app's one HTTP server. @slack/oauth's InstallProvider runs the flow
// (signed, single-use `state` tied to the browser by a cookie; the code exchanged through oauth.v2.access at
// SLACK_API_URL); installations go to an InstallationStore; Bolt's `authorize` looks the token up for every
// request and refreshes a rotating token shortly before it expires, one refresh at a time per workspace.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AnyMiddlewareArgs, AuthorizeResult, Middleware } from '@slack/bolt';
import { webApi } from '@slack/bolt';
import { type Installation, InstallProvider, type InstallURLOptions } from '@slack/oauth';
import type { Config } from '../../config.js';
import type { HttpRequest, HttpResponse, HttpServer } from '../../http/server.js';
import type { Logger } from '../../log.js';
import type { InstallationQuery, InstallationStore, SlackInstallation } from '../../storage/installations.js';
import type { UsedStates } from '../../storage/oauth-states.js';
import { BOT_SCOPES } from './manifest.js';
import { type InstallFailure, installedPage, installFailedPage, notInstalledText } from './oauth-pages.js';
import { SignedStateStore } from './oauth-state.js';

export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';

/** @slack/oauth's codes for a redirect that is not a genuine, fresh one from this browser. */
const BAD_REQUEST_CODES = new Set([
  'slack_oauth_missing_state',
  'slack_oauth_invalid_state',
  'slack_oauth_missing_code',
]);

/** A rotating token is refreshed when it has less than this left (Slack's tokens live 12 hours). */
export const REFRESH_MARGIN_MS = 10 * 60_000;

/** What a Slack request says about its workspace (Bolt's `authorize` source): a team, an enterprise, or both. */
export interface InstallationKey {
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  isEnterpriseInstall?: boolean | undefined;
}

/**
 * Where to look a request's workspace up, best first: its own team install, then (for a workspace inside an
 * Enterprise Grid org) the org-wide install, which has no row per workspace.
 */
function lookups(k: InstallationKey): InstallationQuery[] {
  const team = k.teamId ?? null;
  const enterprise = k.enterpriseId ?? null;
  const out: InstallationQuery[] = [];
  if (k.isEnterpriseInstall && enterprise)
    return [{ teamId: team, enterpriseId: enterprise, isEnterpriseInstall: true }];
  if (team) out.push({ teamId: team, enterpriseId: enterprise, isEnterpriseInstall: false });
  if (enterprise) out.push({ teamId: null, enterpriseId: enterprise, isEnterpriseInstall: true });
  return out;
}

/** One string per installation: the refresh lock and the client cache are keyed by it. */
function lockKey(i: InstallationQuery): string {
  return i.isEnterpriseInstall && i.enterpriseId ? `E:${i.enterpriseId}` : `T:${i.teamId ?? ''}`;
}

type WebClient = InstanceType<typeof webApi.WebClient>;
type ClientOptions = NonNullable<ConstructorParameters<typeof webApi.WebClient>[1]>;

export interface SlackOAuthOptions {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  /** The Web API base (SLACK_API_URL); the authorize page is Slack's /oauth/v2/authorize beside it. */
  apiUrl: string;
  publicUrl: string;
  store: InstallationStore;
  log: Logger;
  clientOptions?: ClientOptions;
  /** The command the success page tells people to type first. */
  firstCommand: string;
  usedStates?: UsedStates;
  now?: () => number;
}

/** `https://slack.com/api/` → `https://slack.com/oauth/v2/authorize` (and the same beside a proxy or fake). */
export function authorizationUrl(apiUrl: string): string {
  return new URL('../oauth/v2/authorize', apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`).toString();
}

function toInstallation(i: Installation, installedAt: number): SlackInstallation | undefined {
  if (!i.bot?.token || !i.bot.userId) return undefined;
  const isEnterpriseInstall = i.isEnterpriseInstall === true;
  // An org-wide install's row stands for every workspace of the org, so it names none of them.
  return {
    teamId: isEnterpriseInstall ? null : (i.team?.id ?? null),
    enterpriseId: i.enterprise?.id ?? null,
    isEnterpriseInstall,
    botToken: i.bot.token,
    botId: i.bot.id ?? null,
    botUserId: i.bot.userId,
    scopes: i.bot.scopes ?? [],
    refreshToken: i.bot.refreshToken ?? null,
    // @slack/oauth gives seconds; the store keeps milliseconds.
    tokenExpiresAt: i.bot.expiresAt ? i.bot.expiresAt * 1000 : null,
    installedAt,
    lastInstalledAt: installedAt,
  };
}

/** The request and response objects InstallProvider reads and writes, over the app's own HttpRequest. */
function bridge(req: HttpRequest) {
  const headers: Record<string, string> = {};
  let status = 200;
  let body = '';
  const url = `${req.path}${req.query.size ? `?${req.query.toString()}` : ''}`;
  const nodeReq = { url, headers: req.headers, method: req.method } as unknown as IncomingMessage;
  const nodeRes = {
    setHeader(name: string, value: string | string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
      return nodeRes;
    },
    getHeader: (name: string) => headers[name.toLowerCase()],
    writeHead(code: number) {
      status = code;
      return nodeRes;
    },
    end(chunk?: string) {
      body = chunk ?? '';
      return nodeRes;
    },
  } as unknown as ServerResponse;
  return {
    nodeReq,
    nodeRes,
    response: (): HttpResponse => ({ status, headers, body }),
    /** Our own page, keeping the headers InstallProvider set (the state cookie deletion). */
    page: (page: HttpResponse): HttpResponse => ({ ...page, headers: { ...page.headers, ...headers } }),
  };
}

export class SlackOAuth {
  readonly provider: InstallProvider;
  private readonly refreshing = new Map<string, Promise<SlackInstallation>>();
  private readonly clients = new Map<string, { token: string; client: WebClient }>();
  private readonly now: () => number;
  private readonly noTokenClient: WebClient;
  private readonly installOptions: InstallURLOptions;

  constructor(private readonly opts: SlackOAuthOptions) {
    this.now = opts.now ?? Date.now;
    const clientOptions = { ...opts.clientOptions, slackApiUrl: opts.apiUrl };
    this.noTokenClient = new webApi.WebClient(undefined, clientOptions);
    this.installOptions = { scopes: [...BOT_SCOPES], redirectUri: `${opts.publicUrl}${REDIRECT_PATH}` };
    const store = opts.store;
    this.provider = new InstallProvider({
      clientId: opts.clientId,
      clientSecret: opts.clientSecret,
      stateStore: new SignedStateStore(opts.stateSecret, opts.usedStates),
      authorizationUrl: authorizationUrl(opts.apiUrl),
      directInstall: true,
      installUrlOptions: this.installOptions,
      clientOptions,
      logger: {
        debug: () => {},
        info: () => {},
        warn: (...m: unknown[]) => opts.log.warn(m.map(String).join(' ')),
        error: () => {},
        setLevel: () => {},
        getLevel: () => 'info' as never,
        setName: () => {},
      },
      // Only storeInstallation is used here: tokens are looked up by `authorize` below.
      installationStore: {
        storeInstallation: async (i) => {
          const row = toInstallation(i as Installation, this.now());
          if (!row) throw new Error('the installation carried no bot token');
          await store.save(row);
        },
        fetchInstallation: async () => {
          throw new Error('not used');
        },
      },
    });
  }

  get installUrl(): string {
    return `${this.opts.publicUrl}${INSTALL_PATH}`;
  }

  registerRoutes(http: HttpServer): void {
    http.route('GET', INSTALL_PATH, (req) => this.install(req));
    http.route('GET', REDIRECT_PATH, (req) => this.callback(req));
  }

  private async install(req: HttpRequest): Promise<HttpResponse> {
    const b = bridge(req);
    await this.provider.handleInstallPath(b.nodeReq, b.nodeRes, undefined, this.installOptions);
    return b.response();
  }

  private async callback(req: HttpRequest): Promise<HttpResponse> {
    const b = bridge(req);
    let outcome: HttpResponse | undefined;
    await this.provider.handleCallback(b.nodeReq, b.nodeRes, {
      successAsync: async (installation) => {
        this.opts.log.info(
          { team: installation.team?.id, enterprise: installation.enterprise?.id },
          'slack workspace installed',
        );
        outcome = b.page(installedPage(installation.team?.name, this.opts.firstCommand));
      },
      failureAsync: async (error) => {
        const code = (error as { code?: string }).code ?? '';
        this.opts.log.warn({ code, reason: error.message }, 'slack installation refused');
        const kind: InstallFailure =
          code === 'slack_oauth_installer_authorization_error'
            ? 'cancelled'
            : BAD_REQUEST_CODES.has(code) || error.name === 'InvalidStateError'
              ? 'bad-state'
              : 'exchange-failed';
        outcome = b.page(installFailedPage(kind));
      },
    });
    return outcome ?? b.response();
  }

  /** Bolt's `authorize`: the workspace's token, or no token at all when it has no installation. */
  readonly authorize = async (source: InstallationKey): Promise<AuthorizeResult> => {
    const ids = {
      ...(source.teamId ? { teamId: source.teamId } : {}),
      ...(source.enterpriseId ? { enterpriseId: source.enterpriseId } : {}),
    };
    let found = await this.find(source);
    if (!found) return ids;
    if (found.refreshToken && found.tokenExpiresAt && found.tokenExpiresAt - this.now() < REFRESH_MARGIN_MS) {
      found = await this.refresh(found);
    }
    return {
      ...ids,
      botToken: found.botToken,
      botUserId: found.botUserId,
      ...(found.botId ? { botId: found.botId } : {}),
    };
  };

  private async find(key: InstallationKey): Promise<SlackInstallation | undefined> {
    for (const query of lookups(key)) {
      const found = await this.opts.store.find(query);
      if (found) return found;
    }
    return undefined;
  }

  /** The Web API client of one workspace (for reminders and pins), or undefined when it is not installed. */
  async clientFor(key: InstallationKey): Promise<WebClient | undefined> {
    const auth = await this.authorize(key);
    if (!auth.botToken) return undefined;
    const k = JSON.stringify([
      key.teamId ?? null,
      key.enterpriseId ?? null,
      key.isEnterpriseInstall === true,
    ]);
    const cached = this.clients.get(k);
    // A refreshed token replaces the client, so only the current one per workspace is kept.
    if (cached?.token === auth.botToken) return cached.client;
    const client = new webApi.WebClient(auth.botToken, {
      ...this.opts.clientOptions,
      slackApiUrl: this.opts.apiUrl,
    });
    this.clients.set(k, { token: auth.botToken, client });
    return client;
  }

  /** One refresh per workspace at a time: concurrent requests wait for the same new token. */
  private refresh(current: SlackInstallation): Promise<SlackInstallation> {
    const key = lockKey(current);
    const running = this.refreshing.get(key);
    if (running) return running;
    const work = (async () => {
      const res = (await this.noTokenClient.oauth.v2.access({
        client_id: this.opts.clientId,
        client_secret: this.opts.clientSecret,
        grant_type: 'refresh_token',
        refresh_token: current.refreshToken ?? '',
      })) as { access_token?: string; refresh_token?: string; expires_in?: number };
      if (!res.access_token) throw new Error('Slack returned no token on refresh');
      const next: SlackInstallation = {
        ...current,
        botToken: res.access_token,
        ...(res.refresh_token ? { refreshToken: res.refresh_token } : {}),
        ...(res.expires_in ? { tokenExpiresAt: this.now() + res.expires_in * 1000 } : {}),
      };
      await this.opts.store.save(next);
      this.opts.log.info({ team: current.teamId, enterprise: current.enterpriseId }, 'slack token refreshed');
      return next;
    })().finally(() => this.refreshing.delete(key));
    this.refreshing.set(key, work);
    return work;
  }

  /**
   * app_uninstalled, or tokens_revoked for the bot: forget the workspace, unless it was installed again after
   * the event was sent (Slack may deliver the event late, after a reinstall).
   */
  async uninstalled(key: InstallationKey, eventTimeSeconds: number | undefined): Promise<boolean> {
    // Slack's event_time is in whole seconds: the event may have happened anywhere in that second, so it counts
    // as its end (an install in the same second as the uninstall is taken to be older than it).
    const at = eventTimeSeconds ? eventTimeSeconds * 1000 + 999 : this.now();
    let removed = false;
    // The event names the workspace; an org-wide install is removed through its enterprise.
    for (const query of lookups(key)) {
      if (await this.opts.store.remove(query, at)) {
        removed = true;
        break;
      }
    }
    this.opts.log.info(
      { team: key.teamId, enterprise: key.enterpriseId, removed },
      'slack workspace uninstalled',
    );
    return removed;
  }

  /**
   * Bolt middleware: a request from a workspace with no installation (removed, or never installed) gets a
   * polite answer instead of silence; events other than the uninstall ones are dropped.
   */
  notInstalled(): Middleware<AnyMiddlewareArgs> {
    return async (args) => {
      if (args.context.botToken) return args.next();
      const body = args.body as { type?: string; command?: string; event?: { type?: string } };
      const text = notInstalledText(this.installUrl);
      if (body.event) {
        if (body.event.type === 'app_uninstalled' || body.event.type === 'tokens_revoked') return args.next();
        return;
      }
      const ack = (args as { ack?: (r?: unknown) => Promise<void> }).ack;
      if (body.command) {
        await ack?.({ response_type: 'ephemeral', text });
        return;
      }
      await ack?.();
      const respond = (args as { respond?: (r: unknown) => Promise<unknown> }).respond;
      await respond?.({ response_type: 'ephemeral', replace_original: false, text });
    };
  }
}

/**
 * OAuth as the app runs it: installations and used states in the app's database (SQLite or PostgreSQL, from
 * src/storage), tokens sealed with ENCRYPTION_KEY; routes registered.
 */
export function openSlackOAuth(opts: {
  config: Config;
  storage: { installations?: InstallationStore | undefined; oauthStates: UsedStates } | undefined;
  http: HttpServer;
  log: Logger;
  clientOptions: ClientOptions;
  firstCommand: string;
}): SlackOAuth {
  const { config } = opts;
  const slack = config.slack;
  const store = opts.storage?.installations;
  if (!slack?.oauth || !config.encryptionKey || !config.publicUrl || !store || !opts.storage)
    throw new Error(
      'Slack OAuth needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET, ENCRYPTION_KEY and PUBLIC_URL',
    );
  const oauth = new SlackOAuth({
    ...slack.oauth,
    apiUrl: slack.apiUrl,
    publicUrl: config.publicUrl,
    store,
    usedStates: opts.storage.oauthStates,
    log: opts.log,
    clientOptions: opts.clientOptions,
    firstCommand: opts.firstCommand,
  });
  oauth.registerRoutes(opts.http);
  return oauth;
}
