// Interactions from each place a command can run (server install, a person's own install in a server without
// the bot, the bot's DM, a private channel), as real-shaped signed payloads to the real app's HTTP endpoint.
import { beforeEach, describe, expect, it } from 'vitest';
import { isUserInstallOnly, parsePayload } from '../../../src/adapters/discord/interaction.js';
import { inviteUrl } from '../../../src/adapters/discord/registration.js';
import { getContent } from '../../../src/content/index.js';
import { APP_ID, fixture, useDiscordHttpApp } from './helpers.js';

const suite = useDiscordHttpApp();
const { signer } = suite;

beforeEach(() => {
  suite.fake.requests.length = 0;
});

// biome-ignore lint/suspicious/noExplicitAny: response JSON is inspected field by field.
async function post(payload: unknown): Promise<any> {
  const body = JSON.stringify(payload);
  const res = await fetch(suite.url, { method: 'POST', body, headers: signer.headers(body) });
  expect(res.status).toBe(200);
  return res.json();
}

const CONTEXTS = [
  'context-server-install',
  'context-user-install-guild',
  'context-bot-dm',
  'context-private-channel',
];

/** The fixture's place and install, running another command line. */
function command(context: string, name: string, sub: string, options?: unknown[]) {
  const p = fixture(context);
  p.data = {
    id: p.data.id,
    name,
    type: 1,
    options: [{ type: 1, name: sub, ...(options ? { options } : {}) }],
  };
  return p;
}

/** The fixture's place and install, clicking a button. */
function button(context: string, customId: string) {
  const p = fixture(context);
  p.type = 3;
  p.data = { custom_id: customId, component_type: 2 };
  return p;
}

const buttons = (data: { components?: { components: { custom_id?: string; url?: string }[] }[] }) =>
  (data.components ?? []).flatMap((row) => row.components);

describe('which install answered', () => {
  it('reads a user install in a server without the bot from authorizing_integration_owners', () => {
    const parsed = parsePayload(fixture('context-user-install-guild'));
    expect(parsed.ok && parsed.input.kind === 'command' && parsed.input.userInstallOnly).toBe(true);
  });

  it('treats the server install, DMs and private channels as not user-install-only', () => {
    for (const name of ['context-server-install', 'context-bot-dm', 'context-private-channel']) {
      const parsed = parsePayload(fixture(name));
      expect(parsed.ok, name).toBe(true);
      expect(parsed.ok && parsed.input.kind === 'command' && parsed.input.userInstallOnly, name).toBe(false);
    }
  });

  it('keeps a server where both installs authorised it as a server install', () => {
    expect(isUserInstallOnly('1', { server: true, user: true })).toBe(false);
    expect(isUserInstallOnly('1', { server: false, user: true })).toBe(true);
    expect(isUserInstallOnly(null, { server: false, user: true })).toBe(false);
    // Payloads from before user installs name no owners: only a server install could send them.
    expect(isUserInstallOnly('1', undefined)).toBe(false);
  });

  it('refuses a malformed owners map or context', async () => {
    const bad = fixture('context-user-install-guild');
    bad.authorizing_integration_owners = 'everyone';
    expect(parsePayload(bad)).toEqual({ ok: false, error: 'malformed' });
    const badContext = fixture('context-user-install-guild');
    badContext.context = 9;
    expect(parsePayload(badContext)).toEqual({ ok: false, error: 'malformed' });
  });
});

describe('every guide and topic, wherever the command runs', () => {
  for (const context of CONTEXTS) {
    it(`${context}: a full guide, ephemeral, with the share, run and setting buttons`, async () => {
      for (const sub of ['desktop', 'mobile']) {
        const r = await post(command(context, 'linkedin-optout', sub));
        expect(r.type).toBe(4);
        expect(r.data.flags).toBe(64);
        expect(r.data.embeds[0].title).toBe(getContent().guides[sub as 'desktop' | 'mobile']?.title);
        const ids = buttons(r.data).map((b) => b.custom_id);
        expect(ids).toContain(`share:/linkedin-optout ${sub}`);
        expect(ids.some((id) => id?.startsWith('run:'))).toBe(true);
        expect(buttons(r.data)).toContainEqual(expect.objectContaining({ url: getContent().settingUrl }));
      }
      const topic = await post(command(context, 'linkedin-ai', 'what-data'));
      expect(topic.type).toBe(4);
      expect(topic.data.flags).toBe(64);
      expect(topic.data.embeds[0].title.length).toBeGreaterThan(0);
      expect(suite.fake.requests).toEqual([]);
    });

    it(`${context}: Share in channel answers through the interaction, publicly, with no bot call`, async () => {
      const r = await post(button(context, 'share:/linkedin-optout desktop'));
      expect(r.type).toBe(4);
      expect(r.data.flags).toBeUndefined();
      expect(r.data.embeds[0].title).toBe(getContent().guides.desktop?.title);
      expect(r.data.allowed_mentions).toEqual({ parse: [] });
      // The bot may not be in the server: sharing never needs its permissions or a REST call.
      expect(suite.fake.requests).toEqual([]);
    });
  }
});

describe('a user install in a server without the bot', () => {
  const context = 'context-user-install-guild';

  for (const sub of ['pin', 'unpin', 'status']) {
    it(`/linkedin-reminder ${sub} explains that it needs the server install and links it`, async () => {
      const r = await post(command(context, 'linkedin-reminder', sub));
      expect(r.type).toBe(4);
      expect(r.data.flags).toBe(64);
      expect(r.data.embeds[0].title).toBe('Reminders need the bot in this server.');
      expect(buttons(r.data)).toContainEqual(expect.objectContaining({ url: inviteUrl(APP_ID) }));
      expect(buttons(r.data).map((b) => b.custom_id)).toContain('run:/linkedin-optout desktop');
      expect(suite.fake.requests).toEqual([]);
    });
  }

  it("the reminder's confirm button is refused the same way", async () => {
    const r = await post(button(context, 'run:/linkedin-reminder confirm'));
    expect(r.data.embeds[0].title).toBe('Reminders need the bot in this server.');
    expect(suite.fake.requests).toEqual([]);
  });

  it('/linkedin-reminder help still explains reminders', async () => {
    const r = await post(command(context, 'linkedin-reminder', 'help'));
    expect(r.data.embeds[0].title).not.toBe('Reminders need the bot in this server.');
  });

  it('the same pin through the server install is not sent to the server install page', async () => {
    const r = await post(command('context-server-install', 'linkedin-reminder', 'pin'));
    expect(r.type === 4 || r.type === 5).toBe(true);
    if (r.type === 4) expect(r.data.embeds[0].title).not.toBe('Reminders need the bot in this server.');
  });
});
