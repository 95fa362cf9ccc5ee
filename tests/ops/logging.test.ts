// Canary secrets and a canary question go through the real code paths (both platforms over HTTP, signed
// requests, failing platform calls, DMs and mentions on Slack and, through the fake gateway, on Discord); none
// may reach the log output, at info level or at trace.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { maskSecrets } from '../../src/log.js';
import { describeConfig, runApp, secretsOf } from '../../src/start.js';
import {
  APP_ID,
  CHANNEL_ID,
  fixture as discordFixture,
  GUILD_ID,
  makeSigner,
  startDiscordGatewayRuntime,
} from '../adapters/discord/helpers.js';
import { interactionBody, sign as slackSign, slashBody } from '../adapters/slack/helpers.js';
import { BOT_ID, FakeDiscordGateway, messagePayload, userPayload } from '../fakes/discord-gateway.js';
import { FakeDiscordRest } from '../fakes/discord-rest.js';
import { FakeSlack } from '../fakes/slack-api.js';
import { testContext } from '../helpers.js';
import { httpCall, memoryLog } from './support.js';

// Shaped like the real thing, so format checks pass and the values travel as far as real ones would.
const CANARY = {
  discordToken: 'MTEyMzQ1Njc4OTAxMjM0NTY3OA.CANARY.discord-token-canary-0123456789abcd',
  slackBot: 'xoxb-CANARY-slack-bot-token-4242',
  slackApp: 'xapp-CANARY-slack-app-token-4242',
  slackSecret: 'CANARYslacksigningsecret4242',
  signature: 'CANARYsignature0123456789abcdef',
  question: 'CANARY-QUESTION does linkedin read my private messages',
  // Shaped like a real Slack user id, so the masking of ids inside library debug lines is exercised too.
  user: 'U0CANARY4242',
  // Discord ids are snowflakes: digits only, so this one cannot carry the word.
  discordUser: '424242424242424242',
};
const ALL = Object.values(CANARY);
const leaks = (text: string) => ALL.filter((c) => text.includes(c) || text.includes('CANARY'));

describe('no secret or message text reaches the logs', () => {
  it('configuration errors name variables, never secret values', () => {
    let problems: string[] = [];
    try {
      loadConfig({
        DISCORD_TOKEN: CANARY.discordToken,
        DISCORD_MODE: 'http',
        DISCORD_PUBLIC_KEY: CANARY.signature,
        SLACK_BOT_TOKEN: CANARY.slackApp,
        SLACK_APP_TOKEN: CANARY.slackBot,
        SLACK_SIGNING_SECRET: CANARY.slackSecret,
        DISCORD_API_URL: `https://user:${CANARY.slackSecret}@proxy`,
      });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      problems = (err as ConfigError).problems;
    }
    expect(problems.length).toBeGreaterThanOrEqual(4);
    expect(leaks(problems.join('\n'))).toEqual([]);
  });

  // Both platforms over HTTP against their local fakes (so no Web API retry ever waits on the network), requests
  // signed for real with the canary secrets, the canary question in every place a person can type it.
  async function canaryRun(level: string) {
    const discordFake = await FakeDiscordRest.start();
    const slackFake = await new FakeSlack().start();
    const signer = makeSigner();
    const config = loadConfig({
      DISCORD_TOKEN: CANARY.discordToken,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_MODE: 'http',
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      DISCORD_API_URL: discordFake.api,
      SLACK_BOT_TOKEN: CANARY.slackBot,
      SLACK_SIGNING_SECRET: CANARY.slackSecret,
      SLACK_API_URL: slackFake.apiUrl,
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: '0',
      DATABASE_PATH: ':memory:',
      RATE_LIMIT_PER_MINUTE: '10000',
    });
    const mem = memoryLog(level, secretsOf(config));
    const { log } = mem;
    const sent: string[] = [];

    // start.ts's own path.
    const app = await runApp(config, log);
    expect(app).toBeDefined();
    if (!app) throw new Error('app did not start');
    log.info(describeConfig(config), 'configuration');
    const port = app.address.port;
    const post = async (path: string, body: string, headers: Record<string, string>) => {
      for (const h of ['x-signature-ed25519', 'x-slack-signature']) if (headers[h]) sent.push(headers[h]);
      return httpCall(port, { method: 'POST', path, headers, body });
    };
    const discord = (payload: unknown) => {
      const body = JSON.stringify(payload);
      return post('/discord/interactions', body, signer.headers(body));
    };
    const slack = (body: string, type = 'application/x-www-form-urlencoded') => {
      const ts = Math.floor(Date.now() / 1000);
      return post('/slack/events', body, {
        'content-type': type,
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': slackSign(body, ts, CANARY.slackSecret),
      });
    };

    // Discord: the question as a slash-command option, in a button's command line, and typed for autocomplete.
    // biome-ignore lint/suspicious/noExplicitAny: fixtures are raw JSON payloads, edited in place.
    const asker = (p: any) => {
      p.member.user.id = CANARY.discordUser;
      return p;
    };
    const ask = asker(discordFixture('command-ai-ask'));
    ask.data.options[0].options[0].value = CANARY.question;
    expect((await discord(ask)).status).toBe(200);
    const button = asker(discordFixture('button-run-mobile'));
    button.data.custom_id = `run:/linkedin-ai ask ${CANARY.question}`.slice(0, 100);
    expect((await discord(button)).status).toBe(200);
    const typed = asker(discordFixture('autocomplete-ask'));
    typed.data.options[0].options[0].value = CANARY.question;
    expect((await discord(typed)).status).toBe(200);
    // A reminder pin: the bot token goes to the REST API, which refuses the post; the error carries the request.
    discordFake.fail('POST', /^\/channels\/\d+\/messages$/, 403, { message: 'Missing Access', code: 50001 });
    expect((await discord(asker(discordFixture('command-reminder-pin')))).status).toBe(200);

    // Slack: the question as slash-command text, in a button value, and a reminder pin Slack refuses.
    const from = { user_id: CANARY.user, user_name: CANARY.user };
    const slash = slashBody('slash-ai-what-data.form', slackFake, {
      ...from,
      text: `ask ${CANARY.question}`,
    });
    expect((await slack(slash)).status).toBe(200);
    const click = interactionBody('block-actions-run.json', slackFake, (b) => {
      (b.user as { id: string }).id = CANARY.user;
      (b.actions as { value: string }[])[0]!.value = `/linkedin-ai ask ${CANARY.question}`;
    });
    const responded = slackFake.next('response_url', slackFake.calls.length);
    expect((await slack(click)).status).toBe(200);
    await responded;
    // A response_url that is not there: Bolt's respond fails inside the listener with the request it made.
    const dead = interactionBody('block-actions-run.json', slackFake, (b) => {
      b.response_url = 'http://127.0.0.1:9/respond/T0TEAM001/1/abc';
      (b.user as { id: string }).id = CANARY.user;
      (b.actions as { value: string }[])[0]!.value = `/linkedin-ai ask ${CANARY.question}`;
    });
    expect((await slack(dead)).status).toBe(200);
    slackFake.script('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
    const pin = slashBody('slash-reminder-pin.form', slackFake, from);
    expect((await slack(pin)).status).toBe(200);
    const home = {
      type: 'event_callback',
      team_id: 'T0TEAM001',
      event: { type: 'app_home_opened', user: CANARY.user, channel: 'D0DM00001', tab: 'home' },
    };
    const published = slackFake.next('views.publish', slackFake.calls.length);
    expect((await slack(JSON.stringify(home), 'application/json')).status).toBe(200);
    await published;
    // A DM to the app and a mention of it in a channel, each answered with chat.postMessage.
    const messages = [
      { type: 'message', channel_type: 'im', channel: 'D0DM00001', text: CANARY.question },
      { type: 'app_mention', channel: 'C0CHAN001', text: `<@UBOT0001> ${CANARY.question}` },
    ];
    for (const [i, event] of messages.entries()) {
      const answered = slackFake.next('chat.postMessage', slackFake.calls.length);
      const callback = {
        type: 'event_callback',
        team_id: 'T0TEAM001',
        event_id: `Ev0CANARY${i}`,
        event: { ...event, user: CANARY.user, ts: `1764430000.00000${i}` },
      };
      expect((await slack(JSON.stringify(callback), 'application/json')).status).toBe(200);
      expect((await answered).body.channel).toBe(event.channel);
    }

    // Wrongly signed requests carrying canary signatures and tokens in every header that can hold one.
    const forged = {
      'x-signature-ed25519': CANARY.signature,
      'x-signature-timestamp': '1700000000',
      'x-slack-signature': `v0=${CANARY.signature}`,
      'x-slack-request-timestamp': '1700000000',
      authorization: `Bot ${CANARY.discordToken}`,
      'content-type': 'application/json',
    };
    const body = JSON.stringify({
      type: 2,
      token: CANARY.slackSecret,
      text: CANARY.question,
      user_id: CANARY.user,
    });
    for (const path of [
      '/discord/interactions',
      '/slack/events',
      '/healthz',
      `/x?token=${CANARY.slackBot}`,
    ]) {
      await httpCall(port, { method: 'POST', path, headers: forged, body });
    }

    // A question through the dispatcher, and the logging an adapter does around it.
    const { services } = app;
    const source = { platform: 'slack' as const, locale: 'en' as const, userId: CANARY.user };
    const parsed = services.dispatcher.parse(`/linkedin-ai ask ${CANARY.question}`, source, testContext());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) throw new Error('not parsed');
    const reply = await services.dispatcher.run(parsed.invocation, testContext(), (err) =>
      log.error({ err, invocation: parsed.invocation }, 'command failed'),
    );
    log.info({ invocation: parsed.invocation, command: reply.command, topic: reply.topic }, 'answered');
    log.debug({ userId: CANARY.user, text: CANARY.question, question: CANARY.question }, 'raw input');
    // A library error that carries the request it failed on (as axios errors from the Slack Web API do).
    const libraryError = Object.assign(new Error(`request failed for token ${CANARY.slackBot}`), {
      config: { headers: { Authorization: `Bearer ${CANARY.slackBot}` }, data: `token=${CANARY.slackBot}` },
    });
    log.error({ err: libraryError }, 'slack api call failed');
    await app.stop();
    await Promise.all([discordFake.close(), slackFake.close()]);

    // The platform calls really carried the secrets, so their absence from the log means something.
    expect(JSON.stringify(discordFake.requests.map((r) => r.headers))).toContain(CANARY.discordToken);
    expect(JSON.stringify(slackFake.calls.map((c) => c.headers))).toContain(CANARY.slackBot);
    expect(sent.length).toBeGreaterThan(8);
    return { mem, sent };
  }

  it('at info level: no token, secret, signature, user id or question text', async () => {
    const { mem, sent } = await canaryRun('info');
    const out = mem.text();
    expect(mem.lines.length).toBeGreaterThan(3);
    expect(leaks(out)).toEqual([]);
    expect(sent.filter((s) => out.includes(s))).toEqual([]);
    // Lines still parse after masking, and the useful parts are there.
    const entries = mem.entries();
    expect(entries.find((e) => e.msg === 'answered')).toMatchObject({ command: 'linkedin-ai' });
    expect(entries.find((e) => e.msg === 'configuration')).toMatchObject({
      discord: { mode: 'http' },
      slack: { mode: 'http' },
    });
    // The failed respond and the refused pin were logged, without what they carried.
    expect(entries.some((e) => (e.level as number) >= 40)).toBe(true);
  });

  it('at trace level: still no token, secret, signature, Slack user id or question text', async () => {
    const { mem, sent } = await canaryRun('trace');
    const out = mem.text();
    expect(mem.entries().some((e) => e.level === 10)).toBe(true);
    // The Slack Web API client's debug output shows request bodies (views.publish names the user); the Bolt
    // logger adapter masks Slack user ids in those lines.
    const never = [
      CANARY.user,
      CANARY.discordToken,
      CANARY.slackBot,
      CANARY.slackApp,
      CANARY.slackSecret,
      CANARY.signature,
      CANARY.question,
      ...sent,
    ];
    expect(never.filter((s) => out.includes(s))).toEqual([]);
  });

  it('at trace level: Discord DMs and mentions through the gateway leave no question text', async () => {
    const gateway = await FakeDiscordGateway.start({ guilds: [{ id: GUILD_ID, channelId: CHANNEL_ID }] });
    const rest = (await FakeDiscordRest.start()).useGateway(gateway);
    const mem = memoryLog('trace', []);
    const { runtime } = await startDiscordGatewayRuntime({ apiUrl: rest.api, log: mem.log });
    try {
      const dmChannel = '1100000000000000066';
      const posted = (channel: string) => (r: { method: string; path: string }) =>
        r.method === 'POST' && r.path === `/channels/${channel}/messages`;
      const author = userPayload(CANARY.discordUser);
      gateway.message(messagePayload({ content: CANARY.question, channelId: dmChannel, author }));
      await rest.waitFor(posted(dmChannel));
      gateway.message(
        messagePayload({
          content: `<@${BOT_ID}> ${CANARY.question}`,
          channelId: CHANNEL_ID,
          guildId: GUILD_ID,
          author,
        }),
      );
      await rest.waitFor(posted(CHANNEL_ID));
    } finally {
      await runtime.stop();
      await gateway.close();
      await rest.close();
    }
    const out = mem.text();
    expect(mem.entries().some((e) => e.msg === 'discord message')).toBe(true);
    expect(out).not.toContain(CANARY.question);
    expect(out).not.toContain('CANARY');
  });

  it('redacts by key path even without the list of secrets', () => {
    const mem = memoryLog('trace');
    mem.log.info(
      {
        token: CANARY.slackBot,
        headers: { authorization: CANARY.signature, 'x-signature-ed25519': CANARY.signature },
        req: { headers: { 'x-slack-signature': CANARY.signature } },
        config: { slack: { signingSecret: CANARY.slackSecret } },
        user: { userId: CANARY.user, text: CANARY.question },
        invocation: { options: { question: CANARY.question } },
      },
      'everything at once',
    );
    expect(leaks(mem.text())).toEqual([]);
    expect(mem.text()).toContain('[redacted]');
  });

  it('masks token-shaped strings anywhere in a line', () => {
    const line = JSON.stringify({
      msg: `failed: ${CANARY.slackBot} / ${CANARY.discordToken} / Bearer abcdefghijklmnopqrstu`,
    });
    const masked = maskSecrets(line, []);
    expect(masked).not.toMatch(/xoxb-|MTEy|abcdefghijklmnopqrstu/);
    expect(JSON.parse(masked).msg).toBe('failed: [redacted] / [redacted] / [redacted]');
  });
});
