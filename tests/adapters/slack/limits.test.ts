// Abuse limits on the real app: a member's command rate, and how often one channel can receive shares.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bot, interactionBody, postSlack, slashBody, startSlackBot } from './helpers.js';

let bot: Bot;
beforeAll(async () => {
  bot = await startSlackBot({ RATE_LIMIT_PER_MINUTE: '3' });
});
afterAll(async () => {
  await bot.stop();
});

describe('abuse limits', () => {
  it('answers a member politely once they exceed the command rate', async () => {
    const titles: string[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await postSlack(
        bot.base,
        slashBody('slash-optout-desktop.form', bot.fake, { user_id: 'U0LIMIT01' }),
      );
      expect(res.status).toBe(200);
      titles.push(JSON.stringify(res.json().blocks));
    }
    expect(titles.slice(0, 3).every((t) => t.includes('desktop'))).toBe(true);
    expect(titles[3]).toContain('a lot of commands');
    // Another member is not affected.
    const other = await postSlack(
      bot.base,
      slashBody('slash-optout-desktop.form', bot.fake, { user_id: 'U0LIMIT02' }),
    );
    expect(JSON.stringify(other.json().blocks)).toContain('desktop');
  });

  it('limits shares into one channel, whoever clicks', async () => {
    const before = bot.fake.callsTo('response_url').length;
    for (let i = 0; i < 5; i++) {
      const body = interactionBody('block-actions-run.json', bot.fake, (p) => {
        (p.user as Record<string, unknown>).id = `U0SHARE0${i}`;
        const action = (p.actions as Record<string, unknown>[])[0]!;
        action.action_id = 'share:0';
        action.value = '/linkedin-ai what-data';
      });
      expect((await postSlack(bot.base, body)).status).toBe(200);
    }
    await new Promise((r) => setTimeout(r, 300));
    const answers = bot.fake.callsTo('response_url').slice(before);
    const publicOnes = answers.filter((c) => c.body.response_type === 'in_channel');
    expect(answers.length).toBe(5);
    expect(publicOnes.length).toBeLessThan(5);
    expect(answers.some((c) => JSON.stringify(c.body).includes('a lot of shares'))).toBe(true);
  });
});
