// `say "<command line>"`: one reply to stdout, exit 0 when understood and 2 when not.
import { type Format, formatReply } from './format.js';
import { consoleCore, consoleRequest } from './request.js';

export async function say(line: string, format: Format, staleAfterDays?: number): Promise<number> {
  const { reply } = await consoleCore(staleAfterDays).pipeline.handle(consoleRequest(line));
  process.stdout.write(`${formatReply(reply, format, format === 'text' && process.stdout.isTTY === true)}\n`);
  return reply.understood ? 0 : 2;
}
