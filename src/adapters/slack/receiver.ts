// A Bolt receiver that lives on the app's one HTTP server instead of opening its own listener.
// Bolt's HTTPReceiver accepted any body size, threw on `payload=null` and answered bad JSON with 500s,
// so every request is checked here, in this order, before Bolt sees it:
// content type → signature and timestamp → body parse → payload shape.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { type AckFn, type App, type Receiver, ReceiverMultipleAckError } from '@slack/bolt';
import { z } from 'zod';
import { within } from '../../core/timeout.js';
import { errorJson, type HttpRequest, type HttpResponse, type HttpServer, json } from '../../http/server.js';
import type { Logger } from '../../log.js';

export const SLACK_EVENTS_PATH = '/slack/events';

/** Slack's replay window: a signed request older (or newer) than this is refused. */
export const TIMESTAMP_WINDOW_SECONDS = 5 * 60;

/** Slack gives up after 3 s; answering a little earlier leaves room for the network. */
export const DEFAULT_ACK_TIMEOUT_MS = 2_500;

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';
const JSON_HEADERS = { 'content-type': JSON_TYPE };

export interface SlackHttpReceiverOptions {
  http: HttpServer;
  signingSecret: string;
  log: Logger;
  path?: string;
  /** Milliseconds since the epoch; injectable so tests can replay Slack's documented example. */
  now?: () => number;
  ackTimeoutMs?: number;
  /** Called once the route is registered and requests are accepted. */
  onReady?: () => void;
}

const COMMAND_NAME = /^\/\S+$/;

/**
 * A slash command form, the fields Bolt reads before a listener runs (all values of a form are strings): a
 * `/name` command and non-empty team, channel and user ids; a missing `text` becomes ''. Everything else
 * passes through untouched. A plain check rather than a zod schema: this is every slash command's path, and
 * zod's copy of the form cost more than the check.
 */
export function isSlashCommand(fields: Record<string, string>): boolean {
  const { command, team_id, channel_id, user_id } = fields;
  if (command === undefined || !COMMAND_NAME.test(command) || !team_id || !channel_id || !user_id)
    return false;
  if (fields.text === undefined) fields.text = '';
  return true;
}

const idObject = z.looseObject({ id: z.string().min(1) });

const interactive = z.discriminatedUnion('type', [
  z
    .looseObject({
      type: z.literal('block_actions'),
      user: idObject,
      // What Bolt and the button listener dereference: a present channel or team must carry a string id.
      team: idObject.nullish(),
      channel: idObject.nullish(),
      response_url: z.string().min(1).optional(),
      view: z.looseObject({ type: z.string() }).optional(),
      actions: z
        // The app renders buttons, and one menu (App Home's workspace language): any other element type is
        // not a click this app can route.
        .array(
          z.union([
            z.looseObject({ action_id: z.string(), type: z.literal('button'), value: z.string().optional() }),
            z.looseObject({
              action_id: z.string(),
              type: z.literal('static_select'),
              selected_option: z.looseObject({ value: z.string().max(16) }),
            }),
          ]),
        )
        .min(1),
    })
    // The listener answers in the message (response_url) or, on the Home tab, by publishing the view.
    .refine((b) => b.response_url !== undefined || b.view !== undefined, 'nowhere to answer'),
  // Other interactivity (shortcuts, view submissions…) is not used by this app; Bolt acks nothing for it,
  // and the receiver answers 200 after the ack timeout. Shape: any object with a type.
  z.looseObject({
    type: z.enum([
      'view_submission',
      'view_closed',
      'shortcut',
      'message_action',
      'block_suggestion',
      'interactive_message',
    ]),
  }),
]);

const eventsApi = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('url_verification'), challenge: z.string().min(1).max(200) }),
  z.looseObject({
    type: z.literal('event_callback'),
    team_id: z.string().optional(),
    event: z.looseObject({ type: z.string().min(1) }),
  }),
  z.looseObject({ type: z.literal('app_rate_limited') }),
]);

type Parsed = { ok: true; body: Record<string, unknown> } | { ok: false; error: string };

function mediaType(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return (value ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function firstHeader(req: HttpRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Parses and shape-checks a verified body. Exported for tests. */
export function parseSlackBody(contentType: string, raw: string): Parsed {
  if (contentType === FORM) {
    const form = new URLSearchParams(raw);
    const payload = form.get('payload');
    if (payload !== null) {
      const value = parseJson(payload);
      const r = interactive.safeParse(value);
      return r.success ? { ok: true, body: r.data } : { ok: false, error: 'payload is not an interaction' };
    }
    const fields: Record<string, string> = Object.fromEntries(form);
    return isSlashCommand(fields)
      ? { ok: true, body: fields }
      : { ok: false, error: 'not a slash command or interaction' };
  }
  const value = parseJson(raw);
  if (value === undefined) return { ok: false, error: 'body is not JSON' };
  const r = eventsApi.safeParse(value);
  return r.success ? { ok: true, body: r.data } : { ok: false, error: 'not an Events API payload' };
}

/**
 * Slack's v0 signature: the hex HMAC-SHA256 of `v0:<timestamp>:<body>`, read from the header as Bolt's
 * `verifySlackRequest` reads it (the part after the first `=`, up to any second one). Compared with
 * `timingSafeEqual` rather than Bolt's `tsscmp`, which draws random bytes and computes two more HMACs per request.
 */
export function validSignature(secret: string, header: string, timestamp: number, body: string): boolean {
  const [version, hash] = header.split('=');
  if (version !== 'v0' || !hash) return false;
  const expected = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest();
  const given = Buffer.from(hash, 'utf8');
  // Hex, lower case, as Slack sends it and as tsscmp compared it.
  const ours = Buffer.from(expected.toString('hex'), 'utf8');
  return given.length === ours.length && timingSafeEqual(given, ours);
}

export class SlackHttpReceiver implements Receiver {
  private app: App | undefined;
  private accepting = false;
  private routed = false;
  /** Listener work still running after its HTTP answer went out (e.g. a `respond` to a slow reply). */
  private readonly pending = new Set<Promise<unknown>>();
  /** JSON of frozen (cached) ack bodies, encoded once: a Buffer goes to the socket without re-encoding. */
  private readonly serialized = new WeakMap<object, Buffer>();
  private readonly path: string;
  private readonly now: () => number;
  private readonly ackTimeoutMs: number;

  constructor(private readonly opts: SlackHttpReceiverOptions) {
    this.path = opts.path ?? SLACK_EVENTS_PATH;
    this.now = opts.now ?? Date.now;
    this.ackTimeoutMs = opts.ackTimeoutMs ?? DEFAULT_ACK_TIMEOUT_MS;
  }

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<void> {
    if (!this.routed) {
      this.opts.http.route('POST', this.path, (req) => this.handle(req));
      this.routed = true;
    }
    this.accepting = true;
    this.opts.onReady?.();
  }

  /** Stops taking requests and waits (bounded) for listeners that are still answering via response_url. */
  async stop(graceMs = 3_000): Promise<void> {
    this.accepting = false;
    if (this.pending.size === 0) return;
    await within(Promise.allSettled([...this.pending]), graceMs);
  }

  async handle(req: HttpRequest): Promise<HttpResponse> {
    const type = mediaType(req.headers['content-type']);
    if (type !== FORM && type !== JSON_TYPE) {
      return errorJson(400, `content-type must be ${FORM} or ${JSON_TYPE}`);
    }
    const raw = req.body.toString('utf8');
    // Slack's unsigned reachability probe for slash-command URLs: answer it without looking further.
    if (type === FORM && raw === 'ssl_check=1') return { status: 200 };

    const denied = this.verify(req, raw);
    if (denied) return errorJson(401, denied);

    const parsed = parseSlackBody(type, raw);
    if (!parsed.ok) return errorJson(400, parsed.error);
    const body = parsed.body;
    if (body.type === 'url_verification') return json(200, { challenge: body.challenge });

    const app = this.app;
    if (!app || !this.accepting) return errorJson(503, 'not accepting Slack requests');
    return this.dispatch(app, body, req);
  }

  private verify(req: HttpRequest, raw: string): string | undefined {
    const signature = firstHeader(req, 'x-slack-signature');
    const timestamp = firstHeader(req, 'x-slack-request-timestamp');
    if (!signature || !timestamp) return 'missing signature headers';
    if (!/^\d{1,12}$/.test(timestamp)) return 'bad timestamp';
    const ts = Number(timestamp);
    const nowMs = this.now();
    // Bolt checks only staleness; a timestamp far in the future is just as suspicious.
    if (Math.abs(nowMs / 1000 - ts) > TIMESTAMP_WINDOW_SECONDS) return 'stale or future timestamp';
    return validSignature(this.opts.signingSecret, signature, ts, raw) ? undefined : 'bad signature';
  }

  private ackResponse(response: unknown): HttpResponse {
    if (response === undefined || response === null || response === '') return { status: 200 };
    if (typeof response === 'string') {
      return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: response };
    }
    if (typeof response === 'object' && Object.isFrozen(response)) {
      // A frozen body cannot change, so its JSON is computed once (the cached guide and topic answers).
      let body = this.serialized.get(response);
      if (body === undefined) {
        body = Buffer.from(JSON.stringify(response));
        this.serialized.set(response, body);
      }
      return { status: 200, headers: JSON_HEADERS, body };
    }
    return json(200, response);
  }

  private dispatch(app: App, body: Record<string, unknown>, req: HttpRequest): Promise<HttpResponse> {
    return new Promise<HttpResponse>((resolve) => {
      let answered = false;
      let acked = false;
      const answer = (r: HttpResponse) => {
        if (answered) return;
        answered = true;
        clearTimeout(timer);
        resolve(r);
      };
      // Nothing acked in time: Slack would show the user an error, so acknowledge now and let the listener
      // finish through response_url.
      const timer = setTimeout(() => answer({ status: 200 }), this.ackTimeoutMs);
      const ack: AckFn<unknown> = async (response) => {
        if (acked) throw new ReceiverMultipleAckError();
        acked = true;
        answer(this.ackResponse(response));
      };
      const retryNum = Number(firstHeader(req, 'x-slack-retry-num'));
      const retryReason = firstHeader(req, 'x-slack-retry-reason');
      const work = app
        .processEvent({
          body,
          ack,
          ...(Number.isInteger(retryNum) ? { retryNum } : {}),
          ...(retryReason ? { retryReason } : {}),
        })
        // Bolt resolves once every matching listener has finished, so an event that is still unacknowledged
        // here (no listener matched, or one returned without acking) never will be: answer now rather than
        // hold the request until the ack timeout.
        .then(
          () => answer({ status: 200 }),
          // Listener errors end in app.error and resolve; a rejection comes from Bolt reading the body before
          // any listener runs (`"channel": null` in an interaction, `"user": null` in an event), which
          // makes it a malformed request rather than our failure.
          (err: unknown) => {
            this.opts.log.warn(
              { err: err instanceof Error ? err.message : String(err) },
              'slack payload rejected by Bolt',
            );
            answer(errorJson(400, 'malformed Slack payload'));
          },
        )
        .finally(() => {
          this.pending.delete(work);
        });
      this.pending.add(work);
    });
  }
}
