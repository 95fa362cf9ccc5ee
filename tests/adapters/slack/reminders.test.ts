// Pinned reminders end to end on Slack: the real app over HTTP (signed for real) posting, pinning, updating and
// unpinning through Bolt's WebClient against the local fake Slack Web API.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type App, startApp } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import { getContent } from '../../../src/content/index.js';
import { createLogger } from '../../../src/log.js';
import type { ReminderService } from '../../../src/reminders/service.js';
import { FakeSlack } from '../../fakes/slack-api.js';
import { interactionBody, postSlack, SIGNING_SECRET, slashBody, unescapedMentions } from './helpers.js';

type Block = { type: string; text?: { text: string }; elements?: Record<string, unknown>[] };
type Message = { blocks?: Block[]; text?: string; response_type?: string; replace_original?: boolean };

const CONFIRM = '/linkedin-reminder confirm';
const CHANNEL = 'C0CHAN001';
const TS = '1764420000.000777';

let fake: FakeSlack;
const dirs: string[] = [];
const apps: App[] = [];

beforeAll(async () => {
  fake = await new FakeSlack().start();
});
afterEach(async () => {
  for (const a of apps.splice(0)) await a.stop();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
afterAll(async () => {
  await fake?.close();
});

function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'slack-reminders-'));
  dirs.push(dir);
  return join(dir, 'data', 'bot.sqlite');
}

/**
 * The real app as `npm start` builds it, Slack over HTTP against the shared fake. Tracked apps are stopped
 * after each test; an untracked one lives as long as its caller keeps it.
 */
async function boot(databasePath: string, tracked = true): Promise<{ app: App; base: string }> {
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    HTTP_PORT: '0',
    HTTP_HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATABASE_PATH: databasePath,
    // Many commands come from the same test users.
    RATE_LIMIT_PER_MINUTE: '10000',
  });
  const app = await startApp(config, createLogger('silent'));
  if (tracked) apps.push(app);
  return { app, base: `http://127.0.0.1:${app.address.port}` };
}

/** `/linkedin-reminder <text>` in a channel; the answer comes in the ack or, when slow, through response_url. */
async function reminder(base: string, text: string, channel = CHANNEL, name = 'general'): Promise<Message> {
  const since = fake.calls.length;
  const res = await postSlack(
    base,
    slashBody('slash-reminder-pin.form', fake, { text, channel_id: channel, channel_name: name }),
  );
  expect(res.status).toBe(200);
  if (res.text) return res.json() as Message;
  return (await fake.next('response_url', since)).body as Message;
}

/** A member clicking a button on the channel's reminder; resolves with the reply sent to response_url. */
async function click(base: string, user: string, value = CONFIRM, channel = CHANNEL): Promise<Message> {
  const since = fake.calls.length;
  const res = await postSlack(
    base,
    interactionBody('block-actions-run.json', fake, (p) => {
      p.user = { id: user, username: user, name: user, team_id: 'T0TEAM001' };
      p.channel = { id: channel, name: 'general' };
      p.container = { type: 'message', message_ts: TS, channel_id: channel, is_ephemeral: false };
      p.actions = [{ action_id: 'run:0', block_id: 'r', type: 'button', value, action_ts: '1764420001.1' }];
    }),
  );
  expect(res.status).toBe(200);
  return (await fake.next('response_url', since)).body as Message;
}

const header = (m: Message | Record<string, unknown> | undefined) =>
  ((m as Message | undefined)?.blocks ?? []).find((b) => b.type === 'header')?.text?.text;
const allText = (m: unknown) => JSON.stringify(m);
function buttons(m: unknown): Record<string, unknown>[] {
  return ((m as Message).blocks ?? []).filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
}
const confirmText = (m: unknown) =>
  (buttons(m).find((b) => b.value === CONFIRM)?.text as { text?: string } | undefined)?.text;

const callsSince = (method: string, since: number) =>
  fake.calls.slice(since).filter((c) => c.method === method);

const flush = (app: App) => (app.services.reminders as ReminderService).flush();

describe('/linkedin-reminder on Slack through the fake Web API', () => {
  it('posts and pins, counts clicks once each, updates the count, survives a restart, and unpins', async () => {
    const db = tempDb();
    let { app, base } = await boot(db);
    const start = fake.calls.length;
    fake.script('chat.postMessage', { body: { ok: true, channel: CHANNEL, ts: TS } });

    const pinned = await reminder(base, 'pin every:monthly');
    expect(pinned.response_type).toBe('ephemeral');
    expect(header(pinned)).toBe('Reminder pinned in #general.');

    // One public channel message with the setting link and the confirm button at 0, and no share button.
    const posts = callsSince('chat.postMessage', start);
    expect(posts).toHaveLength(1);
    const posted = posts[0]?.body ?? {};
    expect(posted.channel).toBe(CHANNEL);
    expect(confirmText(posted)).toBe("I've turned it off ✅ (0)");
    expect(buttons(posted)).toContainEqual(expect.objectContaining({ url: getContent().settingUrl }));
    expect(buttons(posted).some((b) => String(b.action_id).startsWith('share:'))).toBe(false);
    expect(allText(posted)).not.toContain('Share in channel');
    expect(unescapedMentions(posted.blocks)).toEqual([]);
    const pins = callsSince('pins.add', start);
    expect(pins.map((c) => [c.body.channel, c.body.timestamp])).toEqual([[CHANNEL, TS]]);

    // Three members click (one twice): a private thank-you each, counted once each.
    const users = ['U0MEMB001', 'U0MEMB002', 'U0MEMB003'];
    const beforeClicks = fake.calls.length;
    for (const u of users) {
      const thanks = await click(base, u);
      expect(thanks.response_type).toBe('ephemeral');
      expect(thanks.replace_original).toBe(false);
      expect(header(thanks)).toBe('Thank you! You are counted.');
    }
    const again = await click(base, users[0] ?? '');
    expect(again.response_type).toBe('ephemeral');
    expect(header(again)).toBe('You were already counted. Thank you!');
    expect(allText(again)).toContain('3 members');

    // The pinned message is updated in place, coalesced: fewer updates than clicks, the last shows three.
    await flush(app);
    const updates = callsSince('chat.update', beforeClicks);
    expect(updates.length).toBeGreaterThanOrEqual(1);
    expect(updates.length).toBeLessThan(users.length);
    const last = updates.at(-1)?.body ?? {};
    expect([last.channel, last.ts]).toEqual([CHANNEL, TS]);
    expect(confirmText(last)).toBe("I've turned it off ✅ (3)");
    expect(buttons(last).some((b) => String(b.action_id).startsWith('share:'))).toBe(false);
    expect(callsSince('chat.postMessage', beforeClicks)).toHaveLength(0);

    const status = await reminder(base, 'status');
    expect(header(status)).toBe('Reminder pinned in #general.');
    expect(allText(status)).toContain('Confirmations: 3');
    expect(allText(status)).toContain('re-posted monthly');

    // Restart on the same database file: pinning again updates the same message; Slack says already_pinned.
    await app.stop();
    apps.splice(apps.indexOf(app), 1);
    ({ app, base } = await boot(db));
    const restarted = fake.calls.length;
    fake.script('pins.add', { body: { ok: false, error: 'already_pinned' } });
    const repinned = await reminder(base, 'pin every:monthly');
    expect(header(repinned)).toBe('Reminder refreshed in #general.');
    expect(callsSince('chat.postMessage', restarted)).toHaveLength(0);
    const refreshed = callsSince('chat.update', restarted);
    expect(refreshed.length).toBeGreaterThanOrEqual(1);
    expect(refreshed.at(-1)?.body.ts).toBe(TS);
    expect(confirmText(refreshed.at(-1)?.body)).toBe("I've turned it off ✅ (3)");
    expect(callsSince('pins.add', restarted).map((c) => c.body.timestamp)).toEqual([TS]);
    // The click secret is in the database: a member counted before the restart still counts once.
    expect(header(await click(base, users[1] ?? ''))).toBe('You were already counted. Thank you!');

    const unpinned = await reminder(base, 'unpin');
    expect(header(unpinned)).toBe('Reminder unpinned in #general.');
    expect(callsSince('pins.remove', restarted).map((c) => [c.body.channel, c.body.timestamp])).toEqual([
      [CHANNEL, TS],
    ]);
    expect(header(await reminder(base, 'status'))).toBe('No reminder is pinned in #general.');
  });

  describe('Slack errors become helpful replies, with no unpinned reminder left behind', () => {
    let base: string;
    beforeAll(async () => {
      // Its own app for the group: the afterEach stops only tracked apps.
      const booted = await boot(':memory:', false);
      base = booted.base;
      errorsApp = booted.app;
    });
    let errorsApp: App | undefined;
    afterAll(async () => {
      await errorsApp?.stop();
    });

    it('not_in_channel and no way to join: "invite me with /invite @…", nothing posted or stored', async () => {
      const channel = 'C0PRIV001';
      const since = fake.calls.length;
      fake.script('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
      fake.script('conversations.join', {
        body: { ok: false, error: 'method_not_supported_for_channel_type' },
      });
      const reply = await reminder(base, 'pin', channel, 'secret');
      expect(header(reply)).toBe('Invite me first: type /invite @linkedin-optout in this channel.');
      expect(callsSince('conversations.join', since).map((c) => c.body.channel)).toEqual([channel]);
      expect(callsSince('pins.add', since)).toHaveLength(0);
      expect(header(await reminder(base, 'status', channel, 'secret'))).toBe(
        'No reminder is pinned in #secret.',
      );
    });

    it('not_in_channel in a public channel: joins, posts again and pins', async () => {
      const channel = 'C0PUBL001';
      const since = fake.calls.length;
      fake.script('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
      const reply = await reminder(base, 'pin', channel, 'public');
      expect(header(reply)).toBe('Reminder pinned in #public.');
      expect(callsSince('conversations.join', since)).toHaveLength(1);
      expect(callsSince('chat.postMessage', since)).toHaveLength(2);
      expect(callsSince('pins.add', since)).toHaveLength(1);
    });

    it('missing_scope pins:write on pins.add: the scope reply; the post becomes a note', async () => {
      const channel = 'C0SCOP001';
      const ts = '1764420000.000888';
      const since = fake.calls.length;
      fake.script('chat.postMessage', { body: { ok: true, channel, ts } });
      fake.script('pins.add', {
        body: { ok: false, error: 'missing_scope', needed: 'pins:write', provided: 'commands,chat:write' },
      });
      const reply = await reminder(base, 'pin', channel, 'scoped');
      expect(header(reply)).toBe('I am missing the pins:write permission here.');
      expect(allText(reply)).toContain('add the pins:write scope to the Slack app and reinstall the app');
      // The posted reminder was turned into a short note: no confirm button, so no unpinned reminder remains.
      const updates = callsSince('chat.update', since);
      expect(updates.map((c) => [c.body.channel, c.body.ts])).toEqual([[channel, ts]]);
      expect(header(updates[0]?.body)).toBe('The reminder could not be pinned here.');
      expect(confirmText(updates[0]?.body)).toBeUndefined();
      expect(header(await reminder(base, 'status', channel, 'scoped'))).toBe(
        'The reminder in #scoped is not pinned yet.',
      );

      // Scope added: pinning again reuses the same message rather than posting a second one.
      const fixed = fake.calls.length;
      expect(header(await reminder(base, 'pin', channel, 'scoped'))).toBe('Reminder pinned in #scoped.');
      expect(callsSince('chat.postMessage', fixed)).toHaveLength(0);
      expect(confirmText(callsSince('chat.update', fixed).at(-1)?.body)).toBe("I've turned it off ✅ (0)");
      expect(callsSince('pins.add', fixed).map((c) => c.body.timestamp)).toEqual([ts]);
    });

    it('channel_not_found: says so and how to invite the bot to a private channel', async () => {
      const channel = 'C0GONE001';
      const since = fake.calls.length;
      fake.script('chat.postMessage', { body: { ok: false, error: 'channel_not_found' } });
      const reply = await reminder(base, 'pin', channel, 'gone');
      expect(header(reply)).toBe('I cannot find this channel or the reminder message.');
      expect(allText(reply)).toContain(
        'If the channel is private, invite me with /invite @linkedin-optout; then',
      );
      expect(callsSince('pins.add', since)).toHaveLength(0);
      expect(header(await reminder(base, 'status', channel, 'gone'))).toBe('No reminder is pinned in #gone.');
    });

    it('too_many_pins on pins.add: the pin-limit reply', async () => {
      const channel = 'C0FULL001';
      fake.script('chat.postMessage', { body: { ok: true, channel, ts: '1764420000.000999' } });
      fake.script('pins.add', { body: { ok: false, error: 'too_many_pins' } });
      const reply = await reminder(base, 'pin', channel, 'full');
      expect(header(reply)).toBe('That channel has too many pins already.');
    });
  });
});
