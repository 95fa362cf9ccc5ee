// The install page in a real browser (Debian's Chromium driven by playwright-core): readable at phone and
// desktop widths, its stylesheet allowed by the Content-Security-Policy and nothing else loaded, "Add to
// Slack" followed through /slack/install to the fake Slack's authorize page and back to the success page,
// the Discord install links checked, and axe-core with no serious or critical violation.
// Screenshots go to test-artifacts/ (not committed). Skipped only when /usr/bin/chromium is missing.
import { existsSync, mkdirSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteUrl, userInstallUrl } from '../../src/adapters/discord/registration.js';
import {
  freePort,
  type OAuthBot,
  oauthEnv,
  startOAuthBot,
  TEAM_A,
  tempDatabase,
} from '../adapters/slack/oauth-helpers.js';
import { FakeSlack } from '../fakes/slack-api.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url).pathname;
const APP_ID = '1100000000000000004';
const AXE = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname;

describe.skipIf(!existsSync(CHROMIUM))('install page in Chromium', { timeout: 90_000 }, () => {
  let browser: Browser;
  let fake: FakeSlack;
  let bot: OAuthBot;
  let db: ReturnType<typeof tempDatabase>;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    fake = await new FakeSlack().start();
    db = tempDatabase();
    bot = await startOAuthBot(
      {
        ...oauthEnv(fake, await freePort(), db.path),
        DISCORD_TOKEN: 'test-token',
        DISCORD_MODE: 'http',
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_PUBLIC_KEY: 'a'.repeat(64),
        DISCORD_API_URL: 'http://127.0.0.1:9/api',
        // The page and the OAuth round trip need no platform connection (the Discord API is unreachable here).
      },
      { waitForPlatforms: false },
    );
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
    await fake?.close();
    db?.cleanup();
  });

  for (const [name, viewport] of [
    ['phone', { width: 390, height: 844 }],
    ['desktop', { width: 1280, height: 900 }],
  ] as const) {
    it(`renders at ${name} width with its style and nothing blocked or fetched elsewhere`, async () => {
      const context = await browser.newContext({ viewport, ...(name === 'phone' ? { isMobile: true } : {}) });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      const res = await page.goto(`${bot.base}/`);
      expect(res?.status()).toBe(200);
      await page.screenshot({ path: `${ARTIFACTS}install-page-${name}.png`, fullPage: true });
      expect(problems).toEqual([]);
      expect(requested.every((u) => u.startsWith(bot.base))).toBe(true);
      // The inline stylesheet applied: the CSP hash matches it.
      const button = page.getByRole('link', { name: 'Add to Slack' });
      const radius = await button.evaluate((el) => {
        const w = globalThis as unknown as { getComputedStyle(e: unknown): { borderTopLeftRadius: string } };
        return w.getComputedStyle(el).borderTopLeftRadius;
      });
      expect(radius).toBe('8px');
      // Nothing wider than the screen: no sideways scrolling on a phone.
      const widths = await page.evaluate(() => {
        // Runs in the page; the test's TypeScript has no DOM types.
        const w = globalThis as unknown as {
          document: { documentElement: { scrollWidth: number } };
          innerWidth: number;
        };
        return [w.document.documentElement.scrollWidth, w.innerWidth];
      });
      expect(widths[0]).toBeLessThanOrEqual(widths[1] ?? 0);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBeTruthy();
      await context.close();
    });
  }

  it('links the Discord installs to Discord’s server and user install pages', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${bot.base}/`);
    const server = await page.getByRole('link', { name: 'Add to Discord server' }).getAttribute('href');
    const user = await page.getByRole('link', { name: 'Add to Discord, just for me' }).getAttribute('href');
    const follow = async (href: string | null) => {
      const r = await context.request.get(new URL(href ?? '', bot.base).toString(), { maxRedirects: 0 });
      return [r.status(), r.headers().location];
    };
    expect(await follow(server)).toEqual([302, inviteUrl(APP_ID)]);
    expect(await follow(user)).toEqual([302, userInstallUrl(APP_ID)]);
    await context.close();
  });

  it('follows Add to Slack through the authorize page back to the success page', async () => {
    fake.installQueue.push(TEAM_A);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${bot.base}/`);
    await page.getByRole('link', { name: 'Add to Slack' }).click();
    await page.waitForURL(`${fake.url}/oauth/v2/authorize?**`);
    await page.screenshot({ path: `${ARTIFACTS}slack-authorize.png` });
    await page.getByRole('link', { name: 'Allow' }).click();
    await page.waitForURL(`${bot.base}/slack/oauth_redirect?**`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'was added to Acme',
    );
    await expect(page.locator('code').first().textContent()).resolves.toBe('/linkedin-optout');
    await page.screenshot({ path: `${ARTIFACTS}slack-installed.png`, fullPage: true });
    expect(fake.callsTo('oauth.v2.access')).toHaveLength(1);
    // Back in the browser history: the same state cannot install twice.
    const again = await page.goto(page.url());
    expect(again?.status()).toBe(400);
    await context.close();
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    // axe is injected as a script, which the page's own policy forbids: this context alone bypasses it.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const found: { page: string; id: string; impact: string | null | undefined }[] = [];
    for (const path of ['/', '/slack/oauth_redirect?error=access_denied&state=x']) {
      await page.goto(`${bot.base}${path}`);
      await page.addScriptTag({ path: AXE });
      const violations = (await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
        return (await axe.run()).violations;
      })) as { id: string; impact?: string | null }[];
      for (const v of violations) found.push({ page: path, id: v.id, impact: v.impact });
    }
    expect(found.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await context.close();
  });
});
