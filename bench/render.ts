// In-process cost of answering and rendering: dispatch a command line and render the reply for every platform.
import { renderText } from '../src/adapters/console/render-text.js';
import { renderDiscord } from '../src/adapters/discord/render.js';
import { renderSlack } from '../src/adapters/slack/render.js';
import { commands } from '../src/commands/index.js';
import { makeContext } from '../src/core/context.js';
import { Dispatcher } from '../src/core/dispatcher.js';
import { percentile, round } from './stats.js';

export interface RenderResult {
  lines: number;
  dispatchP50Us: number;
  dispatchP99Us: number;
  renderAllP50Us: number;
  renderAllP99Us: number;
  target: string;
  pass: boolean;
}

const LINES = [
  '/linkedin-optout',
  '/linkedin-optout desktop',
  '/linkedin-optout mobile',
  '/linkedin-ai what-data',
  '/linkedin-ai timeline',
  '/linkedin-ai sources',
  '/linkedin-ai whatdata',
];

export async function renderBench(rounds = 2000): Promise<RenderResult> {
  const dispatcher = new Dispatcher(commands);
  const from = { platform: 'console' as const, locale: 'en' as const, userId: 'bench' };
  const dispatch: number[] = [];
  const render: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const line = LINES[i % LINES.length]!;
    const t0 = process.hrtime.bigint();
    const reply = await dispatcher.handleLine(line, from, makeContext());
    const t1 = process.hrtime.bigint();
    renderDiscord(reply);
    renderSlack(reply);
    renderText(reply);
    const t2 = process.hrtime.bigint();
    if (i >= 200) {
      // The first rounds warm the JIT; they are not what a running bot sees.
      dispatch.push(Number(t1 - t0) / 1e3);
      render.push(Number(t2 - t1) / 1e3);
    }
  }
  const renderAllP99Us = percentile(render, 99);
  return {
    lines: LINES.length,
    dispatchP50Us: round(percentile(dispatch, 50)),
    dispatchP99Us: round(percentile(dispatch, 99)),
    renderAllP50Us: round(percentile(render, 50)),
    renderAllP99Us: round(renderAllP99Us),
    target: 'render p99 < 1000 µs',
    pass: renderAllP99Us < 1000,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await renderBench());
}
