// Discord HTTP interactions: signed `/linkedin-ai what-data` at 32 connections against
//   - the bot (`node dist/main.js start`, DISCORD_MODE=http),
//   - Express 5 + discord-interactions' verifyKeyMiddleware (the stack of Discord's example app),
//   - a bare node:http server that only checks the Ed25519 signature (node:crypto, key imported once): the
//     practical limit for any server on this machine.
// The two baselines answer with the bot's own JSON, fixed. Each server runs in its own process and is idle
// while another is measured; runs alternate and medians are reported.
//
//   npm run bench -- discord        (or node .bench-dist/bench/discord-http.js [--quick])
import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { renderDiscord } from '../src/adapters/discord/render.js';
import { commands } from '../src/commands/index.js';
import { makeContext } from '../src/core/context.js';
import { Dispatcher } from '../src/core/dispatcher.js';
import { alternate } from './compare.js';
import { load } from './load.js';
import { discordHttpEnv, forkServer, metricTotal, type Proc, pidOf, serving, startBot } from './servers.js';
import { discordCommandPayload, discordHeaders, discordKeys, discordVariants } from './signing.js';
import { round } from './stats.js';

const script = fileURLToPath(import.meta.url);
const PATH = '/discord/interactions';
const USERS = 128;

export interface DiscordHttpOptions {
  rounds?: number;
  durationSec?: number;
  connections?: number;
}

export interface DiscordHttpResult {
  connections: number;
  rounds: number;
  durationSec: number;
  botRps: number;
  expressRps: number;
  bareRps: number;
  botP50Ms: number;
  botP99Ms: number;
  expressP99Ms: number;
  bareP99Ms: number;
  /** Median CPU microseconds per request of each server process (robust to other load on the machine). */
  botCpuUs: number | undefined;
  expressCpuUs: number | undefined;
  bareCpuUs: number | undefined;
  vsExpress: number;
  vsBare: number;
  failures: number;
  rateLimited: number;
  target: string;
  pass: boolean;
}

/** What the bot must answer: the same reply the dispatcher and renderer give, as an interaction response. */
async function expectedBody(): Promise<string> {
  const reply = await new Dispatcher(commands).handleLine(
    '/linkedin-ai what-data',
    {
      platform: 'discord',
      locale: 'en',
      userId: '1300000000000000004',
      channel: { id: '1300000000000000003', workspaceId: '1300000000000000002' },
    },
    makeContext(),
  );
  return JSON.stringify({ type: 4, data: renderDiscord(reply) });
}

async function check(name: string, url: string, keys: ReturnType<typeof discordKeys>, expected: string) {
  const body = discordCommandPayload();
  const res = await fetch(url, { method: 'POST', headers: discordHeaders(keys, body), body });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${name} answered ${res.status}: ${text.slice(0, 200)}`);
  if (JSON.stringify(JSON.parse(text)) !== expected) {
    throw new Error(
      `${name} answered a different body:\n${text.slice(0, 300)}\nexpected\n${expected.slice(0, 300)}`,
    );
  }
  const bad = await fetch(url, {
    method: 'POST',
    headers: { ...discordHeaders(keys, body), 'x-signature-ed25519': '0'.repeat(128) },
    body,
  });
  await bad.arrayBuffer();
  if (bad.status !== 401) throw new Error(`${name} accepted a bad signature (${bad.status})`);
}

export async function discordHttpBench(opts: DiscordHttpOptions = {}): Promise<DiscordHttpResult> {
  const rounds = opts.rounds ?? 5;
  const durationSec = opts.durationSec ?? 6;
  const connections = opts.connections ?? 32;
  const keys = discordKeys();
  const expected = await expectedBody();
  const procs: Proc[] = [];
  try {
    const bot = await startBot(discordHttpEnv(keys.publicKeyHex));
    procs.push(bot);
    const env = { BENCH_PUBLIC_KEY: keys.publicKeyHex, BENCH_BODY: expected };
    const express = await forkServer(script, 'express', env);
    procs.push(express);
    const bare = await forkServer(script, 'bare', env);
    procs.push(bare);
    const urls = { bot: `${bot.url}${PATH}`, express: `${express.url}${PATH}`, bare: `${bare.url}${PATH}` };
    for (const [name, url] of Object.entries(urls)) await check(name, url, keys, expected);

    const limitedBefore = await metricTotal(bot.url, 'bot_rate_limited_total');
    // Signed per run: a run must stay inside the 5-minute timestamp window.
    const run = (url: string) => (durationSec: number) =>
      load({ url, variants: discordVariants(keys, USERS), connections, durationSec });
    const m = await alternate(
      [
        { name: 'bot', run: run(urls.bot), ...pidOf(bot) },
        { name: 'express', run: run(urls.express), ...pidOf(express) },
        { name: 'bare', run: run(urls.bare), ...pidOf(bare) },
      ],
      { rounds, durationSec, warmupSec: Math.min(3, durationSec), label: 'discord' },
    );
    const rateLimited = (await metricTotal(bot.url, 'bot_rate_limited_total')) - limitedBefore;
    const b = m.bot!;
    const e = m.express!;
    const x = m.bare!;
    const vsExpress = b.rps / e.rps;
    const vsBare = b.rps / x.rps;
    return {
      connections,
      rounds,
      durationSec,
      botRps: b.rps,
      expressRps: e.rps,
      bareRps: x.rps,
      botP50Ms: b.p50Ms,
      botP99Ms: b.p99Ms,
      expressP99Ms: e.p99Ms,
      bareP99Ms: x.p99Ms,
      botCpuUs: b.cpuUsPerRequest,
      expressCpuUs: e.cpuUsPerRequest,
      bareCpuUs: x.cpuUsPerRequest,
      vsExpress: round(vsExpress, 2),
      vsBare: round(vsBare, 2),
      failures: b.failures + e.failures + x.failures,
      rateLimited,
      target: 'bot ≥ 1.2× express, ≥ 0.6× bare, p99 < 20 ms',
      pass:
        vsExpress >= 1.2 &&
        vsBare >= 0.6 &&
        b.p99Ms < 20 &&
        b.failures + e.failures + x.failures === 0 &&
        rateLimited === 0,
    };
  } finally {
    await Promise.all(procs.map((p) => p.stop()));
  }
}

// ---- child side ----

/** Discord's example app: Express with verifyKeyMiddleware, answering with fixed JSON. */
async function serveExpress(publicKeyHex: string, body: string): Promise<number> {
  const { default: express } = await import('express');
  const { verifyKeyMiddleware } = await import('discord-interactions');
  const data = (JSON.parse(body) as { data: unknown }).data;
  const app = express();
  app.post(PATH, verifyKeyMiddleware(publicKeyHex), (req, res) => {
    if ((req.body as { type?: number }).type === 1) {
      res.send({ type: 1 });
      return;
    }
    res.send({ type: 4, data });
  });
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      resolve(typeof addr === 'object' && addr ? addr.port : 0);
    });
  });
}

/** The practical limit: read the body, verify the signature with a key object made once, answer fixed JSON. */
async function serveBare(publicKeyHex: string, body: string): Promise<number> {
  const key: KeyObject = createPublicKey({
    key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(publicKeyHex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
  const answer = Buffer.from(body);
  const headers = { 'content-type': 'application/json', 'content-length': String(answer.length) };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const sig = req.headers['x-signature-ed25519'];
      const ts = req.headers['x-signature-timestamp'];
      const ok =
        typeof sig === 'string' &&
        typeof ts === 'string' &&
        verify(null, Buffer.concat([Buffer.from(ts), ...chunks]), key, Buffer.from(sig, 'hex'));
      if (!ok) {
        res.writeHead(401, { 'content-length': '0' });
        res.end();
        return;
      }
      res.writeHead(200, headers);
      res.end(answer);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      resolve(typeof addr === 'object' && addr ? addr.port : 0);
    });
  });
}

if (process.argv[1] === script) {
  const argv = process.argv.slice(2);
  if (argv[0] === '--serve') {
    const key = process.env.BENCH_PUBLIC_KEY ?? '';
    const body = process.env.BENCH_BODY ?? '';
    serving(await (argv[1] === 'express' ? serveExpress(key, body) : serveBare(key, body)));
  } else {
    const quick = argv.includes('--quick');
    console.table(await discordHttpBench(quick ? { rounds: 3, durationSec: 2 } : {}));
  }
}
