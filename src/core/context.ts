// Builds the per-invocation context from the content and the process's settings.
import { contentVersion, getContent } from '../content/index.js';
import type { Locale } from '../content/types.js';
import type { CommandContext } from './command.js';
import type { ReminderPort } from './ports.js';

export const DEFAULT_STALE_AFTER_DAYS = 180;

export interface ContextOptions {
  locale?: Locale;
  now?: Date;
  staleAfterDays?: number;
  reminders?: ReminderPort;
}

/** Built for every request: plain assignments, no spread of a temporary object. */
export function makeContext(opts: ContextOptions = {}): CommandContext {
  const locale = opts.locale ?? 'en';
  const ctx: CommandContext = {
    content: getContent(locale),
    contentVersion: contentVersion(locale),
    now: opts.now ?? new Date(),
    staleAfterDays: opts.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS,
  };
  if (opts.reminders) ctx.reminders = opts.reminders;
  return ctx;
}
