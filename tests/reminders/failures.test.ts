import { describe, expect, it } from 'vitest';
import type { PlatformError, PlatformErrorKind } from '../../src/core/ports.js';
import { failureWords } from '../../src/reminders/presenter.js';
import { platformError } from '../fakes/channel-port.js';
import { confirmButton, harness, lines, target } from './setup.js';

type Case = [platform: 'discord' | 'slack', err: PlatformError, title: RegExp | string, line?: RegExp];

const cases: Case[] = [
  ['discord', platformError('missing-permission'), 'I need the Pin Messages permission in this channel.'],
  [
    'discord',
    platformError('missing-permission', { permission: 'Send Messages' }),
    'I need the Send Messages permission in this channel.',
  ],
  ['discord', platformError('not-in-channel'), 'I cannot see or post in this channel.', /View Channel/],
  ['discord', platformError('not-found'), 'The channel or the reminder message is gone.'],
  ['discord', platformError('rate-limited'), 'Discord asked me to slow down.', /in a minute/],
  [
    'discord',
    platformError('rate-limited', { retryAfterMs: 5 * 60_000 }),
    'Discord asked me to slow down.',
    /Try again in 5 minutes/,
  ],
  ['discord', platformError('unavailable'), 'Discord is not answering; try again shortly.'],
  [
    'discord',
    platformError('missing-permission', { code: 30003 }),
    'That channel has 250 pins already (the Discord limit).',
    /Unpin an older message/,
  ],
  [
    'slack',
    platformError('missing-permission', { scope: 'pins:write' }),
    'I am missing the pins:write permission here.',
    /add the pins:write scope to the Slack app and reinstall the app/,
  ],
  ['slack', platformError('missing-permission'), 'I am not allowed to post or pin in this channel.'],
  [
    'slack',
    platformError('missing-permission', { reason: 'pin-limit' }),
    'That channel has too many pins already.',
    /Unpin an older message/,
  ],
  ['slack', platformError('not-in-channel'), 'Invite me first: type /invite @the bot in this channel.'],
  [
    'slack',
    platformError('not-in-channel', { botHandle: 'optout-bot' }),
    'Invite me first: type /invite @optout-bot in this channel.',
  ],
  [
    'slack',
    platformError('not-found', { botHandle: 'optout-bot' }),
    'I cannot find this channel or the reminder message.',
    /private, invite me with \/invite @optout-bot; then/,
  ],
  [
    'slack',
    platformError('missing-permission', { reason: 'channel-archived' }),
    'I am not allowed to post or pin in this channel.',
    /Slack's reason: the channel is archived\./,
  ],
  ['slack', platformError('rate-limited'), 'Slack asked me to slow down.'],
  ['slack', platformError('unavailable'), 'Slack is not answering; try again shortly.'],
];

describe('platform errors become helpful replies', () => {
  it.each(cases)('%s %o', async (platform, err, title, line) => {
    const h = await harness();
    const port = platform === 'discord' ? h.discord : h.slack;
    port.failAlways('post', err);
    const reply = await h.reply.pin(target('U1', 'C1', platform, 'W1'), 'off');
    expect(reply.visibility).toBe('ephemeral');
    expect(reply.title).toBe(title);
    if (line) expect(lines(reply).join(' ')).toMatch(line);
    // Nothing was posted, so nothing is stored: status must not claim a reminder.
    expect(await h.store.all()).toHaveLength(0);
    const transient = err.kind === 'unavailable' || err.kind === 'rate-limited';
    expect(port.count('post')).toBe(transient ? 3 : 1);
  });

  it('every kind has its own reply on both platforms', () => {
    const kinds: PlatformErrorKind[] = [
      'missing-permission',
      'not-in-channel',
      'rate-limited',
      'not-found',
      'unavailable',
    ];
    for (const platform of ['discord', 'slack'] as const) {
      const titles = new Set(kinds.map((k) => failureWords(platform, platformError(k).fields).title));
      expect(titles.size).toBe(kinds.length);
    }
  });

  it('an unexpected error is "something went wrong", never a stack trace', async () => {
    const h = await harness();
    h.discord.post = async () => {
      throw new TypeError('boom at line 3');
    };
    const reply = await h.reply.pin(target(), 'off');
    expect(reply.title).toBe('Something went wrong on my side.');
    expect(JSON.stringify(reply)).not.toMatch(/boom|TypeError/);
  });

  it('an outage that passes is retried with backoff and the pin succeeds', async () => {
    const h = await harness();
    h.discord.failNext('post', 'unavailable', 2);
    h.discord.failNext('pin', 'rate-limited', 1);
    const reply = await h.reply.pin(target(), 'off');
    expect(reply.title).toBe('Reminder pinned in #general.');
    expect(h.discord.count('post')).toBe(3);
    expect(h.discord.pinned('C1')).toHaveLength(1);
    expect(h.discord.inChannel('C1')).toHaveLength(1);
    expect(h.sleeps).toHaveLength(3);
  });
});

describe('a failed pin after a successful post', () => {
  it('turns the post into a short note (no unpinned reminder) and reuses it on the next attempt', async () => {
    const h = await harness();
    h.discord.failAlways('pin', 'missing-permission');
    const reply = await h.reply.pin(target(), 'weekly');
    expect(reply.title).toBe('I need the Pin Messages permission in this channel.');

    const posted = h.discord.inChannel('C1');
    expect(posted).toHaveLength(1);
    expect(posted[0]!.pinned).toBe(false);
    const note = posted[0]!.reply;
    expect(note.title).toBe('The reminder could not be pinned here.');
    expect(note.intro).toMatch(/Pin Messages permission/);
    expect(confirmButton(note)).toBeUndefined();

    expect((await h.reply.status(target())).title).toBe('The reminder in #general is not pinned yet.');
    // Not pinned means not scheduled: nothing is re-posted in the meantime.
    h.clock.jump(30 * 86_400_000);
    expect(await h.jobs.runDue()).toEqual({ posted: 0, failed: 0 });

    h.discord.heal();
    const again = await h.reply.pin(target(), 'weekly');
    expect(again.title).toBe('Reminder pinned in #general.');
    expect(h.discord.count('post')).toBe(1);
    const [msg] = h.discord.inChannel('C1');
    expect(msg!.pinned).toBe(true);
    expect(confirmButton(msg!.reply)).toBeDefined();
  });

  it('posts afresh when the note was deleted in the meantime', async () => {
    const h = await harness();
    h.discord.failNext('pin', 'missing-permission');
    await h.reply.pin(target(), 'off');
    h.discord.deleteMessage(h.discord.inChannel('C1')[0]!.id);
    await h.reply.pin(target(), 'off');
    expect(h.discord.inChannel('C1')).toHaveLength(1);
    expect(h.discord.pinned('C1')).toHaveLength(1);
  });

  it('hitting the pin limit says so and leaves the channel tidy', async () => {
    const h = await harness();
    for (let i = 0; i < 250; i++) {
      const { id } = await h.discord.post(
        { workspaceId: 'G1', channelId: 'C1' },
        (await h.reply.status(target())) as never,
      );
      await h.discord.pin({ workspaceId: 'G1', channelId: 'C1' }, id);
    }
    const reply = await h.reply.pin(target(), 'off');
    expect(reply.title).toBe('That channel has 250 pins already (the Discord limit).');
    const ours = h.discord.inChannel('C1').filter((m) => !m.pinned);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.reply.title).toBe('The reminder could not be pinned here.');
  });

  it('refreshing a pinned reminder whose re-pin fails keeps it a reminder', async () => {
    const h = await harness();
    await h.reply.pin(target(), 'off');
    h.discord.failNext('pin', 'missing-permission');
    const reply = await h.reply.pin(target(), 'off');
    expect(reply.title).toBe('I need the Pin Messages permission in this channel.');
    const [msg] = h.discord.inChannel('C1');
    expect(msg!.pinned).toBe(true);
    expect(confirmButton(msg!.reply)).toBeDefined();
    expect((await h.store.all())[0]!.state).toBe('pinned');
  });
});
