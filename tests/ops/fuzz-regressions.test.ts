// What the HTTP fuzzing found, pinned: each case failed (5xx, or a request held until the ack timeout)
// before its fix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AttachedSlack, attachSlack, fixture, SIGNING_SECRET, sign } from '../adapters/slack/helpers.js';
import { form } from './fuzz.js';
import { httpCall, memoryLog, type PlatformsApp, platformsApp } from './support.js';

const mem = memoryLog('warn');
let p: PlatformsApp;
beforeAll(async () => {
  p = await platformsApp(mem.log);
});
afterAll(async () => {
  await p?.stop();
});

const click = (patch: (b: Record<string, unknown>) => void) => {
  const b = JSON.parse(fixture('block-actions-run.json').replace('__RESPONSE_URL__', p.slack.responseUrl()));
  patch(b);
  return form({ payload: b });
};

async function slack(body: string, type = 'application/x-www-form-urlencoded') {
  return httpCall(p.port, { method: 'POST', path: '/slack/events', headers: p.signSlack(body, type), body });
}

describe('Slack receiver: bodies Bolt cannot read are a 400, not a 500', () => {
  it('a click with "channel": null (Bolt reads channel.id before any listener)', async () => {
    const res = await slack(click((b) => Object.assign(b, { channel: null })));
    expect(res.status).toBe(400);
  });

  it('an event whose user is null (Bolt reads event.user.id)', async () => {
    const event = {
      type: 'event_callback',
      team_id: 'T0TEAM001',
      event: { type: 'app_home_opened', user: null, tab: 'home' },
    };
    const res = await slack(JSON.stringify(event), 'application/json');
    expect(res.status).toBe(400);
  });

  it.each([
    ['a numeric channel id', (b: Record<string, unknown>) => Object.assign(b, { channel: { id: 7 } })],
    [
      'a numeric button value',
      (b: Record<string, unknown>) => ((b.actions as { value: unknown }[])[0]!.value = 7),
    ],
    ['nowhere to answer (no response_url, no view)', (b: Record<string, unknown>) => delete b.response_url],
  ])('a click with %s is refused before the listener can throw on it', async (_, patch) => {
    const res = await slack(click(patch));
    expect(res.status).toBe(400);
  });

  it('logged no listener failure for any of them', () => {
    expect(mem.entries().filter((e) => (e.level as number) >= 50)).toEqual([]);
  });
});

describe('Slack receiver: an event no listener acknowledges', () => {
  let bot: AttachedSlack;
  beforeAll(async () => {
    // An ack timeout far beyond the test timeout: only answering when Bolt is done can pass.
    bot = await attachSlack({ SLACK_SIGNING_SECRET: SIGNING_SECRET }, { ackTimeoutMs: 600_000 });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('is answered 200 as soon as Bolt has run every listener', async () => {
    const payload = JSON.parse(
      fixture('block-actions-run.json').replace('__RESPONSE_URL__', bot.fake.responseUrl()),
    );
    payload.actions[0].action_id = 'no-listener-for-this';
    const body = form({ payload });
    const ts = Math.floor(Date.now() / 1000);
    const res = await fetch(`${bot.base}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': sign(body, ts),
      },
      body,
    });
    expect(res.status).toBe(200);
  });
});
