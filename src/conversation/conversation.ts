// The platform-neutral responder for free text: a direct message, a mention, a console line that is not a
// command. Small talk gets a short introduction with the guide buttons; a question is answered like
// `/linkedin-ai ask`, leaning on the conversation's previous topic for follow-ups ("and on my phone?",
// "what about the UK?"); anything else gets the "I only know about…" reply (understood: false).
//
// Usage, once per process (the memory lives in the instance):
//   const conversation = new Conversation();
//   const reply = conversation.respond({ text, conversationKey: 'slack:T1:C1:1700000000.000100' }, ctx);
import { answerQuestion } from '../ask/answer.js';
import { THRESHOLD } from '../ask/retrieve.js';
import type { CommandContext } from '../core/command.js';
import type { Reply } from '../core/reply.js';
import { baseReply } from '../core/reply-builders.js';
import { TopicMemory, type TopicMemoryOptions } from './memory.js';
import { type SmallTalk, smallTalk } from './small-talk.js';
import { conversationWords, GUIDE_COMMANDS } from './words.js';

export interface Message {
  /** The message text as received; platform mentions (<@U123>, <@!123>, <#C1>, <!here>) are ignored. */
  text: string;
  /**
   * Where the message was said, for follow-ups: one key per DM or thread, e.g. `slack:T1:C1:<thread_ts>`
   * or `discord:dm:<channel id>`. Without it, every message stands alone.
   */
  conversationKey?: string;
}

/** Words that open a message leaning on what was said before. */
const FOLLOW_UP_OPENERS = /^(and|also|but|so|then|ok|okay|what about|how about|same|what if|or)\b/i;
/** A message this short (in words) is read as a follow-up too ("in the UK?"). */
const SHORT_FOLLOW_UP = 4;
const PLATFORM_MENTION = /<[@#!][^>\s]*>/g;

/** Short answers that are not follow-up questions: "no" must not repeat the last topic. */
const NOT_A_QUESTION = /^(yes|yeah|yep|no|nope|nah|lol|haha|hmm+|k)\W*$/i;

function looksLikeFollowUp(text: string): boolean {
  if (NOT_A_QUESTION.test(text)) return false;
  return FOLLOW_UP_OPENERS.test(text) || text.split(/\s+/).filter(Boolean).length <= SHORT_FOLLOW_UP;
}

function introduction(ctx: CommandContext, kind: SmallTalk): Reply {
  const w = conversationWords(ctx.content.locale);
  return baseReply(
    ctx,
    { command: 'linkedin-ai', subcommand: null, title: w.titles[kind] },
    {
      intro: w.intro,
      actions: GUIDE_COMMANDS.map((command, i) => ({
        label: w.guideButtons[i] ?? command,
        command,
        ...(i === 0 ? { style: 'primary' as const } : {}),
      })),
      links: [{ label: w.settingLink, url: ctx.content.settingUrl }],
      topic: null,
    },
  );
}

export class Conversation {
  private readonly memory: TopicMemory;

  constructor(opts: TopicMemoryOptions & { memory?: TopicMemory } = {}) {
    this.memory = opts.memory ?? new TopicMemory(opts);
  }

  respond(message: Message, ctx: CommandContext): Reply {
    const text = message.text.replace(PLATFORM_MENTION, ' ').trim();
    const talk = smallTalk(text);
    if (talk) return introduction(ctx, talk);

    const key = message.conversationKey;
    const previous = key === undefined ? undefined : this.memory.get(key);
    const reply = answerQuestion(
      ctx,
      text,
      previous !== undefined && looksLikeFollowUp(text) ? { previousTopic: previous } : {},
    );
    // Only a topic actually answered is worth leaning on; a guess ("not sure, did you mean…") is not.
    if (key !== undefined && reply.topic && (reply.confidence ?? 0) >= THRESHOLD.SURE)
      this.memory.remember(key, reply.topic);
    return reply;
  }
}
