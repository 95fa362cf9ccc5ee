// Replaced by the Discord adapter.
export async function registerDiscordCli(_args: string[]): Promise<number> {
  process.stderr.write('register-discord is not built yet\n');
  return 1;
}
