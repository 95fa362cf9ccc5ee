// Reminders with OAuth: each workspace's reminder goes out with that workspace's own token, also when the
// scheduler re-posts it after a restart with no request from the workspace since; and the member check
// (users.info) asks with the requesting workspace's token.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack, type RecordedCall } from '../../fakes/slack-api.js';
import { postSlack, slashBody } from './helpers.js';
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

const CHANNELS = [
  [TEAM_A, 'C0ACME001'],
  [TEAM_B, 'C0BETA001'],
] as const;

/** Polls until `count` calls to `method` arrived after `since`. */
async function callsAfter(fake: FakeSlack, method: string, since: number, count: number) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const calls = fake.calls.slice(since).filter((c) => c.method === method);
    if (calls.length >= count) return calls;
    if (Date.now() > deadline) throw new Error(`only ${calls.length} ${method} calls`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const byChannel = (calls: RecordedCall[]) =>
  Object.fromEntries(calls.map((c) => [String(c.body.channel), FakeSlack.tokenOf(c)]));

describe('per-workspace reminders with OAuth', { timeout: 60_000 }, () => {
  let fake: FakeSlack;
  let bot: OAuthBot;
  let db: ReturnType<typeof tempDatabase>;
  let env: Record<string, string>;

  beforeAll(async () => {
    fake = await new FakeSlack().start();
    db = tempDatabase();
    env = oauthEnv(fake, await freePort(), db.path);
    bot = await startOAuthBot(env);
    for (const ws of [TEAM_A, TEAM_B]) expect((await installThrough(bot.base, fake, ws)).status).toBe(200);
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    db?.cleanup();
  });

  it('pins in each workspace, asking users.info with that workspace’s token', async () => {
    for (const [ws, channel] of CHANNELS) {
      const since = fake.calls.length;
      const res = await postSlack(
        bot.base,
        slashBody('slash-reminder-pin.form', fake, { team_id: ws.teamId, channel_id: channel }),
      );
      expect(res.status).toBe(200);
      expect(FakeSlack.tokenOf(await fake.next('users.info', since))).toBe(ws.botToken);
      const pin = await fake.next('pins.add', since);
      expect(pin.body.channel).toBe(channel);
      expect(FakeSlack.tokenOf(pin)).toBe(ws.botToken);
    }
  });

  it('re-posts due reminders after a restart with each workspace’s own token, before any request', async () => {
    await bot.stop();
    // Both reminders fall due while the bot is down.
    const file = new Database(db.path);
    const changed = file.prepare("UPDATE reminders SET next_post_at = 1 WHERE platform = 'slack'").run();
    file.close();
    expect(changed.changes).toBe(2);

    const since = fake.calls.length;
    bot = await startOAuthBot(env);
    const posts = await callsAfter(fake, 'chat.postMessage', since, 2);
    expect(byChannel(posts)).toEqual({ C0ACME001: TEAM_A.botToken, C0BETA001: TEAM_B.botToken });
    const pins = await callsAfter(fake, 'pins.add', since, 2);
    expect(byChannel(pins)).toEqual({ C0ACME001: TEAM_A.botToken, C0BETA001: TEAM_B.botToken });
  });
});
