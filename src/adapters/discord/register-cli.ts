// `npm start -- register-discord [--guild <id>]`: bulk-overwrites the slash commands and prints the invite link.
// Every failure is one line on stderr and a non-zero exit, never a stack trace.
import { EX_CONFIG, loadConfigOrReport } from '../../config.js';
import { buildRegistration, inviteUrl } from './registration.js';

const EX_USAGE = 64;
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

  const body = buildRegistration();
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
    process.stdout.write(`Invite the bot with:\n${inviteUrl(discord.applicationId)}\n`);
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
