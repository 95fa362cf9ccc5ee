import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type App, startApp } from '../../src/app.js';
import type { Config } from '../../src/config.js';
import { contentVersion } from '../../src/content/index.js';
import type { LineSource } from '../../src/core/dispatcher.js';
import type { ReminderService } from '../../src/reminders/service.js';
import { FakeChannelPort } from '../fakes/channel-port.js';
import { createTestDatabase, TEST_DATABASE_URL } from '../fakes/postgres.js';
import { ask } from '../helpers.js';
import { confirmButton, silentLog } from './setup.js';

const dirs: string[] = [];
const apps: App[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.stop();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function config(databasePath: string): Config {
  return {
    http: { host: '127.0.0.1', port: 0 },
    databasePath,
    logLevel: 'silent',
    staleAfterDays: 180,
    rateLimitPerMinute: 10,
  };
}

async function boot(path: string, port: FakeChannelPort): Promise<App> {
  const app = await startApp(config(path), silentLog);
  apps.push(app);
  app.services.channels.set('discord', port);
  return app;
}

const from = (userId: string): LineSource => ({
  platform: 'discord',
  locale: 'en',
  userId,
  channel: { id: 'C1', workspaceId: 'G1', name: 'general' },
});

describe('/linkedin-reminder through the app', () => {
  it('pin, confirm, status, a restart with the same file, and unpin work end to end', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reminders-app-'));
    dirs.push(dir);
    const path = join(dir, 'data', 'bot.sqlite');
    const port = new FakeChannelPort();
    let app = await boot(path, port);
    const run = (line: string, user = 'U1') =>
      app.services.dispatcher.handleLine(line, from(user), app.services.context());

    const pinned = await run('/linkedin-reminder pin every:monthly');
    expect(pinned.title).toBe('Reminder pinned in #general.');
    const [msg] = port.pinned('C1');
    const button = confirmButton(msg!.reply)!;
    // The button's command line, as an adapter runs it on a click.
    expect((await run(button.command, 'U2')).title).toBe('Thank you! You are counted.');
    expect((await run(button.command, 'U3')).title).toBe('Thank you! You are counted.');
    expect((await run(button.command, 'U2')).title).toBe('You were already counted. Thank you!');
    const status = await run('/linkedin-reminder status');
    expect(JSON.stringify(status.sections)).toMatch(/Confirmations: 2/);

    // Stopping sends the waiting count edit before the platforms go.
    await app.stop();
    expect(confirmButton(port.pinned('C1')[0]!.reply)?.label).toBe("I've turned it off ✅ (2)");

    // Older facts in the file: the next start-up edits the pinned message in place.
    const db = new Database(path);
    db.prepare("UPDATE reminders SET content_version = 'older'").run();
    db.close();
    const editsBefore = port.count('edit');
    app = await boot(path, port);
    // Adapters register their ports before the first tick; here the port comes just after start-up,
    // so run the refresh the tick would run (whichever comes first edits, the other finds nothing to do).
    await (app.services.reminders as ReminderService).jobs.refreshContent();
    await vi.waitFor(() => expect(port.count('edit')).toBe(editsBefore + 1));
    expect(port.pinned('C1')[0]!.reply.contentVersion).toBe(contentVersion());

    const again = await run('/linkedin-reminder pin every:monthly');
    expect(again.title).toBe('Reminder refreshed in #general.');
    expect(port.count('post')).toBe(1);
    expect(port.pinned('C1')).toHaveLength(1);

    expect((await run('/linkedin-reminder unpin')).title).toBe('Reminder unpinned in #general.');
    expect(port.pinned('C1')).toHaveLength(0);
    expect((await run('/linkedin-reminder status')).title).toBe('No reminder is pinned in #general.');
  });

  it('an unusable database stops start-up with one clear line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reminders-app-'));
    dirs.push(dir);
    await expect(startApp(config(dir), silentLog)).rejects.toThrow(
      new RegExp(`^cannot open database at ${dir}: `),
    );
  });

  it('the console explains that reminders live in a Discord or Slack channel', async () => {
    const reply = await ask('/linkedin-reminder pin');
    expect(reply.title).toBe('Reminders live in a Discord or Slack channel.');
    expect(reply.intro).toMatch(/works in Discord or Slack/);
  });
});

describe.skipIf(!TEST_DATABASE_URL)('/linkedin-reminder through the app on PostgreSQL', () => {
  it('DATABASE_URL selects PostgreSQL: a second app on the same database sees the reminder and the count', async () => {
    const db = await createTestDatabase('app');
    try {
      const port = new FakeChannelPort();
      const pg = { ...config(':memory:'), databaseUrl: db.url, encryptionKey: Buffer.alloc(32, 9) };
      const first = await startApp(pg, silentLog);
      apps.push(first);
      first.services.channels.set('discord', port);
      const second = await startApp(pg, silentLog);
      apps.push(second);
      second.services.channels.set('discord', port);
      const run = (app: App, line: string, user = 'U1') =>
        app.services.dispatcher.handleLine(line, from(user), app.services.context());

      expect((await run(first, '/linkedin-reminder pin')).title).toBe('Reminder pinned in #general.');
      const button = confirmButton(port.pinned('C1')[0]!.reply)!;
      expect((await run(first, button.command, 'U2')).title).toBe('Thank you! You are counted.');
      expect((await run(second, button.command, 'U2')).title).toBe('You were already counted. Thank you!');
      expect((await run(second, '/linkedin-reminder pin')).title).toBe('Reminder refreshed in #general.');
      expect(JSON.stringify((await run(second, '/linkedin-reminder status')).sections)).toMatch(
        /Confirmations: 1/,
      );
      expect(port.count('post')).toBe(1);
    } finally {
      for (const a of apps.splice(0)) await a.stop();
      await db.drop();
    }
  }, 30_000);
});
