// Cold start of `say`: the compiled entry point run by node directly, and through `npm start`,
// against a bare `node -e 0`, alternating runs so machine noise hits all three alike.
import { spawnSync } from 'node:child_process';
import { median, round } from './stats.js';

export interface ColdStartResult {
  nodeBareMs: number;
  sayDirectMs: number;
  sayNpmMs: number;
  ratioDirect: number;
  target: string;
  pass: boolean;
}

function timeMs(cmd: string, args: string[]): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

export function coldStart(runs = 15): ColdStartResult {
  const bare: number[] = [];
  const direct: number[] = [];
  const npm: number[] = [];
  const line = '/linkedin-optout desktop';
  for (let i = 0; i < runs; i++) {
    bare.push(timeMs(process.execPath, ['-e', '0']));
    direct.push(timeMs(process.execPath, ['dist/main.js', 'say', line]));
    if (i < 5) npm.push(timeMs('npm', ['start', '--silent', '--', 'say', line]));
  }
  const nodeBareMs = median(bare);
  const sayDirectMs = median(direct);
  const ratioDirect = sayDirectMs / nodeBareMs;
  return {
    nodeBareMs: round(nodeBareMs),
    sayDirectMs: round(sayDirectMs),
    sayNpmMs: round(median(npm)),
    ratioDirect: round(ratioDirect, 2),
    target: 'direct ≤ 2.5× node -e 0',
    pass: ratioDirect <= 2.5,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(coldStart());
}
