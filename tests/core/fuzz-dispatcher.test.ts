// Property tests: whatever line arrives, the dispatcher answers, and the rendered messages keep every
// platform limit and never ping anyone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDiscord } from '../../src/adapters/discord/render.js';
import { renderSlack } from '../../src/adapters/slack/render.js';
import { commands } from '../../src/commands/index.js';
import type { LineSource } from '../../src/core/dispatcher.js';
import { PlatformError, type ReminderPort } from '../../src/core/ports.js';
import { dispatcher, testContext } from '../helpers.js';
import { commandLine, discordViolations, slackViolations } from '../ops/fuzz.js';

/** A reminder service stand-in that answers, fails the way platforms fail, or throws something unexpected. */
function reminders(mode: 'ok' | 'platform-error' | 'crash'): ReminderPort {
  const act = async () => {
    if (mode === 'platform-error')
      throw new PlatformError('missing-permission', 'no pin permission', { permission: 'Pin Messages' });
    if (mode === 'crash') throw new TypeError('cannot read properties of undefined');
    return { kind: 'busy', action: 'pin' } as const;
  };
  return { pin: act, unpin: act, status: act, confirm: act };
}

const source = fc.constantFrom<LineSource>(
  { platform: 'console', locale: 'en', userId: 'u1' },
  {
    platform: 'discord',
    locale: 'en',
    userId: '123456789012345678',
    channel: { id: 'c1', workspaceId: 'g1' },
  },
  {
    platform: 'slack',
    locale: 'en',
    userId: 'U123',
    channel: { id: 'C1', workspaceId: 'T1', name: 'general' },
  },
  { platform: 'slack', locale: 'en', userId: 'U123' },
);

describe('dispatcher fuzzing', () => {
  it('answers every line with a titled reply that renders within limits and pings no one', async () => {
    await fc.assert(
      fc.asyncProperty(
        commandLine,
        source,
        fc.constantFrom('ok', 'platform-error', 'crash') as fc.Arbitrary<'ok' | 'platform-error' | 'crash'>,
        // Slack passes the command name separately and the rest as text.
        fc.option(fc.constantFrom(...commands.map((c) => c.spec.name)), { nil: undefined }),
        async (line, from, mode, commandName) => {
          const ctx = testContext({ reminders: reminders(mode) });
          const reply = await dispatcher.handleLine(line, from, ctx, commandName);
          expect(typeof reply.title).toBe('string');
          expect(reply.title.trim().length).toBeGreaterThan(0);
          expect(discordViolations(renderDiscord(reply))).toEqual([]);
          expect(slackViolations(renderSlack(reply))).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('renders hostile echoes harmlessly (fixed examples the fuzzer must keep covering)', async () => {
    for (const line of [
      '/linkedin-ai <!channel>',
      '/linkedin-optout @everyone',
      '/<@123456789012345678>',
      '/linkedin-reminder pin every:<!here>',
      '/linkedin-optout desktop <#C123>',
    ]) {
      const reply = await dispatcher.handleLine(
        line,
        { platform: 'slack', locale: 'en', userId: 'U1', channel: { id: 'C1', workspaceId: 'T1' } },
        testContext({ reminders: reminders('ok') }),
      );
      expect(reply.understood).toBe(false);
      expect(discordViolations(renderDiscord(reply))).toEqual([]);
      expect(slackViolations(renderSlack(reply))).toEqual([]);
    }
  });
});
