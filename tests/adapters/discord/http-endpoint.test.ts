// The HTTP interactions endpoint on the real app (startApp, HTTP_PORT 0), with requests signed for real.
import { describe, expect, it } from 'vitest';
import { buildRegistration } from '../../../src/adapters/discord/registration.js';
import { renderDiscord } from '../../../src/adapters/discord/render.js';
import { getContent } from '../../../src/content/index.js';
import { makeContext } from '../../../src/core/context.js';
import { dispatcher } from '../../helpers.js';
import { allStrings, fixture, makeSigner, useDiscordHttpApp } from './helpers.js';

const suite = useDiscordHttpApp();
const { signer } = suite;

async function post(payload: unknown, headers?: Record<string, string>) {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const res = await fetch(suite.url, { method: 'POST', body, headers: headers ?? signer.headers(body) });
  const text = await res.text();
  // biome-ignore lint/suspicious/noExplicitAny: response JSON is inspected field by field.
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json };
}

function commandPayload(name: string, sub: string, options?: unknown[]) {
  const p = fixture('command-optout-desktop');
  p.data = {
    id: p.data.id,
    name,
    type: 1,
    options: [{ type: 1, name: sub, ...(options ? { options } : {}) }],
  };
  return p;
}

describe('POST /discord/interactions', () => {
  it('answers PING with PONG', async () => {
    const r = await post(fixture('ping'));
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ type: 1 });
  });

  it('reports the endpoint ready in /healthz and registers the channel port', async () => {
    const res = await fetch(`http://127.0.0.1:${suite.app.address.port}/healthz`);
    const health = (await res.json()) as { platforms: Record<string, { state: string; mode: string }> };
    expect(health.platforms.discord).toMatchObject({ state: 'ready', mode: 'http' });
    expect(suite.app.services.channels.get('discord')).toBeDefined();
  });

  it('answers /linkedin-optout desktop with exactly the body `say --format discord` renders', async () => {
    const r = await post(fixture('command-optout-desktop'));
    expect(r.status).toBe(200);
    expect(r.json.type).toBe(4);
    const reply = await dispatcher.handleLine(
      '/linkedin-optout desktop',
      { platform: 'discord', locale: 'en', userId: 'x' },
      makeContext(),
    );
    expect(r.json.data).toEqual(JSON.parse(JSON.stringify(renderDiscord(reply))));
    expect(r.json.data.flags).toBe(64);
    expect(r.json.data.allowed_mentions).toEqual({ parse: [] });
    const buttons = r.json.data.components.flatMap((row: { components: unknown[] }) => row.components);
    expect(buttons).toContainEqual(expect.objectContaining({ style: 5, url: getContent().settingUrl }));
    expect(buttons).toContainEqual(expect.objectContaining({ custom_id: 'share:/linkedin-optout desktop' }));
    expect(buttons).toContainEqual(expect.objectContaining({ custom_id: 'run:/linkedin-optout mobile' }));
  });

  it('answers every registered subcommand with an embed and never pings', async () => {
    for (const command of buildRegistration()) {
      for (const sub of command.options) {
        const options = sub.options
          ?.filter((o) => o.required)
          .map((o) => ({ name: o.name, type: 3, value: 'does it use my DMs?' }));
        const r = await post(commandPayload(command.name, sub.name, options));
        expect(r.status, `${command.name} ${sub.name}`).toBe(200);
        expect(r.json.type).toBe(4);
        expect(r.json.data.embeds[0].title.length).toBeGreaterThan(0);
        expect(r.json.data.allowed_mentions).toEqual({ parse: [] });
      }
    }
  });

  it('never lets an ask question ping: @everyone and user mentions are escaped, mentions disabled', async () => {
    // The second payload makes the dispatcher echo the text back ("… is not a choice").
    const echoed = fixture('button-run-mobile');
    echoed.data.custom_id = 'run:/linkedin-ai @everyone <@1100000000000000003> @here';
    for (const payload of [fixture('command-ai-ask'), echoed]) {
      const r = await post(payload);
      expect(r.status).toBe(200);
      expect(r.json.data.allowed_mentions).toEqual({ parse: [] });
      const strings = allStrings(r.json.data);
      for (const s of strings) {
        expect(s).not.toMatch(/@everyone|@here/);
        expect(s).not.toMatch(/(?<!\\)<@\d+>/);
      }
      if (payload === echoed) expect(strings.join(' ')).toContain('everyone');
    }
  });

  it('checks the bot’s channel permissions before pinning and lists them with ✅/❌', async () => {
    const r = await post(fixture('command-reminder-pin-missing-perms'));
    expect(r.status).toBe(200);
    const description: string = r.json.data.embeds[0].description;
    expect(description).toContain('❌ Pin Messages');
    expect(description).toContain('✅ View Channel');
    expect(description).toContain('✅ Send Messages');
    expect(r.json.data.flags).toBe(64);
  });

  it('runs a follow-up button as an ephemeral reply', async () => {
    const r = await post(fixture('button-run-mobile'));
    expect(r.json.type).toBe(4);
    expect(r.json.data.flags).toBe(64);
    expect(r.json.data.embeds[0].title).toBe(
      getContent().guides.mobile?.title.replace(/[\\*_~`|>#[\]()<]/g, (c) => `\\${c}`),
    );
  });

  it('shares a reply publicly, without another share button', async () => {
    const r = await post(fixture('button-share-what-data'));
    expect(r.json.type).toBe(4);
    expect(r.json.data.flags).toBeUndefined();
    const ids = r.json.data.components.flatMap((row: { components: { custom_id?: string }[] }) =>
      row.components.map((b) => b.custom_id),
    );
    expect(ids.some((id: string | undefined) => id?.startsWith('share:'))).toBe(false);
    expect(r.json.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('says an unknown button has expired', async () => {
    const r = await post(fixture('button-expired'));
    expect(r.json.type).toBe(4);
    expect(r.json.data.flags).toBe(64);
    expect(r.json.data.embeds[0].title).toBe('That button has expired.');
  });

  it('autocompletes ask with example questions matching what was typed', async () => {
    const r = await post(fixture('autocomplete-ask'));
    expect(r.json.type).toBe(8);
    const choices: { name: string; value: string }[] = r.json.data.choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
    // Suggestions match by meaning ("turn off" is opting out), with literal matches among them.
    expect(choices.some((c: { name: string }) => c.name.toLowerCase().includes('opt'))).toBe(true);
    const empty = fixture('autocomplete-ask');
    empty.data.options[0].options[0].value = '';
    const all = await post(empty);
    // Nothing typed yet: one example per topic and guide.
    expect(all.json.data.choices.length).toBeGreaterThanOrEqual(12);
  });

  describe('rejections', () => {
    const body = JSON.stringify(fixture('command-optout-desktop'));

    it('401 for a tampered body', async () => {
      const headers = signer.headers(body);
      const r = await post(body.replace('desktop', 'mobile'), headers);
      expect(r.status).toBe(401);
    });

    it('401 for a tampered signature', async () => {
      const headers = signer.headers(body);
      const sig = headers['x-signature-ed25519'] ?? '';
      headers['x-signature-ed25519'] = (sig[0] === 'a' ? 'b' : 'a') + sig.slice(1);
      expect((await post(body, headers)).status).toBe(401);
    });

    it('401 for a signature from another key', async () => {
      expect((await post(body, makeSigner().headers(body))).status).toBe(401);
    });

    it('401 for missing headers', async () => {
      const headers = signer.headers(body);
      const { 'x-signature-ed25519': _s, ...noSig } = headers;
      const { 'x-signature-timestamp': _t, ...noTs } = headers;
      expect((await post(body, noSig)).status).toBe(401);
      expect((await post(body, noTs)).status).toBe(401);
      expect((await post(body, { 'content-type': 'application/json' })).status).toBe(401);
    });

    it('401 for a stale or future timestamp, even when correctly signed', async () => {
      const now = Math.floor(Date.now() / 1000);
      expect((await post(body, signer.headers(body, String(now - 301)))).status).toBe(401);
      expect((await post(body, signer.headers(body, String(now + 301)))).status).toBe(401);
    });

    it('401 for a timestamp that is not an integer', async () => {
      for (const ts of ['abc', '1e9', '', `${Math.floor(Date.now() / 1000)}.5`, '-1']) {
        expect((await post(body, signer.headers(body, ts))).status, ts).toBe(401);
      }
    });

    it('400 for malformed JSON inside a valid signature', async () => {
      expect((await post('{"type": 1', signer.headers('{"type": 1'))).status).toBe(400);
    });

    it('400 for wrong types inside a valid signature', async () => {
      const bad = [
        { ...fixture('command-optout-desktop'), data: { name: 5, type: 1 } },
        { ...fixture('command-optout-desktop'), data: undefined },
        { ...fixture('command-optout-desktop'), member: { user: { id: 42 } } },
        { ...fixture('button-run-mobile'), data: { custom_id: ['run:/linkedin-optout'], component_type: 2 } },
        { ...fixture('command-optout-desktop'), member: undefined, user: undefined },
        { ...fixture('command-optout-desktop'), app_permissions: 'all' },
        { type: '1' },
        null,
        [],
        'PING',
      ];
      for (const payload of bad) {
        const r = await post(JSON.stringify(payload));
        expect(r.status, JSON.stringify(payload).slice(0, 80)).toBe(400);
      }
      // An interaction kind the bot never creates (a modal submit).
      expect((await post({ ...fixture('command-optout-desktop'), type: 5, data: {} })).status).toBe(400);
    });

    it('413 for a body over 64 KiB', async () => {
      const big = JSON.stringify({ ...fixture('ping'), padding: 'x'.repeat(65 * 1024) });
      const r = await post(big);
      expect(r.status).toBe(413);
    });

    it('405 for another method on the route', async () => {
      const res = await fetch(suite.url);
      expect(res.status).toBe(405);
    });
  });
});
