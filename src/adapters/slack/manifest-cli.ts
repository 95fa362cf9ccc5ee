// `npm start -- slack-manifest [--socket | --http <public-url>] [--oauth]`: prints the app manifest as JSON, ready
// to paste into "Create an app from a manifest". Socket Mode is the default because it needs no public URL.
// `--oauth` adds the redirect URL for installing into many workspaces (with --http only: Slack redirects the
// browser to this app's public URL).
import { commands } from '../../commands/index.js';
import { buildManifest, type ManifestMode } from './manifest.js';

const EX_USAGE = 64;
const USAGE = 'usage: slack-manifest [--socket | --http <public-https-url>] [--oauth]';

export function parseManifestArgs(all: string[]): ManifestMode {
  const oauth = all.includes('--oauth');
  const args = all.filter((a) => a !== '--oauth');
  if (oauth) {
    const mode = parseManifestArgs(args);
    if (mode.kind !== 'http')
      throw new Error(`--oauth needs --http <public-url> (the redirect URL lives there). ${USAGE}`);
    return { ...mode, oauth: true };
  }
  if (args.length === 0) return { kind: 'socket' };
  const [flag, value, ...rest] = args;
  if (flag === '--socket' && value === undefined) return { kind: 'socket' };
  if (flag === '--http') {
    if (value === undefined || value.startsWith('--'))
      throw new Error(`--http needs the public URL. ${USAGE}`);
    if (rest.length > 0) throw new Error(`unexpected "${rest.join(' ')}". ${USAGE}`);
    return { kind: 'http', publicUrl: value };
  }
  throw new Error(`unexpected "${args.join(' ')}". ${USAGE}`);
}

export async function slackManifestCli(args: string[]): Promise<number> {
  let manifest: ReturnType<typeof buildManifest>;
  try {
    manifest = buildManifest(
      commands.map((c) => c.spec),
      parseManifestArgs(args),
    );
  } catch (err) {
    process.stderr.write(`slack-manifest: ${err instanceof Error ? err.message : String(err)}\n`);
    return EX_USAGE;
  }
  process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
  return 0;
}
