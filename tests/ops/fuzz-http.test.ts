// Property tests against the real server of a running app with Discord (HTTP interactions) and Slack (HTTP
// receiver) both configured against their local fakes: whatever a client sends, the answer is never a 5xx and
// the process keeps serving; correctly signed commands with arbitrary contents get replies that ping no one.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordMessage } from '../../src/adapters/discord/render.js';
import type { SlackMessage } from '../../src/adapters/slack/render.js';
import { makeSigner } from '../adapters/discord/helpers.js';
import { sign as slackSign } from '../adapters/slack/helpers.js';
import {
  discordInteraction,
  discordViolations,
  type FuzzRoute,
  form,
  mistyped,
  rawRequestArb,
  requestArb,
  slackBlockActions,
  slackEvent,
  slackSlash,
  slackViolations,
} from './fuzz.js';
import { httpCall, memoryLog, type PlatformsApp, platformsApp, type Res, rawCall } from './support.js';

const mem = memoryLog('warn');
let p: PlatformsApp;
let ROUTES: FuzzRoute[];

beforeAll(async () => {
  p = await platformsApp(mem.log);
  ROUTES = [
    { method: 'GET', path: '/healthz' },
    { method: 'GET', path: '/metrics' },
    { method: 'POST', path: '/discord/interactions', sign: (body) => p.signDiscord(body) },
    { method: 'POST', path: '/slack/events', sign: (body) => p.signSlack(body) },
  ];
});
afterAll(async () => {
  await p?.stop();
});

const post = (path: string, body: string | Buffer, headers: Record<string, string>) =>
  httpCall(p.port, { method: 'POST', path, headers, body });
const discord = (body: string) => post('/discord/interactions', body, p.signDiscord(body));
const slack = (body: string, type = 'application/x-www-form-urlencoded') =>
  post('/slack/events', body, p.signSlack(body, type));

function parsed(res: Res): unknown {
  try {
    return JSON.parse(res.body);
  } catch {
    return undefined;
  }
}

/** Broadcast and user mentions in any string of a Slack payload (the renderer's links are `<https://…|…>`). */
const slackMentions = (value: unknown) => JSON.stringify(value).match(/<[!@#][^>]*>?/g) ?? [];

async function stillServing() {
  expect((await httpCall(p.port, { path: '/healthz' })).status).toBe(200);
}

describe('HTTP fuzzing', () => {
  it('never answers a well-framed request with a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(requestArb(ROUTES), async (req) => {
        const res = await httpCall(p.port, req).catch((err: NodeJS.ErrnoException) => {
          // The server may cut an oversized upload short after answering 413; that is not a failure.
          if (req.body.length > 64 * 1024 && (err.code === 'ECONNRESET' || err.code === 'EPIPE'))
            return undefined;
          throw err;
        });
        if (res) expect(res.status, `${req.method} ${req.path}`).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
    await stillServing();
  });

  it('never answers garbage bytes with a 5xx, and keeps serving', async () => {
    await fc.assert(
      fc.asyncProperty(rawRequestArb, async (bytes) => {
        const status = await rawCall(p.port, bytes);
        expect(status).not.toMatch(/^HTTP\/1\.[01] 5/);
      }),
      { numRuns: 150 },
    );
    await stillServing();
  });
});

describe('Discord interactions fuzzing', () => {
  it('answers signed commands, buttons and autocomplete with arbitrary contents: 200, pinging no one', async () => {
    let messages = 0;
    await fc.assert(
      fc.asyncProperty(discordInteraction, async (payload) => {
        const res = await discord(JSON.stringify(payload));
        expect(res.status, res.body).toBe(200);
        const body = parsed(res) as { type: number; data?: unknown };
        expect([4, 5, 8]).toContain(body.type);
        if (body.type === 4) {
          messages++;
          const message = body.data as DiscordMessage;
          expect(message.allowed_mentions?.parse).toEqual([]);
          expect(discordViolations(message)).toEqual([]);
        }
        expect(res.body).not.toMatch(/(?<!\\)@(everyone|here)/);
      }),
      { numRuns: 200 },
    );
    // The checks above ran on real replies, not only on deferrals and autocomplete.
    expect(messages).toBeGreaterThan(50);
    await stillServing();
  });

  it('answers signed valid JSON of the wrong shape with a 4xx or a reply, never a 5xx', async () => {
    const wrongShape = fc.oneof(
      { weight: 4, arbitrary: mistyped(discordInteraction) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    );
    await fc.assert(
      fc.asyncProperty(wrongShape, async (payload) => {
        const res = await discord(JSON.stringify(payload) ?? 'null');
        expect(res.status, res.body).toBeLessThan(500);
        expect([200, 400]).toContain(res.status);
        expect(res.body).not.toMatch(/(?<!\\)@(everyone|here)/);
      }),
      { numRuns: 150 },
    );
    await stillServing();
  });

  it('refuses every wrongly signed request with 401', async () => {
    const stranger = makeSigner();
    const forgery = fc.constantFrom(
      'other-key',
      'stale',
      'future',
      'tampered',
      'truncated',
      'garbage',
      'none',
    );
    await fc.assert(
      fc.asyncProperty(discordInteraction, forgery, async (payload, how) => {
        const body = JSON.stringify(payload);
        const now = Math.floor(Date.now() / 1000);
        let headers = p.signDiscord(body);
        let sent = body;
        if (how === 'other-key') headers = stranger.headers(body);
        // Correctly signed, but for a moment well outside the 300 s replay window.
        if (how === 'stale') headers = p.signDiscord(body, now - 400);
        if (how === 'future') headers = p.signDiscord(body, now + 400);
        if (how === 'tampered') sent = body.replace('"type":', '"type": ');
        const sig = headers['x-signature-ed25519'] ?? '';
        if (how === 'truncated') headers['x-signature-ed25519'] = sig.slice(0, 100);
        if (how === 'garbage') headers['x-signature-ed25519'] = 'zz'.repeat(64);
        if (how === 'none') delete headers['x-signature-ed25519'];
        const res = await post('/discord/interactions', sent, headers);
        expect(res.status, how).toBe(401);
      }),
      { numRuns: 70 },
    );
  });
});

describe('Slack events fuzzing', () => {
  it('answers signed slash commands with arbitrary text: 200, no mention syntax from user text', async () => {
    let messages = 0;
    await fc.assert(
      fc.asyncProperty(slackSlash(p.slack.responseUrl()), async (fields) => {
        const res = await slack(form(fields));
        expect(res.status, res.body).toBe(200);
        // Empty when the reply was slow and goes through response_url instead (checked below).
        if (res.body === '') return;
        messages++;
        const body = parsed(res) as SlackMessage & { response_type: string };
        expect(['ephemeral', 'in_channel']).toContain(body.response_type);
        expect(slackViolations({ text: body.text, blocks: body.blocks })).toEqual([]);
      }),
      { numRuns: 200 },
    );
    expect(messages).toBeGreaterThan(50);
    await stillServing();
  });

  it('acknowledges signed button clicks carrying arbitrary command lines', async () => {
    await fc.assert(
      fc.asyncProperty(slackBlockActions(p.slack.responseUrl()), async (payload) => {
        const res = await slack(form({ payload }));
        expect(res.status, res.body).toBe(200);
      }),
      { numRuns: 60 },
    );
    await stillServing();
  });

  it('answers signed valid JSON of the wrong shape with a 4xx or a 200, never a 5xx', async () => {
    const url = p.slack.responseUrl();
    const wrongShape = fc.oneof(
      // payload=<anything>, including payload=null and interactions with retyped fields.
      {
        weight: 2,
        arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => ({ body: form({ payload: v }), json: false })),
      },
      { weight: 1, arbitrary: fc.constant({ body: 'payload=null', json: false }) },
      {
        weight: 3,
        arbitrary: mistyped(slackBlockActions(url)).map((v) => ({ body: form({ payload: v }), json: false })),
      },
      {
        weight: 3,
        arbitrary: mistyped(slackSlash(url)).map((v) => ({
          body:
            v && typeof v === 'object' && !Array.isArray(v)
              ? form(v as Record<string, unknown>)
              : String(JSON.stringify(v)),
          json: false,
        })),
      },
      {
        weight: 2,
        arbitrary: mistyped(slackEvent).map((v) => ({ body: JSON.stringify(v) ?? 'null', json: true })),
      },
      {
        weight: 1,
        arbitrary: fc
          .jsonValue({ maxDepth: 3 })
          .map((v) => ({ body: JSON.stringify(v) ?? 'null', json: true })),
      },
    );
    await fc.assert(
      fc.asyncProperty(wrongShape, async ({ body, json }) => {
        const res = await slack(body, json ? 'application/json' : 'application/x-www-form-urlencoded');
        expect(res.status, res.body).toBeLessThan(500);
      }),
      { numRuns: 200 },
    );
    await stillServing();
  });

  it('refuses every wrongly signed request with 401', async () => {
    const forgery = fc.constantFrom('other-secret', 'stale', 'future', 'tampered', 'v1', 'none', 'bad-ts');
    await fc.assert(
      fc.asyncProperty(slackSlash(p.slack.responseUrl()), forgery, async (fields, how) => {
        const body = form(fields);
        const now = Math.floor(Date.now() / 1000);
        let headers = p.signSlack(body);
        let sent = body;
        if (how === 'other-secret') {
          headers['x-slack-signature'] = slackSign(body, now, 'not-the-signing-secret');
          headers['x-slack-request-timestamp'] = String(now);
        }
        if (how === 'stale') headers = p.signSlack(body, undefined, now - 400);
        if (how === 'future') headers = p.signSlack(body, undefined, now + 400);
        if (how === 'tampered') sent = `${body}&text=%3C!channel%3E`;
        if (how === 'v1')
          headers['x-slack-signature'] = (headers['x-slack-signature'] ?? '').replace('v0=', 'v1=');
        if (how === 'none') delete headers['x-slack-signature'];
        if (how === 'bad-ts') headers['x-slack-request-timestamp'] = `${now}.5`;
        const res = await post('/slack/events', sent, headers);
        expect(res.status, how).toBe(401);
      }),
      { numRuns: 70 },
    );
  });
});

describe('after fuzzing', () => {
  it('sent nothing to either platform that could ping anyone', () => {
    const toDiscord = p.discord.requests.filter(
      (r) => r.body && typeof r.body === 'object' && 'embeds' in (r.body as object),
    );
    for (const r of toDiscord) {
      expect(discordViolations(r.body as DiscordMessage), `${r.method} ${r.path}`).toEqual([]);
    }
    const toSlack = p.slack.calls.filter((c) =>
      ['response_url', 'chat.postMessage', 'chat.update', 'views.publish'].includes(c.method),
    );
    expect(toSlack.length).toBeGreaterThan(0);
    for (const c of toSlack) expect(slackMentions(c.body), c.method).toEqual([]);
  });

  it('logged no handler failure', () => {
    const failures = mem.entries().filter((e) => (e.level as number) >= 50);
    expect(failures).toEqual([]);
  });
});
