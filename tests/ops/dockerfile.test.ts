// No Docker engine runs here, so the Dockerfile's essentials are checked from its text, and its
// HEALTHCHECK command is run for real against a running app.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { runningApp } from './support.js';

const root = new URL('../../', import.meta.url);
const text = readFileSync(new URL('Dockerfile', root), 'utf8');

interface Instruction {
  op: string;
  args: string;
}
/** Instructions with line continuations joined and comments dropped. */
const instructions: Instruction[] = text
  .replace(/\\\r?\n/g, ' ')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const [op = '', ...rest] = l.split(/\s+/);
    return { op: op.toUpperCase(), args: rest.join(' ') };
  });

const stages: Instruction[][] = [];
for (const i of instructions) {
  if (i.op === 'FROM') stages.push([]);
  stages.at(-1)?.push(i);
}
const [build = [], runtime = []] = stages;
const find = (stage: Instruction[], op: string) => stage.filter((i) => i.op === op);
const runs = (stage: Instruction[]) => find(stage, 'RUN').map((i) => i.args);

describe('Dockerfile', () => {
  it('has a build stage with the toolchain for better-sqlite3 and a runtime stage, both on Node 20 slim', () => {
    expect(stages).toHaveLength(2);
    expect(build[0]?.args).toMatch(/^node:20-bookworm-slim AS build$/i);
    expect(runtime[0]?.args).toMatch(/^node:20-bookworm-slim( AS \w+)?$/i);
    const install = runs(build).find((r) => r.includes('apt-get install')) ?? '';
    for (const pkg of ['python3', 'make', 'g++']) expect(install.split(/\s+/)).toContain(pkg);
    // The Node major matches what package.json promises and CI runs: 20 (from 20.19, which loads ES modules
    // with require; src/ask/language.ts and src/core/message-language.ts rely on it).
    const engines = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).engines.node as string;
    expect(engines).toMatch(/^\^20\.19\.0 \|\| /);
  });

  it('builds with the lockfile and keeps only production dependencies', () => {
    const r = runs(build).join(' && ');
    expect(r).toMatch(/npm ci\b/);
    // `npm ci` runs `prepare` (= build) before the sources are copied unless scripts are skipped.
    expect(r).toMatch(/npm ci --ignore-scripts/);
    expect(r).toMatch(/npm rebuild better-sqlite3/);
    expect(r).toMatch(/npm run build/);
    expect(r).toMatch(/npm prune --omit=dev/);
    const copied = find(runtime, 'COPY').map((i) => i.args);
    expect(copied.every((c) => c.startsWith('--from=build'))).toBe(true);
    expect(copied.some((c) => /\/app\/dist\s/.test(c))).toBe(true);
    expect(copied.some((c) => /\/app\/node_modules\s/.test(c))).toBe(true);
    expect(copied.some((c) => /src/.test(c))).toBe(false);
  });

  it('copies only files that exist and that .dockerignore lets through', () => {
    const ignore = readFileSync(new URL('.dockerignore', root), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    for (const entry of ['node_modules', 'dist', 'data', '.env', '.git', 'bench/results.json'])
      expect(ignore).toContain(entry);
    const sources = find(build, 'COPY').flatMap((i) => i.args.split(/\s+/).slice(0, -1));
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) {
      expect(existsSync(new URL(s, root)), s).toBe(true);
      expect(ignore, s).not.toContain(s.replace(/\/$/, ''));
    }
  });

  it('runs as the unprivileged node user, with the database on the /data volume, port 3000 and node as PID 1', () => {
    const users = find(runtime, 'USER');
    expect(users.map((u) => u.args)).toEqual(['node']);
    // Everything after USER runs unprivileged; /data must have been prepared before it.
    const userAt = runtime.indexOf(users[0]!);
    expect(
      runtime.slice(0, userAt).some((i) => i.op === 'RUN' && /chown node:node \/data/.test(i.args)),
    ).toBe(true);
    expect(find(runtime, 'VOLUME').map((i) => i.args)).toEqual(['/data']);
    expect(
      find(runtime, 'ENV')
        .map((i) => i.args)
        .join(' '),
    ).toMatch(/DATABASE_PATH=\/data\/bot\.sqlite\b/);
    expect(find(runtime, 'EXPOSE').map((i) => i.args)).toEqual(['3000']);
    // The image runs the bot exactly as `npm start` does, V8 flags included.
    const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts
      .start;
    expect(find(runtime, 'CMD').map((i) => JSON.parse(i.args))).toEqual([start.split(' ')]);
    expect(start).toMatch(/^node .*dist\/main\.js$/);
  });

  describe('HEALTHCHECK', () => {
    const hc = find(runtime, 'HEALTHCHECK')[0]?.args ?? '';
    const cmd = JSON.parse(hc.slice(hc.indexOf('CMD') + 3).trim()) as string[];
    let app: App;
    beforeAll(async () => {
      app = await runningApp();
    });
    afterAll(async () => {
      await app.stop();
    });
    // Asynchronous: the app answering the probe lives in this very process.
    const probe = () =>
      new Promise<number | null>((resolve) => {
        const p = spawn(process.execPath, cmd.slice(1), {
          env: { ...process.env, HTTP_PORT: String(app.address.port) },
          stdio: 'ignore',
        });
        p.on('exit', (code) => resolve(code));
      });

    it('asks /healthz with node itself (no curl in the slim image)', () => {
      expect(cmd[0]).toBe('node');
      expect(cmd.join(' ')).toContain('/healthz');
      expect(hc).toMatch(/--interval=\d+s/);
      expect(hc).toMatch(/--timeout=\d+s/);
    });

    it('passes while healthy and fails while down', async () => {
      expect(await probe()).toBe(0);
      app.services.health.set('discord', 'gateway', 'down');
      expect(await probe()).toBe(1);
      app.services.health.set('discord', 'gateway', 'connected');
      expect(await probe()).toBe(0);
    });
  });
});
