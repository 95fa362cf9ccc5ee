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

export function makeContext(opts: ContextOptions = {}): CommandContext {
  const locale = opts.locale ?? 'en';
  return {
    content: getContent(locale),
    contentVersion: contentVersion(locale),
    now: opts.now ?? new Date(),
    staleAfterDays: opts.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS,
    ...(opts.reminders ? { reminders: opts.reminders } : {}),
  };
}
