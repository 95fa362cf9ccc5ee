// The console's way in (the REPL and `say`): a typed line as the neutral request, and the core built for one
// local person.
import { type Core, createCore } from '../../core/factory.js';
import type { PipelineRequest } from '../../core/request.js';

/** One person at a terminal: the abuse limit is there only so the path is the same as on the platforms. */
const CONSOLE_COMMANDS_PER_MINUTE = 1_000_000;

export function consoleCore(staleAfterDays?: number): Core {
  return createCore({
    commandsPerMinute: CONSOLE_COMMANDS_PER_MINUTE,
    ...(staleAfterDays === undefined ? {} : { staleAfterDays }),
  });
}

export function consoleRequest(line: string): PipelineRequest {
  return {
    platform: 'console',
    origin: 'slash',
    line,
    locale: 'en',
    userId: 'console',
    // The person at the terminal owns it; reminders are refused anyway (no channel).
    canManageReminders: true,
    managers: 'pin-permission',
  };
}
