// A local fake of the Discord gateway on 127.0.0.1, speaking enough of the protocol for discord.js: HELLO,
// IDENTIFY → READY (+ GUILD_CREATE for the shard's servers), heartbeats and their ACKs, dispatches routed to the
// shard that holds the server ((guild_id >> 22) % shard count; DMs to shard 0), and RESUME after a resumable
// close, replaying what the session missed. Plain JSON only: discord.js asks for `encoding=json` and, without
// zlib-sync installed, no transport compression; the fake refuses anything else so a change there shows up.
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

const OP = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  Resume: 6,
  Reconnect: 7,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

export const BOT_ID = '1100000000000000009';
export const BOT_APPLICATION_ID = '1100000000000000004';

export interface IdentifyRecord {
  shard: [number, number];
  intents: number;
  token: string;
  compress: boolean;
}

export interface ResumeRecord {
  shardId: number;
  sessionId: string;
  seq: number;
}

interface Dispatched {
  s: number;
  t: string;
  d: unknown;
}

interface Session {
  id: string;
  shard: [number, number];
  seq: number;
  log: Dispatched[];
  socket: WebSocket | null;
}

type Waiter = { check: () => boolean; resolve: () => void };

export interface FakeGuild {
  id: string;
  channelId: string;
  name?: string;
  /** The server's language (Discord's `preferred_locale`); `en-US` unless set. */
  preferredLocale?: string;
}

/** The shard that holds a server, as Discord computes it. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A snowflake for a server that lands on `shard` of `count` (for routing tests). */
export function guildIdOnShard(shard: number, count: number, seed = 1): string {
  // The timestamp part decides the shard; the low bits make ids distinct.
  let ts = 300_000_000_000n + BigInt(seed) * BigInt(count);
  while (Number(ts % BigInt(count)) !== shard) ts += 1n;
  return String((ts << 22n) | BigInt(seed));
}

export class FakeDiscordGateway {
  readonly identifies: IdentifyRecord[] = [];
  readonly resumes: ResumeRecord[] = [];
  /** Heartbeats received (each answered with an ACK). */
  heartbeats = 0;
  /** Connections opened, including ones that only resumed. */
  connections = 0;
  /** Query strings of each connection (v, encoding, compress). */
  readonly queries: URLSearchParams[] = [];
  readonly guilds: FakeGuild[] = [];
  private readonly sessions: Session[] = [];
  private readonly waiters: Waiter[] = [];
  private nextSession = 1;

  private constructor(
    private readonly server: WebSocketServer,
    /** What GET /gateway/bot returns as `url`. */
    readonly url: string,
    /** What GET /gateway/bot recommends as `shards`. */
    readonly recommendedShards: number,
    private readonly heartbeatIntervalMs: number,
  ) {}

  static async start(
    opts: { recommendedShards?: number; heartbeatIntervalMs?: number; guilds?: FakeGuild[] } = {},
  ): Promise<FakeDiscordGateway> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const fake = new FakeDiscordGateway(
      server,
      `ws://127.0.0.1:${port}`,
      opts.recommendedShards ?? 1,
      opts.heartbeatIntervalMs ?? 41_250,
    );
    fake.guilds.push(...(opts.guilds ?? []));
    server.on('connection', (socket, req) => fake.accept(socket, req.url ?? '/'));
    return fake;
  }

  /** The body of GET /gateway/bot. */
  gatewayBot(): unknown {
    return {
      url: this.url,
      shards: this.recommendedShards,
      session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 16 },
    };
  }

  /** Live sessions (identified and connected) by shard id. */
  liveShards(): [number, number][] {
    return this.sessions.filter((s) => s.socket).map((s) => s.shard);
  }

  /**
   * Sends a dispatch to the session holding `guildId` (DMs: shard 0) and returns that shard id. A session
   * that is disconnected keeps the event for its RESUME, as Discord does.
   */
  dispatch(t: string, d: unknown, guildId: string | null): number {
    const session = this.sessionFor(guildId);
    if (!session) throw new Error(`fake gateway: no session holds ${guildId ?? 'DMs'}`);
    this.send(session, t, d);
    return session.shard[0];
  }

  interaction(payload: { guild_id?: string }): number {
    return this.dispatch('INTERACTION_CREATE', payload, payload.guild_id ?? null);
  }

  message(payload: { guild_id?: string }): number {
    return this.dispatch('MESSAGE_CREATE', payload, payload.guild_id ?? null);
  }

  /** Closes a shard's connection with `code` (4000: unknown error, which discord.js resumes after). */
  disconnect(shardId: number, code = 4000): void {
    const session = this.latest(shardId);
    session?.socket?.close(code, 'fake gateway closed the connection');
  }

  /** Resolves once `check` holds (checked after every message the fake receives). */
  until(check: () => boolean, timeoutMs = 15_000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('fake gateway: condition never held')), timeoutMs);
      this.waiters.push({
        check,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  close(): Promise<void> {
    for (const c of this.server.clients) c.terminate();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: WebSocket, path: string): void {
    this.connections++;
    const query = new URL(path, 'http://x').searchParams;
    this.queries.push(query);
    if (query.get('encoding') !== 'json' || query.has('compress')) {
      socket.close(4002, 'fake gateway speaks plain JSON only');
      return;
    }
    let session: Session | null = null;
    socket.on('message', (raw, isBinary) => {
      if (isBinary) {
        socket.close(4002, 'binary frames are not supported');
        return;
      }
      const payload = JSON.parse(raw.toString()) as { op: number; d: unknown };
      session = this.receive(socket, payload, session);
      this.notify();
    });
    socket.on('close', () => {
      if (session?.socket === socket) session.socket = null;
      this.notify();
    });
    socket.send(
      JSON.stringify({ op: OP.Hello, d: { heartbeat_interval: this.heartbeatIntervalMs }, s: null, t: null }),
    );
  }

  private receive(
    socket: WebSocket,
    payload: { op: number; d: unknown },
    current: Session | null,
  ): Session | null {
    switch (payload.op) {
      case OP.Heartbeat:
        this.heartbeats++;
        socket.send(JSON.stringify({ op: OP.HeartbeatAck, d: null, s: null, t: null }));
        return current;
      case OP.Identify: {
        const d = payload.d as {
          token: string;
          intents: number;
          shard?: [number, number];
          compress?: boolean;
        };
        const shard = d.shard ?? [0, 1];
        this.identifies.push({ shard, intents: d.intents, token: d.token, compress: d.compress ?? false });
        const session: Session = { id: `session-${this.nextSession++}`, shard, seq: 0, log: [], socket };
        // A new IDENTIFY for a shard replaces the older session, as on Discord.
        for (const old of this.sessions.filter((s) => s.shard[0] === shard[0])) {
          this.sessions.splice(this.sessions.indexOf(old), 1);
        }
        this.sessions.push(session);
        const own = this.guilds.filter((g) => shardOf(g.id, shard[1]) === shard[0]);
        this.send(session, 'READY', {
          v: 10,
          user: botUser(),
          guilds: own.map((g) => ({ id: g.id, unavailable: true })),
          session_id: session.id,
          resume_gateway_url: this.url,
          shard,
          application: { id: BOT_APPLICATION_ID, flags: 0 },
          user_settings: {},
          private_channels: [],
          presences: [],
          relationships: [],
          guild_join_requests: [],
          geo_ordered_rtc_regions: [],
          auth: {},
          _trace: ['fake-gateway'],
        });
        for (const g of own) this.send(session, 'GUILD_CREATE', guildPayload(g));
        return session;
      }
      case OP.Resume: {
        const d = payload.d as { session_id: string; seq: number };
        const session = this.sessions.find((s) => s.id === d.session_id);
        if (!session) {
          socket.send(JSON.stringify({ op: OP.InvalidSession, d: false, s: null, t: null }));
          return current;
        }
        this.resumes.push({ shardId: session.shard[0], sessionId: session.id, seq: d.seq });
        session.socket = socket;
        for (const e of session.log.filter((x) => x.s > d.seq)) {
          socket.send(JSON.stringify({ op: OP.Dispatch, ...e }));
        }
        this.send(session, 'RESUMED', {});
        return session;
      }
      default:
        return current;
    }
  }

  private send(session: Session, t: string, d: unknown): void {
    session.seq++;
    const event = { s: session.seq, t, d };
    session.log.push(event);
    session.socket?.send(JSON.stringify({ op: OP.Dispatch, ...event }));
  }

  private latest(shardId: number): Session | undefined {
    return this.sessions.filter((s) => s.shard[0] === shardId).at(-1);
  }

  private sessionFor(guildId: string | null): Session | undefined {
    if (guildId === null) return this.latest(0);
    return this.sessions.filter((s) => shardOf(guildId, s.shard[1]) === s.shard[0]).at(-1);
  }

  private notify(): void {
    for (const w of [...this.waiters]) {
      if (w.check()) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Real-shaped payloads.

export function botUser(): Record<string, unknown> {
  return {
    id: BOT_ID,
    username: 'linkedin-ai-bot',
    discriminator: '0',
    global_name: null,
    avatar: null,
    bot: true,
    flags: 0,
    verified: true,
    mfa_enabled: false,
    email: null,
  };
}

export function userPayload(
  id: string,
  opts: { bot?: boolean; username?: string } = {},
): Record<string, unknown> {
  return {
    id,
    username: opts.username ?? `user${id.slice(-4)}`,
    discriminator: '0',
    global_name: null,
    avatar: null,
    public_flags: 0,
    ...(opts.bot ? { bot: true } : {}),
  };
}

export function guildPayload(g: FakeGuild): Record<string, unknown> {
  return {
    id: g.id,
    name: g.name ?? `server ${g.id.slice(-4)}`,
    icon: null,
    owner_id: '1100000000000000100',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: g.id,
        name: '@everyone',
        color: 0,
        hoist: false,
        position: 0,
        permissions: '2251799813688320',
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: g.preferredLocale ?? 'en-US',
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: '2026-01-01T00:00:00.000000+00:00',
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [],
    channels: [
      {
        id: g.channelId,
        type: 0,
        name: 'general',
        position: 0,
        permission_overwrites: [],
        nsfw: false,
        parent_id: null,
        topic: null,
        last_message_id: null,
        rate_limit_per_user: 0,
        flags: 0,
      },
    ],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

let nextMessageId = 1_250_000_000_000_000_000n;

/**
 * A MESSAGE_CREATE payload as Discord sends it. `mentions` is filled from the `<@id>` syntax in `content`,
 * as Discord does; a server message carries `guild_id` and `member`, a DM `channel_type: 1`.
 */
export function messagePayload(opts: {
  content: string;
  channelId: string;
  guildId?: string;
  author?: Record<string, unknown>;
  type?: number;
  webhookId?: string;
  /** The channel's type in a server: 0 text (default), 11 a public thread. */
  channelType?: number;
}): Record<string, unknown> {
  nextMessageId += 1n;
  const author = opts.author ?? userPayload('1100000000000000003', { username: 'ada' });
  const mentioned = [...opts.content.matchAll(/<@!?(\d{17,20})>/g)].map((m) => m[1] as string);
  const mentions = [...new Set(mentioned)].map((id) => (id === BOT_ID ? botUser() : userPayload(id)));
  return {
    id: String(nextMessageId),
    channel_id: opts.channelId,
    ...(opts.guildId
      ? {
          guild_id: opts.guildId,
          channel_type: opts.channelType ?? 0,
          member: {
            roles: [],
            joined_at: '2026-01-01T00:00:00.000000+00:00',
            deaf: false,
            mute: false,
            flags: 0,
          },
        }
      : { channel_type: 1 }),
    author,
    content: opts.content,
    timestamp: '2026-11-29T12:00:00.000000+00:00',
    edited_timestamp: null,
    tts: false,
    mention_everyone: /@(everyone|here)/.test(opts.content),
    mentions,
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: opts.type ?? 0,
    flags: 0,
    components: [],
    nonce: String(nextMessageId),
    ...(opts.webhookId ? { webhook_id: opts.webhookId } : {}),
  };
}
