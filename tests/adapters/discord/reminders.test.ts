// Pinned reminders end to end on Discord: the real app (startApp, HTTP interactions, signed for real) posting,
// pinning, editing and unpinning through @discordjs/rest against the local fake Discord REST server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { escapeDiscord } from '../../../src/adapters/discord/render.js';
import type { App } from '../../../src/app.js';
import { contentVersion, getContent } from '../../../src/content/index.js';
import type { ReminderService } from '../../../src/reminders/service.js';
import { FakeDiscordRest, type RecordedRequest } from '../../fakes/discord-rest.js';
import { allStrings, fixture, GUILD_ID, makeSigner, startDiscordHttpApp } from './helpers.js';

const signer = makeSigner();
const CONFIRM = 'run:/linkedin-reminder confirm';
let fake: FakeDiscordRest;
const dirs: string[] = [];
const apps: App[] = [];

beforeAll(async () => {
  fake = await FakeDiscordRest.start();
});

afterEach(async () => {
  for (const a of apps.splice(0)) await a.stop();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

afterAll(async () => {
  await fake?.close();
});

function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'discord-reminders-'));
  dirs.push(dir);
  return join(dir, 'data', 'bot.sqlite');
}

async function boot(databasePath: string): Promise<{ app: App; url: string }> {
  const booted = await startDiscordHttpApp({
    publicKeyHex: signer.publicKeyHex,
    apiUrl: fake.api,
    databasePath,
  });
  apps.push(booted.app);
  return booted;
}

// biome-ignore lint/suspicious/noExplicitAny: response JSON is inspected field by field.
async function send(url: string, payload: unknown): Promise<any> {
  const body = JSON.stringify(payload);
  const res = await fetch(url, { method: 'POST', body, headers: signer.headers(body) });
  expect(res.status).toBe(200);
  return res.json();
}

/** `/linkedin-reminder <sub>` in `channelId`, from the fixture's moderator (who may pin). */
function command(channelId: string, sub: string, options?: unknown[]) {
  const p = fixture('command-reminder-pin');
  p.channel_id = channelId;
  p.channel.id = channelId;
  p.data.options = [{ type: 1, name: sub, ...(options ? { options } : {}) }];
  return p;
}

const pinCommand = (channelId: string) =>
  command(channelId, 'pin', [{ name: 'every', type: 3, value: 'weekly' }]);

/** A member (no special permissions) clicking a button on a message in `channelId`. */
function click(channelId: string, userId: string, customId = CONFIRM, messageId = '1100000000000000007') {
  const p = fixture('button-run-mobile');
  p.channel_id = channelId;
  p.channel.id = channelId;
  p.data.custom_id = customId;
  p.member.user.id = userId;
  p.member.permissions = '0';
  p.message.id = messageId;
  p.message.channel_id = channelId;
  return p;
}

// biome-ignore lint/suspicious/noExplicitAny: interaction responses are raw JSON.
const title = (r: any): string => r.data.embeds[0].title;
// biome-ignore lint/suspicious/noExplicitAny: interaction responses are raw JSON.
const description = (r: any): string => r.data.embeds[0].description ?? '';

// biome-ignore lint/suspicious/noExplicitAny: message bodies are raw JSON.
function buttons(body: any): { custom_id?: string; url?: string; label: string; style: number }[] {
  return (body.components ?? []).flatMap((row: { components: unknown[] }) => row.components);
}

const confirmLabel = (body: unknown) => buttons(body).find((b) => b.custom_id === CONFIRM)?.label;

function requests(method: string, path: string | RegExp, since = 0): RecordedRequest[] {
  return fake.requests
    .slice(since)
    .filter((r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)));
}

const messages = (channelId: string) => `/channels/${channelId}/messages`;
const pinPath = (channelId: string, messageId: string) => `/channels/${channelId}/messages/pins/${messageId}`;

/** The id the fake gave the one reminder posted in the channel since `since`, read from its pin call. */
function pinnedId(channelId: string, since = 0): string {
  const pins = requests('PUT', new RegExp(`^/channels/${channelId}/messages/pins/\\d+$`), since);
  expect(pins).toHaveLength(1);
  return pins[0]?.path.split('/').at(-1) ?? '';
}

/** Waiting count edits go out now (the app otherwise sends them within its edit interval). */
const flush = (app: App) => (app.services.reminders as ReminderService).flush();

describe('/linkedin-reminder on Discord through the fake REST API', () => {
  it('posts and pins, counts clicks once each, edits the count, survives a restart, and unpins', async () => {
    const channel = '1100000000000000020';
    const db = tempDb();
    let { app, url } = await boot(db);
    const start = fake.requests.length;

    const pinned = await send(url, pinCommand(channel));
    expect(pinned.type).toBe(4);
    expect(pinned.data.flags).toBe(64);
    expect(title(pinned)).toBe('Reminder pinned in #general.');

    // One public message, never pinging, with the setting link and the confirm button at 0, no share button.
    const posts = requests('POST', messages(channel), start);
    expect(posts).toHaveLength(1);
    const body = posts[0]?.body as Record<string, unknown>;
    expect(body.flags).toBeUndefined();
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(confirmLabel(body)).toBe("I've turned it off ✅ (0)");
    expect(buttons(body).find((b) => b.custom_id === CONFIRM)?.style).toBe(3);
    expect(buttons(body)).toContainEqual(expect.objectContaining({ style: 5, url: getContent().settingUrl }));
    expect(buttons(body).some((b) => b.custom_id?.startsWith('share:'))).toBe(false);
    for (const s of allStrings(body)) expect(s).not.toMatch(/@everyone|@here/);

    // Pinned on the current route (PUT /channels/:id/messages/pins/:id), never the deprecated /pins/:id.
    const messageId = pinnedId(channel, start);
    expect(requests('PUT', new RegExp(`^/channels/${channel}/pins/`), start)).toHaveLength(0);
    const pinBody = requests('PUT', pinPath(channel, messageId), start)[0];
    expect(pinBody?.headers['x-audit-log-reason']).toBeDefined();

    // Five members click at once: each is thanked privately and counted.
    const members = ['1300000000000000001', '1300000000000000002', '1300000000000000003'];
    members.push('1300000000000000004', '1300000000000000005');
    const beforeClicks = fake.requests.length;
    const thanks = await Promise.all(members.map((m) => send(url, click(channel, m, CONFIRM, messageId))));
    for (const t of thanks) {
      expect(t.type).toBe(4);
      expect(t.data.flags).toBe(64);
      expect(title(t)).toBe('Thank you! You are counted.');
    }
    // The same member again: thanked, not counted twice.
    const again = await send(url, click(channel, members[0] ?? '', CONFIRM, messageId));
    expect(again.data.flags).toBe(64);
    expect(title(again)).toBe('You were already counted. Thank you!');
    expect(description(again)).toContain('5 members');

    // The pinned message is edited in place, coalesced: fewer edits than clicks, the last shows all five.
    await flush(app);
    const edits = requests('PATCH', `${messages(channel)}/${messageId}`, beforeClicks);
    expect(edits.length).toBeGreaterThanOrEqual(1);
    expect(edits.length).toBeLessThan(members.length);
    const lastEdit = edits.at(-1)?.body as Record<string, unknown>;
    expect(confirmLabel(lastEdit)).toBe("I've turned it off ✅ (5)");
    expect(lastEdit.flags).toBeUndefined();
    expect(lastEdit.allowed_mentions).toEqual({ parse: [] });
    expect(buttons(lastEdit).some((b) => b.custom_id?.startsWith('share:'))).toBe(false);
    // Clicks never post or pin anything new.
    expect(requests('POST', messages(channel), beforeClicks)).toHaveLength(0);

    const status = await send(url, command(channel, 'status'));
    expect(status.data.flags).toBe(64);
    expect(title(status)).toBe('Reminder pinned in #general.');
    expect(description(status)).toContain('Confirmations: 5');
    expect(description(status)).toContain('re-posted weekly');

    // Restart on the same database file, then pin again: the same message is edited and pinned, not a second.
    await app.stop();
    apps.splice(apps.indexOf(app), 1);
    // Meanwhile the facts changed (as a new build would ship): start-up edits the pinned message by itself.
    const file = new Database(db);
    file.prepare("UPDATE reminders SET content_version = 'older-build'").run();
    file.close();
    const restarted = fake.requests.length;
    ({ app, url } = await boot(db));
    const caughtUp = await fake.waitFor(
      (r) =>
        fake.requests.indexOf(r) >= restarted &&
        r.method === 'PATCH' &&
        r.path === `${messages(channel)}/${messageId}`,
    );
    expect(confirmLabel(caughtUp.body)).toBe("I've turned it off ✅ (5)");
    const repinned = await send(url, pinCommand(channel));
    expect(title(repinned)).toBe('Reminder refreshed in #general.');
    expect(requests('POST', messages(channel), restarted)).toHaveLength(0);
    const refreshed = requests('PATCH', `${messages(channel)}/${messageId}`, restarted);
    expect(refreshed.length).toBeGreaterThanOrEqual(1);
    expect(confirmLabel(refreshed.at(-1)?.body)).toBe("I've turned it off ✅ (5)");
    expect(pinnedId(channel, restarted)).toBe(messageId);
    // The click secret lives in the database: a member counted before the restart is still counted once.
    const afterRestart = await send(url, click(channel, members[1] ?? '', CONFIRM, messageId));
    expect(title(afterRestart)).toBe('You were already counted. Thank you!');

    const unpinned = await send(url, command(channel, 'unpin'));
    expect(title(unpinned)).toBe('Reminder unpinned in #general.');
    expect(requests('DELETE', pinPath(channel, messageId), restarted)).toHaveLength(1);
    const none = await send(url, command(channel, 'status'));
    expect(title(none)).toBe('No reminder is pinned in #general.');
    // A click on the old message after unpinning thanks, but there is nothing left to count or edit.
    const late = fake.requests.length;
    const lateClick = await send(url, click(channel, '1300000000000000009', CONFIRM, messageId));
    expect(description(lateClick)).toContain('no longer active');
    await flush(app);
    expect(requests('PATCH', new RegExp(`^${messages(channel)}/`), late)).toHaveLength(0);
  });

  it('edits a reminder pinned with older facts to the current facts when the bot starts', async () => {
    const channel = '1100000000000000031';
    const db = tempDb();
    const first = await boot(db);
    await send(first.url, pinCommand(channel));
    const messageId = pinnedId(channel);
    await first.app.stop();
    apps.splice(apps.indexOf(first.app), 1);

    // The row as the build before the 30 Nov 2026 corrections left it: pinned with its own content version.
    const file = new Database(db);
    file.prepare("UPDATE reminders SET content_version = 'facts-of-2026-11-29'").run();
    file.close();
    const since = fake.requests.length;
    await boot(db);
    const edit = await fake.waitFor(
      (r) =>
        fake.requests.indexOf(r) >= since &&
        r.method === 'PATCH' &&
        r.path === `${messages(channel)}/${messageId}`,
    );
    // biome-ignore lint/suspicious/noExplicitAny: message bodies are raw JSON.
    const embed = (edit.body as any).embeds[0];
    expect(embed.footer.text).toBe(`Facts checked 30 Nov 2026 · content ${contentVersion()}`);
    expect(embed.footer.text).not.toContain('29 Nov 2026');
    // The mobile path now cites the Dutch regulator, a source the earlier facts did not have.
    const sources = embed.fields.find((f: { name: string }) => f.name === 'Sources').value as string;
    expect(sources).toContain(escapeDiscord(getContent().sources['AP-2025'].title));
    expect(requests('POST', messages(channel), since)).toHaveLength(0);
    // The row records the new version once the edit is through, so the next start-up leaves it alone.
    await vi.waitFor(() => {
      const row = new Database(db, { readonly: true });
      const stored = row.prepare('SELECT content_version AS v FROM reminders').get() as { v: string };
      row.close();
      expect(stored.v).toBe(contentVersion());
    });
  });

  it('re-posts a due reminder after downtime once, moving the pin to the new message', async () => {
    const channel = '1100000000000000029';
    const db = tempDb();
    const first = await boot(db);
    await send(first.url, pinCommand(channel));
    const oldId = pinnedId(channel);
    await send(first.url, click(channel, '1300000000000000011', CONFIRM, oldId));
    await first.app.stop();

    // The weekly re-post fell due while the bot was down (a month of missed weeks: still one post).
    const file = new Database(db);
    file.prepare('UPDATE reminders SET next_post_at = 0').run();
    file.close();
    const since = fake.requests.length;
    const { app, url } = await boot(db);
    const unpinOld = await fake.waitFor(
      (r) => fake.requests.indexOf(r) >= since && r.method === 'DELETE' && r.path === pinPath(channel, oldId),
    );
    expect(unpinOld).toBeDefined();
    await flush(app);
    const posts = requests('POST', messages(channel), since);
    expect(posts).toHaveLength(1);
    // The count carries over to the fresh message.
    expect(confirmLabel(posts[0]?.body)).toBe("I've turned it off ✅ (1)");
    const newId = pinnedId(channel, since);
    expect(newId).not.toBe(oldId);
    const status = await send(url, command(channel, 'status'));
    expect(title(status)).toBe('Reminder pinned in #general.');
    expect(description(status)).toContain('Confirmations: 1');
  });

  describe('errors from Discord become helpful replies, with no unpinned reminder left behind', () => {
    let url: string;
    let app: App;
    beforeAll(async () => {
      // Its own app for the group: the outer afterEach stops only apps it was given.
      ({ app, url } = await startDiscordHttpApp({ publicKeyHex: signer.publicKeyHex, apiUrl: fake.api }));
    });
    afterAll(async () => {
      await app?.stop();
    });

    /** Pins with the fake answering the pin call with this error; returns the reply and the posted id. */
    async function pinFailing(channel: string, status: number, code: number, message: string) {
      const since = fake.requests.length;
      fake.fail('PUT', new RegExp(`^/channels/${channel}/messages/pins/\\d+$`), status, { message, code });
      const reply = await send(url, pinCommand(channel));
      const posts = requests('POST', messages(channel), since);
      expect(posts).toHaveLength(1);
      const messageId = pinnedId(channel, since);
      // The posted reminder was turned into a short note: no confirm button, so no unpinned reminder remains.
      const edits = requests('PATCH', `${messages(channel)}/${messageId}`, since);
      expect(edits).toHaveLength(1);
      const note = edits[0]?.body as Record<string, unknown>;
      expect((note.embeds as { title: string }[])[0]?.title).toBe(
        escapeDiscord('The reminder could not be pinned here.'),
      );
      expect(confirmLabel(note)).toBeUndefined();
      expect(note.flags).toBeUndefined();
      expect(note.allowed_mentions).toEqual({ parse: [] });
      return { reply, messageId, since };
    }

    it('50013 Missing Permissions on pin: names Pin Messages; the next pin reuses the same message', async () => {
      const channel = '1100000000000000021';
      const { reply, messageId } = await pinFailing(channel, 403, 50013, 'Missing Permissions');
      expect(reply.data.flags).toBe(64);
      expect(title(reply)).toBe('I need the Pin Messages permission in this channel.');
      expect(description(reply)).toContain('server admin');

      const status = await send(url, command(channel, 'status'));
      expect(title(status)).toBe('The reminder in #general is not pinned yet.');

      // Permission granted: pinning again turns the note back into the reminder, still one message.
      const since = fake.requests.length;
      const retried = await send(url, pinCommand(channel));
      expect(title(retried)).toBe('Reminder pinned in #general.');
      expect(requests('POST', messages(channel), since)).toHaveLength(0);
      const edit = requests('PATCH', `${messages(channel)}/${messageId}`, since).at(-1);
      expect(confirmLabel(edit?.body)).toBe("I've turned it off ✅ (0)");
      expect(pinnedId(channel, since)).toBe(messageId);
    });

    it('30003 on pin: the 250-pins reply', async () => {
      const channel = '1100000000000000022';
      const { reply } = await pinFailing(channel, 400, 30003, 'Maximum number of pins reached (250)');
      expect(title(reply)).toBe(escapeDiscord('That channel has 250 pins already (the Discord limit).'));
      expect(description(reply)).toContain('Unpin an older message');
    });

    it('10003 Unknown Channel on post: the channel-is-gone reply, nothing pinned or stored', async () => {
      const channel = '1100000000000000023';
      const since = fake.requests.length;
      fake.fail('POST', new RegExp(`^${messages(channel)}$`), 404, {
        message: 'Unknown Channel',
        code: 10003,
      });
      const reply = await send(url, pinCommand(channel));
      expect(title(reply)).toBe('The channel or the reminder message is gone.');
      expect(requests('PUT', new RegExp(`^/channels/${channel}/`), since)).toHaveLength(0);
      const status = await send(url, command(channel, 'status'));
      expect(title(status)).toBe('No reminder is pinned in #general.');
    });

    it('50001 Missing Access on post: asks for View Channel', async () => {
      const channel = '1100000000000000024';
      fake.fail('POST', new RegExp(`^${messages(channel)}$`), 403, {
        message: 'Missing Access',
        code: 50001,
      });
      const reply = await send(url, pinCommand(channel));
      expect(title(reply)).toBe('I need the View Channel permission in this channel.');
      const status = await send(url, command(channel, 'status'));
      expect(title(status)).toBe('No reminder is pinned in #general.');
    });

    it('10008 Unknown Message on refresh (deleted by hand): pinning again posts and pins a fresh one', async () => {
      const channel = '1100000000000000030';
      await send(url, pinCommand(channel));
      const oldId = pinnedId(channel);
      const since = fake.requests.length;
      fake.fail('PATCH', new RegExp(`^${messages(channel)}/${oldId}$`), 404, {
        message: 'Unknown Message',
        code: 10008,
      });
      const reply = await send(url, pinCommand(channel));
      expect(title(reply)).toBe('Reminder pinned in #general.');
      expect(requests('POST', messages(channel), since)).toHaveLength(1);
      expect(pinnedId(channel, since)).not.toBe(oldId);
    });

    it('a Discord outage (500s) is retried with backoff: one message posted, pinned', async () => {
      const channel = '1100000000000000028';
      const since = fake.requests.length;
      // Two 500s: @discordjs/rest's own retry meets the second, then the service backs off and tries again.
      fake.fail(
        'POST',
        new RegExp(`^${messages(channel)}$`),
        500,
        { message: 'Internal Server Error', code: 0 },
        2,
      );
      const reply = await send(url, pinCommand(channel));
      // Slower than the defer budget on a very busy machine: then the answer arrives as the deferred edit.
      const shown =
        reply.type === 5
          ? (
              await fake.waitFor(
                (r) =>
                  fake.requests.indexOf(r) >= since &&
                  r.method === 'PATCH' &&
                  r.path.endsWith('/messages/@original'),
              )
            ).body
          : reply.data;
      expect(title({ data: shown })).toBe('Reminder pinned in #general.');
      expect(requests('POST', messages(channel), since)).toHaveLength(3);
      pinnedId(channel, since);
    });

    it('missing bot permissions: the ✅/❌ list, and nothing reaches Discord', async () => {
      const channel = '1100000000000000025';
      const since = fake.requests.length;
      const p = fixture('command-reminder-pin-missing-perms');
      p.channel_id = channel;
      p.channel.id = channel;
      const reply = await send(url, p);
      expect(reply.data.flags).toBe(64);
      expect(description(reply)).toContain('❌ Pin Messages');
      expect(description(reply)).toContain('✅ Send Messages');
      expect(fake.requests.slice(since).filter((r) => r.path.startsWith(`/channels/${channel}`))).toEqual([]);
      const status = await send(url, command(channel, 'status'));
      expect(title(status)).toBe('No reminder is pinned in #general.');
    });

    it('a member who cannot pin gets no pin from a button, and nothing reaches Discord', async () => {
      const channel = '1100000000000000026';
      const since = fake.requests.length;
      const reply = await send(url, click(channel, '1300000000000000007', 'run:/linkedin-reminder pin'));
      expect(title(reply)).toBe('Only members who can pin messages can do that.');
      expect(fake.requests.slice(since).filter((r) => r.path.startsWith(`/channels/${channel}`))).toEqual([]);
    });

    it('a reminder belongs to its guild: the same channel id under another guild finds nothing', async () => {
      const channel = '1100000000000000027';
      await send(url, pinCommand(channel));
      const other = command(channel, 'status');
      other.guild_id = String(BigInt(GUILD_ID) + 1n);
      expect(title(await send(url, other))).toBe('No reminder is pinned in #general.');
      expect(title(await send(url, command(channel, 'status')))).toBe('Reminder pinned in #general.');
    });
  });
});
