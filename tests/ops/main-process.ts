// `node dist/main.js start` as an operator runs it, for black-box tests: an empty working directory (no
// developer's .env), a free port, only the variables given, and stdout (JSON log lines) and stderr kept apart.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Kills the process if still running and removes its directory. */
  cleanup(): void;
}

export async function startMain(env: Record<string, string>): Promise<MainProcess> {
  const cwd = mkdtempSync(join(tmpdir(), 'bot-main-'));
  const port = await freePort();
  // A platform token inherited from the developer's shell must not switch on a second platform.
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
  return {
    proc,
    port,
    logs,
    stderr: () => err.join(''),
    exited,
    cleanup() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}

export interface PlatformHealthView {
  state: string;
  mode: string;
  attempts?: number;
  lastError?: string;
  reason?: string;
}

/** /healthz of the process, or undefined while it does not answer. */
export async function healthOf(
  m: MainProcess,
): Promise<
  { httpStatus: number; status: string; platforms: Record<string, PlatformHealthView> } | undefined
> {
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
      throw new Error(
        `${exited ? `exited ${JSON.stringify(exited)}` : 'timed out'}:\n${m.logs.map((l) => JSON.stringify(l)).join('\n')}\n${m.stderr()}`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
