// The generic HTTP server: limits, odd request targets, failing handlers, timeouts and a graceful close.
import { afterEach, describe, expect, it } from 'vitest';
import { HttpServer } from '../../src/http/server.js';
import { httpCall, memoryLog, rawCall } from '../ops/support.js';

const servers: HttpServer[] = [];
async function serve(setup: (s: HttpServer) => void, opts: { handlerTimeoutMs?: number } = {}) {
  const mem = memoryLog('warn');
  const s = new HttpServer({ log: mem.log, ...opts });
  setup(s);
  servers.push(s);
  const { port } = await s.listen(0, '127.0.0.1');
  return { s, port, mem };
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close(0)));
});

describe('HttpServer', () => {
  it('answers 404 for unknown paths and 405 for a known path with another method', async () => {
    const { port } = await serve((s) => s.route('GET', '/x', () => ({ status: 204 })));
    expect((await httpCall(port, { path: '/nope' })).status).toBe(404);
    expect((await httpCall(port, { method: 'POST', path: '/x', body: '{}' })).status).toBe(405);
    expect((await httpCall(port, { path: '/x?a=1' })).status).toBe(204);
  });

  it('routes odd request targets by their path without crashing (new URL("//", base) throws)', async () => {
    const { port } = await serve((s) => s.route('GET', '/x', () => ({ status: 204 })));
    expect(await rawCall(port, 'GET // HTTP/1.1\r\nHost: a\r\n\r\n')).toMatch(/^HTTP\/1\.1 404/);
    expect(await rawCall(port, 'GET //[::1 HTTP/1.1\r\nHost: a\r\n\r\n')).toMatch(/^HTTP\/1\.1 404/);
    // "//x" is a path here, not a host: it must not be routed as "/x" or "/".
    expect(await rawCall(port, 'GET //x HTTP/1.1\r\nHost: a\r\n\r\n')).toMatch(/^HTTP\/1\.1 404/);
    // Absolute form (proxies) is routed by its path; an unparsable one is a 400.
    expect(await rawCall(port, 'GET http://a/x HTTP/1.1\r\nHost: a\r\n\r\n')).toMatch(/^HTTP\/1\.1 204/);
    expect(await rawCall(port, 'GET http://[a/x HTTP/1.1\r\nHost: a\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect((await httpCall(port, { path: '/x' })).status).toBe(204);
  });

  it('refuses bodies over 64 KiB with 413, declared or streamed', async () => {
    const { port } = await serve((s) =>
      s.route('POST', '/in', (r) => ({ status: 200, body: String(r.body.length) })),
    );
    const ok = await httpCall(port, { method: 'POST', path: '/in', body: Buffer.alloc(64 * 1024, 1) });
    expect(ok).toMatchObject({ status: 200, body: String(64 * 1024) });
    const big = await httpCall(port, {
      method: 'POST',
      path: '/in',
      body: Buffer.alloc(64 * 1024 + 1, 1),
    }).catch(() => ({ status: 413 }));
    expect(big.status).toBe(413);
    const chunked = await rawCall(
      port,
      `POST /in HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n11000\r\n${'a'.repeat(0x11000)}\r\n0\r\n\r\n`,
    );
    expect(chunked).toMatch(/^HTTP\/1\.1 413/);
  });

  it('answers 431 to oversized headers', async () => {
    const { port } = await serve(() => {});
    expect(await rawCall(port, `GET / HTTP/1.1\r\nHost: a\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`)).toMatch(
      /^HTTP\/1\.1 431/,
    );
  });

  it('turns a throwing handler or an unsendable header into a logged 500, and keeps serving', async () => {
    const { port, mem } = await serve((s) =>
      s
        .route('GET', '/throw', () => {
          throw new Error('handler bug');
        })
        .route('GET', '/bad-header', () => ({ status: 200, headers: { 'x-bad': 'a\r\nb' }, body: 'x' }))
        .route('GET', '/ok', () => ({ status: 200, body: 'fine' })),
    );
    expect((await httpCall(port, { path: '/throw' })).status).toBe(500);
    expect((await httpCall(port, { path: '/bad-header' })).status).toBe(500);
    expect((await httpCall(port, { path: '/ok' })).body).toBe('fine');
    expect(mem.entries().map((e) => e.msg)).toEqual(['route handler failed', 'could not send response']);
  });

  it('answers 503 when a handler does not answer in time', async () => {
    const { port } = await serve((s) => s.route('GET', '/hang', () => new Promise(() => {})), {
      handlerTimeoutMs: 50,
    });
    expect((await httpCall(port, { path: '/hang' })).status).toBe(503);
  });

  it('sets nosniff and no-store on every answer', async () => {
    const { port } = await serve(() => {});
    const res = await httpCall(port, { path: '/nope' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('sends a shared Buffer body with its own headers each time, and connection: close once closing', async () => {
    const body = Buffer.from('{"a":"é"}');
    const headers = { 'content-type': 'application/json' };
    let release!: () => void;
    const { s, port } = await serve((x) => {
      x.route('GET', '/shared', () => ({ status: 200, headers, body }));
      x.route('GET', '/other', () => ({ status: 201, headers: { 'x-other': '1' }, body }));
      x.route('GET', '/slow', async () => {
        await new Promise<void>((r) => {
          release = r;
        });
        return { status: 200, headers, body };
      });
    });
    for (const path of ['/shared', '/shared', '/other', '/shared']) {
      const res = await httpCall(port, { path });
      expect(res.body).toBe('{"a":"é"}');
      expect(res.headers['content-length']).toBe(String(body.length));
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-type']).toBe(path === '/other' ? undefined : 'application/json');
      expect(res.headers['x-other']).toBe(path === '/other' ? '1' : undefined);
      expect(res.status).toBe(path === '/other' ? 201 : 200);
    }
    const pending = httpCall(port, { path: '/slow' });
    while (s.active === 0) await new Promise((r) => setTimeout(r, 5));
    const closing = s.close(10_000);
    release();
    const res = await pending;
    expect(res.headers.connection).toBe('close');
    expect(res.headers['content-type']).toBe('application/json');
    await closing;
  });

  it('finishes an in-flight request on close, and refuses new connections', async () => {
    let release!: () => void;
    let arrived!: () => void;
    const arrival = new Promise<void>((r) => {
      arrived = r;
    });
    const { s, port } = await serve((x) =>
      x.route('GET', '/slow', async () => {
        arrived();
        await new Promise<void>((r) => {
          release = r;
        });
        return { status: 200, body: 'done' };
      }),
    );
    const pending = httpCall(port, { path: '/slow' });
    await arrival;
    expect(s.active).toBe(1);
    const closing = s.close(10_000);
    await expect(httpCall(port, { path: '/slow' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    release();
    const res = await pending;
    expect(res).toMatchObject({ status: 200, body: 'done' });
    expect(res.headers.connection).toBe('close');
    await closing;
    expect(s.active).toBe(0);
  });

  it('reports every response to onResponse with the route, never the raw path', async () => {
    const seen: string[] = [];
    const s = new HttpServer({
      log: memoryLog().log,
      onResponse: (route, status) => seen.push(`${route} ${status}`),
    });
    s.route('GET', '/x', () => ({ status: 204 }));
    servers.push(s);
    const { port } = await s.listen(0, '127.0.0.1');
    await httpCall(port, { path: '/x?token=abc' });
    await httpCall(port, { path: '/secret-path-123' });
    expect(seen).toEqual(['GET /x 204', 'unknown 404']);
  });
});
