// The app's own work per request, in-process and without the network: the real app (`startApp` of a compiled
// build) is started, its route handler for the Discord or Slack endpoint is called in a tight loop with
// pre-signed requests from 128 users, and the CPU time per request is reported (best and median of several
// rounds). Neither node:http nor the load generator takes part, and for Discord the Ed25519 check (the same
// for every server, about 90 µs) is stubbed out, so what remains is exactly what the bot adds: JSON, payload
// validation, the pipeline, limits, the reply cache, metrics and rendering. CPU time per request in a loop holds
// far better than req/s on a machine shared with other work.
//
//   node .bench-dist/bench/hot-path.js discord|slack [dist dir, default dist] [rounds] [iterations]
//   e.g. compare ../base/dist with dist (a worktree of the base commit, built).

import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FakeSlack } from '../tests/fakes/slack-api.js';
import { BENCH_SLACK_SECRET, discordHttpEnv, slackHttpEnv } from './servers.js';
import {
  discordCommandPayload,
  discordHeaders,
  discordKeys,
  slackCommandBody,
  slackHeaders,
} from './signing.js';
import { median } from './stats.js';

interface HttpRequestLike {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: Buffer;
}
type Handler = (req: HttpRequestLike) => unknown;

const [kindArg, distArg, roundsArg, itersArg] = process.argv.slice(2);
const kind = kindArg === 'slack' ? 'slack' : 'discord';
const dist = resolve(distArg ?? 'dist');
const rounds = Number(roundsArg ?? 7);
const iterations = Number(itersArg ?? 20_000);

if (kind === 'discord') {
  // Before the app's modules load, so their `import { verify } from 'node:crypto'` binds to the stub.
  createRequire(import.meta.url)('node:crypto').verify = () => true;
  syncBuiltinESMExports();
}

const keys = discordKeys();
const fake = kind === 'slack' ? await new FakeSlack().start() : undefined;
const dir = mkdtempSync(join(tmpdir(), 'bot-hot-'));
const env: Record<string, string> = {
  HTTP_HOST: '127.0.0.1',
  HTTP_PORT: '0',
  DATABASE_PATH: join(dir, 'bot.sqlite'),
  LOG_LEVEL: 'info',
  RATE_LIMIT_PER_MINUTE: '10000',
  ...(kind === 'discord' ? discordHttpEnv(keys.publicKeyHex) : slackHttpEnv(fake?.apiUrl ?? '')),
};

const { loadConfig } = (await import(pathToFileURL(join(dist, 'config.js')).href)) as {
  loadConfig(env: NodeJS.ProcessEnv): unknown;
};
const { createLogger } = (await import(pathToFileURL(join(dist, 'log.js')).href)) as {
  createLogger(level: string, dest: { write(s: string): void }): unknown;
};
const { startApp } = (await import(pathToFileURL(join(dist, 'app.js')).href)) as {
  startApp(
    config: unknown,
    log: unknown,
    opts?: object,
  ): Promise<{ services: { http: unknown }; stop(): Promise<void> }>;
};
const app = await startApp(loadConfig(env), createLogger('info', { write() {} }), {
  waitForPlatforms: false,
});
// Slack: auth.test must have answered before Bolt takes events.
await new Promise((r) => setTimeout(r, 500));
const path = kind === 'discord' ? '/discord/interactions' : '/slack/events';
const handler = (app.services.http as { routes: Map<string, Handler> }).routes.get(`POST ${path}`);
if (!handler) throw new Error(`no route POST ${path} in ${dist}`);

const requests: HttpRequestLike[] = Array.from({ length: 128 }, (_, i) => {
  if (kind === 'discord') {
    const body = discordCommandPayload('what-data', String(1400000000000000000n + BigInt(i)));
    return {
      method: 'POST',
      path,
      query: new URLSearchParams(),
      headers: discordHeaders(keys, body),
      body: Buffer.from(body),
    };
  }
  const body = slackCommandBody('/linkedin-ai', 'what-data', `U0BENCH${String(i).padStart(4, '0')}`);
  return {
    method: 'POST',
    path,
    query: new URLSearchParams(),
    headers: slackHeaders(BENCH_SLACK_SECRET, body),
    body: Buffer.from(body),
  };
});

async function once(req: HttpRequestLike): Promise<void> {
  const r = handler!(req);
  const res = (typeof (r as { then?: unknown })?.then === 'function' ? await r : r) as { status: number };
  if (res.status !== 200) throw new Error(`answered ${res.status}`);
}

// Warm-up: every user's first request (Slack: users.info for the language), then the JIT.
for (const req of requests) await once(req);
await new Promise((r) => setTimeout(r, 300));
for (let i = 0; i < iterations; i++) await once(requests[i % requests.length]!);

const perRequest: number[] = [];
for (let r = 0; r < rounds; r++) {
  const before = process.cpuUsage();
  for (let i = 0; i < iterations; i++) await once(requests[i % requests.length]!);
  const used = process.cpuUsage(before);
  perRequest.push((used.user + used.system) / iterations);
}
const best = Math.min(...perRequest);
process.stdout.write(
  `${kind} ${dist}: best ${best.toFixed(2)} µs/request, median ${median(perRequest).toFixed(2)} µs ` +
    `(${rounds} rounds × ${iterations}; load ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')})\n`,
);
await app.stop();
await fake?.close();
rmSync(dir, { recursive: true, force: true });
