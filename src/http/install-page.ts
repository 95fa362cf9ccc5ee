// The install page at GET / and the Discord install redirects. What LinkedIn's setting is and how to switch
// it off come from the content (src/content), so the page says exactly what the bot says, with the same
// as-of date; only the words about installing live here. No script, no tracking, no external request.
import { inviteUrl, userInstallUrl } from '../adapters/discord/registration.js';
import type { Config } from '../config.js';
import { getContent } from '../content/index.js';
import type { Content, Entry, SourceKey } from '../content/types.js';
import { html, htmlPage, type SafeHtml } from './html.js';
import type { HttpResponse, HttpServer } from './server.js';

export const DISCORD_INSTALL_PATH = '/discord/install';
const SLACK_INSTALL_PATH = '/slack/install';

const WORDS = {
  title: 'LinkedIn AI opt-out guide for Discord and Slack',
  what: 'A bot for Discord and Slack that explains, with sources, how LinkedIn uses members’ data to train generative AI and walks anyone through switching that off on desktop or in the mobile app. Moderators can pin a reminder that stays current.',
  privacy:
    'This page sets no cookies, loads nothing from elsewhere and tracks no one. The bot stores no message text.',
  addHeading: 'Add it',
  discordServer: 'Add to Discord server',
  discordUser: 'Add to Discord, just for me',
  discordUserHint:
    '“Just for me” works in any server, in DMs and in group DMs, even where the bot is not installed.',
  slack: 'Add to Slack',
  noneConfigured: 'Installing from this page is not switched on for this deployment.',
  directHeading: 'Do it now, without the bot',
  directLink: 'Open the LinkedIn setting directly',
  directHint: 'Sign in to LinkedIn if asked, then switch the setting off.',
  asOf: (date: string) => `Facts checked on ${date}.`,
  sourcesHeading: 'Sources',
  discordMissing: 'Discord installs are not configured here (DISCORD_APPLICATION_ID is not set).',
} as const;

export interface InstallLinks {
  discordApplicationId?: string;
  slack: boolean;
}

export function installLinks(config: Config): InstallLinks {
  return {
    ...(config.discord?.applicationId ? { discordApplicationId: config.discord.applicationId } : {}),
    slack: Boolean(config.slack?.oauth),
  };
}

function steps(entry: Entry): SafeHtml {
  return html`${entry.sections.map((s) => {
    const items = s.facts.map((f) => html`<li>${f.text}</li>`);
    const list = s.kind === 'steps' ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    return html`${s.title ? html`<h4>${s.title}</h4>` : ''}${list}`;
  })}`;
}

function guide(entry: Entry): SafeHtml {
  return html`<section aria-labelledby="guide-${entry.id}">
<h3 id="guide-${entry.id}">${entry.title}</h3>
${entry.intro ? html`<p>${entry.intro.text}</p>` : ''}
${steps(entry)}
</section>`;
}

function sources(content: Content, entries: Entry[]): SafeHtml {
  const keys = new Set<SourceKey>();
  for (const e of entries) {
    for (const f of [e.intro, ...e.sections.flatMap((s) => s.facts)])
      for (const k of f?.sources ?? []) keys.add(k);
  }
  const items = [...keys]
    .map((k) => content.sources[k])
    .filter((s) => s.url !== null)
    .map(
      (s) =>
        html`<li><a href="${s.url ?? ''}" rel="noreferrer">${s.title}</a> <span class="muted">(${s.dateLabel})</span></li>`,
    );
  return html`<ul>${items}</ul>`;
}

export function installPage(links: InstallLinks): HttpResponse {
  const content = getContent();
  const { overview, desktop, mobile } = content.guides;
  if (!overview || !desktop || !mobile)
    throw new Error('content lacks the overview, desktop or mobile guide');
  const buttons = [
    links.discordApplicationId
      ? html`<a class="button" href="${DISCORD_INSTALL_PATH}">${WORDS.discordServer}</a>
<a class="button secondary" href="${DISCORD_INSTALL_PATH}?as=user">${WORDS.discordUser}</a>`
      : '',
    links.slack ? html`<a class="button" href="${SLACK_INSTALL_PATH}">${WORDS.slack}</a>` : '',
  ].filter((b) => b !== '');
  return htmlPage({
    title: WORDS.title,
    body: html`<h1>${overview.title}</h1>
<p>${overview.intro?.text ?? ''}</p>
<section aria-labelledby="add">
<h2 id="add">${WORDS.addHeading}</h2>
<p>${WORDS.what}</p>
${buttons.length ? html`<p class="buttons">${buttons}</p>` : html`<p>${WORDS.noneConfigured}</p>`}
${links.discordApplicationId ? html`<p class="muted">${WORDS.discordUserHint}</p>` : ''}
</section>
<h2>${WORDS.directHeading}</h2>
<section>
<p class="buttons"><a class="button" href="${content.settingUrl}" rel="noreferrer">${WORDS.directLink}</a></p>
<p>${WORDS.directHint}</p>
</section>
${guide(desktop)}
${guide(mobile)}
<h2>${WORDS.sourcesHeading}</h2>
${sources(content, [overview, desktop, mobile])}
<p class="muted">${WORDS.asOf(content.asOf)} ${WORDS.privacy}</p>`,
  });
}

function discordInstall(links: InstallLinks, as: string | null): HttpResponse {
  const id = links.discordApplicationId;
  if (!id) {
    return htmlPage({
      status: 404,
      title: 'Not available here',
      body: html`<h1>Not available here</h1><section><p>${WORDS.discordMissing}</p></section><p><a href="/">Back</a></p>`,
    });
  }
  return { status: 302, headers: { location: as === 'user' ? userInstallUrl(id) : inviteUrl(id) } };
}

export function registerInstallRoutes(http: HttpServer, config: Config): void {
  const links = installLinks(config);
  // Rendered once: the page depends only on configuration and the content this build ships.
  const page = installPage(links);
  http.route('GET', '/', () => page);
  http.route('GET', DISCORD_INSTALL_PATH, (req) => discordInstall(links, req.query.get('as')));
}
