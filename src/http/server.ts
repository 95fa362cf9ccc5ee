// The one HTTP server: routes by method and path, a body limit, timeouts, and never a crash on bad input.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from '../log.js';

export const BODY_LIMIT_BYTES = 64 * 1024;
/** A handler that has not answered by then gets a 503: platforms retry or give up long before. */
export const HANDLER_TIMEOUT_MS = 15_000;

export interface HttpRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface HttpResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export type RouteHandler = (req: HttpRequest) => HttpResponse | Promise<HttpResponse>;

export const json = (status: number, value: unknown, headers: Record<string, string> = {}): HttpResponse => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(value),
});

export const errorJson = (status: number, error: string): HttpResponse => json(status, { error });

export interface HttpServerOptions {
  log: Logger;
  bodyLimit?: number;
  handlerTimeoutMs?: number;
  /** Called after every response, for metrics; `route` is "METHOD /path" of a registered route or "unknown". */
  onResponse?: (route: string, status: number, seconds: number) => void;
}

/**
 * The path of a request target without trusting `new URL(target, base)`: that reads "//x" as a host and
 * throws on "//", which inside a request listener would be an uncaught exception.
 */
function parseTarget(target: string): { path: string; query: URLSearchParams } | undefined {
  // The usual target (a plain path, no query, no dot segments, nothing to escape) is its own pathname.
  if (PLAIN_PATH.test(target)) return { path: target, query: new URLSearchParams() };
  try {
    const url = target.startsWith('/') ? new URL(`http://localhost${target}`) : new URL(target);
    return { path: url.pathname, query: url.searchParams };
  } catch {
    return undefined;
  }
}

/** Targets WHATWG URL parsing leaves unchanged: letters, digits, `-`, `_` and single slashes. */
const PLAIN_PATH = /^(?:\/[A-Za-z0-9_-]+)+$|^\/$/;

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

const SECURITY_HEADERS = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };

export class HttpServer {
  private readonly routes = new Map<string, RouteHandler>();
  readonly server: Server;
  private inFlight = 0;
  private closing = false;
  private readonly drained = new Set<() => void>();

  constructor(private readonly opts: HttpServerOptions) {
    this.server = createServer(
      { requestTimeout: 10_000, headersTimeout: 5_000, keepAliveTimeout: 5_000 },
      (req, res) => {
        // Counted from arrival, not from the end of the body, so a request still uploading at shutdown is
        // waited for too.
        this.inFlight++;
        res.on('close', this.finished);

        // A float, not a BigInt: nothing allocated per request for the timing.
        const started = performance.now();
        let routeLabel = 'unknown';
        const send = (r: HttpResponse) => {
          if (res.headersSent || res.destroyed) return;
          const body = r.body ?? '';
          let status = r.status;
          try {
            res.writeHead(r.status, this.headersFor(r, body));
            res.end(body);
          } catch (err) {
            // A handler returned an unsendable header; answer plainly rather than leave the socket hanging.
            this.opts.log.error({ err, route: routeLabel }, 'could not send response');
            if (!res.headersSent) {
              res.writeHead(500, { 'content-type': 'application/json' });
              res.end('{"error":"internal error"}');
              status = 500;
            } else res.destroy();
          }
          const seconds = (performance.now() - started) / 1e3;
          try {
            this.opts.onResponse?.(routeLabel, status, seconds);
          } catch (err) {
            this.opts.log.warn({ err }, 'onResponse hook failed');
          }
        };

        const target = parseTarget(req.url ?? '/');
        if (!target) {
          req.resume();
          send(errorJson(400, 'bad request target'));
          return;
        }
        const key = `${req.method ?? 'GET'} ${target.path}`;
        const handler = this.routes.get(key);
        if (!handler) {
          const known = [...this.routes.keys()].some((k) => k.slice(k.indexOf(' ') + 1) === target.path);
          req.resume();
          send(known ? errorJson(405, 'method not allowed') : errorJson(404, 'not found'));
          return;
        }
        routeLabel = key;
        const limit = this.opts.bodyLimit ?? BODY_LIMIT_BYTES;
        const declared = Number(req.headers['content-length'] ?? 0);
        if (declared > limit) {
          // Close the connection: reading an oversized body to the end would be the attacker's win.
          res.setHeader('connection', 'close');
          send(errorJson(413, `body larger than ${limit} bytes`));
          req.destroy();
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        let aborted = false;
        req.on('data', (chunk: Buffer) => {
          if (aborted) return;
          size += chunk.length;
          if (size > limit) {
            aborted = true;
            res.setHeader('connection', 'close');
            send(errorJson(413, `body larger than ${limit} bytes`));
            req.destroy();
            return;
          }
          chunks.push(chunk);
        });
        req.on('error', () => {
          aborted = true;
        });
        req.on('end', () => {
          if (aborted) return;
          const request: HttpRequest = {
            method: req.method ?? 'GET',
            path: target.path,
            query: target.query,
            headers: req.headers,
            // The usual small body arrives in one chunk: used as it is, not copied.
            body: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size),
          };
          let result: HttpResponse | Promise<HttpResponse>;
          try {
            result = handler(request);
          } catch (err) {
            this.opts.log.error({ err, route: key }, 'route handler failed');
            send(errorJson(500, 'internal error'));
            return;
          }
          // An answer ready at once (a cached reply) is sent without a promise or a timeout timer.
          if (!isPromiseLike(result)) {
            send(result);
            return;
          }
          // The first of answer, failure and timeout is sent; one timer, no promise of its own.
          const timeoutMs = this.opts.handlerTimeoutMs ?? HANDLER_TIMEOUT_MS;
          let settled = false;
          const timer = setTimeout(() => {
            settled = true;
            this.opts.log.warn({ route: key, timeoutMs }, 'route handler timed out');
            send(errorJson(503, 'timed out'));
          }, timeoutMs);
          result
            .then(
              (response) => {
                if (settled) return;
                settled = true;
                clearTimeout(timer);
                send(response);
              },
              (err: unknown) => {
                if (settled) return;
                settled = true;
                clearTimeout(timer);
                this.opts.log.error({ err, route: key }, 'route handler failed');
                send(errorJson(500, 'internal error'));
              },
            )
            // send() catches its own failures; nothing may escape as an unhandled rejection all the same.
            .then(undefined, () => {});
        });
      },
    );
    this.server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
      // Malformed requests never reach the listener; answer them with the status Node's parser implies.
      const status =
        err.code === 'HPE_HEADER_OVERFLOW'
          ? '431 Request Header Fields Too Large'
          : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? '408 Request Timeout'
            : '400 Bad Request';
      if (socket.writable && !socket.destroyed) {
        socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
      } else socket.destroy();
      this.opts.onResponse?.('unknown', Number(status.slice(0, 3)), 0);
    });
  }

  /** One shared listener, not a closure per request: a response's 'close' comes once. */
  private readonly finished = () => {
    this.inFlight--;
    if (this.inFlight === 0) for (const f of this.drained) f();
  };

  /**
   * The response's header fields. A shared body (a cached answer's Buffer) with shared headers gets the same
   * object every time, built once: Node only reads the object it is given.
   */
  private headersFor(r: HttpResponse, body: string | Buffer): Record<string, string> {
    const shared = typeof body !== 'string' && !this.closing;
    if (shared) {
      const known = this.headersByBody.get(body);
      if (known !== undefined && known.from === r.headers) return known.fields;
    }
    const fields: Record<string, string> = {
      ...SECURITY_HEADERS,
      ...r.headers,
      'content-length': String(Buffer.byteLength(body)),
    };
    if (this.closing) fields.connection = 'close';
    else if (shared) this.headersByBody.set(body, { from: r.headers, fields });
    return fields;
  }

  private readonly headersByBody = new WeakMap<
    Buffer,
    { from: Record<string, string> | undefined; fields: Record<string, string> }
  >();

  route(method: string, path: string, handler: RouteHandler): this {
    this.routes.set(`${method} ${path}`, handler);
    return this;
  }

  /** Requests being read or handled right now. */
  get active(): number {
    return this.inFlight;
  }

  listen(port: number, host: string): Promise<{ port: number; host: string }> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        const addr = this.server.address();
        resolve({ port: typeof addr === 'object' && addr ? addr.port : port, host });
      });
    });
  }

  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then closes every socket. */
  async close(graceMs = 3000): Promise<void> {
    this.closing = true;
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    if (this.inFlight > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, graceMs);
        timer.unref();
        this.drained.add(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      this.drained.clear();
    }
    this.server.closeAllConnections();
    await closed;
  }
}
