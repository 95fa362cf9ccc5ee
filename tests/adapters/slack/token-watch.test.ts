// The fetch every Slack Web API call goes through: a refused token is reported with the variable it came from.
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CredentialVariable } from '../../../src/adapters/connection/refusal.js';
import { watchTokens } from '../../../src/adapters/slack/token-watch.js';
import { FakeSlack } from '../../fakes/slack-api.js';

let fake: FakeSlack;
beforeAll(async () => {
  fake = await new FakeSlack().start();
});
afterAll(async () => {
  await fake.close();
});

function watched(active = true) {
  const refused: [CredentialVariable, string][] = [];
  const others: [string, string][] = [];
  const fetch = watchTokens({
    tokens: new Map<string, CredentialVariable>([
      ['xoxb-env', 'SLACK_BOT_TOKEN'],
      ['xapp-env', 'SLACK_APP_TOKEN'],
    ]),
    active: () => active,
    onRefused: (variable, code) => refused.push([variable, code]),
    onOtherToken: (token, code) => others.push([token, code]),
  });
  const client = (token: string) =>
    new webApi.WebClient(token, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, fetch });
  return { refused, others, client };
}

describe('watchTokens', () => {
  it('reports token_revoked on a call made with SLACK_BOT_TOKEN, before the caller sees the error', async () => {
    const { refused, client } = watched();
    fake.script('chat.postMessage', { body: { ok: false, error: 'token_revoked' } });
    let seenFirst = false;
    await client('xoxb-env')
      .chat.postMessage({ channel: 'C1', text: 'x' })
      .catch(() => {
        seenFirst = refused.length === 1;
      });
    expect(refused).toEqual([['SLACK_BOT_TOKEN', 'token_revoked']]);
    expect(seenFirst).toBe(true);
  });

  it('names SLACK_APP_TOKEN for the app token, and hands other tokens (OAuth installations) to their hook', async () => {
    const { refused, others, client } = watched();
    fake.script('apps.connections.open', { body: { ok: false, error: 'invalid_auth' } });
    await client('xapp-env')
      .apps.connections.open({})
      .catch(() => {});
    fake.script('views.publish', { body: { ok: false, error: 'account_inactive' } });
    await client('xoxb-some-workspace')
      .views.publish({ user_id: 'U1', view: { type: 'home', blocks: [] } })
      .catch(() => {});
    expect(refused).toEqual([['SLACK_APP_TOKEN', 'invalid_auth']]);
    expect(others).toEqual([['xoxb-some-workspace', 'account_inactive']]);
  });

  it('ignores other errors, successes, and everything during start-up', async () => {
    const running = watched();
    fake.script('chat.postMessage', { body: { ok: false, error: 'channel_not_found' } });
    await running
      .client('xoxb-env')
      .chat.postMessage({ channel: 'C1', text: 'x' })
      .catch(() => {});
    await running.client('xoxb-env').auth.test();
    expect(running.refused).toEqual([]);

    const starting = watched(false);
    fake.script('auth.test', { body: { ok: false, error: 'invalid_auth' } });
    await starting
      .client('xoxb-env')
      .auth.test()
      .catch(() => {});
    expect(starting.refused).toEqual([]);
  });
});
