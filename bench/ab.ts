// A/B: two builds of the bot side by side under the same signed load, in alternating rounds, so a change is
// judged against the code before it on the same machine at the same moment. Reports each build's median
// req/s and CPU per request (the figure that holds on a shared machine) and B's ratio to A.
//
//   node .bench-dist/bench/ab.js discord|slack <A dist/main.js> <B dist/main.js> [rounds] [seconds]
//   e.g. git worktree add ../base <commit>, build it there, then compare ../base/dist/main.js with dist/main.js.
//   BENCH_AB_NODE_ARGS_A / _B: node flags for one side instead of `npm start`'s (e.g. heap sizing, same build twice).
import { FakeSlack } from '../tests/fakes/slack-api.js';
import { alternate } from './compare.js';
import { load } from './load.js';
import {
  BENCH_SLACK_SECRET,
  discordHttpEnv,
  type Proc,
  pidOf,
  productionNodeArgs,
  slackHttpEnv,
  startBot,
} from './servers.js';
import { discordKeys, discordVariants, slackVariants } from './signing.js';
import { round } from './stats.js';

const [kindArg, entryA, entryB, roundsArg, secondsArg] = process.argv.slice(2);
if (!entryA || !entryB) {
  process.stderr.write('usage: ab.js discord|slack <A main.js> <B main.js> [rounds] [seconds]\n');
  process.exit(2);
}
const kind = kindArg === 'slack' ? 'slack' : 'discord';
const keys = discordKeys();
const fake = kind === 'slack' ? await new FakeSlack().start() : undefined;
const env = kind === 'discord' ? discordHttpEnv(keys.publicKeyHex) : slackHttpEnv(fake?.apiUrl ?? '');
const path = kind === 'discord' ? '/discord/interactions' : '/slack/events';
const nodeArgs = (side: 'A' | 'B') =>
  process.env[`BENCH_AB_NODE_ARGS_${side}`]?.split(' ').filter(Boolean) ?? productionNodeArgs();
const procs: Proc[] = [];
try {
  const a = await startBot(env, nodeArgs('A'), entryA);
  procs.push(a);
  const b = await startBot(env, nodeArgs('B'), entryB);
  procs.push(b);
  const run = (url: string) => (durationSec: number) =>
    load({
      url,
      variants: kind === 'discord' ? discordVariants(keys, 128) : slackVariants(BENCH_SLACK_SECRET, 128),
      connections: 32,
      durationSec,
    });
  const m = await alternate(
    [
      { name: 'A', run: run(`${a.url}${path}`), ...pidOf(a) },
      { name: 'B', run: run(`${b.url}${path}`), ...pidOf(b) },
    ],
    { rounds: Number(roundsArg ?? 6), durationSec: Number(secondsArg ?? 5), warmupSec: 3, label: kind },
  );
  const A = m.A!;
  const B = m.B!;
  console.table({
    A: {
      entry: entryA,
      rps: A.rps,
      p99Ms: A.p99Ms,
      cpuUsPerRequest: A.cpuUsPerRequest,
      failures: A.failures,
    },
    B: {
      entry: entryB,
      rps: B.rps,
      p99Ms: B.p99Ms,
      cpuUsPerRequest: B.cpuUsPerRequest,
      failures: B.failures,
    },
  });
  const cpuRatio =
    A.cpuUsPerRequest && B.cpuUsPerRequest ? round(A.cpuUsPerRequest / B.cpuUsPerRequest, 3) : 'n/a';
  process.stdout.write(
    `B/A req/s ${round(B.rps / A.rps, 3)}; A/B CPU per request ${cpuRatio} (> 1: B is leaner)\n`,
  );
} finally {
  await Promise.all(procs.map((p) => p.stop()));
  await fake?.close();
}
