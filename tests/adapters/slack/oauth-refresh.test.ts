// Token rotation: a token close to expiry is refreshed before use, once per workspace however many requests
// arrive together; the new token is stored and later requests use it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteInstallationStore } from '../../../src/adapters/slack/installations.js';
import { authorizationUrl, REFRESH_MARGIN_MS, SlackOAuth } from '../../../src/adapters/slack/oauth.js';
import { TokenCipher } from '../../../src/adapters/slack/token-cipher.js';
import { createLogger } from '../../../src/log.js';
import { FakeSlack } from '../../fakes/slack-api.js';

describe('SlackOAuth.authorize with token rotation', () => {
  let fake: FakeSlack;
  beforeAll(async () => {
    fake = await new FakeSlack().start();
  });
  afterAll(() => fake?.close());

  function oauth(store: SqliteInstallationStore, now: () => number) {
    return new SlackOAuth({
      clientId: '1.2',
      clientSecret: 'secret',
      stateSecret: 'state-secret-0123456789',
      apiUrl: fake.apiUrl,
      publicUrl: 'http://127.0.0.1:1',
      store,
      log: createLogger('silent'),
      clientOptions: { retryConfig: { retries: 0 } },
      firstCommand: '/linkedin-optout',
      now,
    });
  }

  it('finds Slack’s authorize page beside the Web API', () => {
    expect(authorizationUrl('https://slack.com/api/')).toBe('https://slack.com/oauth/v2/authorize');
    expect(authorizationUrl(fake.apiUrl)).toBe(`${fake.url}/oauth/v2/authorize`);
  });

  it('refreshes once for concurrent requests, then uses the stored new token', async () => {
    const store = SqliteInstallationStore.open(':memory:', new TokenCipher(Buffer.alloc(32, 1)));
    let now = 1_800_000_000_000;
    const o = oauth(store, () => now);
    // The fake only refreshes tokens it issued: install through its code first.
    fake.installed({ teamId: 'T1', teamName: 'One', botToken: 'xoxb-one', refreshToken: 'xoxe-one' });
    await store.save({
      teamId: 'T1',
      isEnterpriseInstall: false,
      botToken: 'xoxb-one',
      botUserId: 'UBOT',
      refreshToken: 'xoxe-one',
      expiresAt: Math.floor((now + REFRESH_MARGIN_MS * 3) / 1000),
      installedAt: now,
    });
    expect((await o.authorize({ teamId: 'T1' })).botToken).toBe('xoxb-one');
    expect(fake.callsTo('oauth.v2.access')).toHaveLength(0);

    now += REFRESH_MARGIN_MS * 2 + 1000;
    const results = await Promise.all([1, 2, 3, 4].map(() => o.authorize({ teamId: 'T1' })));
    const refreshes = fake.callsTo('oauth.v2.access');
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0]?.body).toMatchObject({ grant_type: 'refresh_token', refresh_token: 'xoxe-one' });
    const fresh = results[0]?.botToken;
    expect(fresh).toMatch(/^xoxb-one-r\d+$/);
    for (const r of results) expect(r.botToken).toBe(fresh);
    expect((await store.find({ teamId: 'T1' }))?.botToken).toBe(fresh);
    expect((await o.authorize({ teamId: 'T1' })).botToken).toBe(fresh);
    expect(fake.callsTo('oauth.v2.access')).toHaveLength(1);
    store.close();
  });

  it('returns no token for a workspace without an installation', async () => {
    const store = SqliteInstallationStore.open(':memory:', new TokenCipher(Buffer.alloc(32, 1)));
    expect(await oauth(store, Date.now).authorize({ teamId: 'T404' })).toEqual({ teamId: 'T404' });
    store.close();
  });
});
