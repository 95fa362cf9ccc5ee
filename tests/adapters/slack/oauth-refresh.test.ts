// Token rotation: a token close to expiry is refreshed before use, once per workspace however many requests
// arrive together; the new token is stored and later requests use it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizationUrl, REFRESH_MARGIN_MS, SlackOAuth } from '../../../src/adapters/slack/oauth.js';
import { createLogger } from '../../../src/log.js';
import { type InstallationStore, MemoryInstallationStore } from '../../../src/storage/installations.js';
import { FakeSlack } from '../../fakes/slack-api.js';

const T1 = { teamId: 'T1', enterpriseId: null, isEnterpriseInstall: false };

describe('SlackOAuth.authorize with token rotation', () => {
  let fake: FakeSlack;
  beforeAll(async () => {
    fake = await new FakeSlack().start();
  });
  afterAll(() => fake?.close());

  function oauth(store: InstallationStore, now: () => number) {
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
    const store = new MemoryInstallationStore();
    let now = 1_800_000_000_000;
    const o = oauth(store, () => now);
    // The fake only refreshes tokens it issued: install through its code first.
    fake.installed({ teamId: 'T1', teamName: 'One', botToken: 'xoxb-one', refreshToken: 'xoxe-one' });
    await store.save({
      teamId: 'T1',
      enterpriseId: null,
      isEnterpriseInstall: false,
      botToken: 'xoxb-one',
      botId: null,
      botUserId: 'UBOT',
      scopes: ['commands'],
      refreshToken: 'xoxe-one',
      tokenExpiresAt: now + REFRESH_MARGIN_MS * 3,
      installedAt: now,
      lastInstalledAt: now,
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
    expect((await store.find(T1))?.botToken).toBe(fresh);
    expect((await o.authorize({ teamId: 'T1' })).botToken).toBe(fresh);
    expect(fake.callsTo('oauth.v2.access')).toHaveLength(1);
  });

  it('returns no token for a workspace without an installation', async () => {
    const store = new MemoryInstallationStore();
    expect(await oauth(store, Date.now).authorize({ teamId: 'T404' })).toEqual({ teamId: 'T404' });
  });

  it('answers a workspace of an Enterprise Grid org with the org-wide install, and forgets it by event', async () => {
    const store = new MemoryInstallationStore();
    const o = oauth(store, Date.now);
    await store.save({
      teamId: null,
      enterpriseId: 'E1',
      isEnterpriseInstall: true,
      botToken: 'xoxb-org',
      botId: null,
      botUserId: 'UORG',
      scopes: [],
      refreshToken: null,
      tokenExpiresAt: null,
      installedAt: 1_000_000,
      lastInstalledAt: 1_000_000,
    });
    expect((await o.authorize({ teamId: 'T9', enterpriseId: 'E1' })).botToken).toBe('xoxb-org');
    expect((await o.authorize({ enterpriseId: 'E1', isEnterpriseInstall: true })).botToken).toBe('xoxb-org');
    expect((await o.authorize({ teamId: 'T9' })).botToken).toBeUndefined();
    // An event sent before the install does not remove it; a later one does.
    expect(await o.uninstalled({ teamId: 'T9', enterpriseId: 'E1' }, 999)).toBe(false);
    expect(await o.uninstalled({ teamId: 'T9', enterpriseId: 'E1' }, 1_001)).toBe(true);
    expect((await o.authorize({ teamId: 'T9', enterpriseId: 'E1' })).botToken).toBeUndefined();
    expect(await o.uninstalled({}, 1)).toBe(false);
  });
});
