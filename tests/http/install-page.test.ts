// The install page and the Discord install redirects, through the real app's HTTP server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteUrl, userInstallUrl } from '../../src/adapters/discord/registration.js';
import { type App, startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { getContent } from '../../src/content/index.js';
import { escapeHtml, html } from '../../src/http/html.js';
import { createLogger } from '../../src/log.js';

const APP_ID = '1100000000000000004';

async function start(env: Record<string, string>): Promise<{ app: App; base: string }> {
  const app = await startApp(
    loadConfig({
      HTTP_PORT: '0',
      HTTP_HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      DATABASE_PATH: ':memory:',
      ...env,
    }),
    createLogger('silent'),
    // The install page needs no platform connection (the Discord API here is unreachable on purpose).
    { waitForPlatforms: false },
  );
  return { app, base: `http://127.0.0.1:${app.address.port}` };
}

describe('html escaping', () => {
  it('escapes every interpolated value and keeps nested fragments', () => {
    const evil = `<script>alert("x")</script>&'`;
    expect(escapeHtml(evil)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;');
    expect(html`<p title="${evil}">${html`<b>${evil}</b>`}</p>`.value).toBe(
      `<p title="${escapeHtml(evil)}"><b>${escapeHtml(evil)}</b></p>`,
    );
  });
});

describe('GET / with nothing to install', () => {
  let bot: { app: App; base: string };
  beforeAll(async () => {
    bot = await start({});
  });
  afterAll(() => bot?.app.stop());

  it('still explains the setting, and says installing is off; /discord/install is a clear 404 page', async () => {
    const res = await fetch(`${bot.base}/`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('Installing from this page is not switched on');
    expect(page).not.toContain('/discord/install');
    expect(page).not.toContain('/slack/install');
    const discord = await fetch(`${bot.base}/discord/install`, { redirect: 'manual' });
    expect(discord.status).toBe(404);
    expect(discord.headers.get('content-type')).toContain('text/html');
    expect(await discord.text()).toContain('DISCORD_APPLICATION_ID');
  });
});

describe('GET / with Discord configured', () => {
  let bot: { app: App; base: string };
  beforeAll(async () => {
    // Discord over HTTP needs no gateway connection to start.
    bot = await start({
      DISCORD_TOKEN: 'test-token',
      DISCORD_MODE: 'http',
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_PUBLIC_KEY: 'a'.repeat(64),
      DISCORD_API_URL: 'http://127.0.0.1:9/api',
    });
  });
  afterAll(() => bot?.app.stop());

  it('serves server-rendered HTML under a strict policy, with no script and no external resource', async () => {
    const res = await fetch(`${bot.base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe');
    const page = await res.text();
    expect(page).not.toMatch(/<script|<img|<link|<iframe|\son[a-z]+=/i);
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('shows the direct link and the desktop and mobile steps from the content, with its as-of date', async () => {
    const page = await (await fetch(`${bot.base}/`)).text();
    const content = getContent();
    expect(page).toContain(`href="${escapeHtml(content.settingUrl)}"`);
    for (const id of ['desktop', 'mobile']) {
      const entry = content.guides[id];
      expect(page).toContain(escapeHtml(entry?.title ?? 'missing'));
      for (const fact of entry?.sections.flatMap((s) => s.facts) ?? [])
        expect(page).toContain(escapeHtml(fact.text));
    }
    expect(page).toContain(content.asOf);
    expect(page).toContain('href="/discord/install"');
    expect(page).toContain('href="/discord/install?as=user"');
    expect(page).not.toContain('/slack/install');
  });

  it('redirects /discord/install to the server install and ?as=user to the user install', async () => {
    const server = await fetch(`${bot.base}/discord/install`, { redirect: 'manual' });
    expect(server.status).toBe(302);
    expect(server.headers.get('location')).toBe(inviteUrl(APP_ID));
    const user = await fetch(`${bot.base}/discord/install?as=user`, { redirect: 'manual' });
    expect(user.status).toBe(302);
    expect(user.headers.get('location')).toBe(userInstallUrl(APP_ID));
  });
});
