// Slack gives a slash command 3 s: slow replies are acked empty first and delivered through response_url.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReminderPort } from '../../../src/core/ports.js';
import type { ReminderOutcome } from '../../../src/reminders/outcomes.js';
import { type AttachedSlack, attachSlack, postSlack, SIGNING_SECRET, slashBody } from './helpers.js';

const pinned: ReminderOutcome = {
  kind: 'pinned',
  channel: { name: 'general' },
  refreshed: false,
  schedule: 'off',
  nextPostAt: null,
  confirmations: 0,
};

let bot: AttachedSlack;
beforeAll(async () => {
  bot = await attachSlack({ SLACK_SIGNING_SECRET: SIGNING_SECRET }, { replyBudgetMs: 20, ackTimeoutMs: 50 });
});
afterAll(async () => {
  await bot.stop();
});

describe('slow replies', () => {
  it('acks empty at once, then posts the reply through response_url', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const slow = async () => {
      await gate;
      return pinned;
    };
    bot.services.reminders = { pin: slow, unpin: slow, status: slow, confirm: slow } satisfies ReminderPort;

    const since = bot.fake.calls.length;
    const res = await postSlack(bot.base, slashBody('slash-reminder-pin.form', bot.fake));
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(bot.fake.callsTo('response_url').slice(since)).toEqual([]);

    release();
    const call = await bot.fake.next('response_url', since);
    expect(call.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(call.body.blocks)).toContain('Reminder pinned in #general');
  });

  it('answers 200 on its own when nothing acks an interaction in time', async () => {
    const body = new URLSearchParams({
      payload: JSON.stringify({
        type: 'shortcut',
        callback_id: 'x',
        trigger_id: '1',
        user: { id: 'U1' },
        team: { id: 'T1' },
      }),
    }).toString();
    const res = await postSlack(bot.base, body);
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
  });
});
