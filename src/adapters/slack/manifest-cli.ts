// Replaced by the Slack adapter.
export async function slackManifestCli(_args: string[]): Promise<number> {
  process.stderr.write('slack-manifest is not built yet\n');
  return 1;
}
