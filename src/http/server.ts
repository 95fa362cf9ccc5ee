// The one HTTP server: routes by method and path, a body limit, timeouts, and never a crash on bad input.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { Logger } from '../log.js';

export const BODY_LIMIT_BYTES = 64 * 1024;

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
  /** Called after every response, for metrics. */
  onResponse?: (route: string, status: number, seconds: number) => void;
}

export class HttpServer {
  private readonly routes = new Map<string, RouteHandler>();
  readonly server: Server;
  private inFlight = 0;

  constructor(private readonly opts: HttpServerOptions) {
    this.server = createServer(
      { requestTimeout: 10_000, headersTimeout: 5_000, keepAliveTimeout: 5_000 },
      (req, res) => {
        const started = process.hrtime.bigint();
        const url = new URL(req.url ?? '/', 'http://localhost');
        const key = `${req.method ?? 'GET'} ${url.pathname}`;
        const handler = this.routes.get(key);
        const send = (r: HttpResponse) => {
          if (res.headersSent) return;
          const body = r.body ?? '';
          res.writeHead(r.status, { 'content-length': Buffer.byteLength(body), ...r.headers });
          res.end(body);
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          this.opts.onResponse?.(handler ? key : 'unknown', r.status, seconds);
        };
        if (!handler) {
          const known = [...this.routes.keys()].some((k) => k.endsWith(` ${url.pathname}`));
          req.resume();
          send(known ? errorJson(405, 'method not allowed') : errorJson(404, 'not found'));
          return;
        }
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
          this.inFlight++;
          const request: HttpRequest = {
            method: req.method ?? 'GET',
            path: url.pathname,
            query: url.searchParams,
            headers: req.headers,
            body: Buffer.concat(chunks),
          };
          Promise.resolve()
            .then(() => handler(request))
            .then(send, (err: unknown) => {
              this.opts.log.error({ err, route: key }, 'route handler failed');
              send(errorJson(500, 'internal error'));
            })
            .finally(() => {
              this.inFlight--;
            });
        });
      },
    );
    this.server.on('clientError', (_err, socket) => {
      if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
      else socket.destroy();
    });
  }

  route(method: string, path: string, handler: RouteHandler): this {
    this.routes.set(`${method} ${path}`, handler);
    return this;
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

  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then closes idle sockets. */
  async close(graceMs = 4000): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    const deadline = Date.now() + graceMs;
    while (this.inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    this.server.closeAllConnections();
    await closed;
  }
}
