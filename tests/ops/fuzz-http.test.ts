// Property tests against the real server of a running app: whatever a client sends, the answer is never a
// 5xx and the process keeps serving. Platform routes join by adding a FuzzRoute to ROUTES (with `sign`).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { type FuzzRoute, rawRequestArb, requestArb } from './fuzz.js';
import { httpCall, memoryLog, rawCall, runningApp } from './support.js';

const ROUTES: FuzzRoute[] = [
  { method: 'GET', path: '/healthz' },
  { method: 'GET', path: '/metrics' },
  // Not registered while the platforms are off: they must 404, not fail.
  { method: 'POST', path: '/discord/interactions' },
  { method: 'POST', path: '/slack/events' },
];

let app: App;
const mem = memoryLog('warn');

beforeAll(async () => {
  app = await runningApp(undefined, mem.log);
});
afterAll(async () => {
  await app.stop();
});

describe('HTTP fuzzing', () => {
  it('never answers a well-framed request with a 5xx', async () => {
    const port = app.address.port;
    await fc.assert(
      fc.asyncProperty(requestArb(ROUTES), async (req) => {
        const res = await httpCall(port, req).catch((err: NodeJS.ErrnoException) => {
          // The server may cut an oversized upload short after answering 413; that is not a failure.
          if (req.body.length > 64 * 1024 && (err.code === 'ECONNRESET' || err.code === 'EPIPE'))
            return undefined;
          throw err;
        });
        if (res) expect(res.status, `${req.method} ${req.path}`).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
    expect((await httpCall(port, { path: '/healthz' })).status).toBe(200);
  });

  it('never answers garbage bytes with a 5xx, and keeps serving', async () => {
    const port = app.address.port;
    await fc.assert(
      fc.asyncProperty(rawRequestArb, async (bytes) => {
        const status = await rawCall(port, bytes);
        expect(status).not.toMatch(/^HTTP\/1\.[01] 5/);
      }),
      { numRuns: 150 },
    );
    expect((await httpCall(port, { path: '/healthz' })).status).toBe(200);
  });

  it('logged no handler failure while being fuzzed', () => {
    const failures = mem.entries().filter((e) => (e.level as number) >= 50);
    expect(failures).toEqual([]);
  });
});
