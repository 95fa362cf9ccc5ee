// Slack over HTTP: signed `/linkedin-ai what-data` slash commands on POST /slack/events at 32 connections,
// against the bot (`node dist/main.js start`, Slack over HTTP: our receiver on the shared server, limits,
// dispatcher, cached Block Kit) and a bare Bolt app on its own HTTPReceiver acking the same blocks, fixed.
// Each server runs in its own process and is idle while the other is measured; runs alternate, medians.
//
//   npm run bench -- slack          (or node .bench-dist/bench/slack-events.js [--quick])
import { fileURLToPath } from 'node:url';
import { slackResponse } from '../src/adapters/slack/runtime.js';
import { commands } from '../src/commands/index.js';
import { makeContext } from '../src/core/context.js';
import { Dispatcher } from '../src/core/dispatcher.js';
import { FakeSlack } from '../tests/fakes/slack-api.js';
import { alternate } from './compare.js';
import { load } from './load.js';
import {
  BENCH_SLACK_SECRET,
  forkServer,
  metricTotal,
  type Proc,
  pidOf,
  serving,
  slackHttpEnv,
  startBot,
} from './servers.js';
import { slackCommandBody, slackHeaders, slackVariants } from './signing.js';
import { round } from './stats.js';

const script = fileURLToPath(import.meta.url);
const PATH = '/slack/events';
const USERS = 128;

export interface SlackEventsOptions {
  rounds?: number;
  durationSec?: number;
  connections?: number;
}

export interface SlackEventsResult {
  connections: number;
  rounds: number;
  durationSec: number;
  botRps: number;
  boltRps: number;
  botP50Ms: number;
  botP99Ms: number;
  boltP99Ms: number;
  /** Median CPU microseconds per request of each server process (robust to other load on the machine). */
  botCpuUs: number | undefined;
  boltCpuUs: number | undefined;
  vsBolt: number;
  failures: number;
  rateLimited: number;
  target: string;
  pass: boolean;
}

async function expectedBody(): Promise<string> {
  const reply = await new Dispatcher(commands).handleLine(
    'what-data',
    {
      platform: 'slack',
      locale: 'en',
      userId: 'U0BENCH',
      channel: { id: 'C0BENCH', workspaceId: 'T0BENCH', name: 'general' },
    },
    makeContext(),
    'linkedin-ai',
  );
  return JSON.stringify(slackResponse(reply));
}

async function check(name: string, url: string, expected: string): Promise<void> {
  const body = slackCommandBody();
  const res = await fetch(url, { method: 'POST', headers: slackHeaders(BENCH_SLACK_SECRET, body), body });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${name} answered ${res.status}: ${text.slice(0, 200)}`);
  if (JSON.stringify(JSON.parse(text)) !== expected) {
    throw new Error(
      `${name} answered a different body:\n${text.slice(0, 300)}\nexpected\n${expected.slice(0, 300)}`,
    );
  }
  const bad = await fetch(url, { method: 'POST', headers: slackHeaders('wrong-secret', body), body });
  await bad.arrayBuffer();
  if (bad.status !== 401) throw new Error(`${name} accepted a bad signature (${bad.status})`);
}

export async function slackEventsBench(opts: SlackEventsOptions = {}): Promise<SlackEventsResult> {
  const rounds = opts.rounds ?? 5;
  const durationSec = opts.durationSec ?? 6;
  const connections = opts.connections ?? 32;
  const expected = await expectedBody();
  // Only auth.test at start-up reaches Slack; slash commands are answered in the ack.
  const fake = await new FakeSlack().start();
  const procs: Proc[] = [];
  try {
    const bot = await startBot(slackHttpEnv(fake.apiUrl));
    procs.push(bot);
    const bolt = await forkServer(script, 'bolt', { BENCH_BODY: expected });
    procs.push(bolt);
    const urls = { bot: `${bot.url}${PATH}`, bolt: `${bolt.url}${PATH}` };
    for (const [name, url] of Object.entries(urls)) await check(name, url, expected);

    const limitedBefore = await metricTotal(bot.url, 'bot_rate_limited_total');
    const run = (url: string) => (durationSec: number) =>
      load({ url, variants: slackVariants(BENCH_SLACK_SECRET, USERS), connections, durationSec });
    const m = await alternate(
      [
        { name: 'bot', run: run(urls.bot), ...pidOf(bot) },
        { name: 'bolt', run: run(urls.bolt), ...pidOf(bolt) },
      ],
      { rounds, durationSec, warmupSec: Math.min(3, durationSec), label: 'slack' },
    );
    const rateLimited = (await metricTotal(bot.url, 'bot_rate_limited_total')) - limitedBefore;
    const b = m.bot!;
    const x = m.bolt!;
    const vsBolt = b.rps / x.rps;
    return {
      connections,
      rounds,
      durationSec,
      botRps: b.rps,
      boltRps: x.rps,
      botP50Ms: b.p50Ms,
      botP99Ms: b.p99Ms,
      boltP99Ms: x.p99Ms,
      botCpuUs: b.cpuUsPerRequest,
      boltCpuUs: x.cpuUsPerRequest,
      vsBolt: round(vsBolt, 2),
      failures: b.failures + x.failures,
      rateLimited,
      target: 'bot ≥ 0.9× bare Bolt',
      pass: vsBolt >= 0.9 && b.failures + x.failures === 0 && rateLimited === 0,
    };
  } finally {
    await Promise.all(procs.map((p) => p.stop()));
    await fake.close();
  }
}

// ---- child side ----

/** A bare Bolt app on its own HTTPReceiver: no work per request but Bolt's own, then the fixed blocks. */
async function serveBolt(body: string): Promise<number> {
  const { App, LogLevel } = await import('@slack/bolt');
  const fixed = JSON.parse(body) as Record<string, unknown>;
  const app = new App({
    token: 'xoxb-bench',
    signingSecret: BENCH_SLACK_SECRET,
    botId: 'BBOT0001',
    botUserId: 'UBOT0001',
    tokenVerificationEnabled: false,
    logLevel: LogLevel.ERROR,
  });
  app.command('/linkedin-ai', async ({ ack }) => {
    await ack(fixed);
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as import('node:http').Server;
  const addr = server.address();
  return typeof addr === 'object' && addr ? addr.port : 0;
}

if (process.argv[1] === script) {
  const argv = process.argv.slice(2);
  if (argv[0] === '--serve') {
    serving(await serveBolt(process.env.BENCH_BODY ?? ''));
  } else {
    const quick = argv.includes('--quick');
    console.table(await slackEventsBench(quick ? { rounds: 3, durationSec: 2 } : {}));
  }
}
