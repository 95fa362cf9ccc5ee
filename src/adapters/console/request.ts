// The console's way in (the REPL and `say`): a typed line as the neutral request, and the core built for one
// local person.

import type { Locale } from '../../content/types.js';
import { type Core, createCore } from '../../core/factory.js';
import type { PipelineRequest } from '../../core/request.js';

/** The whole console is one conversation, so a follow-up leans on the previous answer. */
const CONSOLE_CONVERSATION_KEY = 'console';

/** A line that starts with "/" (or is empty) is a command line; any other line is free text (a question). */
export function isCommandLine(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('/');
}

/** One person at a terminal: the abuse limit is there only so the path is the same as on the platforms. */
const CONSOLE_COMMANDS_PER_MINUTE = 1_000_000;

export function consoleCore(staleAfterDays?: number): Core {
  return createCore({
    commandsPerMinute: CONSOLE_COMMANDS_PER_MINUTE,
    ...(staleAfterDays === undefined ? {} : { staleAfterDays }),
  });
}

export function consoleRequest(line: string, locale: Locale = 'en'): PipelineRequest {
  return {
    platform: 'console',
    ...(isCommandLine(line)
      ? { origin: 'slash' as const }
      : { origin: 'free-text' as const, conversationKey: CONSOLE_CONVERSATION_KEY }),
    line,
    locale,
    userId: 'console',
    // The person at the terminal owns it; reminders are refused anyway (no channel).
    canManageReminders: true,
    managers: 'pin-permission',
  };
}
