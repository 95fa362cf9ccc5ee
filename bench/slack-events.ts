// Benchmark (not a test): signed slash commands per second and p99 on POST /slack/events, for this bot
// (our receiver on the shared server, dispatcher, renderer) against a bare Bolt app on its own HTTPReceiver
// that acks the same fixed blocks. Each server runs in its own child process on 127.0.0.1; runs alternate
// (bot, bare, bot, bare…) so drift hits both alike, and the medians are reported.
//
//   node .bench-dist/bench/slack-events.js [--rounds 5] [--duration 5] [--connections 10]
import { type ChildProcess, fork } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const SECRET = 'bench-signing-secret-0123456789abcdef';
const BODY = new URLSearchParams({
  token: 'gIkuvaNzQIHg97ATvDxqgjtO',
  team_id: 'T0TEAM001',
  team_domain: 'example',
  channel_id: 'C0CHAN001',
  channel_name: 'general',
  user_id: 'U0USER001',
  user_name: 'ada',
  command: '/linkedin-optout',
  text: 'desktop',
  api_app_id: 'A0APP001',
  is_enterprise_install: 'false',
  response_url: 'http://127.0.0.1:9/respond/unused',
  trigger_id: '13345224609.738474920.8088930838d88f008e0',
}).toString();

type Kind = 'bot' | 'bare';

interface Run {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
// autocannon ships no types; this is the slice used here.
const autocannon = createRequire(import.meta.url)('autocannon') as (
  opts: object,
) => Promise<AutocannonResult>;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

function signedHeaders(): Record<string, string> {
  const ts = Math.floor(Date.now() / 1000);
  return {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${BODY}`).digest('hex')}`,
  };
}

// ---- child side: one server per process ----

async function serveBot(): Promise<number> {
  const { FakeSlack } = await import('../tests/fakes/slack-api.js');
  const { startApp } = await import('../src/app.js');
  const { loadConfig } = await import('../src/config.js');
  const { createLogger } = await import('../src/log.js');
  // Only auth.test at start-up reaches the fake; slash commands are answered in the ack.
  const fake = await new FakeSlack().start();
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
    HTTP_HOST: '127.0.0.1',
    HTTP_PORT: '0',
    LOG_LEVEL: 'silent',
  });
  const app = await startApp(config, createLogger('silent'));
  return app.address.port;
}

async function serveBare(): Promise<number> {
  const { App, LogLevel } = await import('@slack/bolt');
  const { commands } = await import('../src/commands/index.js');
  const { makeContext } = await import('../src/core/context.js');
  const { Dispatcher } = await import('../src/core/dispatcher.js');
  const { slackResponse } = await import('../src/adapters/slack/runtime.js');
  // The same blocks the bot sends, computed once: the bare app does no work per request but Bolt's own.
  const reply = await new Dispatcher(commands).handleLine(
    'desktop',
    { platform: 'slack', locale: 'en', userId: 'U0USER001' },
    makeContext(),
    'linkedin-optout',
  );
  const fixed = slackResponse(reply);
  const app = new App({
    token: 'xoxb-bench',
    signingSecret: SECRET,
    botId: 'BBOT0001',
    botUserId: 'UBOT0001',
    tokenVerificationEnabled: false,
    logLevel: LogLevel.ERROR,
  });
  app.command('/linkedin-optout', async ({ ack }) => {
    await ack(fixed);
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as import('node:http').Server;
  const addr = server.address();
  return typeof addr === 'object' && addr ? addr.port : 0;
}

// ---- parent side ----

function spawnServer(kind: Kind): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', kind], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, port: Number((m as { port: number }).port) }));
    child.once('exit', (code) => reject(new Error(`${kind} server exited (${code})`)));
  });
}

async function load(port: number, durationSec: number, connections: number): Promise<Run> {
  const r = await autocannon({
    url: `http://127.0.0.1:${port}/slack/events`,
    method: 'POST',
    headers: signedHeaders(),
    body: BODY,
    connections,
    duration: durationSec,
  });
  return {
    rps: r.requests.average,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

export interface SlackEventsResult {
  rounds: number;
  durationSec: number;
  connections: number;
  botRps: number;
  bareRps: number;
  botP99Ms: number;
  bareP99Ms: number;
  botP50Ms: number;
  bareP50Ms: number;
  /** How much slower the bot is than bare Bolt, in requests per second (positive = slower). */
  overheadPct: number;
  failures: number;
}

export async function slackEventsBench(
  rounds = 5,
  durationSec = 5,
  connections = 10,
): Promise<SlackEventsResult> {
  const bot = await spawnServer('bot');
  const bare = await spawnServer('bare');
  try {
    // Warm both (JIT, pools) before anything counts.
    await load(bot.port, 1, connections);
    await load(bare.port, 1, connections);
    const runs: Record<Kind, Run[]> = { bot: [], bare: [] };
    for (let i = 0; i < rounds; i++) {
      const order: Kind[] = i % 2 ? ['bare', 'bot'] : ['bot', 'bare'];
      for (const kind of order) {
        const r = await load(kind === 'bot' ? bot.port : bare.port, durationSec, connections);
        runs[kind].push(r);
        process.stderr.write(`round ${i + 1} ${kind}: ${round(r.rps, 0)} req/s, p99 ${r.p99Ms} ms\n`);
      }
    }
    const m = (k: Kind, f: keyof Run) => median(runs[k].map((r) => r[f]));
    return {
      rounds,
      durationSec,
      connections,
      botRps: round(m('bot', 'rps'), 0),
      bareRps: round(m('bare', 'rps'), 0),
      botP50Ms: m('bot', 'p50Ms'),
      bareP50Ms: m('bare', 'p50Ms'),
      botP99Ms: m('bot', 'p99Ms'),
      bareP99Ms: m('bare', 'p99Ms'),
      overheadPct: round((1 - m('bot', 'rps') / m('bare', 'rps')) * 100),
      failures: [...runs.bot, ...runs.bare].reduce((n, r) => n + r.non2xx + r.errors, 0),
    };
  } finally {
    bot.child.kill('SIGTERM');
    bare.child.kill('SIGTERM');
  }
}

const argv = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = argv.indexOf(name);
  return i === -1 ? fallback : Number(argv[i + 1]);
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (argv[0] === '--serve') {
    const port = await (argv[1] === 'bot' ? serveBot() : serveBare());
    process.send?.({ port });
    process.on('SIGTERM', () => process.exit(0));
  } else {
    const result = await slackEventsBench(arg('--rounds', 5), arg('--duration', 5), arg('--connections', 10));
    console.table(result);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
}
