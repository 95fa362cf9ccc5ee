// `node dist/main.js` as an operator runs it, with a platform over HTTP against its local fake: it becomes
// ready, answers a signed request, and on SIGTERM exits 0 (a shutdown past the 4.8 s deadline exits 1, so
// exit code 0 is the proof it stopped in time).
import { describe, expect, it, onTestFinished } from 'vitest';
import { APP_ID, fixture as discordFixture, makeSigner } from '../adapters/discord/helpers.js';
import { SIGNING_SECRET, sign as slackSign, slashBody } from '../adapters/slack/helpers.js';
import { FakeDiscordRest } from '../fakes/discord-rest.js';
import { FakeSlack } from '../fakes/slack-api.js';
import { logMessages, ready, startMain } from './main-process.js';
import { httpCall } from './support.js';

describe('node dist/main.js with a platform over HTTP', () => {
  it('Discord: ready, answers a signed interaction, exits 0 on SIGTERM', async () => {
    const fake = await FakeDiscordRest.start();
    onTestFinished(() => fake.close());
    const signer = makeSigner();
    const m = await startMain({
      DISCORD_TOKEN: 'lifecycle-test-token',
      DISCORD_MODE: 'http',
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      DISCORD_API_URL: fake.api,
    });
    const health = await ready(m, 'discord');
    expect(health).toMatchObject({ status: 'ok', platforms: { discord: { mode: 'http', state: 'ready' } } });

    const body = JSON.stringify(discordFixture('command-optout-desktop'));
    const res = await httpCall(m.port, {
      method: 'POST',
      path: '/discord/interactions',
      headers: signer.headers(body),
      body,
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ type: 4, data: { allowed_mentions: { parse: [] } } });

    m.proc.kill('SIGTERM');
    expect(await m.exited).toEqual({ code: 0, signal: null });
    expect(logMessages(m)).toEqual(expect.arrayContaining(['started', 'shutting down', 'stopped']));
  });

  it('Slack: checks the token with auth.test, answers a signed slash command, exits 0 on SIGTERM', async () => {
    const fake = await new FakeSlack().start();
    onTestFinished(() => fake.close());
    const m = await startMain({
      SLACK_BOT_TOKEN: 'xoxb-lifecycle-test-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
    });
    const health = await ready(m, 'slack');
    expect(health).toMatchObject({ status: 'ok', platforms: { slack: { mode: 'http', state: 'ready' } } });
    expect(fake.callsTo('auth.test')).toHaveLength(1);

    const body = slashBody('slash-optout-desktop.form', fake);
    const ts = Math.floor(Date.now() / 1000);
    const res = await httpCall(m.port, {
      method: 'POST',
      path: '/slack/events',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': slackSign(body, ts),
      },
      body,
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ response_type: 'ephemeral' });

    m.proc.kill('SIGTERM');
    expect(await m.exited).toEqual({ code: 0, signal: null });
    expect(logMessages(m)).toEqual(expect.arrayContaining(['started', 'shutting down', 'stopped']));
  });
});
