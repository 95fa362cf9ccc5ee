// The shared interaction handler: button gates, autocomplete, failures, and deferral over HTTP.

import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendLate } from '../../src/adapters/discord/gateway.js';
import { importPublicKey, interactionsEndpoint } from '../../src/adapters/discord/http-endpoint.js';
import {
  autocompleteChoices,
  handleInteraction,
  type InteractionInput,
  parsePayload,
} from '../../src/adapters/discord/interaction.js';
import type { Services } from '../../src/app.js';
import type { ReminderPort } from '../../src/core/ports.js';
import { FakeDiscordRest } from '../fakes/discord-rest.js';
import { APP_ID, fixture, makeServices, makeSigner } from './helpers.js';

function input(payload: unknown): InteractionInput {
  const parsed = parsePayload(payload);
  if (!parsed.ok) throw new Error(`fixture did not parse: ${parsed.error}`);
  return parsed.input;
}

// biome-ignore lint/suspicious/noExplicitAny: response bodies are inspected field by field.
const data = (r: unknown) => (r as any).data;

describe('handleInteraction', () => {
  const services = makeServices({ DISCORD_TOKEN: 't', LOG_LEVEL: 'silent' });

  it('lets only members who can pin start a pin from a button', async () => {
    const click = fixture('button-run-mobile');
    click.data.custom_id = 'run:/linkedin-reminder pin every:weekly';
    click.member.permissions = String((1n << 10n) | (1n << 11n));
    const denied = await handleInteraction(services, input(click));
    expect(data(denied).embeds[0].title).toBe('Only members who can pin messages can do that.');

    click.member.permissions = String(1n << 51n);
    click.app_permissions = '0';
    const allowed = await handleInteraction(services, input(click));
    expect(data(allowed).embeds[0].description).toContain('❌ View Channel');
  });

  it('lets anyone press the reminder’s confirm button', async () => {
    const s = makeServices({ DISCORD_TOKEN: 't', LOG_LEVEL: 'silent' });
    const calls: string[] = [];
    s.reminders = {
      confirm: async () => {
        calls.push('confirm');
        return { kind: 'confirmed', already: false, count: 1 } as const;
      },
    } as unknown as ReminderPort;
    const click = fixture('button-run-mobile');
    click.data.custom_id = 'run:/linkedin-reminder confirm';
    click.member.permissions = '0';
    const r = await handleInteraction(s, input(click));
    expect(calls).toEqual(['confirm']);
    expect(data(r).embeds[0].title).toBe('Thank you! You are counted.');
    expect(data(r).flags).toBe(64);
  });

  it('passes the DM context without a guild', async () => {
    const dm = input(fixture('command-dm-optout-mobile'));
    expect(dm).toMatchObject({ kind: 'command', guildId: null, userId: '1100000000000000003' });
  });

  it('still answers when something inside throws', async () => {
    const broken: Services = {
      ...services,
      pipeline: {
        handle: () => Promise.reject(new Error('boom')),
      } as unknown as Services['pipeline'],
    };
    const r = await handleInteraction(broken, input(fixture('command-optout-desktop')));
    expect(r.type).toBe(4);
    expect(data(r).embeds[0].title).toBe('Something went wrong on my side.');
  });

  it('suggests at most 25 example questions of at most 100 characters, none for nonsense', () => {
    const all = autocompleteChoices('');
    expect(all.length).toBeGreaterThan(0);
    expect(all.length).toBeLessThanOrEqual(25);
    for (const c of all) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value).toBe(c.name);
    }
    expect(autocompleteChoices('zzqxj')).toEqual([]);
    expect(autocompleteChoices('does it use my d').some((c) => /\bdms?\b/i.test(c.name))).toBe(true);
  });
});

describe('deferred replies over HTTP', () => {
  let fake: FakeDiscordRest;
  const signer = makeSigner();
  let services: Services;
  let url: string;
  let release: () => void = () => {};

  beforeAll(async () => {
    fake = await FakeDiscordRest.start();
    services = makeServices({ DISCORD_TOKEN: 't', DISCORD_API_URL: fake.api, LOG_LEVEL: 'silent' });
    const gate = new Promise<void>((r) => {
      release = r;
    });
    services.reminders = {
      pin: async () => {
        await gate;
        return {
          kind: 'pinned',
          channel: { name: 'general' },
          refreshed: false,
          schedule: 'off',
          nextPostAt: null,
          confirmations: 0,
        } as const;
      },
    } as unknown as ReminderPort;
    const rest = new REST({ api: fake.api }).setToken('t');
    services.http.route(
      'POST',
      '/discord/interactions',
      interactionsEndpoint(services, {
        publicKey: importPublicKey(signer.publicKeyHex),
        deferMs: 1,
        sendLate: (i, r) => sendLate(rest, i, r),
      }),
    );
    const address = await services.http.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${address.port}/discord/interactions`;
  });
  afterAll(async () => {
    await services.http.close();
    await fake.close();
  });

  it('answers type 5 in time, then edits the original response with the reply', async () => {
    const payload = fixture('command-reminder-pin');
    const body = JSON.stringify(payload);
    const res = await fetch(url, { method: 'POST', body, headers: signer.headers(body) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ type: 5, data: { flags: 64 } });
    release();
    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path.startsWith(`/webhooks/${APP_ID}/`));
    expect(edit.path).toBe(`/webhooks/${APP_ID}/${payload.token}/messages/@original`);
    // biome-ignore lint/suspicious/noExplicitAny: request body inspected field by field.
    const sent = edit.body as any;
    expect(sent.embeds[0].title).toBe('Reminder pinned in #general.');
    expect(sent.allowed_mentions).toEqual({ parse: [] });
    expect(sent.flags).toBeUndefined();
  });
});

describe('abuse limits', () => {
  it('answers politely once a member exceeds the command rate, and limits sharing per channel', async () => {
    const services = makeServices({ DISCORD_TOKEN: 't', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '2' });
    const cmd = input(fixture('command-optout-desktop'));
    expect(data(await handleInteraction(services, cmd)).embeds[0].title).toContain('desktop');
    expect(data(await handleInteraction(services, cmd)).embeds[0].title).toContain('desktop');
    const third = data(await handleInteraction(services, cmd));
    expect(third.flags).toBe(64);
    expect(third.embeds[0].title).not.toContain('desktop');
    expect(JSON.stringify(third)).toMatch(/minute|second/i);

    const roomy = makeServices({ DISCORD_TOKEN: 't', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000' });
    const share = fixture('button-share-what-data');
    const titles: string[] = [];
    for (let i = 0; i < 5; i++) {
      share.member.user.id = `12000000000000000${10 + i}`;
      titles.push(data(await handleInteraction(roomy, input(share))).embeds[0].title);
    }
    // Different members, one channel: the channel's share allowance runs out.
    expect(titles.filter((t) => /what data/i.test(t)).length).toBeLessThan(5);
  });
});
