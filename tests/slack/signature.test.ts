// Signature, timestamp and body checks on POST /slack/events, with the real runtime and an injected clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackRuntime } from '../../src/adapters/slack/runtime.js';
import type { PlatformRuntime } from '../../src/app.js';
import { type App, startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { FakeSlack } from '../fakes/slack-api.js';
import { fixture, postSlack, sign, slashBody } from './helpers.js';

// Slack's documented example ("Verifying requests from Slack").
const DOC = {
  secret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: 1531420618,
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
  body:
    'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V' +
    '&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=' +
    '&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN' +
    '&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
};

let nowMs = DOC.timestamp * 1000;
let fake: FakeSlack;
let app: App;
let runtime: PlatformRuntime;
let base: string;

beforeAll(async () => {
  fake = await new FakeSlack().start();
  // The app with no platform, then the Slack runtime attached with a clock the test controls.
  const config = loadConfig({
    HTTP_PORT: '0',
    HTTP_HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATABASE_PATH: ':memory:',
  });
  app = await startApp(config, createLogger('silent'));
  const slack = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: DOC.secret,
    SLACK_API_URL: fake.apiUrl,
  }).slack;
  runtime = await createSlackRuntime(
    { ...app.services, config: { ...app.services.config, ...(slack ? { slack } : {}) } },
    { now: () => nowMs, retryConfig: { retries: 0 } },
  );
  await runtime.start();
  base = `http://127.0.0.1:${app.address.port}`;
});

afterAll(async () => {
  await app.stop();
  await runtime.stop();
  await fake.close();
});

const doc = (opts: Parameters<typeof postSlack>[2] = {}, body = DOC.body) =>
  postSlack(base, body, { timestamp: DOC.timestamp, signature: DOC.signature, ...opts });

describe("Slack's documented example", () => {
  it('is accepted when the clock reads its timestamp', async () => {
    nowMs = DOC.timestamp * 1000;
    const res = await doc();
    expect(res.status).toBe(200);
    // /webhook-collect is not ours: the reply names our commands instead of failing.
    expect(JSON.stringify(res.json().blocks)).toContain('/linkedin-optout');
  });

  it('is accepted just inside the 5-minute window', async () => {
    nowMs = (DOC.timestamp + 300) * 1000;
    expect((await doc()).status).toBe(200);
    nowMs = DOC.timestamp * 1000;
  });

  it('is refused once older than 5 minutes', async () => {
    nowMs = (DOC.timestamp + 301) * 1000;
    expect((await doc()).status).toBe(401);
    nowMs = DOC.timestamp * 1000;
  });

  it('is refused when its timestamp lies more than 5 minutes in the future', async () => {
    nowMs = (DOC.timestamp - 301) * 1000;
    expect((await doc()).status).toBe(401);
    nowMs = DOC.timestamp * 1000;
  });

  it('is refused with a tampered body', async () => {
    expect((await doc({}, DOC.body.replace('text=', 'text=desktop'))).status).toBe(401);
  });

  it('is refused with a bad signature', async () => {
    expect((await doc({ signature: `${DOC.signature.slice(0, -1)}0` })).status).toBe(401);
    expect((await doc({ signature: DOC.signature.replace('v0=', 'v1=') })).status).toBe(401);
    expect((await doc({ signature: 'v0=' })).status).toBe(401);
  });

  it('is refused with a timestamp other than the signed one', async () => {
    expect((await doc({ timestamp: DOC.timestamp + 1 })).status).toBe(401);
  });

  it('is refused without the signature or timestamp header', async () => {
    expect((await doc({ signature: null })).status).toBe(401);
    const res = await fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-signature': DOC.signature },
      body: DOC.body,
    });
    expect(res.status).toBe(401);
    expect((await doc({ headers: { 'x-slack-request-timestamp': 'soon' } })).status).toBe(401);
  });
});

describe('malformed bodies', () => {
  // Signed with the test clock, so only the body is wrong.
  const signed = (body: string, contentType = 'application/x-www-form-urlencoded') => {
    const ts = Math.floor(nowMs / 1000);
    return postSlack(base, body, { timestamp: ts, signature: sign(body, ts, DOC.secret), contentType });
  };

  it.each([
    ['payload=null'],
    ['payload='],
    ['payload=%7Bnot+json'],
    ['payload=%5B%5D'],
    ['payload=%22block_actions%22'],
    ['payload=%7B%22type%22%3A%22block_actions%22%7D'],
    [
      'payload=%7B%22type%22%3A%22block_actions%22%2C%22user%22%3A%7B%22id%22%3A%22U1%22%7D%2C%22actions%22%3A5%7D',
    ],
    // Block actions the app cannot route: an element type it never renders, no actions, an empty list.
    [
      `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', user: { id: 'U1' }, response_url: 'https://x', actions: [{ action_id: 'run:/linkedin-optout', type: 'static_select' }] }))}`,
    ],
    [
      `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', user: { id: 'U1' }, response_url: 'https://x' }))}`,
    ],
    [
      `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', user: { id: 'U1' }, response_url: 'https://x', actions: [] }))}`,
    ],
    [`payload=${encodeURIComponent(JSON.stringify({ type: 'no_such_interaction', user: { id: 'U1' } }))}`],
    ['command=%2Flinkedin-optout'],
    ['hello=world'],
    [''],
  ])('form body %s → 400', async (body) => {
    expect((await signed(body)).status).toBe(400);
  });

  it.each([
    ['{"type":'],
    ['null'],
    ['[]'],
    ['42'],
    ['{"type":"event_callback"}'],
    ['{"no":"type"}'],
    // An event_callback whose event is not an object.
    ['{"type":"event_callback","event":"app_home_opened"}'],
    ['{"type":"event_callback","event":[{"type":"app_home_opened"}]}'],
    ['{"type":"event_callback","event":null}'],
    ['{"type":"event_callback","event":{"type":""}}'],
  ])('JSON body %s → 400', async (body) => {
    expect((await signed(body, 'application/json')).status).toBe(400);
  });

  it.each([['text/plain'], ['multipart/form-data; boundary=x'], ['']])(
    'content type "%s" → 400',
    async (type) => {
      expect((await signed('payload=null', type)).status).toBe(400);
    },
  );

  it('answers url_verification with the challenge', async () => {
    const res = await signed(
      JSON.stringify({ token: 't', challenge: 'ch4ll3nge', type: 'url_verification' }),
      'application/json',
    );
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ challenge: 'ch4ll3nge' });
  });

  it("answers Slack's unsigned ssl_check without running anything", async () => {
    const res = await postSlack(base, 'ssl_check=1', {
      signature: null,
      headers: { 'x-slack-request-timestamp': '' },
    });
    expect(res.status).toBe(200);
  });

  it('refuses an oversized body with 413 before reading it', async () => {
    const res = await signed(`text=${'a'.repeat(70 * 1024)}`);
    expect(res.status).toBe(413);
  });

  it('still serves a well-formed command after all of that', async () => {
    const body = slashBody('slash-optout-desktop.form', fake);
    const res = await signed(body);
    expect(res.status).toBe(200);
    expect(res.json().response_type).toBe('ephemeral');
    expect(fixture('slash-optout-desktop.form')).toContain('command=%2Flinkedin-optout');
  });
});
