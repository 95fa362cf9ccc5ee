// A local stand-in for Slack on 127.0.0.1: the Web API (`/api/<method>`), response_url endpoints
// (`/respond/<id>`) and, for Socket Mode, a WebSocket endpoint (`/socket`). It records every call and answers
// `{ ok: true, … }` unless a test scripts another answer.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

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

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  /**
   * Members `users.info` reports as workspace admins. The fixtures' member (U0USER001, "ada") is one, so tests
   * that pin act as a moderator unless they say otherwise; `owners` are reported as owners.
   */
  readonly admins = new Set<string>(['U0USER001']);
  readonly owners = new Set<string>();
  private readonly scripts = new Map<string, ScriptedAnswer[]>();
  private readonly waiters: { method: string; resolve: (c: RecordedCall) => void }[] = [];
  private server!: Server;
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
        const call = {
          method,
          body: decode(req.headers['content-type'] ?? '', Buffer.concat(chunks).toString('utf8')),
          headers: req.headers,
        };
        this.calls.push(call);
        const scripted = this.scripts.get(method)?.shift();
        let answer: ScriptedAnswer = scripted ?? { body: DEFAULTS[method] ?? { ok: true } };
        if (!scripted && method === 'apps.connections.open') {
          answer = { body: { ok: true, url: `${this.url.replace('http', 'ws')}/socket` } };
        }
        if (!scripted && method === 'users.info')
          answer = { body: this.userInfo(String(call.body.user ?? '')) };
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

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id = 'T0TEAM001/1/abc'): string {
    return `${this.url}/respond/${id}`;
  }

  private userInfo(id: string): Record<string, unknown> {
    if (!/^[UW][A-Z0-9]+$/.test(id)) return { ok: false, error: 'user_not_found' };
    return {
      ok: true,
      user: { id, team_id: 'T0TEAM001', is_admin: this.admins.has(id), is_owner: this.owners.has(id) },
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
    for (const ws of this.sockets) ws.terminate();
    this.wss?.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
