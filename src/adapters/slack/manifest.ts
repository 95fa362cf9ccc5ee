// The Slack app manifest, generated from the command registry so the installed app never drifts from the code.
// Pure and free of Bolt: `slack-manifest` prints it without loading the library.
import type { CommandSpec } from '../../core/command.js';

/** `oauth`: installable into any workspace through /slack/install (needs the public URL for the redirect). */
export type ManifestMode = { kind: 'socket' } | { kind: 'http'; publicUrl: string; oauth?: boolean };

/**
 * Bot scopes, each because a feature uses it (see docs/SLACK.md):
 * - `commands`: the three slash commands.
 * - `chat:write`: post and edit the pinned reminder (chat.postMessage, chat.update).
 * - `pins:write`: pin and unpin it (pins.add, pins.remove).
 * - `channels:join`: join a public channel by itself when asked to pin there (conversations.join), instead
 *   of failing with not_in_channel. Private channels still need `/invite`.
 * - `users:read`: users.info, to know whether a member is a workspace owner or admin, who alone may pin and
 *   unpin the reminder (SLACK_REMINDER_MANAGERS=admins), and the member's language (include_locale).
 * - `im:history`: receive the direct messages people send the app (event `message.im`, the Messages tab).
 * - `app_mentions:read`: receive the messages in channels that mention the app (event `app_mention`), and only
 *   those: the app never reads the rest of a channel.
 * Slash-command and button replies go through response_url and App Home through views.publish: no scope.
 * Answers to DMs and mentions are posted with chat.postMessage (`chat:write`).
 */
export const BOT_SCOPES = [
  'commands',
  'chat:write',
  'pins:write',
  'channels:join',
  'users:read',
  'im:history',
  'app_mentions:read',
] as const;

/** The events the app subscribes to: the Home tab, DMs to the app, and mentions of it. */
export const BOT_EVENTS = ['app_home_opened', 'message.im', 'app_mention'] as const;

export const APP_NAME = 'LinkedIn AI Opt-out';
export const BOT_DISPLAY_NAME = 'linkedin-optout';

const LONG_DESCRIPTION =
  'LinkedIn uses members\' data and content to train generative AI unless they switch the "Data for Generative AI ' +
  'Improvement" setting off. This app explains, with sources, what the setting covers and walks anyone through ' +
  'switching it off on desktop or in the mobile app: type /linkedin-optout or /linkedin-ai. Moderators can pin a ' +
  'reminder that stays current and counts who switched the setting off. It stores no message text.';

export interface SlashCommandManifest {
  command: string;
  description: string;
  usage_hint: string;
  should_escape: boolean;
  url?: string;
}

export interface SlackManifest {
  _metadata: { major_version: number; minor_version: number };
  display_information: {
    name: string;
    description: string;
    long_description: string;
    background_color: string;
  };
  features: {
    app_home: {
      home_tab_enabled: boolean;
      messages_tab_enabled: boolean;
      messages_tab_read_only_enabled: boolean;
    };
    bot_user: { display_name: string; always_online: boolean };
    slash_commands: SlashCommandManifest[];
  };
  oauth_config: { redirect_urls?: string[]; scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url?: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url?: string };
    org_deploy_enabled: boolean;
    socket_mode_enabled: boolean;
    token_rotation_enabled: boolean;
  };
}

// Slack's manifest limits (App manifest reference).
const LIMITS = { command: 32, description: 2000, usageHint: 1000, name: 35, shortDescription: 140 } as const;

/** `https://bot.example.org/` → `https://bot.example.org/slack/events`; rejects anything but an https URL. */
export function eventsUrl(publicUrl: string): string {
  return `${publicBase(publicUrl)}/slack/events`;
}

/** Where Slack sends the browser back after "Allow" (the app's GET /slack/oauth_redirect). */
export function redirectUrl(publicUrl: string): string {
  return `${publicBase(publicUrl)}/slack/oauth_redirect`;
}

function publicBase(publicUrl: string): string {
  let url: URL;
  try {
    url = new URL(publicUrl);
  } catch {
    throw new Error(`--http needs the public https URL of this bot (got "${publicUrl}")`);
  }
  if (url.protocol !== 'https:') throw new Error(`Slack only calls https URLs (got "${publicUrl}")`);
  if (url.search || url.hash)
    throw new Error(`the public URL must not have a query or fragment (got "${publicUrl}")`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export function buildManifest(specs: readonly CommandSpec[], mode: ManifestMode): SlackManifest {
  const requestUrl = mode.kind === 'http' ? eventsUrl(mode.publicUrl) : undefined;
  const withUrl = requestUrl ? { request_url: requestUrl } : {};
  return {
    _metadata: { major_version: 2, minor_version: 1 },
    display_information: {
      name: APP_NAME.slice(0, LIMITS.name),
      description: 'Switch off LinkedIn using your data to train its AI, step by step, with sources.'.slice(
        0,
        LIMITS.shortDescription,
      ),
      long_description: LONG_DESCRIPTION,
      background_color: '#0a66c2',
    },
    features: {
      // The Home tab carries the overview; the Messages tab is where people ask in their own words.
      app_home: {
        home_tab_enabled: true,
        messages_tab_enabled: true,
        messages_tab_read_only_enabled: false,
      },
      bot_user: { display_name: BOT_DISPLAY_NAME, always_online: true },
      slash_commands: specs.map((s) => ({
        command: `/${s.name}`.slice(0, LIMITS.command),
        description: s.description.slice(0, LIMITS.description),
        usage_hint: s.usageHint.slice(0, LIMITS.usageHint),
        // The bot never resolves mentions or links in what people type; raw text is echoed escaped.
        should_escape: false,
        ...(requestUrl ? { url: requestUrl } : {}),
      })),
    },
    oauth_config: {
      ...(mode.kind === 'http' && mode.oauth ? { redirect_urls: [redirectUrl(mode.publicUrl)] } : {}),
      scopes: { bot: [...BOT_SCOPES] },
    },
    settings: {
      event_subscriptions: { ...withUrl, bot_events: [...BOT_EVENTS] },
      interactivity: { is_enabled: true, ...withUrl },
      org_deploy_enabled: false,
      socket_mode_enabled: mode.kind === 'socket',
      token_rotation_enabled: false,
    },
  };
}
