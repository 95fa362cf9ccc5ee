// `say "<command line or question>"`: one reply to stdout, exit 0 when understood and 2 when not.
import { commands } from '../../commands/index.js';
import { replyToConsoleLine } from '../../conversation/console-line.js';
import { makeContext } from '../../core/context.js';
import { Dispatcher } from '../../core/dispatcher.js';
import { type Format, formatReply } from './format.js';

export async function say(line: string, format: Format, staleAfterDays?: number): Promise<number> {
  const dispatcher = new Dispatcher(commands);
  const ctx = makeContext(staleAfterDays === undefined ? {} : { staleAfterDays });
  const reply = await replyToConsoleLine(line, ctx, (l) =>
    dispatcher.handleLine(l, { platform: 'console', locale: 'en', userId: 'console' }, ctx),
  );
  process.stdout.write(`${formatReply(reply, format, format === 'text' && process.stdout.isTTY === true)}\n`);
  return reply.understood ? 0 : 2;
}
