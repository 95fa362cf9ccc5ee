// What a failed call was, read from real errors: fetch's, @discordjs/rest's, discord.js's and the Slack SDK's.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { classifyFailure } from '../../../src/adapters/connection/failure.js';
import { restLib } from '../../../src/adapters/discord/rest.js';

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('classifyFailure', () => {
  it('reads a refused connection through fetch and the Slack SDK', async () => {
    const port = await closedPort();
    const fetchErr = await fetch(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
    expect(classifyFailure(fetchErr)).toMatchObject({ credential: false, kind: 'refused' });
    const client = new webApi.WebClient('xoxb-x', {
      slackApiUrl: `http://127.0.0.1:${port}/api/`,
      retryConfig: { retries: 0 },
    });
    const slackErr = await client.auth.test().catch((e: unknown) => e);
    expect(classifyFailure(slackErr)).toMatchObject({ credential: false, kind: 'refused' });
  });

  it('reads a DNS failure', async () => {
    const err = await fetch('http://does-not-exist.invalid/').catch((e: unknown) => e);
    expect(classifyFailure(err)).toMatchObject({ credential: false, kind: 'dns' });
  });

  it('reads a timeout', () => {
    expect(classifyFailure(new DOMException('The operation timed out', 'TimeoutError'))).toMatchObject({
      kind: 'timeout',
    });
    expect(classifyFailure(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toMatchObject({
      kind: 'timeout',
    });
  });

  it('reads Discord statuses: 401 is a refused credential, 5xx and other statuses are transient', async () => {
    const server = createServer((req, res) => {
      const status = Number(req.url?.split('/').pop());
      res.writeHead(status, { 'content-type': 'application/json', 'retry-after': '0' });
      res.end(JSON.stringify({ message: `${status}`, code: 0 }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    try {
      // A fresh client each time: after a 401, @discordjs/rest forgets its token.
      const at = (status: number) =>
        new restLib.REST({ api: `http://127.0.0.1:${port}/api`, retries: 0 })
          .setToken('t')
          .get(`/status/${status}` as `/${string}`)
          .catch((e: unknown) => e);
      expect(classifyFailure(await at(401))).toEqual({ credential: true, code: '401' });
      expect(classifyFailure(await at(503))).toMatchObject({ credential: false, kind: 'http', status: 503 });
      expect(classifyFailure(await at(403))).toMatchObject({ credential: false, kind: 'http', status: 403 });
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it("reads discord.js's TokenInvalid and Slack's token errors as refused credentials", () => {
    expect(
      classifyFailure(Object.assign(new Error('An invalid token was provided.'), { code: 'TokenInvalid' })),
    ).toEqual({ credential: true, code: '401' });
    for (const code of ['invalid_auth', 'account_inactive', 'token_revoked', 'not_authed']) {
      const err = Object.assign(new Error(`An API error occurred: ${code}`), {
        code: webApi.ErrorCode.PlatformError,
        data: { ok: false, error: code },
      });
      expect(classifyFailure(err)).toEqual({ credential: true, code });
    }
    // Another Slack error is not about the token: retried.
    const fatal = Object.assign(new Error('x'), { data: { ok: false, error: 'fatal_error' } });
    expect(classifyFailure(fatal)).toMatchObject({ credential: false, kind: 'other', detail: 'fatal_error' });
  });

  it('reads a Slack HTTP 503 as transient', () => {
    const err = Object.assign(new Error('An HTTP protocol error occurred: statusCode = 503'), {
      code: webApi.ErrorCode.HTTPError,
      statusCode: 503,
    });
    expect(classifyFailure(err)).toMatchObject({
      credential: false,
      kind: 'http',
      status: 503,
      detail: 'HTTP 503',
    });
  });
});
