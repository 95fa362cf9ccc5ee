// The operational routes every deployment has, whatever platforms run: health and metrics.
import { Health } from './health.js';
import type { Metrics } from './metrics.js';
import { type HttpServer, json } from './server.js';

export function registerOpsRoutes(http: HttpServer, health: Health, metrics: Metrics): void {
  http.route('GET', '/healthz', () => {
    const report = health.report();
    return json(Health.httpStatus(report), report);
  });
  http.route('GET', '/metrics', async () => ({
    status: 200,
    headers: { 'content-type': metrics.contentType },
    body: await metrics.text(),
  }));
}
