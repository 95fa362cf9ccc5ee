// Benchmark (not a test): signed `/linkedin-ai what-data` interactions per second and p99 latency against
// the bot's HTTP interactions mode (the real `node dist/main.js`) versus Express 5 with discord-interactions'
// verifyKeyMiddleware (the stack of Discord's example app) returning the same JSON.
//
// Run:  npm run build && npx tsc -p tsconfig.json --outDir node_modules/.cache/bench \
//         && node node_modules/.cache/bench/bench/discord-http.js [--seconds 10] [--rounds 3] [--connections 50]
//
// Each server runs in its own process; autocannon runs here. Runs alternate bot/express and medians are reported.
import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const APP_ID = '1100000000000000004';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i === -1 ? undefined : Number(process.argv[i + 1]);
  return v !== undefined && Number.isFinite(v) && v > 0 ? v : fallback;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

function payload(): string {
  return JSON.stringify({
    id: '1200000000000000002',
    application_id: APP_ID,
    type: 2,
    data: {
      id: '1100000000000000005',
      name: 'linkedin-ai',
      type: 1,
      options: [{ type: 1, name: 'what-data' }],
    },
    guild_id: '1100000000000000001',
    channel_id: '1100000000000000002',
    channel: { id: '1100000000000000002', type: 0 },
    member: { user: { id: '1100000000000000003', username: 'ada' }, permissions: '0', roles: [] },
    token: 'aW50ZXJhY3Rpb246YmVuY2g',
    version: 1,
    app_permissions: '2251799813770240',
    locale: 'en-GB',
    entitlements: [],
    authorizing_integration_owners: { '0': '1100000000000000001' },
    context: 0,
  });
}

function signedHeaders(privateKey: KeyObject, body: string): Record<string, string> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
  return {
    'content-type': 'application/json',
    'x-signature-ed25519': signature,
    'x-signature-timestamp': timestamp,
  };
}

async function waitForHttp(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      await fetch(url, { method: 'POST', body: '{}' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`server at ${url} did not come up`);
}

interface Server {
  name: string;
  url: string;
  child: ChildProcess;
}

async function startBot(publicKeyHex: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/main.js', 'start'], {
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: 'bench-token',
      DISCORD_MODE: 'http',
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_PUBLIC_KEY: publicKeyHex,
      // Nothing in this benchmark calls Discord; a closed port makes sure of it.
      DISCORD_API_URL: 'http://127.0.0.1:9/api',
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/discord/interactions`;
  await waitForHttp(url, child);
  return { name: 'bot (node:http + node:crypto)', url, child };
}

async function startExpress(publicKeyHex: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [here, '--express-server', String(port), publicKeyHex], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/interactions`;
  await waitForHttp(url, child);
  return { name: 'express 5 + discord-interactions', url, child };
}

/** The Express side: what Discord's example app does, answering with the bot's own reply JSON. */
async function expressServer(port: number, publicKeyHex: string): Promise<void> {
  const { default: express } = await import('express');
  const { verifyKeyMiddleware } = await import('discord-interactions');
  const { Dispatcher } = await import('../src/core/dispatcher.js');
  const { commands } = await import('../src/commands/index.js');
  const { makeContext } = await import('../src/core/context.js');
  const { renderDiscord } = await import('../src/adapters/discord/render.js');
  const reply = await new Dispatcher(commands).handleLine(
    '/linkedin-ai what-data',
    { platform: 'discord', locale: 'en', userId: 'x' },
    makeContext(),
  );
  const data = renderDiscord(reply);
  const app = express();
  app.post('/interactions', verifyKeyMiddleware(publicKeyHex), (req, res) => {
    const body = req.body as { type?: number };
    if (body.type === 1) {
      res.send({ type: 1 });
      return;
    }
    res.send({ type: 4, data });
  });
  app.listen(port, '127.0.0.1');
}

interface Run {
  rps: number;
  p99: number;
  errors: number;
}

async function measure(
  server: Server,
  privateKey: KeyObject,
  seconds: number,
  connections: number,
): Promise<Run> {
  // autocannon ships no types; this is the slice of its API used here.
  const autocannon = createRequire(import.meta.url)('autocannon') as (opts: object) => Promise<{
    requests: { average: number };
    latency: { p99: number };
    non2xx: number;
    errors: number;
    timeouts: number;
  }>;
  const body = payload();
  const result = await autocannon({
    url: server.url,
    method: 'POST',
    body,
    headers: signedHeaders(privateKey, body),
    connections,
    duration: seconds,
  });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function main(): Promise<void> {
  const seconds = arg('seconds', 10);
  const rounds = arg('rounds', 3);
  const connections = arg('connections', 50);
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicKeyHex = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');

  const servers = [await startBot(publicKeyHex), await startExpress(publicKeyHex)];
  try {
    // Same request, same answer: otherwise the comparison means nothing.
    const body = payload();
    const answers = await Promise.all(
      servers.map(async (s) => {
        const res = await fetch(s.url, { method: 'POST', body, headers: signedHeaders(privateKey, body) });
        if (res.status !== 200) throw new Error(`${s.name} answered ${res.status}`);
        return JSON.stringify(await res.json());
      }),
    );
    if (answers[0] !== answers[1]) throw new Error('the two servers answer differently');
    console.log(`response: ${answers[0]?.length} bytes of JSON, identical on both servers`);
    console.log(
      `${rounds} alternating rounds of ${seconds}s, ${connections} connections, ${process.platform}/${process.arch} node ${process.version}`,
    );

    for (const s of servers) await measure(s, privateKey, 2, connections); // warm-up
    const runs = new Map<string, Run[]>(servers.map((s) => [s.name, []]));
    for (let r = 0; r < rounds; r++) {
      for (const s of r % 2 === 0 ? servers : [...servers].reverse()) {
        const run = await measure(s, privateKey, seconds, connections);
        runs.get(s.name)?.push(run);
        console.log(
          `  round ${r + 1} ${s.name}: ${run.rps.toFixed(0)} req/s, p99 ${run.p99} ms, errors ${run.errors}`,
        );
      }
    }
    const summary = servers.map((s) => {
      const list = runs.get(s.name) ?? [];
      return {
        name: s.name,
        rps: median(list.map((x) => x.rps)),
        p99: median(list.map((x) => x.p99)),
        errors: list.reduce((n, x) => n + x.errors, 0),
      };
    });
    console.log('\nmedians:');
    for (const s of summary) {
      console.log(
        `  ${s.name.padEnd(36)} ${s.rps.toFixed(0).padStart(7)} req/s   p99 ${s.p99} ms   errors ${s.errors}`,
      );
    }
    const [bot, exp] = summary;
    if (bot && exp) console.log(`\nbot / express throughput: ${(bot.rps / exp.rps).toFixed(2)}x`);
  } finally {
    for (const s of servers) s.child.kill('SIGTERM');
  }
}

if (process.argv[2] === '--express-server') {
  await expressServer(Number(process.argv[3]), process.argv[4] ?? '');
} else {
  await main();
}
