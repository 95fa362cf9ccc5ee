// The member's language on Slack: users.info (include_locale) on the fake Slack, asked once per member and
// shared with the reminder manager check.
import { afterEach, describe, expect, it } from 'vitest';
import { getContent } from '../../../src/content/index.js';
import { type Bot, postSlack, slashBody, startSlackBot } from './helpers.js';

const bots: Bot[] = [];
afterEach(async () => {
  for (const b of bots.splice(0)) await b.stop();
});

async function desktopFor(bot: Bot, user: string): Promise<string> {
  const res = await postSlack(
    bot.base,
    slashBody('slash-optout-desktop.form', bot.fake, { text: 'desktop', user_id: user }),
  );
  expect(res.status).toBe(200);
  return JSON.stringify(await res.json());
}

describe('a Slack member’s language', () => {
  it('answers a member whose Slack is in de-DE in German, asking users.info once', async () => {
    const bot = await startSlackBot();
    bots.push(bot);
    bot.fake.locales.set('U0GERMAN1', 'de-DE');
    const german = getContent('de').guides.desktop?.title ?? 'missing';
    expect(await desktopFor(bot, 'U0GERMAN1')).toContain(german);
    expect(await desktopFor(bot, 'U0GERMAN1')).toContain(german);
    const asked = bot.fake.callsTo('users.info').filter((c) => c.body.user === 'U0GERMAN1');
    expect(asked).toHaveLength(1);
    expect(String(asked[0]?.body.include_locale)).toBe('true');
  });

  it('answers in English when Slack cannot say', async () => {
    const bot = await startSlackBot();
    bots.push(bot);
    bot.fake.locales.set('U0GERMAN1', 'de-DE');
    bot.fake.script('users.info', { body: { ok: false, error: 'missing_scope', needed: 'users:read' } });
    const reply = await desktopFor(bot, 'U0GERMAN1');
    expect(reply).toContain(getContent('en').guides.desktop?.title ?? 'missing');
    // Not asked again on every command while Slack cannot say.
    await desktopFor(bot, 'U0GERMAN1');
    expect(bot.fake.callsTo('users.info').filter((c) => c.body.user === 'U0GERMAN1')).toHaveLength(1);
  });
});
