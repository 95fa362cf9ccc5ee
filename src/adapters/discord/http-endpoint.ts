// POST /discord/interactions: Ed25519 signature, timestamp window, payload shape, then the shared handler.
import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import { within } from '../../core/timeout.js';
import { errorJson, type HttpRequest, type HttpResponse, type RouteHandler } from '../../http/server.js';
import {
  deferFlags,
  handleInteraction,
  type InteractionInput,
  type InteractionResponse,
  type InteractionServices,
  parsePayload,
  RESPONSE,
} from './interaction.js';

/** Discord's replay guard is the timestamp: more than this far from our clock is rejected. */
export const MAX_SKEW_SECONDS = 300;

// DER prefix of an SPKI structure holding a raw 32-byte Ed25519 key (RFC 8410): node:crypto imports that directly.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** Imports Discord's hex public key once; verification then costs one `crypto.verify` per request. */
export function importPublicKey(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error('DISCORD_PUBLIC_KEY must be 64 hex characters');
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
}

export type Verdict = 'ok' | 'missing' | 'bad-signature' | 'bad-timestamp';

export function verifyRequest(
  key: KeyObject,
  headers: HttpRequest['headers'],
  body: Buffer,
  nowSeconds = Math.floor(Date.now() / 1000),
): Verdict {
  const signature = headers['x-signature-ed25519'];
  const timestamp = headers['x-signature-timestamp'];
  if (typeof signature !== 'string' || typeof timestamp !== 'string') return 'missing';
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > MAX_SKEW_SECONDS) {
    return 'bad-timestamp';
  }
  if (!/^[0-9a-fA-F]{128}$/.test(signature)) return 'bad-signature';
  const signed = Buffer.concat([Buffer.from(timestamp), body]);
  return verify(null, signed, key, Buffer.from(signature, 'hex')) ? 'ok' : 'bad-signature';
}

export interface EndpointOptions {
  publicKey: KeyObject;
  /** Answer with a deferred response (type 5) when a command takes longer than this; Discord allows 3 s. */
  deferMs: number;
  /** Delivers a late reply to a deferred interaction (PATCH of the original response). */
  sendLate(input: Exclude<InteractionInput, { kind: 'ping' }>, response: InteractionResponse): Promise<void>;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

// Cached bodies are shared objects, so their JSON can be cached by identity as well, encoded once: a Buffer is
// written to the socket as it is, where a string would be measured and UTF-8 encoded again on every response.
const serialized = new WeakMap<object, Buffer>();
function toHttp(response: InteractionResponse): HttpResponse {
  let body = serialized.get(response);
  if (body === undefined) {
    body = Buffer.from(JSON.stringify(response));
    serialized.set(response, body);
  }
  return { status: 200, headers: JSON_HEADERS, body };
}

export function interactionsEndpoint(services: InteractionServices, opts: EndpointOptions): RouteHandler {
  // Not async: a cached answer goes back to the server as a plain value, without a promise per request.
  return (req) => {
    const verdict = verifyRequest(opts.publicKey, req.headers, req.body);
    if (verdict !== 'ok') {
      return errorJson(
        401,
        verdict === 'missing' ? 'missing signature headers' : 'invalid request signature',
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(req.body.toString('utf8'));
    } catch {
      return errorJson(400, 'malformed JSON');
    }
    const parsed = parsePayload(json);
    if (!parsed.ok) {
      return errorJson(
        400,
        parsed.error === 'unsupported' ? 'unsupported interaction' : 'malformed interaction',
      );
    }
    const { input } = parsed;
    services.log.debug({ kind: input.kind }, 'discord interaction');
    const work = handleInteraction(services, input);
    // A cached guide is answered at once: no promise, no defer race.
    if (!(work instanceof Promise)) return toHttp(work);
    return answerLater(services, opts, input, work);
  };
}

async function answerLater(
  services: InteractionServices,
  opts: EndpointOptions,
  input: InteractionInput,
  work: Promise<InteractionResponse>,
): Promise<HttpResponse> {
  if (input.kind === 'ping' || input.kind === 'autocomplete') return toHttp(await work);
  const first = await within(work, opts.deferMs);
  if (first) return toHttp(first);
  work
    .then((response) => opts.sendLate(input, response))
    .catch((err: unknown) => services.log.warn({ err }, 'could not deliver a deferred discord reply'));
  return toHttp({ type: RESPONSE.DeferredChannelMessage, data: deferFlags(input) });
}
