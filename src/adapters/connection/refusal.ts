// A token the platform refused, and the one line that tells the operator which variable and what to do.
// Every word of it lives here, for both platforms and both moments (at start-up, or revoked while running).

export type CredentialVariable = 'DISCORD_TOKEN' | 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN';

export interface Refusal {
  platform: 'discord' | 'slack';
  variable: CredentialVariable;
  /** The HTTP status or Slack's error string, e.g. `401` or `invalid_auth`. */
  code: string;
  /** `start-up`: the first connection was refused; `running`: a token that worked stopped working. */
  phase: 'start-up' | 'running';
}

const PLATFORM_NAME = { discord: 'Discord', slack: 'Slack' } as const;

const WHAT_TO_DO: Record<CredentialVariable, string> = {
  DISCORD_TOKEN: 'reset the token on the Bot page of the Discord Developer Portal and update .env',
  SLACK_BOT_TOKEN:
    'reinstall the app on OAuth & Permissions at api.slack.com/apps, copy the new xoxb- token and update .env',
  SLACK_APP_TOKEN:
    'generate an app-level token with connections:write on Basic Information at api.slack.com/apps and update .env',
};

/** The one line on stderr, e.g. "DISCORD_TOKEN was refused by Discord (401): reset the token on ...". */
export function refusalLine(r: Refusal): string {
  const when = r.phase === 'running' ? ' while running' : '';
  return `${r.variable} was refused by ${PLATFORM_NAME[r.platform]}${when} (${r.code}): ${WHAT_TO_DO[r.variable]}`;
}

/** What /healthz shows as the platform's `reason` once it is down for good. */
export function refusalReason(r: Refusal): string {
  return `${r.variable} refused (${r.code})`;
}

/** Thrown out of a platform's start() when its token was refused; the process exits 78 (EX_CONFIG). */
export class CredentialRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusalLine(refusal));
    this.name = 'CredentialRefused';
  }
}
