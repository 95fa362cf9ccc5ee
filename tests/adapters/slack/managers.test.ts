// Who may pin, unpin and reschedule a Slack channel's reminder: owners and admins by default (users.info on the
// fake Slack), any member with SLACK_REMINDER_MANAGERS=everyone, and nobody when Slack cannot be asked.
import { afterEach, describe, expect, it } from 'vitest';
import { SlackManagers, type UsersClient } from '../../../src/adapters/slack/managers.js';
import type { ReminderPort } from '../../../src/core/ports.js';
import { type Bot, postSlack, slashBody, startSlackBot } from './helpers.js';

const ADMIN = 'U0USER001';
/** What the presenter titles each stubbed outcome below. */
const TITLE = {
  pin: 'Reminder pinned in #general.',
  unpin: 'Reminder unpinned in #general.',
  status: 'No reminder is pinned in #general.',
} as const;
const MEMBER = 'U0MEMBER1';

function recordingReminders(calls: string[]): ReminderPort {
  const channel = { name: 'general' };
  return {
    pin: async (_target, schedule) => {
      calls.push('pin');
      return { kind: 'pinned', channel, refreshed: false, schedule, nextPostAt: null, confirmations: 0 };
    },
    unpin: async () => {
      calls.push('unpin');
      return { kind: 'unpinned', channel, scheduleStopped: false };
    },
    status: async () => {
      calls.push('status');
      return { kind: 'not-pinned', action: 'status', channel };
    },
    confirm: async () => {
      calls.push('confirm');
      return { kind: 'confirmed', already: false, count: 1 };
    },
  };
}

const bots: Bot[] = [];
afterEach(async () => {
  for (const b of bots.splice(0)) await b.stop();
});

async function boot(env: Record<string, string> = {}) {
  const bot = await startSlackBot(env);
  bots.push(bot);
  const calls: string[] = [];
  bot.app.services.reminders = recordingReminders(calls);
  const slash = async (text: string, user: string) => {
    const res = await postSlack(
      bot.base,
      slashBody('slash-reminder-pin.form', bot.fake, { text, user_id: user }),
    );
    expect(res.status).toBe(200);
    return res.json() as { text: string; blocks: unknown[] };
  };
  return { bot, calls, slash };
}

describe('SLACK_REMINDER_MANAGERS=admins (the default)', () => {
  it('refuses a member who is not an admin pin, unpin and pin every:monthly, saying who can', async () => {
    const { bot, calls, slash } = await boot();
    for (const text of ['pin', 'unpin', 'pin every:monthly']) {
      const reply = await slash(text, MEMBER);
      expect(reply.text).toBe('Only workspace owners and admins can do that.');
      expect(JSON.stringify(reply.blocks)).toContain(
        'Ask a workspace owner or admin to run /linkedin-reminder',
      );
    }
    expect(calls).toEqual([]);
    // Asked once, then cached for a few minutes.
    expect(bot.fake.callsTo('users.info').filter((c) => c.body.user === MEMBER)).toHaveLength(1);
    // Status and help stay open to everyone.
    expect((await slash('status', MEMBER)).text).toBe(TITLE.status);
  });

  it('lets an admin or an owner do it', async () => {
    const { bot, calls, slash } = await boot();
    expect((await slash('pin every:monthly', ADMIN)).text).toBe(TITLE.pin);
    bot.fake.owners.add('U0OWNER01');
    expect((await slash('unpin', 'U0OWNER01')).text).toBe(TITLE.unpin);
    expect(calls).toEqual(['pin', 'unpin']);
  });

  it('refuses (fails closed) when Slack cannot say who the member is', async () => {
    const { bot, calls, slash } = await boot();
    // Twice: the member's language is asked first (and falls back to English), then the manager check.
    const refused = { body: { ok: false, error: 'missing_scope', needed: 'users:read' } };
    bot.fake.script('users.info', refused, refused);
    const reply = await slash('pin', ADMIN);
    expect(reply.text).toBe('I could not check whether you may do that.');
    expect(calls).toEqual([]);
    // Not cached: the next try asks again and succeeds.
    expect((await slash('pin', ADMIN)).text).toBe(TITLE.pin);
  });
});

describe('SLACK_REMINDER_MANAGERS=everyone', () => {
  it('lets any member pin and unpin, asking Slack only once, for the language', async () => {
    const { bot, calls, slash } = await boot({ SLACK_REMINDER_MANAGERS: 'everyone' });
    expect((await slash('pin', MEMBER)).text).toBe(TITLE.pin);
    expect((await slash('unpin', MEMBER)).text).toBe(TITLE.unpin);
    expect(calls).toEqual(['pin', 'unpin']);
    expect(bot.fake.callsTo('users.info').map((c) => c.body.user)).toEqual([MEMBER]);
  });
});

describe('SlackManagers', () => {
  it('re-asks after the cache time and treats a thrown call as unknown', async () => {
    let now = 0;
    let answers = 0;
    const client = {
      users: {
        info: async () => {
          answers++;
          if (answers === 3) throw new Error('socket hang up');
          return { ok: true, user: { is_admin: answers === 1 } };
        },
      },
    } as unknown as UsersClient;
    const m = new SlackManagers('admins', () => now);
    const ask = async () => {
      const check = m.check(client, 'T1', 'U1');
      return typeof check === 'function' ? check() : check;
    };
    expect(await ask()).toBe(true);
    now += 60_000;
    expect(await ask()).toBe(true);
    now += 5 * 60_000;
    expect(await ask()).toBe(false);
    now += 5 * 60_000;
    expect(await ask()).toBe('unknown');
    expect(new SlackManagers('everyone').check(client, 'T1', 'U1')).toBe(true);
  });
});
