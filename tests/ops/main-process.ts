// `node dist/main.js start` as an operator runs it, for every black-box test that starts the bot (one process,
// gateway shards, replicas on one database): an empty working directory (no developer's .env), a free port,
// only the variables given, and stdout (JSON log lines) and stderr kept apart.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import { httpCall } from './support.js';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface MainProcess {
  proc: ChildProcess;
  port: number;
  /** JSON log lines from stdout, parsed. */
  logs: Record<string, unknown>[];
  /** Everything written to stderr. */
  stderr(): string;
  /** The log lines and stderr, for the message of a test that failed waiting on the process. */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Kills the process if still running and removes its directory (done for you when the test finishes). */
  cleanup(): void;
}

/**
 * Starts the bot with `env` on top of the test's environment (LOG_LEVEL `info` unless `env` says); it is
 * killed and its directory removed when the test finishes, whatever the outcome.
 */
export async function startMain(env: Record<string, string>): Promise<MainProcess> {
  const cwd = mkdtempSync(join(tmpdir(), 'bot-main-'));
  const port = await freePort();
  // A platform token or database inherited from the developer's shell must not switch on a second platform
  // or point a test at a real database.
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(DISCORD|SLACK|DATABASE|REDIS)_/.test(k)),
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
  const logs: Record<string, unknown>[] = [];
  let pending = '';
  proc.stdout?.on('data', (c: Buffer) => {
    pending += c.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const l of lines) if (l.startsWith('{')) logs.push(JSON.parse(l) as Record<string, unknown>);
  });
  const err: string[] = [];
  proc.stderr?.on('data', (c: Buffer) => err.push(c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const m: MainProcess = {
    proc,
    port,
    logs,
    stderr: () => err.join(''),
    output: () => `${logs.map((l) => JSON.stringify(l)).join('\n')}\n${err.join('')}`,
    exited,
    cleanup() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
      rmSync(cwd, { recursive: true, force: true });
    },
  };
  onTestFinished(() => m.cleanup());
  return m;
}

/** The `msg` of every log line so far, in order. */
export const logMessages = (m: MainProcess): string[] =>
  m.logs.map((l) => l.msg).filter((msg): msg is string => typeof msg === 'string');

export interface PlatformHealthView {
  state: string;
  mode: string;
  attempts?: number;
  lastError?: string;
  reason?: string;
  /** Gateway shards this process runs, by id. */
  shards?: Record<string, unknown>;
}

export interface HealthView {
  httpStatus: number;
  status: string;
  platforms: Record<string, PlatformHealthView>;
}

/** /healthz of the process, or undefined while it does not answer. */
export async function healthOf(m: MainProcess): Promise<HealthView | undefined> {
  const res = await httpCall(m.port, { path: '/healthz' }).catch(() => undefined);
  if (!res) return undefined;
  return {
    httpStatus: res.status,
    ...(JSON.parse(res.body) as { status: string; platforms: Record<string, PlatformHealthView> }),
  };
}

/** Polls `check` every 50 ms until it returns a value; fails with the process output if it exits first. */
export async function until<T>(
  m: MainProcess,
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let exited: unknown;
  void m.exited.then((e) => {
    exited = e;
  });
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (exited || Date.now() > deadline) {
      throw new Error(`${exited ? `exited ${JSON.stringify(exited)}` : 'timed out'}:\n${m.output()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** /healthz once it answers 200 with `platform` ready; fails with the process output if it exits first. */
export function ready(
  m: MainProcess,
  platform: 'discord' | 'slack',
  timeoutMs = 60_000,
): Promise<HealthView> {
  return until(
    m,
    async () => {
      const h = await healthOf(m);
      return h?.httpStatus === 200 && h.platforms[platform]?.state === 'ready' ? h : undefined;
    },
    timeoutMs,
  );
}
