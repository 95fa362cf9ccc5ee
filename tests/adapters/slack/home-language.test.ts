// The workspace language on Slack, through the real Bolt against the fake Slack API: a workspace admin picks it
// in App Home; members whose own Slack language is unknown or unsupported are answered in it; others keep theirs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOME_LANGUAGE_ACTION } from '../../../src/adapters/slack/home.js';
import { getContent } from '../../../src/content/index.js';
import { CONVERSATION_WORDS } from '../../../src/conversation/words.js';
import { type Bot, fixture, interactionBody, postSlack, slashBody, startSlackBot } from './helpers.js';

interface Block {
  type: string;
  accessory?: { type: string; action_id: string; initial_option: { value: string }; options: unknown[] };
  elements?: { text?: string }[];
}

let bot: Bot;
beforeAll(async () => {
  bot = await startSlackBot();
  bot.fake.locales.set('U0USER001', 'en-US');
  bot.fake.locales.set('U0JAPAN01', 'ja-JP');
  bot.fake.locales.set('U0FRENCH1', 'fr-FR');
  bot.fake.locales.set('U0MEMBER1', 'en-US');
});
afterAll(async () => {
  await bot?.stop();
});

async function openHome(user: string): Promise<Block[]> {
  const since = bot.fake.calls.length;
  const event = JSON.parse(fixture('event-app-home-opened.json')) as { event: { user: string } };
  event.event.user = user;
  const res = await postSlack(bot.base, JSON.stringify(event), { contentType: 'application/json' });
  expect(res.status).toBe(200);
  const call = await bot.fake.next('views.publish', since);
  return (call.body.view as { blocks: Block[] }).blocks;
}

async function choose(user: string, locale: string): Promise<Block[]> {
  const since = bot.fake.calls.length;
  const body = interactionBody('block-actions-home.json', bot.fake, (p) => {
    p.user = { id: user, username: 'someone', name: 'someone', team_id: 'T0TEAM001' };
    p.actions = [
      {
        type: 'static_select',
        action_id: HOME_LANGUAGE_ACTION,
        block_id: 'lang',
        selected_option: { text: { type: 'plain_text', text: locale }, value: locale },
        action_ts: '1764410005.000100',
      },
    ];
  });
  expect((await postSlack(bot.base, body)).status).toBe(200);
  const call = await bot.fake.next('views.publish', since);
  return (call.body.view as { blocks: Block[] }).blocks;
}

async function desktopTitleFor(user: string): Promise<string> {
  const res = await postSlack(
    bot.base,
    slashBody('slash-optout-desktop.form', bot.fake, { text: 'desktop', user_id: user }),
  );
  return JSON.stringify(await res.json());
}

const menu = (blocks: Block[]) =>
  blocks.find((b) => b.accessory?.action_id === HOME_LANGUAGE_ACTION)?.accessory;
const notes = (blocks: Block[]) => JSON.stringify(blocks.filter((b) => b.type === 'context').at(-1));
const title = (locale: 'en' | 'de' | 'fr') => getContent(locale).guides.desktop?.title ?? 'missing';

describe('the workspace language in App Home', () => {
  it('offers the menu to a workspace admin, with every language and English chosen', async () => {
    const m = menu(await openHome('U0USER001'));
    expect(m?.type).toBe('static_select');
    expect(m?.options).toHaveLength(8);
    expect(m?.initial_option.value).toBe('en');
  });

  it('shows a member who is not an admin the language without the menu', async () => {
    const blocks = await openHome('U0MEMBER1');
    expect(menu(blocks)).toBeUndefined();
    expect(notes(blocks)).toContain('Workspace language: English');
    expect(notes(blocks)).toContain('Workspace owners and admins can change it here.');
  });

  it('answers members in the chosen language only when their own is unknown or unsupported', async () => {
    expect(await desktopTitleFor('U0JAPAN01')).toContain(title('en'));
    const blocks = await choose('U0USER001', 'de');
    expect(notes(blocks)).toContain('Saved. The workspace language is now Deutsch.');
    expect(menu(blocks)?.initial_option.value).toBe('de');
    expect(await desktopTitleFor('U0JAPAN01')).toContain(title('de'));
    expect(await desktopTitleFor('U0FRENCH1')).toContain(title('fr'));
    expect(await desktopTitleFor('U0MEMBER1')).toContain(title('en'));
    // Kept in the database: a fresh read (past any cache) finds it.
    expect(await bot.app.services.storage?.workspaceSettings.defaultLocale('T0TEAM001')).toBe('de');
  });

  it('answers a DM from a member whose language is unsupported in the workspace language', async () => {
    const since = bot.fake.calls.length;
    const posted = bot.fake.next('chat.postMessage', since);
    const event = {
      type: 'message',
      channel_type: 'im',
      channel: 'D0DM00009',
      user: 'U0JAPAN01',
      text: 'hi',
      ts: '1764420000.000901',
      event_ts: '1764420000.000901',
    };
    const envelope = {
      team_id: 'T0TEAM001',
      api_app_id: 'A0APP001',
      event,
      type: 'event_callback',
      event_id: 'Ev0LANG01',
      event_time: 1764420000,
      authorizations: [
        {
          enterprise_id: null,
          team_id: 'T0TEAM001',
          user_id: 'UBOT0001',
          is_bot: true,
          is_enterprise_install: false,
        },
      ],
    };
    await postSlack(bot.base, JSON.stringify(envelope), { contentType: 'application/json' });
    expect(JSON.stringify((await posted).body)).toContain(CONVERSATION_WORDS.de.titles.greeting);
  });

  it('refuses a member who is not an admin and keeps the language', async () => {
    const blocks = await choose('U0MEMBER1', 'pl');
    expect(notes(blocks)).toContain('Only workspace owners and admins can change the workspace language.');
    expect(await desktopTitleFor('U0JAPAN01')).toContain(title('de'));
  });
});
