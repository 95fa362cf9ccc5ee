// The real app over HTTP: signed slash commands, button clicks and App Home against the fake Slack.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getContent } from '../../../src/content/index.js';
import type { ReminderPort, ReminderTarget } from '../../../src/core/ports.js';
import type { ReminderOutcome } from '../../../src/reminders/outcomes.js';
import { makeReply } from '../../helpers.js';
import {
  type Bot,
  interactionBody,
  postSlack,
  slashBody,
  startSlackBot,
  unescapedMentions,
} from './helpers.js';

type Block = { type: string; text?: { text: string }; elements?: Record<string, unknown>[] };

const settingUrl = getContent('en').settingUrl;

function buttons(blocks: Block[]): Record<string, unknown>[] {
  return blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
}

let bot: Bot;
beforeAll(async () => {
  bot = await startSlackBot();
});
afterAll(async () => {
  await bot.stop();
});

describe('slash commands over HTTP', () => {
  it('answers /linkedin-optout desktop in the ack with ephemeral Block Kit and a share button', async () => {
    const res = await postSlack(bot.base, slashBody('slash-optout-desktop.form', bot.fake));
    expect(res.status).toBe(200);
    const body = res.json() as { response_type: string; blocks: Block[]; text: string };
    expect(body.response_type).toBe('ephemeral');
    expect(body.blocks[0]?.type).toBe('header');
    expect(body.text.length).toBeGreaterThan(0);
    const btns = buttons(body.blocks);
    expect(btns).toContainEqual(expect.objectContaining({ action_id: 'link:0', url: settingUrl }));
    expect(btns).toContainEqual(
      expect.objectContaining({ action_id: 'share:0', value: '/linkedin-optout desktop' }),
    );
  });

  it('answers /linkedin-ai what-data with its sources', async () => {
    const res = await postSlack(bot.base, slashBody('slash-ai-what-data.form', bot.fake));
    const body = res.json() as { blocks: Block[] };
    const context = body.blocks.filter((b) => b.type === 'context').map((b) => JSON.stringify(b));
    expect(context.some((c) => c.includes('Sources:'))).toBe(true);
  });

  it('lists the choices, closest first, for an unknown guide', async () => {
    const res = await postSlack(
      bot.base,
      slashBody('slash-optout-desktop.form', bot.fake, { text: 'mobil' }),
    );
    const body = res.json() as { blocks: Block[] };
    expect(JSON.stringify(body.blocks)).toContain('/linkedin-optout mobile');
  });

  it('answers a command it does not know with its own commands', async () => {
    const res = await postSlack(
      bot.base,
      slashBody('slash-optout-desktop.form', bot.fake, { command: '/linkedin-opt', text: '' }),
    );
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.json().blocks)).toContain('/linkedin-optout');
  });

  it.each([
    ['linkedin-ai', 'ask <!channel> hi'],
    ['linkedin-optout', '<!everyone>'],
    ['linkedin-optout', '<@U0OTHER01> <#C0CHAN001|general> <https://evil.example|click>'],
  ])('never lets echoed text ping or link: /%s %s', async (command, text) => {
    const res = await postSlack(
      bot.base,
      slashBody('slash-optout-desktop.form', bot.fake, { command: `/${command}`, text }),
    );
    expect(res.status).toBe(200);
    const body = res.json();
    expect(unescapedMentions(body.blocks)).toEqual([]);
    expect(unescapedMentions(body.text)).toEqual([]);
    expect(JSON.stringify(body.blocks)).not.toContain('<!');
  });

  it('posts and pins a real reminder through the Web API, then reports it in status', async () => {
    const res = await postSlack(bot.base, slashBody('slash-reminder-pin.form', bot.fake));
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.json())).toContain('Reminder pinned');
    const posted = (await bot.fake.next('chat.postMessage')).body;
    const pinned = (await bot.fake.next('pins.add')).body;
    expect(pinned.channel).toBe(posted.channel);
    expect(JSON.stringify(posted.blocks)).toContain("I've turned it off");
    expect(JSON.stringify(posted.blocks)).not.toContain('share:');
  });
});

describe('reminder command through the reminder port', () => {
  function stubReminders(
    calls: ReminderTarget[],
    reply: (t: ReminderTarget) => ReminderOutcome,
  ): ReminderPort {
    const answer = async (t: ReminderTarget) => {
      calls.push(t);
      return reply(t);
    };
    return { pin: answer, unpin: answer, status: answer, confirm: answer };
  }

  it('passes the channel, team and user, and answers the moderator privately', async () => {
    const calls: ReminderTarget[] = [];
    bot.app.services.reminders = stubReminders(calls, () => ({
      kind: 'pinned',
      channel: { name: 'general' },
      refreshed: false,
      schedule: 'off',
      nextPostAt: null,
      confirmations: 0,
    }));
    try {
      const res = await postSlack(bot.base, slashBody('slash-reminder-pin.form', bot.fake));
      expect(res.json().response_type).toBe('ephemeral');
      expect(JSON.stringify(res.json().blocks)).toContain('Reminder pinned in #general');
      expect(calls).toEqual([
        {
          platform: 'slack',
          channel: { id: 'C0CHAN001', workspaceId: 'T0TEAM001', name: 'general' },
          userId: 'U0USER001',
          // No language asked for and Slack has no channel language: the pinner's (Slack's en-US).
          locale: 'en',
        },
      ]);
    } finally {
      bot.app.services.reminders = undefined;
    }
  });

  it('does not reach the reminder service from a direct message', async () => {
    const calls: ReminderTarget[] = [];
    bot.app.services.reminders = stubReminders(calls, () => {
      throw new Error('must not be called');
    });
    try {
      const res = await postSlack(bot.base, slashBody('slash-reminder-pin-dm.form', bot.fake));
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.json().blocks)).toContain('direct messages');
      expect(calls).toEqual([]);
    } finally {
      bot.app.services.reminders = undefined;
    }
  });
});

describe('buttons', () => {
  it('runs a follow-up button and answers ephemerally through response_url', async () => {
    const since = bot.fake.calls.length;
    const res = await postSlack(bot.base, interactionBody('block-actions-run.json', bot.fake));
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const call = await bot.fake.next('response_url', since);
    expect(call.body.response_type).toBe('ephemeral');
    expect(call.body.replace_original).toBe(false);
    expect(JSON.stringify(call.body.blocks)).toContain('/linkedin-optout mobile');
  });

  it('shares a reply publicly, without a second share button', async () => {
    const since = bot.fake.calls.length;
    await postSlack(
      bot.base,
      interactionBody('block-actions-run.json', bot.fake, (p) => {
        p.actions = [
          {
            action_id: 'share:0',
            type: 'button',
            value: '/linkedin-ai what-data',
            block_id: 'a',
            action_ts: '1',
          },
        ];
      }),
    );
    const call = await bot.fake.next('response_url', since);
    expect(call.body.response_type).toBe('in_channel');
    const ids = buttons(call.body.blocks as Block[]).map((b) => b.action_id);
    expect(ids.some((id) => String(id).startsWith('share:'))).toBe(false);
  });

  it('only acknowledges a link button', async () => {
    const before = bot.fake.calls.length;
    const res = await postSlack(
      bot.base,
      interactionBody('block-actions-run.json', bot.fake, (p) => {
        p.actions = [{ action_id: 'link:0', type: 'button', url: settingUrl, block_id: 'a', action_ts: '1' }];
      }),
    );
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    // A later request proves the click produced no Web API or response_url call in between.
    await postSlack(bot.base, slashBody('slash-optout-desktop.form', bot.fake));
    expect(bot.fake.calls.slice(before)).toEqual([]);
  });
});

describe('App Home', () => {
  it('publishes the overview, the direct link and the commands when the Home tab opens', async () => {
    const since = bot.fake.calls.length;
    const { fixture } = await import('./helpers.js');
    const res = await postSlack(bot.base, fixture('event-app-home-opened.json'), {
      contentType: 'application/json',
    });
    expect(res.status).toBe(200);
    const call = await bot.fake.next('views.publish', since);
    expect(call.body.user_id).toBe('U0USER001');
    expect(call.headers.authorization).toBe('Bearer xoxb-test-token');
    const view = call.body.view as { type: string; blocks: Block[] };
    expect(view.type).toBe('home');
    expect(buttons(view.blocks)).toContainEqual(expect.objectContaining({ url: settingUrl }));
    expect(buttons(view.blocks).some((b) => String(b.action_id).startsWith('share:'))).toBe(false);
    const text = JSON.stringify(view.blocks);
    for (const c of bot.app.services.dispatcher.commands) expect(text).toContain(`/${c.spec.name}`);
  });

  it('shows a clicked guide in the Home tab itself, with a way back', async () => {
    const since = bot.fake.calls.length;
    await postSlack(bot.base, interactionBody('block-actions-home.json', bot.fake));
    const call = await bot.fake.next('views.publish', since);
    const view = call.body.view as { blocks: Block[] };
    expect(JSON.stringify(view.blocks)).toMatch(/desktop/i);
    expect(buttons(view.blocks)).toContainEqual(expect.objectContaining({ action_id: 'run:home' }));
  });
});

describe('health and channel port', () => {
  it('reports Slack ready over HTTP and registers its channel port', async () => {
    const res = await fetch(`${bot.base}/healthz`);
    const body = (await res.json()) as { platforms: Record<string, { state: string; mode: string }> };
    expect(body.platforms.slack).toMatchObject({ state: 'ready', mode: 'http' });
    expect(bot.app.services.channels.get('slack')).toBeDefined();
  });

  it('posts through the registered port with the bot token', async () => {
    const port = bot.app.services.channels.get('slack');
    const since = bot.fake.calls.length;
    const msg = await port?.post(
      { workspaceId: 'T0TEAM001', channelId: 'C0CHAN001' },
      makeReply({ command: 'linkedin-reminder', subcommand: 'pin', title: 'Reminder', visibility: 'public' }),
    );
    expect(msg).toEqual({ id: '1764410000.000100' });
    const call = await bot.fake.next('chat.postMessage', since);
    expect(call.body.channel).toBe('C0CHAN001');
    expect(Array.isArray(call.body.blocks)).toBe(true);
  });
});
