// Helpers for the operations tests: an in-memory log, a config without platforms, a running app, raw HTTP.
import { request } from 'node:http';
import { connect } from 'node:net';
import type { App } from '../../src/app.js';
import { startApp } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/log.js';

export interface MemoryLog {
  log: Logger;
  lines: string[];
  text(): string;
  entries(): Record<string, unknown>[];
}

/** A real pino logger (redaction, masking and all) writing into memory. */
export function memoryLog(level = 'trace', secrets: readonly string[] = []): MemoryLog {
  const lines: string[] = [];
  const log = createLogger(level, { destination: { write: (s: string) => void lines.push(s) }, secrets });
  return {
    log,
    lines,
    text: () => lines.join(''),
    entries: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

export function baseConfig(env: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({
    HTTP_HOST: '127.0.0.1',
    HTTP_PORT: '0',
    LOG_LEVEL: 'silent',
    DATABASE_PATH: ':memory:',
    ...env,
  });
}

export async function runningApp(config: Config = baseConfig(), log: Logger = memoryLog().log): Promise<App> {
  return startApp(config, log);
}

export interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function httpCall(
  port: number,
  opts: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: opts.method ?? 'GET',
        path: opts.path ?? '/',
        // Framed explicitly: Node's client sends a GET body unframed, which is a different (raw) test.
        headers:
          opts.body === undefined
            ? opts.headers
            : { ...opts.headers, 'content-length': String(Buffer.byteLength(opts.body)) },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

/** Writes raw bytes on a fresh connection; resolves with the status line ('' when the server just closed). */
export function rawCall(port: number, bytes: Buffer | string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('latin1').split('\r\n')[0] ?? '');
    };
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      if (Buffer.concat(chunks).includes('\r\n')) done();
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.on('connect', () => {
      socket.write(bytes);
      // Half-close: a request the parser still waits on gets answered or dropped, never left hanging.
      socket.end();
    });
  });
}
