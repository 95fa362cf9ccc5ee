// The Slack app manifest is generated from the command registry: checked against it, and through the CLI.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BOT_SCOPES, buildManifest, eventsUrl } from '../../src/adapters/slack/manifest.js';
import { commands } from '../../src/commands/index.js';

const run = promisify(execFile);
const specs = commands.map((c) => c.spec);

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['dist/main.js', 'slack-manifest', ...args]);
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('buildManifest', () => {
  const socket = buildManifest(specs, { kind: 'socket' });
  const http = buildManifest(specs, { kind: 'http', publicUrl: 'https://bot.example.org' });

  it('has one slash command per registry command, with its description and usage hint', () => {
    expect(socket.features.slash_commands).toEqual(
      specs.map((s) => ({
        command: `/${s.name}`,
        description: s.description,
        usage_hint: s.usageHint,
        should_escape: false,
      })),
    );
    expect(specs.map((s) => s.name)).toEqual(['linkedin-optout', 'linkedin-ai', 'linkedin-reminder']);
  });

  it('never mentions a hidden subcommand', () => {
    const hidden = specs.flatMap((s) => s.subcommands.filter((x) => x.hidden).map((x) => x.name));
    expect(hidden.length).toBeGreaterThan(0);
    const text = JSON.stringify(socket);
    for (const h of hidden) expect(text).not.toContain(h);
  });

  it('asks for exactly the scopes the features use', () => {
    expect(socket.oauth_config.scopes.bot).toEqual([
      'commands',
      'chat:write',
      'pins:write',
      'channels:join',
      'users:read',
    ]);
    expect(http.oauth_config.scopes.bot).toEqual([...BOT_SCOPES]);
  });

  it('in Socket Mode: socket on, no request URLs', () => {
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(socket)).not.toContain('request_url');
    expect(JSON.stringify(socket)).not.toContain('"url"');
    expect(socket.settings.interactivity.is_enabled).toBe(true);
    expect(socket.settings.event_subscriptions.bot_events).toEqual(['app_home_opened']);
  });

  it('over HTTP: every URL is the public URL plus /slack/events', () => {
    const url = 'https://bot.example.org/slack/events';
    expect(http.settings.socket_mode_enabled).toBe(false);
    expect(http.settings.interactivity).toEqual({ is_enabled: true, request_url: url });
    expect(http.settings.event_subscriptions).toEqual({ request_url: url, bot_events: ['app_home_opened'] });
    for (const c of http.features.slash_commands) expect(c.url).toBe(url);
  });

  it('has a Home tab and no Messages tab, no org deploy, no token rotation', () => {
    expect(socket.features.app_home).toEqual({
      home_tab_enabled: true,
      messages_tab_enabled: false,
      messages_tab_read_only_enabled: false,
    });
    expect(socket.settings.org_deploy_enabled).toBe(false);
    expect(socket.settings.token_rotation_enabled).toBe(false);
  });

  it("stays within Slack's manifest limits", () => {
    const d = socket.display_information;
    expect(d.name.length).toBeLessThanOrEqual(35);
    expect(d.description.length).toBeLessThanOrEqual(140);
    expect(d.long_description.length).toBeGreaterThanOrEqual(175);
    expect(d.long_description.length).toBeLessThanOrEqual(4000);
    expect(socket.features.bot_user.display_name).toMatch(/^[a-z0-9._-]{1,80}$/);
    for (const c of socket.features.slash_commands) {
      expect(c.command).toMatch(/^\/[a-z0-9_-]{1,31}$/);
      expect(c.description.length).toBeLessThanOrEqual(2000);
      expect(c.usage_hint.length).toBeLessThanOrEqual(1000);
    }
  });

  it.each([
    ['https://bot.example.org', 'https://bot.example.org/slack/events'],
    ['https://bot.example.org/', 'https://bot.example.org/slack/events'],
    ['https://example.org/bots/optout/', 'https://example.org/bots/optout/slack/events'],
  ])('eventsUrl(%s) = %s', (input, expected) => {
    expect(eventsUrl(input)).toBe(expected);
  });

  it.each(['http://bot.example.org', 'bot.example.org', 'https://bot.example.org/?x=1'])(
    'refuses %s',
    (input) => {
      expect(() => eventsUrl(input)).toThrow();
    },
  );
});

describe('npm start -- slack-manifest', () => {
  it('prints a Socket Mode manifest by default', async () => {
    const r = await cli();
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(buildManifest(specs, { kind: 'socket' }));
    expect((await cli('--socket')).stdout).toBe(r.stdout);
  });

  it('prints an HTTP manifest for --http <public-url>', async () => {
    const r = await cli('--http', 'https://bot.example.org/');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).settings.interactivity.request_url).toBe(
      'https://bot.example.org/slack/events',
    );
  });

  it.each([
    [['--http']],
    [['--http', 'http://insecure.example.org']],
    [['--http', '--socket']],
    [['--bogus']],
    [['--socket', 'extra']],
    [['--http', 'https://a.example.org', 'extra']],
  ])('refuses %j with one line on stderr and a non-zero exit', async (args) => {
    const r = await cli(...args);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
