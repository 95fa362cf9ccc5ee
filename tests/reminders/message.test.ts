import { describe, expect, it } from 'vitest';
import { renderDiscord } from '../../src/adapters/discord/render.js';
import { renderSlack } from '../../src/adapters/slack/render.js';
import { makeContext } from '../../src/core/context.js';
import { reminderMessage, shortStep } from '../../src/reminders/message.js';
import { FIXED_NOW } from '../helpers.js';

describe('reminder message', () => {
  it('shortens guide steps to menu names without inventing any', () => {
    expect(shortStep('Click Me (your profile photo in the top bar).')).toBe('Me');
    expect(shortStep('Under "How LinkedIn uses your data", click Data for Generative AI Improvement.')).toBe(
      'Data for Generative AI Improvement',
    );
    expect(shortStep('Tap your profile photo.')).toBe('profile photo');
    expect(shortStep('Something new LinkedIn added.')).toBe('Something new LinkedIn added');
  });

  it('renders as a public Discord message with a green confirm button and the link', () => {
    const body = renderDiscord(reminderMessage(makeContext({ now: FIXED_NOW }), 42));
    expect(body.flags).toBeUndefined();
    const buttons = body.components.flatMap((r) => r.components);
    expect(buttons).toContainEqual({
      type: 2,
      style: 3,
      label: "I've turned it off ✅ (42)",
      custom_id: 'run:/linkedin-reminder confirm',
    });
    expect(buttons.some((b) => b.style === 5 && b.url?.includes('data-for-ai-improvement'))).toBe(true);
    expect(buttons.some((b) => b.custom_id?.startsWith('share:'))).toBe(false);
  });

  it('renders as Slack blocks carrying the confirm command', () => {
    const body = renderSlack(reminderMessage(makeContext({ now: FIXED_NOW }), 0));
    expect(JSON.stringify(body.blocks)).toContain('/linkedin-reminder confirm');
  });

  it('is written in the reminder’s language: German words, German button, German footer date', () => {
    const body = renderDiscord(reminderMessage(makeContext({ now: FIXED_NOW, locale: 'de' }), 3));
    const buttons = body.components.flatMap((r) => r.components);
    expect(buttons.map((b) => b.label)).toContain('Ich habe es ausgeschaltet ✅ (3)');
    expect(buttons.map((b) => b.label)).toContain('LinkedIn-Einstellung öffnen');
    const embed = body.embeds[0]!;
    expect(embed.description).toContain('Computer:');
    expect(embed.footer?.text).toMatch(/^Fakten geprüft am /);
    expect(embed.fields?.map((f) => f.name)).toContain('Quellen');
    expect(JSON.stringify(body)).not.toMatch(/I've turned it off|Facts checked|Open the LinkedIn setting/);
  });
});
