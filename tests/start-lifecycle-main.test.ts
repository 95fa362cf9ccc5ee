// Process lifecycle: SIGTERM on a running server finishes in-flight work and exits 0 before the deadline
// (a hung shutdown exits 1 at the deadline, so exit code 0 is the proof it was within it); crashes exit 1.
import { type ChildProcess, spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { installLifecycle } from '../src/start.js';
import { httpCall, memoryLog } from './ops/support.js';

const FIXTURE = fileURLToPath(new URL('./ops/fixtures/serve.mjs', import.meta.url));

interface Child {
  proc: ChildProcess;
  port: number;
  out: string[];
  waitFor(text: string): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

async function child(env: Record<string, string> = {}): Promise<Child> {
  const proc = spawn(process.execPath, [FIXTURE], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: string[] = [];
  const waiters: { text: string; resolve: () => void }[] = [];
  let buffer = '';
  proc.stdout?.on('data', (c: Buffer) => {
    buffer += c.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    out.push(...lines);
    for (const w of [...waiters]) {
      if (out.some((l) => l.includes(w.text))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  proc.stderr?.on('data', (c: Buffer) => out.push(`stderr: ${c.toString()}`));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const waitFor = (text: string) =>
    out.some((l) => l.includes(text))
      ? Promise.resolve()
      : Promise.race([
          new Promise<void>((resolve) => waiters.push({ text, resolve })),
          exited.then(() => {
            throw new Error(`exited before printing "${text}":\n${out.join('\n')}`);
          }),
        ]);
  await waitFor('{"port"');
  const portLine = out.find((l) => l.startsWith('{"port"'));
  return { proc, port: (JSON.parse(portLine ?? '{}') as { port: number }).port, out, waitFor, exited };
}

const logged = (out: string[], msg: string) =>
  out.filter((l) => l.startsWith('{"level"')).some((l) => (JSON.parse(l) as { msg?: string }).msg === msg);

describe('lifecycle (child process)', () => {
  it('on SIGTERM stops accepting, finishes the in-flight request and exits 0', async () => {
    const c = await child();
    const inFlight = httpCall(c.port, { path: '/slow' });
    await c.waitFor('slow-started');
    c.proc.kill('SIGTERM');
    await c.waitFor('shutting down');
    // Refused, or reset when the connection reached the kernel's backlog just before the listener closed.
    const late = await httpCall(c.port, { path: '/healthz' }).then(
      (r) => `answered ${r.status}`,
      (err: NodeJS.ErrnoException) => err.code,
    );
    expect(['ECONNREFUSED', 'ECONNRESET']).toContain(late);
    expect(await inFlight).toMatchObject({ status: 200, body: 'finished' });
    expect(await c.exited).toEqual({ code: 0, signal: null });
    expect(logged(c.out, 'stopped')).toBe(true);
  });

  it('SIGINT works the same way', async () => {
    const c = await child();
    c.proc.kill('SIGINT');
    expect(await c.exited).toEqual({ code: 0, signal: null });
  });

  it('cuts a request that never finishes at the grace period and still exits 0', async () => {
    const c = await child({ FIXTURE_DEADLINE_MS: '900' });
    const hung = httpCall(c.port, { path: '/hang' }).catch((err: NodeJS.ErrnoException) => err.code);
    await c.waitFor('hang-started');
    c.proc.kill('SIGTERM');
    expect(await hung).toBe('ECONNRESET');
    expect(await c.exited).toEqual({ code: 0, signal: null });
  });

  it('exits 1 at the deadline when a clean-up step hangs', async () => {
    const c = await child({ FIXTURE_DEADLINE_MS: '500', FIXTURE_STUCK_CLEANUP: '1' });
    c.proc.kill('SIGTERM');
    expect(await c.exited).toEqual({ code: 1, signal: null });
    expect(logged(c.out, 'shutdown took too long; exiting')).toBe(true);
  });

  it('logs an unhandled rejection as fatal and exits 1', async () => {
    const c = await child({ FIXTURE_CRASH: '1' });
    expect(await c.exited).toEqual({ code: 1, signal: null });
    const fatal = c.out.filter((l) => l.startsWith('{"level":60'));
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toContain('nobody handles this');
  });
});

describe('installLifecycle (in process)', () => {
  it('stops once, exits 0, and a second signal exits 1 at once', async () => {
    const target = new EventEmitter();
    const exits: number[] = [];
    let stops = 0;
    let finish!: () => void;
    const app = {
      stop: () => {
        stops++;
        return new Promise<void>((r) => {
          finish = r;
        });
      },
    };
    const lc = installLifecycle(app, { log: memoryLog().log, exit: (c) => exits.push(c), target });
    target.emit('SIGTERM');
    target.emit('SIGTERM');
    expect(exits).toEqual([1]);
    finish();
    await lc.shutdown('again');
    expect(stops).toBe(1);
    expect(exits).toEqual([1]);
    lc.dispose();
    expect(target.listenerCount('SIGTERM')).toBe(0);
  });

  it('exits 1 when stopping fails', async () => {
    const exits: number[] = [];
    const mem = memoryLog();
    const lc = installLifecycle(
      { stop: () => Promise.reject(new Error('db close failed')) },
      { log: mem.log, exit: (c) => exits.push(c), target: new EventEmitter() },
    );
    await lc.shutdown('test');
    expect(exits).toEqual([1]);
    expect(mem.entries().map((e) => e.msg)).toContain('error while stopping');
  });
});
