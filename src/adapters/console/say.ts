// `say "<command line or question>"`: one reply to stdout, exit 0 when understood and 2 when not.
import type { Locale } from '../../content/types.js';
import { type Format, formatReply } from './format.js';
import { consoleCore, consoleRequest } from './request.js';

export async function say(
  line: string,
  format: Format,
  staleAfterDays?: number,
  locale: Locale = 'en',
): Promise<number> {
  const { reply } = await consoleCore(staleAfterDays).pipeline.handle(consoleRequest(line, locale));
  process.stdout.write(`${formatReply(reply, format, format === 'text' && process.stdout.isTTY === true)}\n`);
  return reply.understood ? 0 : 2;
}
