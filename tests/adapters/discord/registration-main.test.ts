// Slash-command registration: the JSON the registry implies, and the CLI that PUTs it (against the fake).
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  buildRegistration,
  installTypesConfig,
  inviteUrl,
  userInstallUrl,
} from '../../../src/adapters/discord/registration.js';
import { commands } from '../../../src/commands/index.js';
import { FakeDiscordRest } from '../../fakes/discord-rest.js';
import { APP_ID, GUILD_ID } from './helpers.js';

const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;
const PIN_MESSAGES = (1n << 51n).toString();

describe('buildRegistration', () => {
  const registration = buildRegistration();

  it('matches the snapshot', () => {
    expect(registration).toMatchSnapshot();
  });

  it('follows Discord’s naming and size rules', () => {
    for (const c of registration) {
      expect(c.name).toMatch(NAME);
      expect(c.name).toBe(c.name.toLowerCase());
      expect(c.type).toBe(1);
      expect(c.description.length).toBeGreaterThanOrEqual(1);
      expect(c.description.length).toBeLessThanOrEqual(100);
      expect(c.options.length).toBeLessThanOrEqual(25);
      for (const s of c.options) {
        expect(s.type).toBe(1);
        expect(s.name).toMatch(NAME);
        expect(s.name).toBe(s.name.toLowerCase());
        expect(s.description.length).toBeGreaterThanOrEqual(1);
        expect(s.description.length).toBeLessThanOrEqual(100);
        for (const o of s.options ?? []) {
          expect(o.name).toMatch(NAME);
          expect(o.description.length).toBeGreaterThanOrEqual(1);
          expect(o.description.length).toBeLessThanOrEqual(100);
          expect(o.choices?.length ?? 0).toBeLessThanOrEqual(25);
        }
      }
    }
  });

  it('registers every visible subcommand of the registry and no hidden one', () => {
    for (const { spec } of commands) {
      const registered = registration.find((c) => c.name === spec.name);
      expect(registered?.options.map((s) => s.name)).toEqual(
        spec.subcommands.filter((s) => !s.hidden).map((s) => s.name),
      );
    }
    const reminder = registration.find((c) => c.name === 'linkedin-reminder');
    expect(reminder?.options.map((s) => s.name)).not.toContain('confirm');
  });

  it('offers guides everywhere a member can add the app and keeps reminders to server installs', () => {
    const byName = Object.fromEntries(registration.map((c) => [c.name, c]));
    expect(byName['linkedin-reminder']?.default_member_permissions).toBe(PIN_MESSAGES);
    expect(byName['linkedin-reminder']?.contexts).toEqual([0]);
    expect(byName['linkedin-reminder']?.integration_types).toEqual([0]);
    expect(byName['linkedin-optout']?.default_member_permissions).toBeUndefined();
    for (const name of ['linkedin-optout', 'linkedin-ai']) {
      expect(byName[name]?.contexts).toEqual([0, 1, 2]);
      expect(byName[name]?.integration_types).toEqual([0, 1]);
    }
  });

  it('leaves install types and contexts out of server (guild) registration', () => {
    const guild = buildRegistration(commands, 'guild');
    expect(guild.map((c) => c.name)).toEqual(registration.map((c) => c.name));
    for (const c of guild) {
      expect(c).not.toHaveProperty('contexts');
      expect(c).not.toHaveProperty('integration_types');
    }
    expect(guild.find((c) => c.name === 'linkedin-reminder')?.default_member_permissions).toBe(PIN_MESSAGES);
  });

  it('builds the user install link and the install types the application offers', () => {
    const url = new URL(userInstallUrl(APP_ID));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe(APP_ID);
    expect(url.searchParams.get('scope')).toBe('applications.commands');
    expect(url.searchParams.get('integration_type')).toBe('1');
    expect(url.searchParams.has('permissions')).toBe(false);
    expect(installTypesConfig()).toEqual({
      0: {
        oauth2_install_params: { scopes: ['bot', 'applications.commands'], permissions: '2251799813770240' },
      },
      1: { oauth2_install_params: { scopes: ['applications.commands'], permissions: '0' } },
    });
  });

  it('declares the ask question and the reminder schedule options', () => {
    const ask = registration.find((c) => c.name === 'linkedin-ai')?.options.find((s) => s.name === 'ask');
    expect(ask?.options).toEqual([
      expect.objectContaining({
        type: 3,
        name: 'question',
        required: true,
        max_length: 300,
        autocomplete: true,
      }),
    ]);
    const pin = registration
      .find((c) => c.name === 'linkedin-reminder')
      ?.options.find((s) => s.name === 'pin');
    expect(pin?.options?.[0]).toMatchObject({
      type: 3,
      name: 'every',
      required: false,
      choices: ['off', 'weekly', 'monthly'].map((v) => ({ name: v, value: v })),
    });
  });

  it('invites with only the five permissions the bot needs', () => {
    const url = new URL(inviteUrl(APP_ID));
    expect(url.searchParams.get('client_id')).toBe(APP_ID);
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(url.searchParams.get('integration_type')).toBe('0');
    const bits = BigInt(url.searchParams.get('permissions') ?? '0');
    expect(bits).toBe((1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 16n) | (1n << 51n));
  });
});

describe('npm start -- register-discord', () => {
  let fake: FakeDiscordRest;
  beforeAll(async () => {
    fake = await FakeDiscordRest.start();
  });
  beforeEach(() => fake.reset());
  afterAll(() => fake?.close());

  function run(args: string[], env: Record<string, string>) {
    return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['dist/main.js', 'register-discord', ...args],
        { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 15_000 },
        (err, stdout, stderr) => {
          const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
          resolve({ code, stdout, stderr });
        },
      );
    });
  }
  const env = () => ({
    DISCORD_TOKEN: 'test-token',
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_URL: fake.api,
  });

  it('bulk-overwrites the guild commands (without install types) and prints both install links', async () => {
    const r = await run(['--guild', GUILD_ID], env());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(fake.requests).toHaveLength(1);
    const req = fake.requests[0];
    expect(req?.method).toBe('PUT');
    expect(req?.path).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(req?.headers.authorization).toBe('Bot test-token');
    expect(req?.body).toEqual(JSON.parse(JSON.stringify(buildRegistration(commands, 'guild'))));
    expect(r.stdout).toContain(`Registered ${buildRegistration().length} commands`);
    expect(r.stdout).toContain('register globally');
    expect(r.stdout).toContain(inviteUrl(APP_ID));
    expect(r.stdout).toContain(userInstallUrl(APP_ID));
  });

  it('registers globally without --guild, enables user install and prints both links', async () => {
    const r = await run([], env());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(fake.requests.map((q) => `${q.method} ${q.path}`)).toEqual([
      `PUT /applications/${APP_ID}/commands`,
      'PATCH /applications/@me',
    ]);
    expect(fake.requests[0]?.body).toMatchSnapshot('global registration JSON');
    expect(fake.requests[1]?.body).toEqual({ integration_types_config: installTypesConfig() });
    expect(r.stdout).toContain('Enabled both installs');
    expect(r.stdout).toContain(inviteUrl(APP_ID));
    expect(r.stdout).toContain(userInstallUrl(APP_ID));
  });

  it('explains the portal’s Installation page when enabling user install fails', async () => {
    fake.fail('PATCH', /^\/applications\/@me$/, 403, { message: 'Missing Access', code: 50001 });
    const r = await run([], env());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Could not enable user install (Discord answered 403)');
    expect(r.stdout).toContain('Installation');
    expect(r.stdout).toContain(userInstallUrl(APP_ID));
  });

  const oneLine = (stderr: string) => {
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  };

  it('fails with one clear line when a variable is missing', async () => {
    const noId = await run([], { DISCORD_TOKEN: 'test-token', DISCORD_API_URL: fake.api });
    expect(noId.code).not.toBe(0);
    expect(noId.stderr).toContain('DISCORD_APPLICATION_ID');
    oneLine(noId.stderr);
    const noToken = await run([], { DISCORD_APPLICATION_ID: APP_ID });
    expect(noToken.code).not.toBe(0);
    expect(noToken.stderr).toContain('DISCORD_TOKEN');
    oneLine(noToken.stderr);
    expect(fake.requests).toHaveLength(0);
  });

  it('rejects a malformed --guild or unknown argument', async () => {
    for (const args of [['--guild'], ['--guild', 'general'], ['--global']]) {
      const r = await run(args, env());
      expect(r.code).toBe(64);
      oneLine(r.stderr);
    }
  });

  it('reports Discord refusing the token in one line', async () => {
    fake.fail('PUT', /commands$/, 401, { message: '401: Unauthorized', code: 0 });
    const r = await run(['--guild', GUILD_ID], env());
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('DISCORD_TOKEN');
    oneLine(r.stderr);
  });

  it('reports a server the bot is not in, with the invite link', async () => {
    fake.fail('PUT', /commands$/, 403, { message: 'Missing Access', code: 50001 });
    const r = await run(['--guild', GUILD_ID], env());
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(inviteUrl(APP_ID));
    oneLine(r.stderr);
  });

  it('reports an unreachable API in one line', async () => {
    const dead = await FakeDiscordRest.start();
    const api = dead.api;
    await dead.close();
    const r = await run([], { ...env(), DISCORD_API_URL: api });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('could not reach Discord');
    oneLine(r.stderr);
  });
});
