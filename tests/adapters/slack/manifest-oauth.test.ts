// `slack-manifest --oauth --http <url>`: the redirect URL for installing into many workspaces.
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../../src/adapters/slack/manifest.js';
import { parseManifestArgs } from '../../../src/adapters/slack/manifest-cli.js';
import { commands } from '../../../src/commands/index.js';

const specs = commands.map((c) => c.spec);

describe('slack-manifest --oauth', () => {
  it('adds the OAuth redirect URL beside the request URLs', () => {
    const mode = parseManifestArgs(['--http', 'https://bot.example.org/', '--oauth']);
    expect(mode).toEqual({ kind: 'http', publicUrl: 'https://bot.example.org/', oauth: true });
    const m = buildManifest(specs, mode);
    expect(m.oauth_config.redirect_urls).toEqual(['https://bot.example.org/slack/oauth_redirect']);
    expect(m.settings.event_subscriptions.request_url).toBe('https://bot.example.org/slack/events');
    expect(parseManifestArgs(['--oauth', '--http', 'https://bot.example.org'])).toEqual(
      mode.kind === 'http' ? { ...mode, publicUrl: 'https://bot.example.org' } : mode,
    );
  });

  it('leaves the redirect out without --oauth and refuses --oauth without a public URL', () => {
    expect(
      buildManifest(specs, parseManifestArgs(['--http', 'https://bot.example.org'])).oauth_config,
    ).not.toHaveProperty('redirect_urls');
    expect(() => parseManifestArgs(['--oauth'])).toThrow(/--oauth needs --http/);
    expect(() => parseManifestArgs(['--socket', '--oauth'])).toThrow(/--oauth needs --http/);
  });
});
