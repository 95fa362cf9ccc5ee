// Processes under test: the real bot (`node dist/main.js start`) and baseline servers forked from a bench
// script. Each server gets its own process, so it has its own event loop, heap and JIT, and sits idle while
// another one is measured; the load generator runs in the bench process itself.
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The signing secret every Slack bench signs with (bench/signing.ts `slackHeaders`). */
export const BENCH_SLACK_SECRET = 'bench-signing-secret-0123456789abcdef';

/**
 * The environment that turns on the bot's Discord HTTP endpoint for a bench. Nothing in a bench calls Discord;
 * a closed port makes sure of it.
 */
export function discordHttpEnv(publicKeyHex: string): Record<string, string> {
  return {
    DISCORD_TOKEN: 'bench.discord.token',
    DISCORD_MODE: 'http',
    DISCORD_APPLICATION_ID: '1300000000000000000',
    DISCORD_PUBLIC_KEY: publicKeyHex,
    DISCORD_API_URL: 'http://127.0.0.1:9/api',
  };
}

/** The environment that turns on the bot's Slack HTTP endpoint, against a local fake Slack API. */
export function slackHttpEnv(apiUrl: string): Record<string, string> {
  return { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: BENCH_SLACK_SECRET, SLACK_API_URL: apiUrl };
}

export interface Proc {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
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

function stopper(child: ChildProcess, cleanup?: () => void): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      const done = () => {
        cleanup?.();
        resolve();
      };
      if (child.exitCode !== null || child.signalCode !== null) return done();
      const hard = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(hard);
        done();
      });
      child.kill('SIGTERM');
    });
}

/** The node flags `npm start` (and the Docker image) run the bot with, read from package.json's start script. */
export function productionNodeArgs(): string[] {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } };
  return pkg.scripts.start.split(' ').filter((a) => a.startsWith('--'));
}

/**
 * Starts the compiled bot with only the variables given (plus a throw-away database and a high per-user rate
 * limit, which the load runs spread over many users anyway) and waits for /healthz. `nodeArgs` is for
 * profiling (`--cpu-prof`); `entry` (or BENCH_BOT_ENTRY) runs another build (before/after comparisons).
 */
export async function startBot(
  env: Record<string, string>,
  nodeArgs: string[] = productionNodeArgs(),
  entry = process.env.BENCH_BOT_ENTRY ?? 'dist/main.js',
): Promise<Proc & { port: number; stderr: () => string }> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'bot-bench-'));
  const child = spawn(process.execPath, [...nodeArgs, entry, 'start'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: String(port),
      DATABASE_PATH: join(dir, 'bot.sqlite'),
      // Production's default level: what it costs on the hot path is part of the figure.
      LOG_LEVEL: 'info',
      RATE_LIMIT_PER_MINUTE: '10000',
      // Experiments with V8 flags (e.g. heap sizing) without a rebuild.
      ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
      ...env,
    },
  });
  // Passed through, and kept: the inspector announces its URL there (bench/heap.ts).
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => {
    stderr += c.toString();
    process.stderr.write(c);
  });
  const stop = stopper(child, () => rmSync(dir, { recursive: true, force: true }));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`bot exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) return { url: base, port, child, stop, stderr: () => stderr };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await stop();
  throw new Error('bot did not become healthy');
}

/**
 * Forks `script --serve <kind>` with `env`; the child answers over IPC with `{ port }` once it listens.
 */
export function forkServer(script: string, kind: string, env: Record<string, string>): Promise<Proc> {
  const child = fork(script, ['--serve', kind], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m) =>
      resolve({
        url: `http://127.0.0.1:${(m as { port: number }).port}`,
        child,
        stop: stopper(child),
      }),
    );
    child.once('exit', (code) => reject(new Error(`${kind} server exited (${code})`)));
  });
}

/** The process to read CPU time from, for `alternate`'s CPU per request. */
export function pidOf(p: Proc): { pid?: number } {
  return p.child.pid === undefined ? {} : { pid: p.child.pid };
}

/** Child side of `forkServer`: report the port, exit on SIGTERM. */
export function serving(port: number): void {
  process.send?.({ port });
  process.on('SIGTERM', () => process.exit(0));
}

/** Counter value from the bot's Prometheus text (summed over label sets), to check a load run. */
export async function metricTotal(baseUrl: string, name: string): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  let total = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith(`${name}{`) || line.startsWith(`${name} `)) total += Number(line.split(' ').pop());
  }
  return total;
}
