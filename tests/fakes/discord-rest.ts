// A local fake of the Discord REST API on 127.0.0.1: records every request and answers like Discord does,
// with failures that tests queue per route. Only what the bot calls is implemented.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Outage } from './outage.js';

export interface RecordedRequest {
  method: string;
  /** Path after the API version, e.g. /channels/1/messages. */
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

interface Failure {
  method: string;
  path: RegExp;
  status: number;
  body: unknown;
  headers: Record<string, string>;
  times: number;
}

type Waiter = { match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void };

export class FakeDiscordRest {
  readonly requests: RecordedRequest[] = [];
  private readonly failures: Failure[] = [];
  private readonly waiters: Waiter[] = [];
  private nextId = 1_300_000_000_000_000_000n;
  /** Messages created per channel id (a POST answered with an earlier message by its nonce creates none). */
  readonly created = new Map<string, string[]>();
  private readonly nonces = new Map<string, unknown>();
  /** Answers GET /gateway/bot once set (see useGateway). */
  private gateway: { gatewayBot(): unknown } | undefined;

  private readonly outage: Outage;

  private constructor(
    private readonly server: Server,
    /** What DISCORD_API_URL / `rest: { api }` should be set to. */
    readonly api: string,
  ) {
    this.outage = new Outage(server, () => Number(new URL(api).port));
  }

  static async start(): Promise<FakeDiscordRest> {
    let fake: FakeDiscordRest | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => fake?.handle(req.method ?? 'GET', req.url ?? '/', req.headers, chunks, res));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeDiscordRest(server, `http://127.0.0.1:${port}/api`);
    return fake;
  }

  /** The next `times` requests matching method and path get this status and JSON body. */
  fail(
    method: string,
    path: RegExp,
    status: number,
    body: unknown,
    times = 1,
    headers: Record<string, string> = {},
  ): void {
    this.failures.push({ method, path, status, body, headers, times });
  }

  /** Resolves with the first request (already received or future) that matches. */
  waitFor(match: (r: RecordedRequest) => boolean, timeoutMs = 10_000): Promise<RecordedRequest> {
    const seen = this.requests.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('fake Discord: expected request never came')),
        timeoutMs,
      );
      this.waiters.push({
        match,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      });
    });
  }

  /** GET /gateway/bot returns this gateway's URL and recommended shard count (tests/fakes/discord-gateway.ts). */
  useGateway(gateway: { gatewayBot(): unknown }): this {
    this.gateway = gateway;
    return this;
  }

  /**
   * An outage, for recovery tests: `refuse` stops listening (connections are refused), `unavailable` answers
   * every request 503. Over after `forMs` when given, or at `up()`.
   */
  down(how: 'refuse' | 'unavailable', forMs?: number): Promise<void> {
    return this.outage.down(how, forMs);
  }

  /** Ends an outage: listens again on the same port. */
  up(): Promise<void> {
    return this.outage.up();
  }

  reset(): void {
    this.requests.length = 0;
    this.created.clear();
    this.failures.length = 0;
  }

  close(): Promise<void> {
    this.outage.cancel();
    this.server.closeAllConnections();
    if (!this.server.listening) return Promise.resolve();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Like Discord: with `enforce_nonce`, a nonce seen before in the channel returns that message, unchanged. */
  private createMessage(channelId: string, body: { nonce?: unknown; enforce_nonce?: unknown }): unknown {
    const key = body.enforce_nonce === true && body.nonce ? `${channelId}:${String(body.nonce)}` : undefined;
    const earlier = key === undefined ? undefined : this.nonces.get(key);
    if (earlier) return earlier;
    const message = { id: this.id(), channel_id: channelId, ...body };
    if (key !== undefined) this.nonces.set(key, message);
    this.created.set(channelId, [...(this.created.get(channelId) ?? []), message.id]);
    return message;
  }

  private id(): string {
    this.nextId += 1n;
    return String(this.nextId);
  }

  private handle(
    method: string,
    url: string,
    headers: IncomingHttpHeaders,
    chunks: Buffer[],
    res: import('node:http').ServerResponse,
  ): void {
    // Discord treats %40original and @original alike; so does the fake.
    const path = decodeURIComponent(new URL(url, 'http://x').pathname.replace(/^\/api\/v\d+/, ''));
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown = raw;
    if ((headers['content-type'] ?? '').includes('json') && raw) body = JSON.parse(raw);
    const recorded: RecordedRequest = { method, path, headers, body };
    this.requests.push(recorded);
    for (const w of [...this.waiters]) {
      if (w.match(recorded)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(recorded);
      }
    }

    const send = (status: number, value?: unknown, extra: Record<string, string> = {}) => {
      const text = value === undefined ? '' : JSON.stringify(value);
      res.writeHead(status, {
        ...(text ? { 'content-type': 'application/json' } : {}),
        'content-length': Buffer.byteLength(text),
        ...extra,
      });
      res.end(text);
    };

    if (this.outage.unavailable) {
      send(503, { message: '503: Service Unavailable', code: 0 });
      return;
    }

    const failure = this.failures.find((f) => f.method === method && f.path.test(path) && f.times > 0);
    if (failure) {
      failure.times--;
      send(failure.status, failure.body, failure.headers);
      return;
    }

    const obj = (typeof body === 'object' && body ? body : {}) as object;
    const routes: [string, RegExp, (m: RegExpMatchArray) => [number, unknown?]][] = [
      [
        'GET',
        /^\/gateway\/bot$/,
        () =>
          this.gateway ? [200, this.gateway.gatewayBot()] : [404, { message: '404: Not Found', code: 0 }],
      ],
      [
        'GET',
        /^\/users\/@me$/,
        () => [200, { id: '1100000000000000004', username: 'linkedin-optout', bot: true }],
      ],
      ['POST', /^\/interactions\/\d+\/[^/]+\/callback$/, () => [204]],
      ['PATCH', /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/, () => [200, { id: this.id(), ...obj }]],
      ['POST', /^\/channels\/(\d+)\/messages$/, (m) => [200, this.createMessage(m[1] as string, obj)]],
      ['PATCH', /^\/channels\/(\d+)\/messages\/(\d+)$/, (m) => [200, { id: m[2], channel_id: m[1], ...obj }]],
      ['PUT', /^\/channels\/\d+\/messages\/pins\/\d+$/, () => [204]],
      ['DELETE', /^\/channels\/\d+\/messages\/pins\/\d+$/, () => [204]],
      // Edit Current Application: echoes the application with the fields sent.
      ['PATCH', /^\/applications\/@me$/, () => [200, { id: '1', name: 'fake app', ...obj }]],
      [
        'PUT',
        /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/,
        () => [
          200,
          (Array.isArray(body) ? body : []).map((c: object) => ({ id: this.id(), version: '1', ...c })),
        ],
      ],
    ];
    for (const [routeMethod, pattern, answer] of routes) {
      const m = method === routeMethod ? path.match(pattern) : null;
      if (m) {
        const [status, value] = answer(m);
        send(status, value);
        return;
      }
    }
    send(404, { message: '404: Not Found', code: 0 });
  }
}
