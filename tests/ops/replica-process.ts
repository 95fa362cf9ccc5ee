// `node dist/main.js start` as a replica, for the multi-process tests and benches: each gets an empty working
// directory (no developer .env leaks in), a free port and only the platform variables given.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { httpCall } from './support.js';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

export interface MainProcess {
  proc: ChildProcess;
  port: number;
  out: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL if still running, and remove the working directory. */
  dispose(): void;
}

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

export async function startMain(env: Record<string, string>): Promise<MainProcess> {
  const cwd = mkdtempSync(join(tmpdir(), 'bot-replica-'));
  const port = await freePort();
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
      LOG_LEVEL: 'warn',
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
  return {
    proc,
    port,
    out,
    exited,
    dispose() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}

/** Polls /healthz until `platform` is ready; fails with the child's output if it exits first. */
export async function ready(
  m: MainProcess,
  platform: 'discord' | 'slack',
  timeoutMs = 60_000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (m.proc.exitCode !== null || m.proc.signalCode !== null)
      throw new Error(`exited before ready:\n${m.out.join('\n')}`);
    const res = await httpCall(m.port, { path: '/healthz' }).catch(() => undefined);
    if (res?.status === 200) {
      const body = JSON.parse(res.body) as { platforms: Record<string, { state: string }> };
      if (body.platforms[platform]?.state === 'ready') return;
    }
    if (Date.now() > end) throw new Error(`not ready in ${timeoutMs} ms:\n${m.out.join('\n')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
