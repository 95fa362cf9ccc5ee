// `npm start -- register-discord [--guild <id>]`: bulk-overwrites the slash commands, turns on both install
// types (global only) and prints the two install links. Every failure is one line on stderr and a non-zero
// exit, never a stack trace.
import { EX_CONFIG, loadConfigOrReport } from '../../config.js';
import { buildRegistration, installTypesConfig, inviteUrl, userInstallUrl } from './registration.js';

const EX_USAGE = 64;

const PORTAL_STEPS =
  'Developer Portal → your app → Installation → Installation Contexts: tick both User Install and Guild Install';

/**
 * Offers both installs on the application. A failure here is not fatal: the commands are registered, and the
 * same switch is one tick in the portal, so the operator is told where.
 */
async function enableUserInstall(
  rest: { patch(route: `/${string}`, opts: { body: unknown }): Promise<unknown> },
  route: `/${string}`,
): Promise<string> {
  try {
    await rest.patch(route, { body: { integration_types_config: installTypesConfig() } });
    return 'Enabled both installs (server and user) on the application.';
  } catch (err) {
    const status = (err as { status?: number }).status;
    return `Could not enable user install (${status ? `Discord answered ${status}` : 'no answer'}); do it by hand: ${PORTAL_STEPS}.`;
  }
}
const EX_UNAVAILABLE = 69;

function fail(code: number, message: string): number {
  process.stderr.write(`register-discord: ${message}\n`);
  return code;
}

export async function registerDiscordCli(args: string[]): Promise<number> {
  let guild: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--guild') {
      guild = args[++i];
      if (!guild || !/^\d{17,20}$/.test(guild)) {
        return fail(
          EX_USAGE,
          '--guild needs a server id (17 to 20 digits; right-click the server → Copy Server ID)',
        );
      }
    } else {
      return fail(EX_USAGE, `unknown argument "${a}" (usage: register-discord [--guild <id>])`);
    }
  }

  const config = loadConfigOrReport();
  if (config === EX_CONFIG) return EX_CONFIG;
  const discord = config.discord;
  if (!discord)
    return fail(EX_CONFIG, 'DISCORD_TOKEN is not set (the bot token from the Developer Portal, Bot tab)');
  if (!discord.applicationId) {
    return fail(
      EX_CONFIG,
      'DISCORD_APPLICATION_ID is not set (Developer Portal → General Information → Application ID)',
    );
  }

  const body = buildRegistration(undefined, guild ? 'guild' : 'global');
  const { DiscordAPIError, HTTPError, REST, Routes } = await import('discord.js');
  const rest = new REST({ api: discord.apiUrl, retries: 1, timeout: 15_000 }).setToken(discord.token);
  const route = guild
    ? Routes.applicationGuildCommands(discord.applicationId, guild)
    : Routes.applicationCommands(discord.applicationId);
  try {
    const saved = (await rest.put(route, { body })) as unknown[];
    const where = guild
      ? `server ${guild} (available now)`
      : 'every server (global; may take up to an hour to show)';
    process.stdout.write(`Registered ${saved.length} commands in ${where}.\n`);
    if (guild) {
      process.stdout.write(
        'Server commands carry no install types: register globally (without --guild) for user installs.\n',
      );
    } else {
      process.stdout.write(`${await enableUserInstall(rest, '/applications/@me')}\n`);
    }
    process.stdout.write(`Add the bot to a server (server install):\n${inviteUrl(discord.applicationId)}\n`);
    process.stdout.write(
      `Add the commands to your own account (user install, works in any server, DMs and group DMs):\n${userInstallUrl(discord.applicationId)}\n`,
    );
    return 0;
  } catch (err) {
    if (err instanceof DiscordAPIError) {
      if (err.status === 401)
        return fail(EX_CONFIG, 'Discord rejected DISCORD_TOKEN (401): check the bot token');
      if (guild && (err.code === 50001 || err.status === 403)) {
        return fail(
          EX_UNAVAILABLE,
          `no access to server ${guild}: invite the bot first with ${inviteUrl(discord.applicationId)}`,
        );
      }
      const first = err.message.split('\n')[0];
      return fail(EX_UNAVAILABLE, `Discord answered ${err.status} (${err.code}): ${first}`);
    }
    if (err instanceof HTTPError)
      return fail(EX_UNAVAILABLE, `Discord answered ${err.status}; try again later`);
    const why = err instanceof Error ? err.message : String(err);
    return fail(EX_UNAVAILABLE, `could not reach Discord at ${discord.apiUrl}: ${why}`);
  }
}
