// Memory: RSS of the real bot process (Discord HTTP + Slack HTTP) idle after start-up, and after two
// consecutive load runs of signed requests; growth between the runs would point at a leak.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from './load.js';
import {
  discordCommandPayload,
  discordHeaders,
  discordKeys,
  slackCommandBody,
  slackHeaders,
} from './signing.js';
import { round } from './stats.js';

const rssMb = (pid: number) => {
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return m ? Number(m[1]) / 1024 : Number.NaN;
};

async function waitHealthy(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`bot exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('bot did not become healthy');
}

export async function memoryBench(loadSec = 60, port = 3917) {
  const keys = discordKeys();
  const secret = 'bench-signing-secret';
  const dir = mkdtempSync(join(tmpdir(), 'bot-mem-'));
  const child = spawn(process.execPath, ['dist/main.js'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: 'bench.discord.token',
      DISCORD_APPLICATION_ID: '1300000000000000000',
      DISCORD_MODE: 'http',
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DISCORD_API_URL: 'http://127.0.0.1:9/api',
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: String(port),
      DATABASE_PATH: join(dir, 'bot.sqlite'),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '10000',
    },
  });
  try {
    await waitHealthy(`http://127.0.0.1:${port}/healthz`, child);
    await new Promise((r) => setTimeout(r, 1000));
    const idle = rssMb(child.pid!);
    const run = async () => {
      const d = discordCommandPayload();
      const s = slackCommandBody();
      // Both platforms at once, half the connections each, for the whole period.
      const [dr, sr] = await Promise.all([
        load({
          url: `http://127.0.0.1:${port}/discord/interactions`,
          headers: discordHeaders(keys, d),
          body: d,
          connections: 16,
          durationSec: loadSec,
        }),
        load({
          url: `http://127.0.0.1:${port}/slack/events`,
          headers: slackHeaders(secret, s),
          body: s,
          connections: 16,
          durationSec: loadSec,
        }),
      ]);
      return { rss: rssMb(child.pid!), requests: dr.rps + sr.rps, non2xx: dr.non2xx + sr.non2xx };
    };
    const first = await run();
    const second = await run();
    return {
      idleMb: round(idle),
      afterLoad1Mb: round(first.rss),
      afterLoad2Mb: round(second.rss),
      growthMb: round(second.rss - first.rss),
      loadSec,
      rpsDuringLoad: second.requests,
      non2xx: first.non2xx + second.non2xx,
      targets: 'idle ≤ 120 MB, load ≤ 200 MB, no growth run to run',
      pass: idle <= 120 && second.rss <= 200 && first.rss <= 200 && second.rss - first.rss < 10,
    };
  } finally {
    child.kill('SIGTERM');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await memoryBench(Number(process.argv[2] ?? 60)));
}
