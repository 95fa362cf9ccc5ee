// The one place the core is put together: the dispatcher over the registry, the abuse limits, the reply cache,
// the context and the pipeline. `src/app.ts`, the console and the tests all build it here, so what a test runs
// is what production runs.
import { COMMAND, commands, FREE_TEXT } from '../commands/index.js';
import { Conversation } from '../conversation/conversation.js';
import type { Command, CommandContext } from './command.js';
import { type ContextOptions, makeContext } from './context.js';
import { Dispatcher } from './dispatcher.js';
import { Pipeline, type PipelineLog } from './pipeline.js';
import type { ReminderPort } from './ports.js';
import { type LimitKind, Limits, type SharedLimitStore } from './rate-limit.js';
import { ReplyCache } from './reply-cache.js';
import type { FreeTextResponder, PipelineMetrics } from './request.js';

export interface CoreOptions {
  /** Commands a user may run per minute (RATE_LIMIT_PER_MINUTE). */
  commandsPerMinute: number;
  sharesPerMinute?: number;
  staleAfterDays?: number;
  /** The clock replies are dated with; tests fix it. */
  now?: () => Date;
  /** Read per request: the reminder service is attached once storage is open. */
  reminders?: () => ReminderPort | undefined;
  metrics?: PipelineMetrics & { rateLimited?(kind: LimitKind): void };
  log?: PipelineLog;
  commands?: readonly Command[];
  /** Free-text answers with their follow-up memory; one per process. */
  conversation?: FreeTextResponder;
  /** Limits shared by replicas (REDIS_URL); without it each replica counts in memory. */
  shared?: SharedLimitStore;
}

export interface Core {
  dispatcher: Dispatcher;
  pipeline: Pipeline;
  limits: Limits;
  cache: ReplyCache;
  context(opts?: ContextOptions): CommandContext;
}

export function createCore(opts: CoreOptions): Core {
  const dispatcher = new Dispatcher(opts.commands ?? commands);
  // Called for every request: the options are assigned, not spread (the caller's `o` wins, as before).
  const context = (o: ContextOptions = {}): CommandContext => {
    const options: ContextOptions = {};
    if (opts.staleAfterDays !== undefined) options.staleAfterDays = opts.staleAfterDays;
    if (opts.now) options.now = opts.now();
    const reminders = opts.reminders?.();
    if (reminders) options.reminders = reminders;
    return makeContext(Object.assign(options, o));
  };
  const metrics = opts.metrics;
  const limits = new Limits({
    commandsPerMinute: opts.commandsPerMinute,
    ...(opts.sharesPerMinute ? { sharesPerMinute: opts.sharesPerMinute } : {}),
    context: () => context(),
    command: COMMAND.optout,
    ...(opts.shared ? { shared: opts.shared } : {}),
    ...(metrics?.rateLimited ? { onLimited: (kind: LimitKind) => metrics.rateLimited?.(kind) } : {}),
  });
  const cache = new ReplyCache();
  const pipeline = new Pipeline({
    dispatcher,
    limits,
    cache,
    context,
    ...(metrics ? { metrics } : {}),
    ...(opts.log ? { log: opts.log } : {}),
    freeText: FREE_TEXT,
    conversation: opts.conversation ?? new Conversation(),
  });
  return { dispatcher, pipeline, limits, cache, context };
}
