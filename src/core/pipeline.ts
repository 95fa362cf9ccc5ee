// The one path from a request to what is sent back, whatever the way in (console, Discord gateway or HTTP,
// Slack Socket Mode or HTTP, every button, App Home, later free text). In order: abuse limits, the reply cache,
// parsing, the preconditions the command's spec declares, running with the error fallback, visibility, then
// timing, metrics by canonical command and subcommand, and a log line without any text a person typed.
import type { CommandContext, Invocation } from './command.js';
import type { ContextOptions } from './context.js';
import type { Dispatcher } from './dispatcher.js';
import type { LimitResult, Limits } from './rate-limit.js';
import {
  managerUnknownReply,
  needsChannelReply,
  needsServerInstallReply,
  notAManagerReply,
  somethingWentWrongReply,
} from './refusals.js';
import type { Reply } from './reply.js';
import { isStale } from './reply-builders.js';
import { CACHEABLE_LINE_MAX, type ReplyCache } from './reply-cache.js';
import type {
  CachedReply,
  FreeTextResponder,
  ManagerAnswer,
  PipelineMetrics,
  PipelineOutcome,
  PipelineRequest,
  PipelineStatus,
} from './request.js';

/** What the pipeline logs through: a pino logger fits. */
export interface PipelineLog {
  debug(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
  isLevelEnabled?(level: string): boolean;
}

/** A platform's own last check before a command runs (Discord: the bot's channel permissions before a pin). */
export type PlatformCheck = (inv: Invocation, ctx: CommandContext) => Reply | undefined;

export interface PipelineDeps {
  dispatcher: Dispatcher;
  limits: Limits;
  cache: ReplyCache;
  context: (opts?: ContextOptions) => CommandContext;
  metrics?: PipelineMetrics;
  log?: PipelineLog;
  /** What a free-text message is counted and length-checked as (the registry says which command answers questions). */
  freeText: { command: string; subcommand: string };
  /** Answers free text: small talk, questions and follow-ups within one conversation. */
  conversation: FreeTextResponder;
}

/** A free-text request after normalising: the line is the question subcommand's, the text is kept as typed. */
type Normalised = PipelineRequest & { question?: string };

/** Milliseconds as a float (performance.now), not a BigInt: nothing allocated per request for the timing. */
const elapsed = (started: number) => (performance.now() - started) / 1e3;

export class Pipeline {
  constructor(private readonly deps: PipelineDeps) {}

  get dispatcher(): Dispatcher {
    return this.deps.dispatcher;
  }

  /**
   * Never throws: every request gets an outcome, and every outcome is counted once. A cache hit or an abuse-limit
   * answer comes back synchronously (no promise, no timer race in the adapter); anything else as a promise.
   */
  handle(req: PipelineRequest, check?: PlatformCheck): PipelineOutcome | Promise<PipelineOutcome> {
    const started = performance.now();
    const request = this.normalise(req);
    const ctx = this.deps.context({ locale: request.locale });

    // Limits shared through Redis answer with a promise; in memory they answer at once, without an await.
    const limited = this.limit(request, ctx);
    if (limited instanceof Promise)
      return limited.then((l) => this.afterLimits(request, ctx, started, l, check));
    return this.afterLimits(request, ctx, started, limited, check);
  }

  private afterLimits(
    request: PipelineRequest,
    ctx: CommandContext,
    started: number,
    limited: PipelineOutcome | undefined,
    check?: PlatformCheck,
  ): PipelineOutcome | Promise<PipelineOutcome> {
    if (limited) return this.finish(request, started, limited);

    const key = this.cacheKey(request, ctx);
    const hit = key === undefined ? undefined : this.deps.cache.get(key);
    if (hit) return this.finish(request, started, fromCache(hit));
    return this.runAndCount(request, ctx, started, key, check);
  }

  private async runAndCount(
    request: PipelineRequest,
    ctx: CommandContext,
    started: number,
    key: string | undefined,
    check: PlatformCheck | undefined,
  ): Promise<PipelineOutcome> {
    let outcome: PipelineOutcome;
    try {
      outcome = await this.run(request, ctx, check);
    } catch (err) {
      // Only a bug in a precondition or a platform check gets here; the command itself has its fallback.
      this.deps.log?.error({ err, platform: request.platform }, 'pipeline failed');
      const reply = somethingWentWrongReply(ctx, this.deps.dispatcher.home);
      outcome = { reply, status: 'error', command: reply.command, subcommand: reply.subcommand };
    }
    if (key !== undefined && outcome.status === 'ok' && this.isCacheable(outcome)) {
      outcome = fromCache(this.deps.cache.set(key, outcome));
    }
    return this.finish(request, started, outcome);
  }

  /** Free text becomes the question subcommand's line, so it shares parsing, limits and metrics. */
  private normalise(req: PipelineRequest): Normalised {
    if (req.origin !== 'free-text') return req;
    return {
      ...req,
      commandName: this.deps.freeText.command,
      line: `${this.deps.freeText.subcommand} ${req.line}`,
      question: req.line,
    };
  }

  /**
   * Free text goes to the conversation (small talk, follow-ups) instead of the ask command, but is limited,
   * length-checked and counted as that command. A bare mention (no text) is small talk, not a missing question.
   */
  private converse(req: Normalised & { question: string }, ctx: CommandContext): PipelineOutcome {
    const { command, subcommand } = this.deps.freeText;
    if (req.question.trim() !== '') {
      const parsed = this.deps.dispatcher.parse(req.line, sourceOf(req), ctx, req.commandName);
      if (!parsed.ok) {
        const { reply } = parsed;
        return { reply, status: 'not-understood', command: reply.command, subcommand: reply.subcommand };
      }
    }
    try {
      const reply = this.deps.conversation.respond(
        {
          text: req.question,
          ...(req.conversationKey === undefined ? {} : { conversationKey: req.conversationKey }),
        },
        ctx,
      );
      return { reply, status: reply.understood ? 'ok' : 'not-understood', command, subcommand };
    } catch (err) {
      this.deps.log?.error({ err, command, subcommand }, 'command failed');
      return {
        reply: somethingWentWrongReply(ctx, this.deps.dispatcher.home),
        status: 'error',
        command,
        subcommand,
      };
    }
  }

  /** Limits shared through Redis answer with a promise; in memory they answer at once. */
  private limit(
    req: PipelineRequest,
    ctx: CommandContext,
  ): PipelineOutcome | undefined | Promise<PipelineOutcome | undefined> {
    const refused = this.refusal(req);
    if (refused instanceof Promise) return refused.then((r) => this.limitedOutcome(req, ctx, r));
    return this.limitedOutcome(req, ctx, refused);
  }

  private limitedOutcome(
    req: PipelineRequest,
    ctx: CommandContext,
    refused: LimitResult | undefined,
  ): PipelineOutcome | undefined {
    if (!refused || refused.allowed) return undefined;
    // Counted under the command the member was trying to run, not under the polite reply's.
    const parsed = this.deps.dispatcher.parse(req.line, sourceOf(req), ctx, req.commandName);
    const labels = parsed.ok
      ? { command: parsed.invocation.command, subcommand: parsed.invocation.subcommand }
      : { command: parsed.reply.command, subcommand: parsed.reply.subcommand };
    return {
      reply: refused.reply,
      status: 'rate-limited',
      ...labels,
      ...(refused.quiet ? { quiet: true as const } : {}),
    };
  }

  /**
   * The first limit that refuses, checked in order: the user, then the channel for a share (so the bot cannot be
   * used to flood one) or for free text in a channel (a flood of mentions). A DM has no channel and no channel limit.
   */
  private refusal(req: PipelineRequest): LimitResult | undefined | Promise<LimitResult | undefined> {
    const scope = req.userScope ? `${req.userScope}:` : '';
    const user = this.deps.limits.allow('command', `${req.platform}:${scope}${req.userId}`);
    if (user instanceof Promise) return user.then((u) => this.placeRefusal(req, scope, u));
    return this.placeRefusal(req, scope, user);
  }

  private placeRefusal(
    req: PipelineRequest,
    scope: string,
    user: LimitResult,
  ): LimitResult | undefined | Promise<LimitResult> {
    if (!user.allowed) return user;
    if (req.origin === 'button-share')
      return this.deps.limits.allow('share', `${req.platform}:${scope}${req.channel?.id ?? req.userId}`);
    if (req.origin === 'free-text' && req.channel) {
      const place = `${req.channel.workspaceId ?? ''}:${req.channel.id}`;
      return this.deps.limits.allow('channel-message', `${req.platform}:${place}`);
    }
    return undefined;
  }

  private async run(req: Normalised, ctx: CommandContext, check?: PlatformCheck): Promise<PipelineOutcome> {
    if (req.question !== undefined) return this.converse({ ...req, question: req.question }, ctx);
    const parsed = this.deps.dispatcher.parse(req.line, sourceOf(req), ctx, req.commandName);
    if (!parsed.ok) {
      const { reply } = parsed;
      return { reply, status: 'not-understood', command: reply.command, subcommand: reply.subcommand };
    }
    const inv = parsed.invocation;
    const refused = (await this.preconditions(req, inv, ctx)) ?? check?.(inv, ctx);
    if (refused)
      return { reply: refused, status: 'refused', command: inv.command, subcommand: inv.subcommand };

    let failed = false;
    const reply = await this.deps.dispatcher.run(inv, ctx, (err) => {
      failed = true;
      this.deps.log?.error({ err, command: inv.command, subcommand: inv.subcommand }, 'command failed');
    });
    const status: PipelineStatus = failed ? 'error' : reply.understood ? 'ok' : 'not-understood';
    return { reply: shownTo(req, reply), status, command: inv.command, subcommand: inv.subcommand };
  }

  /** The preconditions a subcommand's spec declares, in the order a person would want to hear them. */
  private async preconditions(
    req: PipelineRequest,
    inv: Invocation,
    ctx: CommandContext,
  ): Promise<Reply | undefined> {
    const sub = this.deps.dispatcher.subcommandSpec(inv);
    if (!sub) return undefined;
    if (sub.needsChannel && !inv.channel) return needsChannelReply(ctx, inv, this.deps.dispatcher.home);
    if (sub.needsServerInstall && req.userInstallOnly) {
      return needsServerInstallReply(
        ctx,
        inv,
        this.deps.dispatcher.home,
        req.userInstallOnly.serverInstallUrl,
      );
    }
    if (sub.moderatorOnly && req.managers !== 'everyone') {
      const answer = await resolve(req.canManageReminders);
      if (answer === 'unknown') return managerUnknownReply(ctx, inv, req.managers);
      if (!answer) return notAManagerReply(ctx, inv, req.managers);
    }
    return undefined;
  }

  private cacheKey(req: PipelineRequest, ctx: CommandContext): string | undefined {
    if (req.line.length > CACHEABLE_LINE_MAX) return undefined;
    // The stale-facts notice is the only part of a cacheable reply that changes with time.
    const stale = isStale(ctx) ? 'stale' : 'fresh';
    return `${ctx.contentVersion}|${stale}|${req.locale}|${req.origin}|${req.commandName ?? ''}|${req.line}`;
  }

  private isCacheable(o: PipelineOutcome): boolean {
    const command = this.deps.dispatcher.get(o.command);
    if (!command?.spec.cacheable) return false;
    const sub = this.deps.dispatcher.subcommandSpec(o);
    return sub?.cacheable ?? true;
  }

  private finish(req: PipelineRequest, started: number, outcome: PipelineOutcome): PipelineOutcome {
    const seconds = elapsed(started);
    this.deps.metrics?.commandHandled(
      {
        command: outcome.command,
        subcommand: outcome.subcommand,
        platform: req.platform,
        outcome: outcome.status,
      },
      seconds,
    );
    // The hot path builds no log line nobody will see.
    if (this.deps.log?.isLevelEnabled?.('debug') === false) return outcome;
    this.deps.log?.debug(
      {
        platform: req.platform,
        origin: req.origin,
        command: outcome.command,
        subcommand: outcome.subcommand,
        outcome: outcome.status,
        ms: Math.round(seconds * 1e4) / 10,
      },
      'request handled',
    );
    return outcome;
  }
}

function fromCache(hit: CachedReply): PipelineOutcome {
  return { reply: hit.reply, status: 'ok', command: hit.command, subcommand: hit.subcommand, cached: hit };
}

function sourceOf(req: PipelineRequest) {
  return {
    platform: req.platform,
    locale: req.locale,
    userId: req.userId,
    ...(req.channel ? { channel: req.channel } : {}),
  };
}

/** What the member sees depends on how they asked: a share is public, a button's answer is theirs alone. */
function shownTo(req: PipelineRequest, reply: Reply): Reply {
  if (req.origin === 'button-share') return { ...reply, visibility: 'public' };
  if (req.origin === 'button-run' || req.origin === 'button-confirm')
    return { ...reply, visibility: 'ephemeral' };
  return reply;
}

async function resolve(check: PipelineRequest['canManageReminders']): Promise<ManagerAnswer> {
  if (typeof check !== 'function') return check;
  try {
    return await check();
  } catch {
    return 'unknown';
  }
}
