// Canary secrets and a canary question go through the real code paths; none may reach the log output.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { maskSecrets } from '../../src/log.js';
import { describeConfig, runApp, secretsOf } from '../../src/start.js';
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
  user: 'CANARY-USER-987654321',
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

  it('start-up, requests with signature headers and a question at trace level leak nothing', async () => {
    const config = loadConfig({
      DISCORD_TOKEN: CANARY.discordToken,
      DISCORD_APPLICATION_ID: '123456789012345678',
      DISCORD_MODE: 'http',
      DISCORD_PUBLIC_KEY: 'a'.repeat(64),
      DISCORD_API_URL: 'http://127.0.0.1:9/api',
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: '0',
      DATABASE_PATH: ':memory:',
    });
    const mem = memoryLog('trace', secretsOf(config));
    const { log } = mem;

    // start.ts's own path; while the Discord adapter is a stub this logs the start failure instead.
    let app = await runApp(config, log);
    log.info(describeConfig(config), 'configuration');
    // Whatever happened above, the generic server is exercised with the same logger.
    app ??= await runApp({ ...config, discord: undefined }, log);
    expect(app).toBeDefined();
    if (!app) return;
    const port = app.address.port;
    const signed = {
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
      await httpCall(port, { method: 'POST', path, headers: signed, body });
    }

    // A question through the dispatcher, and the logging an adapter does around it.
    const { services } = app;
    const source = { platform: 'slack' as const, locale: 'en' as const, userId: CANARY.user };
    const parsed = services.dispatcher.parse(`/linkedin-ai ask ${CANARY.question}`, source, testContext());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const started = performance.now();
    const reply = await services.dispatcher.run(parsed.invocation, testContext(), (err) =>
      log.error({ err, invocation: parsed.invocation }, 'command failed'),
    );
    services.metrics.replied(reply, 'slack', (performance.now() - started) / 1000);
    log.info({ invocation: parsed.invocation, command: reply.command, topic: reply.topic }, 'answered');
    log.debug({ userId: CANARY.user, text: CANARY.question, question: CANARY.question }, 'raw input');
    // A library error that carries the request it failed on (as axios errors from the Slack Web API do).
    const libraryError = Object.assign(new Error(`request failed for token ${CANARY.slackBot}`), {
      config: { headers: { Authorization: `Bearer ${CANARY.slackBot}` }, data: `token=${CANARY.slackBot}` },
    });
    log.error({ err: libraryError }, 'slack api call failed');
    await app.stop();

    const out = mem.text();
    expect(mem.lines.length).toBeGreaterThan(3);
    expect(leaks(out)).toEqual([]);
    // Lines still parse after masking, and the useful parts are there.
    const entries = mem.entries();
    expect(entries.find((e) => e.msg === 'answered')).toMatchObject({ command: 'linkedin-ai' });
    expect(entries.find((e) => e.msg === 'configuration')).toMatchObject({ discord: { mode: 'http' } });
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
