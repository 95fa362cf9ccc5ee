// The console's and `say`'s way in: a line that starts with "/" (or is empty) is a command line for the
// dispatcher; any other line is free text for the conversation (a question, a greeting, a follow-up).
// The whole console is one conversation.
import type { CommandContext } from '../core/command.js';
import type { Reply } from '../core/reply.js';
import { Conversation } from './conversation.js';

export const CONSOLE_CONVERSATION_KEY = 'console';

const consoleConversation = new Conversation();

/** True for a line the console should treat as a command line rather than free text. */
export function isCommandLine(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('/');
}

export async function replyToConsoleLine(
  line: string,
  ctx: CommandContext,
  runCommand: (line: string) => Promise<Reply>,
  conversation: Conversation = consoleConversation,
): Promise<Reply> {
  if (isCommandLine(line)) return runCommand(line);
  return conversation.respond({ text: line, conversationKey: CONSOLE_CONVERSATION_KEY }, ctx);
}
