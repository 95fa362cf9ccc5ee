// A local stand-in for Slack on 127.0.0.1: the Web API (`/api/<method>`), response_url endpoints
// (`/respond/<id>`), the OAuth authorize page (`/oauth/v2/authorize`, an "Allow" link back to the app with a
// code that `oauth.v2.access` exchanges for the workspace's token) and, for Socket Mode, a WebSocket endpoint
// (`/socket`). It records every call and answers `{ ok: true, … }` unless a test scripts another answer.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { Outage } from './outage.js';

export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
}

export interface ScriptedAnswer {
  status?: number;
  headers?: Record<string, string>;
  body: Record<string, unknown>;
}

const DEFAULTS: Record<string, Record<string, unknown>> = {
  'auth.test': {
    ok: true,
    user_id: 'UBOT0001',
    bot_id: 'BBOT0001',
    user: 'linkedin-optout',
    team_id: 'T0TEAM001',
  },
  'chat.postMessage': { ok: true, channel: 'C0CHAN001', ts: '1764410000.000100' },
  'chat.update': { ok: true, channel: 'C0CHAN001', ts: '1764410000.000100' },
  'views.publish': { ok: true, view: { id: 'V0001' } },
};

/** Form fields from the WebClient arrive as strings; JSON-looking ones (blocks, view) are parsed back. */
function decode(contentType: string, raw: string): Record<string, unknown> {
  if (contentType.startsWith('application/json'))
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
  }
  return out;
}

/** A workspace that can install the app through the fake's authorize page. */
export interface FakeWorkspace {
  teamId: string;
  teamName: string;
  botToken: string;
  botUserId?: string;
  /** With token rotation: oauth.v2.access returns these, and a refresh_token grant issues `${botToken}-r<n>`. */
  refreshToken?: string;
  expiresIn?: number;
}

export class FakeSlack {
  /** Workspaces waiting to install, in order; the authorize page takes the first. */
  readonly installQueue: FakeWorkspace[] = [];
  private readonly codes = new Map<string, FakeWorkspace>();
  private refreshes = 0;
  readonly calls: RecordedCall[] = [];
  /**
   * Members `users.info` reports as workspace admins. The fixtures' member (U0USER001, "ada") is one, so tests
   * that pin act as a moderator unless they say otherwise; `owners` are reported as owners.
   */
  readonly admins = new Set<string>(['U0USER001']);
  readonly owners = new Set<string>();
  /** Members' languages as Slack reports them with include_locale (e.g. "de-DE"); others get "en-US". */
  readonly locales = new Map<string, string>();
  private readonly scripts = new Map<string, ScriptedAnswer[]>();
  private readonly waiters: { method: string; resolve: (c: RecordedCall) => void }[] = [];
  private server!: Server;
  private outageOf: Outage | undefined;

  /** Made on first use: the server exists only once the fake has started. */
  private get outage(): Outage {
    this.outageOf ??= new Outage(this.server, () => Number(new URL(this.url).port));
    return this.outageOf;
  }
  private wss: WebSocketServer | undefined;
  readonly sockets: WebSocket[] = [];
  url = '';

  async start(opts: { socket?: boolean } = {}): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const method = url.pathname.startsWith('/api/')
          ? url.pathname.slice(5)
          : url.pathname.startsWith('/respond/')
            ? 'response_url'
            : url.pathname;
        if (url.pathname === '/oauth/v2/authorize') {
          this.authorizePage(url, res);
          return;
        }
        const call = {
          method,
          body: decode(req.headers['content-type'] ?? '', Buffer.concat(chunks).toString('utf8')),
          headers: req.headers,
        };
        this.calls.push(call);
        if (this.outage.unavailable) {
          res.writeHead(503, { 'content-type': 'text/plain' });
          res.end('Service Unavailable');
          return;
        }
        const scripted = this.scripts.get(method)?.shift();
        let answer: ScriptedAnswer = scripted ?? { body: DEFAULTS[method] ?? { ok: true } };
        if (!scripted && method === 'oauth.v2.access') answer = { body: this.exchange(call.body) };
        if (!scripted && method === 'apps.connections.open') {
          answer = { body: { ok: true, url: `${this.url.replace('http', 'ws')}/socket` } };
        }
        if (!scripted && method === 'users.info')
          answer = {
            body: this.userInfo(String(call.body.user ?? ''), String(call.body.include_locale) === 'true'),
          };
        res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
        res.end(JSON.stringify(answer.body));
        for (const w of this.waiters.filter((x) => x.method === method)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(call);
        }
      });
    });
    if (opts.socket) {
      this.wss = new WebSocketServer({ server: this.server, path: '/socket' });
      this.wss.on('connection', (ws) => {
        this.sockets.push(ws);
        ws.send(
          JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0APP001' } }),
        );
      });
    }
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  /** Slack's consent screen, reduced to the workspace name and an "Allow" link back to the app. */
  private authorizePage(url: URL, res: import('node:http').ServerResponse): void {
    const ws = this.installQueue.shift();
    const redirect = url.searchParams.get('redirect_uri') ?? '';
    const state = url.searchParams.get('state') ?? '';
    const entity: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
    const esc = (t: string) => t.replace(/[&<>"]/g, (c) => entity[c] ?? c);
    let body: string;
    if (!ws || !redirect) {
      body = '<!doctype html><title>Slack</title><p>No workspace to install into.</p>';
    } else {
      const code = `code-${ws.teamId}-${Math.random().toString(36).slice(2)}`;
      this.codes.set(code, ws);
      const back = new URL(redirect);
      back.searchParams.set('code', code);
      back.searchParams.set('state', state);
      const deny = new URL(redirect);
      deny.searchParams.set('error', 'access_denied');
      deny.searchParams.set('state', state);
      body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Install into ${esc(ws.teamName)}</title></head>
<body><main><h1>LinkedIn AI Opt-out is requesting permission to access ${esc(ws.teamName)}</h1>
<p>Scopes: ${esc(url.searchParams.get('scope') ?? '')}</p>
<p><a id="allow" href="${esc(back.toString())}">Allow</a> <a id="cancel" href="${esc(deny.toString())}">Cancel</a></p></main></body></html>`;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  }

  /** oauth.v2.access: a code from the authorize page, or a refresh_token grant. */
  private exchange(body: Record<string, unknown>): Record<string, unknown> {
    if (body.grant_type === 'refresh_token') {
      const ws = [...this.codes.values()].find((w) => w.refreshToken === body.refresh_token);
      if (!ws) return { ok: false, error: 'invalid_refresh_token' };
      this.refreshes++;
      return {
        ok: true,
        access_token: `${ws.botToken}-r${this.refreshes}`,
        refresh_token: ws.refreshToken,
        expires_in: 43_200,
        token_type: 'bot',
        team: { id: ws.teamId, name: ws.teamName },
      };
    }
    const ws = this.codes.get(String(body.code));
    if (!ws) return { ok: false, error: 'invalid_code' };
    this.codes.delete(String(body.code));
    this.codes.set(`used-${ws.teamId}`, ws);
    return {
      ok: true,
      app_id: 'A0APP001',
      access_token: ws.botToken,
      token_type: 'bot',
      scope: 'commands,chat:write,pins:write,channels:join',
      bot_user_id: ws.botUserId ?? 'UBOT0001',
      team: { id: ws.teamId, name: ws.teamName },
      enterprise: null,
      is_enterprise_install: false,
      authed_user: { id: 'UINSTALLER1' },
      ...(ws.refreshToken ? { refresh_token: ws.refreshToken, expires_in: ws.expiresIn ?? 43_200 } : {}),
    };
  }

  /** A workspace installed earlier (as if through the authorize page), so its refresh token is accepted. */
  installed(ws: FakeWorkspace): void {
    this.codes.set(`used-${ws.teamId}`, ws);
  }

  /** The bot token a recorded call was made with. */
  static tokenOf(call: RecordedCall): string | undefined {
    const auth = call.headers.authorization;
    return typeof auth === 'string' ? auth.replace(/^Bearer /, '') : undefined;
  }

  /**
   * An outage, for recovery tests: `refuse` stops listening (connections are refused), `unavailable` answers
   * every Web API call 503. Over after `forMs` when given, or at `up()`.
   */
  down(how: 'refuse' | 'unavailable', forMs?: number): Promise<void> {
    return this.outage.down(how, forMs);
  }

  /** Ends an outage: listens again on the same port. */
  up(): Promise<void> {
    return this.outage.up();
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id = 'T0TEAM001/1/abc'): string {
    return `${this.url}/respond/${id}`;
  }

  private userInfo(id: string, includeLocale: boolean): Record<string, unknown> {
    if (!/^[UW][A-Z0-9]+$/.test(id)) return { ok: false, error: 'user_not_found' };
    return {
      ok: true,
      user: {
        id,
        team_id: 'T0TEAM001',
        is_admin: this.admins.has(id),
        is_owner: this.owners.has(id),
        // Slack sends the locale only when asked for it.
        ...(includeLocale ? { locale: this.locales.get(id) ?? 'en-US' } : {}),
      },
    };
  }

  /** The next answers for `method`, in order; afterwards the default answer again. */
  script(method: string, ...answers: ScriptedAnswer[]): void {
    this.scripts.set(method, [...(this.scripts.get(method) ?? []), ...answers]);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the next call to `method` (or one already recorded after `since`). */
  next(method: string, since = 0): Promise<RecordedCall> {
    const seen = this.calls.slice(since).find((c) => c.method === method);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ method, resolve }));
  }

  /** Sends a Socket Mode envelope to the connected app and resolves with its ack. */
  envelope(type: string, payload: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const ws = this.sockets.at(-1);
    if (!ws || ws.readyState !== WebSocket.OPEN) throw new Error('no socket connected');
    const envelope_id = `env-${Math.random().toString(36).slice(2)}`;
    return new Promise<{ envelope_id: string; payload?: Record<string, unknown> }>((resolve) => {
      const onMessage = (data: Buffer) => {
        const msg = JSON.parse(data.toString('utf8')) as {
          envelope_id: string;
          payload?: Record<string, unknown>;
        };
        if (msg.envelope_id !== envelope_id) return;
        ws.off('message', onMessage);
        resolve(msg);
      };
      ws.on('message', onMessage);
      ws.send(JSON.stringify({ envelope_id, type, payload, accepts_response_payload: true, ...extra }));
    });
  }

  async close(): Promise<void> {
    this.outage.cancel();
    for (const ws of this.sockets) ws.terminate();
    this.wss?.close();
    this.server.closeAllConnections();
    if (this.server.listening) await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
