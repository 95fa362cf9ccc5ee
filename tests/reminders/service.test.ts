import { describe, expect, it } from 'vitest';
import { contentVersion, getContent } from '../../src/content/index.js';
import { WEEK_MS } from '../../src/reminders/clock.js';
import { platformError } from '../fakes/channel-port.js';
import { confirmButton, harness, lines, target } from './setup.js';

const DAY = 86_400_000;

describe('pin', () => {
  it('posts the reminder publicly, pins it and answers privately', async () => {
    const h = await harness();
    const reply = await h.reply.pin(target(), 'off');
    expect(reply.visibility).toBe('ephemeral');
    expect(reply.title).toBe('Reminder pinned in #general.');
    const pinned = h.discord.pinned('C1');
    expect(pinned).toHaveLength(1);
    const msg = pinned[0]!.reply;
    expect(msg.visibility).toBe('public');
    expect(msg.shareCommand).toBeUndefined();
    expect(msg.links).toEqual([{ label: 'Open the LinkedIn setting', url: getContent().settingUrl }]);
    expect(confirmButton(msg)).toEqual({
      label: "I've turned it off ✅ (0)",
      command: '/linkedin-reminder confirm',
      style: 'success',
    });
    expect(msg.asOf).toBe(getContent().asOf);
    expect(msg.contentVersion).toBe(contentVersion());
    expect((await h.store.find({ platform: 'discord', workspaceId: 'G1', channelId: 'C1' }))?.state).toBe(
      'pinned',
    );
  });

  it('says why in one paragraph and gives both paths in two short lines taken from the guides', async () => {
    const h = await harness();
    await h.reply.pin(target(), 'off');
    const msg = h.discord.pinned('C1')[0]!.reply;
    expect(msg.intro).toMatch(/on unless you switch it off/);
    expect(msg.intro).toMatch(/future training/);
    expect(lines(msg)).toEqual([
      'Desktop: Me → Settings & Privacy → Data privacy → Data for Generative AI Improvement → Switch off',
      'Mobile app: profile photo → Settings → Data privacy → Data for Generative AI Improvement → Switch off',
    ]);
    expect(msg.sources.map((s) => s.key)).toContain('SETTING-URL');
  });

  it('pinning again refreshes the same message: still one pinned reminder, one post', async () => {
    const h = await harness();
    await h.reply.pin(target(), 'off');
    const again = await h.reply.pin(target('U2'), 'monthly');
    expect(again.title).toBe('Reminder refreshed in #general.');
    expect(h.discord.count('post')).toBe(1);
    expect(h.discord.pinned('C1')).toHaveLength(1);
    expect(h.discord.inChannel('C1')).toHaveLength(1);
    const status = await h.reply.status(target());
    expect(lines(status).join('\n')).toMatch(/re-posted monthly; next re-post 29 Dec 2026, 12:00 UTC/);
  });

  it('posts a fresh one when a person deleted the pinned message, still ending with one pinned', async () => {
    const h = await harness();
    await h.reply.pin(target(), 'off');
    h.discord.deleteMessage(h.discord.pinned('C1')[0]!.id);
    const reply = await h.reply.pin(target(), 'off');
    expect(reply.title).toBe('Reminder pinned in #general.');
    expect(h.discord.pinned('C1')).toHaveLength(1);
  });

  it('keeps channels, workspaces and platforms apart', async () => {
    const h = await harness();
    await h.reply.pin(target('U1', 'C1'), 'off');
    await h.reply.pin(target('U1', 'C2'), 'off');
    await h.reply.pin(target('U1', 'C1', 'discord', 'G2'), 'off');
    await h.reply.pin(target('U1', 'C1', 'slack', 'T1'), 'off');
    expect(await h.store.all()).toHaveLength(4);
    expect(h.discord.count('post')).toBe(3);
    expect(h.slack.count('post')).toBe(1);
  });

  it('two pins racing in one channel post once; the second is told to wait', async () => {
    const h = await harness();
    const [a, b] = await Promise.all([h.reply.pin(target(), 'off'), h.reply.pin(target('U2'), 'off')]);
    expect([a.title, b.title].sort()).toEqual([
      'I am already updating the reminder in this channel.',
      'Reminder pinned in #general.',
    ]);
    expect(h.discord.count('post')).toBe(1);
    expect(h.discord.pinned('C1')).toHaveLength(1);
  });

  it('declines direct messages and platforms that are not running', async () => {
    const h = await harness();
    const dm = await h.reply.pin(target('U1', 'D1', 'discord', null), 'off');
    expect(dm.title).toMatch(/server or workspace channel/);
    h.channels.delete('slack');
    const down = await h.reply.pin(target('U1', 'C1', 'slack', 'T1'), 'off');
    expect(down.title).toBe('Slack is not answering; try again shortly.');
    expect(await h.store.all()).toHaveLength(0);
  });
});

describe('unpin and status', () => {
  it('unpins, forgets the reminder and stops its schedule', async () => {
    const h = await harness();
    await h.reply.pin(target(), 'weekly');
    const reply = await h.reply.unpin(target());
    expect(reply.title).toBe('Reminder unpinned in #general.');
    expect(reply.intro).toMatch(/schedule is stopped/);
    expect(h.discord.pinned('C1')).toHaveLength(0);
    expect(await h.store.all()).toHaveLength(0);
    h.clock.jump(5 * WEEK_MS);
    expect(await h.jobs.runDue()).toEqual({ posted: 0, failed: 0 });
    expect(h.discord.count('post')).toBe(1);
    expect((await h.reply.status(target())).title).toBe('No reminder is pinned in #general.');
  });

  it('unpin with nothing pinned says so', async () => {
    const h = await harness();
    expect((await h.reply.unpin(target())).title).toBe('No reminder is pinned in #general.');
  });

  it('unpin of a message someone deleted forgets the reminder instead of failing forever', async () => {
    const h = await harness();
    await h.reply.pin(target(), 'weekly');
    h.discord.deleteMessage(h.discord.pinned('C1')[0]!.id);
    const reply = await h.reply.unpin(target());
    expect(reply.title).toBe('Reminder removed for #general.');
    expect(await h.store.all()).toHaveLength(0);
  });

  it('unpin without permission stops the schedule and says the message is still pinned', async () => {
    const h = await harness();
    await h.reply.pin(target(), 'weekly');
    h.discord.failAlways('unpin', 'missing-permission');
    const reply = await h.reply.unpin(target());
    expect(reply.title).toBe('I need the Pin Messages permission in this channel.');
    expect(lines(reply).join(' ')).toMatch(/stopped the schedule, but the message is still pinned/);
    const row = (await h.store.all())[0]!;
    expect(row.schedule).toBe('off');
    expect(row.nextPostAt).toBeNull();
  });

  it('status says where, since when, the schedule, the next re-post and the count', async () => {
    const h = await harness();
    await h.reply.pin(target(), 'weekly');
    await h.reply.confirm(target('U7'));
    h.clock.jump(DAY);
    const reply = await h.reply.status(target());
    expect(reply.visibility).toBe('ephemeral');
    expect(reply.title).toBe('Reminder pinned in #general.');
    expect(lines(reply)).toEqual([
      'Pinned since: 29 Nov 2026, 12:00 UTC',
      'Schedule: re-posted weekly; next re-post 6 Dec 2026, 12:00 UTC',
      'Confirmations: 1',
      'Facts: current',
    ]);
  });
});

describe('tally', () => {
  it('counts each member once and tells repeat clickers they were already counted', async () => {
    const h = await harness();
    await h.reply.pin(target(), 'off');
    const first = await h.reply.confirm(target('A'));
    expect(first.title).toBe('Thank you! You are counted.');
    expect(first.visibility).toBe('ephemeral');
    expect(first.intro).toBe('You are the first in this channel to switch it off.');
    await h.reply.confirm(target('B'));
    const again = await h.reply.confirm(target('A'));
    expect(again.title).toBe('You were already counted. Thank you!');
    expect(again.intro).toMatch(/^2 members/);
    const third = await h.reply.confirm(target('C'));
    expect(third.intro).toBe('You and 2 others in this channel switched it off.');
    await h.service.flush();
    expect((await h.store.all())[0]!.confirmations).toBe(3);
    expect(confirmButton(h.discord.pinned('C1')[0]!.reply)?.label).toBe("I've turned it off ✅ (3)");
  });

  it('hashes the user id with the platform and workspace, keyed by the install secret', async () => {
    const h = await harness();
    const key = { platform: 'discord' as const, workspaceId: 'G1', channelId: 'C1' };
    const a = h.service.userHash(key, 'X');
    expect(a).toHaveLength(32);
    expect(h.service.userHash({ ...key, channelId: 'C2' }, 'X').equals(a)).toBe(true);
    expect(h.service.userHash({ ...key, workspaceId: 'G2' }, 'X').equals(a)).toBe(false);
    expect(h.service.userHash({ ...key, platform: 'slack' }, 'X').equals(a)).toBe(false);
    expect((await harness()).service.userHash(key, 'X').equals(a)).toBe(false);
  });

  it('a click with no active reminder still thanks the member and counts nothing', async () => {
    const h = await harness();
    const reply = await h.reply.confirm(target());
    expect(reply.title).toBe('Thank you for switching it off!');
    expect(await h.store.all()).toHaveLength(0);
  });

  it('a click racing an unpin (the row goes between lookup and count) is thanked, not an error', async () => {
    const h = await harness();
    await h.reply.pin(target(), 'off');
    const row = (await h.store.all())[0]!;
    await h.store.remove(row.id);
    h.store.find = async () => row;
    expect(await h.service.confirm(target('A'))).toEqual({ kind: 'confirm-inactive' });
  });

  it('a burst of 100 clicks makes a handful of edits and the last one shows 100', async () => {
    const h = await harness();
    await h.reply.pin(target(), 'off');
    const msgId = h.discord.pinned('C1')[0]!.id;
    for (let i = 0; i < 100; i++) await h.reply.confirm(target(`user-${i}`));
    await h.clock.advance(10_000);
    const edits = h.discord.calls.filter((c) => c.op === 'edit' && c.messageId === msgId).length;
    expect(edits).toBeGreaterThanOrEqual(1);
    expect(edits).toBeLessThanOrEqual(3);
    expect(confirmButton(h.discord.messages.get(msgId)!.reply)?.label).toBe("I've turned it off ✅ (100)");
    expect(h.clock.timerCount).toBe(0);
  });

  it('clicks spread over 20 s make at most one edit per 2 s, and the final count is shown', async () => {
    const h = await harness();
    await h.reply.pin(target(), 'off');
    const msgId = h.discord.pinned('C1')[0]!.id;
    for (let i = 0; i < 100; i++) {
      await h.reply.confirm(target(`user-${i}`));
      await h.clock.advance(200);
    }
    await h.clock.advance(5_000);
    const edits = h.discord.calls.filter((c) => c.op === 'edit').length;
    expect(edits).toBeGreaterThanOrEqual(5);
    expect(edits).toBeLessThanOrEqual(12);
    expect(confirmButton(h.discord.messages.get(msgId)!.reply)?.label).toBe("I've turned it off ✅ (100)");
  });

  it('a failed edit does not stop the next one from showing the count', async () => {
    const h = await harness();
    await h.reply.pin(target(), 'off');
    h.discord.failNext('edit', 'not-found');
    await h.reply.confirm(target('A'));
    await h.clock.advance(100);
    await h.reply.confirm(target('B'));
    await h.clock.advance(5_000);
    expect(confirmButton(h.discord.pinned('C1')[0]!.reply)?.label).toBe("I've turned it off ✅ (2)");
  });
});

describe('schedules', () => {
  it('re-posts a due reminder, moves the pin and keeps the count', async () => {
    const h = await harness();
    await h.reply.pin(target(), 'weekly');
    await h.reply.confirm(target('A'));
    await h.service.flush();
    const old = h.discord.pinned('C1')[0]!.id;
    h.clock.jump(WEEK_MS);
    expect(await h.jobs.runDue()).toEqual({ posted: 1, failed: 0 });
    const pinned = h.discord.pinned('C1');
    expect(pinned).toHaveLength(1);
    expect(pinned[0]!.id).not.toBe(old);
    expect(confirmButton(pinned[0]!.reply)?.label).toBe("I've turned it off ✅ (1)");
    expect(h.discord.messages.get(old)?.pinned).toBe(false);
  });

  it('after long downtime catches up with one post and schedules the next from now', async () => {
    const h = await harness();
    await h.reply.pin(target(), 'weekly');
    h.clock.jump(30 * WEEK_MS + DAY);
    expect(await h.jobs.runDue()).toEqual({ posted: 1, failed: 0 });
    expect(await h.jobs.runDue()).toEqual({ posted: 0, failed: 0 });
    expect(h.discord.count('post')).toBe(2);
    expect((await h.store.all())[0]!.nextPostAt).toBe(h.clock.now().getTime() + WEEK_MS);
  });

  it('monthly re-posts land on the same day next month (clamped at month end)', async () => {
    const h = await harness();
    h.clock.jump(Date.parse('2027-01-31T09:00:00Z') - h.clock.now().getTime());
    await h.reply.pin(target(), 'monthly');
    expect(new Date((await h.store.all())[0]!.nextPostAt!).toISOString()).toBe('2027-02-28T09:00:00.000Z');
  });

  it('nothing is posted before it is due, and schedule off is never re-posted', async () => {
    const h = await harness();
    await h.reply.pin(target('U', 'C1'), 'weekly');
    await h.reply.pin(target('U', 'C2'), 'off');
    h.clock.jump(WEEK_MS - 1);
    expect(await h.jobs.runDue()).toEqual({ posted: 0, failed: 0 });
    h.clock.jump(100 * WEEK_MS);
    expect(await h.jobs.runDue()).toEqual({ posted: 1, failed: 0 });
    expect(h.discord.count('post', 'C2')).toBe(1);
  });

  it('a re-post that meets an outage is retried with backoff, then again soon, not next period', async () => {
    const h = await harness();
    await h.reply.pin(target(), 'monthly');
    h.discord.failAlways('post', 'unavailable');
    h.clock.jump(40 * DAY);
    expect(await h.jobs.runDue()).toEqual({ posted: 0, failed: 1 });
    expect(h.discord.count('post')).toBe(1 + 3);
    expect(h.sleeps.length).toBe(2);
    expect(h.sleeps[1]!).toBeGreaterThan(h.sleeps[0]!);
    const row = (await h.store.all())[0]!;
    expect(row.nextPostAt).toBe(h.clock.now().getTime() + 15 * 60_000);
    expect(row.claimedUntil).toBeNull();
    h.discord.heal();
    h.clock.jump(15 * 60_000);
    expect(await h.jobs.runDue()).toEqual({ posted: 1, failed: 0 });
    expect(h.discord.pinned('C1')).toHaveLength(1);
  });

  it('a re-post whose pin fails leaves the old reminder pinned and no unpinned reminder behind', async () => {
    const h = await harness();
    await h.reply.pin(target(), 'weekly');
    const old = h.discord.pinned('C1')[0]!.id;
    h.discord.failAlways('pin', 'missing-permission');
    h.clock.jump(WEEK_MS);
    expect(await h.jobs.runDue()).toEqual({ posted: 0, failed: 1 });
    expect(h.discord.pinned('C1').map((m) => m.id)).toEqual([old]);
    const others = h.discord.inChannel('C1').filter((m) => m.id !== old);
    expect(others).toHaveLength(1);
    expect(others[0]!.reply.title).toBe('The reminder could not be pinned here.');
    expect(others[0]!.reply.actions).toEqual([]);
  });
});

describe('content refresh', () => {
  it('edits every reminder with another content version in place, once', async () => {
    const h = await harness();
    await h.reply.pin(target('U', 'C1'), 'off');
    await h.reply.pin(target('U', 'C2'), 'off');
    const [a] = await h.store.all();
    await h.store.setContentVersion(a!.id, 'old-version');
    expect(await h.jobs.refreshContent()).toEqual({ updated: 1, failed: 0 });
    expect(h.discord.count('edit', 'C1')).toBe(1);
    expect(h.discord.count('edit', 'C2')).toBe(0);
    expect((await h.store.all()).every((r) => r.contentVersion === contentVersion())).toBe(true);
    expect(h.discord.pinned('C1')[0]!.reply.contentVersion).toBe(contentVersion());
    expect(await h.jobs.refreshContent()).toEqual({ updated: 0, failed: 0 });
  });

  it('status tells when the pinned message waits for a content update', async () => {
    const h = await harness();
    await h.reply.pin(target(), 'off');
    await h.store.setContentVersion((await h.store.all())[0]!.id, 'old-version');
    expect(lines(await h.reply.status(target()))).toContain(
      'Facts: an update is on its way to the pinned message',
    );
  });
});

describe('typed outcomes', () => {
  it('the service answers with data; a platform refusal keeps its structured fields', async () => {
    const h = await harness();
    expect(await h.service.pin(target(), 'weekly')).toEqual({
      kind: 'pinned',
      channel: { name: 'general' },
      refreshed: false,
      schedule: 'weekly',
      nextPostAt: h.clock.now().getTime() + WEEK_MS,
      confirmations: 0,
    });
    h.discord.failAlways(
      'pin',
      platformError('missing-permission', { permission: 'Pin Messages', code: 50013 }),
    );
    expect(await h.service.pin(target('U', 'C2'), 'off')).toEqual({
      kind: 'failed',
      action: 'pin',
      platform: 'discord',
      reason: { kind: 'missing-permission', permission: 'Pin Messages', code: 50013 },
    });
    expect(await h.service.status(target('U', 'C9'))).toEqual({
      kind: 'not-pinned',
      action: 'status',
      channel: { name: 'general' },
    });
    expect(await h.service.unpin(target('U', 'C1', 'discord', null))).toEqual({
      kind: 'no-channel',
      action: 'unpin',
    });
  });

  it('follows each reminder’s own language: a German one changes with German content only', async () => {
    const h = await harness();
    await h.reply.pin({ ...target('U', 'C1'), locale: 'de' }, 'off');
    await h.reply.pin(target('U', 'C2'), 'off');
    const byChannel = async (id: string) => (await h.store.all()).find((r) => r.channelId === id)!;
    const german = await byChannel('C1');
    expect(german).toMatchObject({ locale: 'de', contentVersion: contentVersion('de') });
    expect(h.discord.pinned('C1')[0]!.reply.contentVersion).toBe(contentVersion('de'));
    expect((await byChannel('C2')).locale).toBe('en');
    // Each is current in its own language: nothing to edit, though the two versions differ.
    expect(contentVersion('de')).not.toBe(contentVersion('en'));
    expect(await h.jobs.refreshContent()).toEqual({ updated: 0, failed: 0 });

    // English content changed: only the English reminder is edited.
    await h.store.setContentVersion((await byChannel('C2')).id, 'old-english');
    expect(await h.jobs.refreshContent()).toEqual({ updated: 1, failed: 0 });
    expect(h.discord.count('edit', 'C1')).toBe(0);
    expect(h.discord.count('edit', 'C2')).toBe(1);

    // German content changed: the German reminder is edited, in German.
    await h.store.setContentVersion(german.id, 'old-german');
    expect(await h.jobs.refreshContent()).toEqual({ updated: 1, failed: 0 });
    expect(h.discord.count('edit', 'C1')).toBe(1);
    expect(h.discord.count('edit', 'C2')).toBe(1);
    expect(h.discord.pinned('C1')[0]!.reply.contentVersion).toBe(contentVersion('de'));
    expect((await byChannel('C1')).contentVersion).toBe(contentVersion('de'));
  });

  it('a re-pin in another language switches the reminder to it', async () => {
    const h = await harness();
    await h.reply.pin({ ...target(), locale: 'de' }, 'off');
    await h.reply.pin({ ...target(), locale: 'fr' }, 'off');
    const [row] = await h.store.all();
    expect(row).toMatchObject({ locale: 'fr', contentVersion: contentVersion('fr') });
    expect(h.discord.pinned('C1')[0]!.reply.contentVersion).toBe(contentVersion('fr'));
  });
});
