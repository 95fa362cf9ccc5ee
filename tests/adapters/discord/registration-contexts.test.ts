// The real-shaped payloads for each place a command can run, checked against what registration declares:
// every fixture's command must be registered for its context and for the install that authorised it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRegistration, CONTEXT, INSTALL } from '../../../src/adapters/discord/registration.js';

const dir = new URL('../../fixtures/discord/', import.meta.url);
const load = (name: string) =>
  JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as {
    data: { name: string };
    context: number;
    guild_id?: string;
    authorizing_integration_owners: Record<string, string>;
  };

const cases = [
  { file: 'context-server-install.json', context: CONTEXT.Guild, owners: ['0'] },
  { file: 'context-user-install-guild.json', context: CONTEXT.Guild, owners: ['1'] },
  { file: 'context-bot-dm.json', context: CONTEXT.BotDM, owners: ['0', '1'] },
  { file: 'context-private-channel.json', context: CONTEXT.PrivateChannel, owners: ['1'] },
];

describe('install contexts', () => {
  const registration = buildRegistration();
  for (const c of cases) {
    it(`${c.file}: its command is registered for context ${c.context} and its install`, () => {
      const payload = load(c.file);
      expect(payload.context).toBe(c.context);
      expect(Object.keys(payload.authorizing_integration_owners).sort()).toEqual(c.owners);
      const command = registration.find((r) => r.name === payload.data.name);
      expect(command?.contexts).toContain(payload.context);
      const installs = Object.keys(payload.authorizing_integration_owners).map(Number);
      expect(installs.some((i) => command?.integration_types?.includes(i))).toBe(true);
    });
  }

  it('a user install in a server without the bot names the user, not the server, as owner', () => {
    const payload = load('context-user-install-guild.json');
    expect(payload.guild_id).toBeDefined();
    expect(payload.authorizing_integration_owners[String(INSTALL.User)]).toMatch(/^\d+$/);
    expect(payload.authorizing_integration_owners[String(INSTALL.Guild)]).toBeUndefined();
  });

  it('keeps the reminder out of user installs and private channels', () => {
    const reminder = registration.find((r) => r.name === 'linkedin-reminder');
    expect(reminder?.integration_types).not.toContain(INSTALL.User);
    expect(reminder?.contexts).not.toContain(CONTEXT.PrivateChannel);
  });
});
