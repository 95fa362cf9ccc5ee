// `node dist/main.js` as an operator runs it, with a platform over HTTP against its local fake: it becomes
// ready, answers a signed request, and on SIGTERM exits 0 (a shutdown past the 4.8 s deadline exits 1, so
// exit code 0 is the proof it stopped in time).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ID, fixture as discordFixture, makeSigner } from '../adapters/discord/helpers.js';
import { SIGNING_SECRET, sign as slackSign, slashBody } from '../adapters/slack/helpers.js';
import { FakeDiscordRest } from '../fakes/discord-rest.js';
import { FakeSlack } from '../fakes/slack-api.js';
import { httpCall } from './support.js';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

interface Main {
  proc: ChildProcess;
  port: number;
  out: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

async function startMain(env: Record<string, string>): Promise<Main> {
  // An empty working directory: main.js reads ./.env, and no developer's .env may leak into the test.
  const cwd = mkdtempSync(join(tmpdir(), 'bot-main-'));
  const port = await freePort();
  // Only what the process needs: a platform token inherited from the developer's shell must not switch on
  // a second platform.
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(DISCORD|SLACK)_/.test(k)),
  ) as Record<string, string>;
  const proc = spawn(process.execPath, [MAIN, 'start'], {
    cwd,
    env: {
      ...base,
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: String(port),
      DATABASE_PATH: join(cwd, 'bot.sqlite'),
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: string[] = [];
  proc.stdout?.on('data', (c: Buffer) => out.push(...c.toString().split('\n').filter(Boolean)));
  proc.stderr?.on('data', (c: Buffer) => out.push(`stderr: ${c.toString()}`));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal })),
  );
  cleanups.push(() => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
    rmSync(cwd, { recursive: true, force: true });
  });
  return { proc, port, out, exited };
}

/** Polls /healthz until it is 200 with `platform` ready; fails with the child's output if it exits first. */
async function ready(m: Main, platform: 'discord' | 'slack'): Promise<Record<string, unknown>> {
  let done = false;
  const gaveUp = m.exited.then((e) => {
    if (!done) throw new Error(`exited ${JSON.stringify(e)} before ready:\n${m.out.join('\n')}`);
  });
  const poll = (async () => {
    for (;;) {
      const res = await httpCall(m.port, { path: '/healthz' }).catch(() => undefined);
      if (res?.status === 200) {
        const body = JSON.parse(res.body) as { platforms: Record<string, { state: string }> };
        if (body.platforms[platform]?.state === 'ready') return body;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  try {
    return (await Promise.race([poll, gaveUp])) as Record<string, unknown>;
  } finally {
    done = true;
  }
}

const messages = (out: string[]) =>
  out
    .filter((l) => l.startsWith('{'))
    .map((l) => (JSON.parse(l) as { msg?: string }).msg)
    .filter(Boolean);

describe('node dist/main.js with a platform over HTTP', () => {
  it('Discord: ready, answers a signed interaction, exits 0 on SIGTERM', async () => {
    const fake = await FakeDiscordRest.start();
    cleanups.push(() => fake.close());
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
    expect(messages(m.out)).toEqual(expect.arrayContaining(['started', 'shutting down', 'stopped']));
  });

  it('Slack: checks the token with auth.test, answers a signed slash command, exits 0 on SIGTERM', async () => {
    const fake = await new FakeSlack().start();
    cleanups.push(() => fake.close());
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
    expect(messages(m.out)).toEqual(expect.arrayContaining(['started', 'shutting down', 'stopped']));
  });
});
