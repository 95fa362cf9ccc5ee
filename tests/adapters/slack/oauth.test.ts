// Slack OAuth for many workspaces, end to end: the real app (Bolt over HTTP, @slack/oauth's InstallProvider)
// against the fake Slack. Two workspaces install through /slack/install and /slack/oauth_redirect; each is
// answered with its own token; a removed one is refused politely; forged and replayed states are refused;
// installations survive a restart and their tokens are not readable in the database file.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_SCOPES } from '../../../src/adapters/slack/manifest.js';
import { FakeSlack } from '../../fakes/slack-api.js';
import { fixture, postSlack, slashBody } from './helpers.js';
import {
  freePort,
  installThrough,
  type OAuthBot,
  oauthEnv,
  startOAuthBot,
  TEAM_A,
  TEAM_B,
  tempDatabase,
} from './oauth-helpers.js';

function slashFrom(fake: FakeSlack, teamId: string, channel: string, name = 'slash-reminder-pin.form') {
  return slashBody(name, fake, { team_id: teamId, channel_id: channel });
}

function event(teamId: string, type: string, extra: Record<string, unknown> = {}, eventTime?: number) {
  const body = JSON.parse(fixture('event-app-home-opened.json')) as Record<string, unknown>;
  body.team_id = teamId;
  body.event = { type, ...extra };
  body.event_time = eventTime ?? Math.floor(Date.now() / 1000);
  body.authorizations = [{ team_id: teamId, is_enterprise_install: false }];
  return JSON.stringify(body);
}

describe('Slack OAuth for many workspaces', { timeout: 60_000 }, () => {
  let fake: FakeSlack;
  let bot: OAuthBot;
  let db: ReturnType<typeof tempDatabase>;
  let env: Record<string, string>;

  beforeAll(async () => {
    fake = await new FakeSlack().start();
    db = tempDatabase();
    env = oauthEnv(fake, await freePort(), db.path);
    bot = await startOAuthBot(env);
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    db?.cleanup();
  });

  it('redirects /slack/install to Slack with a signed state, the scopes and the redirect URL', async () => {
    const res = await fetch(`${bot.base}/slack/install`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const to = new URL(res.headers.get('location') ?? '');
    expect(`${to.origin}${to.pathname}`).toBe(`${fake.url}/oauth/v2/authorize`);
    expect(to.searchParams.get('client_id')).toBe(env.SLACK_CLIENT_ID);
    expect(to.searchParams.get('scope')).toBe(BOT_SCOPES.join(','));
    expect(to.searchParams.get('redirect_uri')).toBe(`${env.PUBLIC_URL}/slack/oauth_redirect`);
    const state = to.searchParams.get('state') ?? '';
    expect(state).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(res.headers.get('set-cookie')).toContain(state);
  });

  let first: Awaited<ReturnType<typeof installThrough>>;
  it('installs two workspaces and says what to type first', async () => {
    first = await installThrough(bot.base, fake, TEAM_A);
    expect(first.status).toBe(200);
    expect(first.html).toContain('was added to Acme');
    expect(first.html).toContain('<code>/linkedin-optout</code>');
    const second = await installThrough(bot.base, fake, TEAM_B);
    expect(second.status).toBe(200);
    // The workspace name is escaped, never markup.
    expect(second.html).toContain('was added to Beta &lt;Co&gt;');
    const exchanges = fake.callsTo('oauth.v2.access');
    expect(exchanges).toHaveLength(2);
    expect(exchanges[0]?.body).toMatchObject({
      client_id: env.SLACK_CLIENT_ID,
      client_secret: env.SLACK_CLIENT_SECRET,
    });
  });

  it('refuses a replayed state', async () => {
    const again = await fetch(first.callbackUrl, { headers: { cookie: first.cookie } });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('This installation link has expired');
    expect(fake.callsTo('oauth.v2.access')).toHaveLength(2);
  });

  it('refuses a forged state, even with a matching cookie', async () => {
    const [data] = first.callbackUrl.split('state=')[1]?.split('.') ?? [];
    for (const state of ['forged', `${data}.AAAA`, `${data}.${'A'.repeat(43)}`]) {
      const url = `${bot.base}/slack/oauth_redirect?code=code-x&state=${encodeURIComponent(state)}`;
      const res = await fetch(url, { headers: { cookie: `slack-app-oauth-state=${state}` } });
      expect(res.status).toBe(400);
    }
    // Without the browser's cookie a genuine state is refused too.
    const start = await fetch(`${bot.base}/slack/install`, { redirect: 'manual' });
    const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const res = await fetch(
      `${bot.base}/slack/oauth_redirect?code=code-x&state=${encodeURIComponent(state)}`,
    );
    expect(res.status).toBe(400);
    expect(fake.callsTo('oauth.v2.access')).toHaveLength(2);
  });

  it('explains a cancelled installation and a redirect without a code', async () => {
    const cancelled = await fetch(`${bot.base}/slack/oauth_redirect?error=access_denied&state=x`);
    expect(cancelled.status).toBe(200);
    expect(await cancelled.text()).toContain('Installation cancelled');
    const noCode = await fetch(`${bot.base}/slack/oauth_redirect?state=x`);
    expect(noCode.status).toBe(400);
    const failed = await fetch(`${bot.base}/slack/oauth_redirect?code=unknown-code&state=x`, {
      headers: { cookie: 'slack-app-oauth-state=x' },
    });
    expect(failed.status).toBe(400);
    // A genuine state, but Slack refuses the code: nothing stored, a try-again page.
    const start = await fetch(`${bot.base}/slack/install`, { redirect: 'manual' });
    const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const refused = await fetch(
      `${bot.base}/slack/oauth_redirect?code=bogus&state=${encodeURIComponent(state)}`,
      {
        headers: { cookie: `slack-app-oauth-state=${state}` },
      },
    );
    expect(refused.status).toBe(502);
    expect(await refused.text()).toContain('Slack did not complete the installation');
  });

  it('answers each workspace with its own token', async () => {
    for (const [ws, channel] of [
      [TEAM_A, 'C0ACME001'],
      [TEAM_B, 'C0BETA001'],
    ] as const) {
      const since = fake.calls.length;
      const res = await postSlack(bot.base, slashFrom(fake, ws.teamId, channel));
      expect(res.status).toBe(200);
      const post = await fake.next('chat.postMessage', since);
      expect(post.body.channel).toBe(channel);
      expect(FakeSlack.tokenOf(post)).toBe(ws.botToken);
      const home = await postSlack(
        bot.base,
        event(ws.teamId, 'app_home_opened', { user: 'U0USER001', tab: 'home' }),
        {
          contentType: 'application/json',
        },
      );
      expect(home.status).toBe(200);
      const publish = await fake.next('views.publish', since);
      expect(FakeSlack.tokenOf(publish)).toBe(ws.botToken);
    }
  });

  it("answers a DM and a mention with the workspace's own token (the per-request client)", async () => {
    for (const [ws, channel] of [
      [TEAM_A, 'C0ACME001'],
      [TEAM_B, 'C0BETA001'],
    ] as const) {
      const messages = [
        { type: 'message', channel_type: 'im', channel: 'D0DM00001', text: 'is my profile picture used?' },
        { type: 'app_mention', channel, text: '<@U0BOTUSER> is my profile picture used?' },
      ];
      for (const [i, m] of messages.entries()) {
        const since = fake.calls.length;
        const body = event(ws.teamId, m.type, { ...m, user: 'U0USER001', ts: `1764450000.00000${i}` });
        const res = await postSlack(bot.base, body, { contentType: 'application/json' });
        expect(res.status).toBe(200);
        const post = await fake.next('chat.postMessage', since);
        expect(post.body.channel).toBe(m.channel);
        expect(FakeSlack.tokenOf(post)).toBe(ws.botToken);
      }
    }
  });

  it('keeps both installations across a restart, with no token readable in the database file', async () => {
    await bot.stop();
    const raw = Buffer.concat(
      [db.path, `${db.path}-wal`].filter((p) => existsSync(p)).map((p) => readFileSync(p)),
    );
    expect(raw.length).toBeGreaterThan(0);
    for (const secret of [TEAM_A.botToken, TEAM_B.botToken, 'acme-1111', 'beta-2222']) {
      expect(raw.includes(Buffer.from(secret))).toBe(false);
    }
    bot = await startOAuthBot(env);
    const since = fake.calls.length;
    const res = await postSlack(bot.base, slashFrom(fake, TEAM_A.teamId, 'C0ACME002'));
    expect(res.status).toBe(200);
    expect(FakeSlack.tokenOf(await fake.next('chat.postMessage', since))).toBe(TEAM_A.botToken);
    const since2 = fake.calls.length;
    await postSlack(bot.base, slashFrom(fake, TEAM_B.teamId, 'C0BETA002'));
    expect(FakeSlack.tokenOf(await fake.next('chat.postMessage', since2))).toBe(TEAM_B.botToken);
  });

  it('keeps a reinstall when an older uninstall event arrives late', async () => {
    const res = await postSlack(
      bot.base,
      event(TEAM_B.teamId, 'app_uninstalled', {}, Math.floor(Date.now() / 1000) - 3600),
      {
        contentType: 'application/json',
      },
    );
    expect(res.status).toBe(200);
    const slash = await postSlack(
      bot.base,
      slashFrom(fake, TEAM_B.teamId, 'C0BETA003', 'slash-optout-desktop.form'),
    );
    expect(JSON.stringify(slash.json())).not.toContain('no longer installed');
  });

  it('forgets a workspace that removed the app and refuses it politely; the other keeps working', async () => {
    const gone = await postSlack(bot.base, event(TEAM_A.teamId, 'app_uninstalled'), {
      contentType: 'application/json',
    });
    expect(gone.status).toBe(200);
    const refused = await postSlack(
      bot.base,
      slashFrom(fake, TEAM_A.teamId, 'C0ACME001', 'slash-optout-desktop.form'),
    );
    expect(refused.status).toBe(200);
    expect(refused.json()).toMatchObject({ response_type: 'ephemeral' });
    expect(String(refused.json().text)).toContain('no longer installed in this workspace');
    expect(String(refused.json().text)).toContain(`${env.PUBLIC_URL}/slack/install`);

    const since = fake.calls.length;
    const ok = await postSlack(bot.base, slashFrom(fake, TEAM_B.teamId, 'C0BETA004'));
    expect(ok.status).toBe(200);
    expect(FakeSlack.tokenOf(await fake.next('chat.postMessage', since))).toBe(TEAM_B.botToken);
  });

  it('forgets a workspace whose bot token was revoked, not on a user-token revocation', async () => {
    await postSlack(
      bot.base,
      event(TEAM_B.teamId, 'tokens_revoked', { tokens: { oauth: ['U0USER001'], bot: [] } }),
      {
        contentType: 'application/json',
      },
    );
    const still = await postSlack(
      bot.base,
      slashFrom(fake, TEAM_B.teamId, 'C0BETA005', 'slash-optout-desktop.form'),
    );
    expect(JSON.stringify(still.json())).not.toContain('no longer installed');
    await postSlack(bot.base, event(TEAM_B.teamId, 'tokens_revoked', { tokens: { bot: ['UBOT0001'] } }), {
      contentType: 'application/json',
    });
    const refused = await postSlack(
      bot.base,
      slashFrom(fake, TEAM_B.teamId, 'C0BETA005', 'slash-optout-desktop.form'),
    );
    expect(String(refused.json().text)).toContain('no longer installed');
  });
});
