// Where the bot's CPU goes under the bench load: starts the compiled bot with `--cpu-prof`, drives one
// scenario's signed requests at it, stops it (the profile is written at exit) and prints the top self-time
// entries by function and by module. Proportions, unlike req/s, hold on a machine shared with other work.
//
//   node .bench-dist/bench/profile.js discord|slack [seconds] [--out <dir>]
//   BENCH_BOT_ENTRY=<other build>/dist/main.js node .bench-dist/bench/profile.js discord   (another build)
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { FakeSlack } from '../tests/fakes/slack-api.js';
import { load } from './load.js';
import { BENCH_SLACK_SECRET, discordHttpEnv, productionNodeArgs, slackHttpEnv, startBot } from './servers.js';
import { discordKeys, discordVariants, slackVariants } from './signing.js';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  ms: number;
  share: number;
}

/** Where a script lives, short: a package name, a file under src/, or node's own module. */
function moduleOf(url: string): string {
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return url;
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? path);
  }
  const dist = path.lastIndexOf('/dist/');
  return dist >= 0 ? path.slice(dist + 1) : relative(process.cwd(), path);
}

/** Self time per function and per module, largest first. */
export function summarise(profile: CpuProfile): {
  byFunction: SelfTime[];
  byModule: SelfTime[];
  totalMs: number;
} {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const fn = new Map<string, number>();
  const mod = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const f = byId.get(id);
    if (!f) return;
    total += us;
    const where = moduleOf(f.url);
    const name = `${f.functionName || '(anonymous)'} ${where}${f.url ? `:${f.lineNumber + 1}` : ''}`;
    fn.set(name, (fn.get(name) ?? 0) + us);
    mod.set(where, (mod.get(where) ?? 0) + us);
  });
  const rank = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .map(([name, us]) => ({
        name,
        ms: Math.round(us / 1000),
        share: Math.round((us / total) * 1000) / 10,
      }));
  return { byFunction: rank(fn), byModule: rank(mod), totalMs: Math.round(total / 1000) };
}

async function profileBot(kind: 'discord' | 'slack', seconds: number, dir: string): Promise<string> {
  const keys = discordKeys();
  const fake = kind === 'slack' ? await new FakeSlack().start() : undefined;
  const env = kind === 'discord' ? discordHttpEnv(keys.publicKeyHex) : slackHttpEnv(fake?.apiUrl ?? '');
  const bot = await startBot(env, [...productionNodeArgs(), '--cpu-prof', `--cpu-prof-dir=${dir}`]);
  try {
    const path = kind === 'discord' ? '/discord/interactions' : '/slack/events';
    const variants = kind === 'discord' ? discordVariants(keys, 128) : slackVariants(BENCH_SLACK_SECRET, 128);
    // Warm-up first, as the bench does, so the profile is of the JIT-compiled steady state.
    await load({ url: `${bot.url}${path}`, variants, connections: 32, durationSec: 3 });
    const r = await load({ url: `${bot.url}${path}`, variants, connections: 32, durationSec: seconds });
    process.stderr.write(`${kind}: ${r.rps} req/s, p99 ${r.p99Ms} ms, failures ${r.errors + r.non2xx}\n`);
  } finally {
    await bot.stop();
    await fake?.close();
  }
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${dir}`);
  return join(dir, file);
}

const argv = process.argv.slice(2);
const kind = argv[0] === 'slack' ? 'slack' : 'discord';
const seconds = Number(argv.find((a) => /^\d+$/.test(a)) ?? 10);
const outAt = argv.indexOf('--out');
const dir = outAt >= 0 && argv[outAt + 1] ? argv[outAt + 1]! : mkdtempSync(join(tmpdir(), 'bot-prof-'));
mkdirSync(dir, { recursive: true });
const file = await profileBot(kind, seconds, dir);
const s = summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
process.stdout.write(`${file}\n${s.totalMs} ms sampled\n`);
console.table(s.byModule.slice(0, 20));
console.table(s.byFunction.slice(0, 40));
