// Placeholder until free-text matching lands: points to the topic menu rather than guessing.
import type { CommandContext } from '../core/command.js';
import { baseReply } from '../core/replies.js';
import type { Reply } from '../core/reply.js';

export function answerQuestion(ctx: CommandContext, _question: string): Reply {
  return baseReply(
    ctx,
    { command: 'linkedin-ai', subcommand: 'ask', title: "I can't answer free-text questions yet." },
    { intro: 'Pick a topic with /linkedin-ai help.', topic: null, confidence: 0 },
  );
}
