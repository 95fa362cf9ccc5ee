// The command registry: the one list every adapter, the help, the Discord registration and the Slack manifest
// use, and the names the rest of the code refers to them by (never a repeated string).
import type { Command } from '../core/command.js';
import { ai } from './ai.js';
import { optout } from './optout.js';
import { reminder } from './reminder.js';

export const commands: readonly Command[] = [optout, ai, reminder];

export const COMMAND = {
  /** The main command: where "not understood" and general replies point. */
  optout: optout.spec.name,
  ai: ai.spec.name,
  reminder: reminder.spec.name,
} as const;

/** What a free-text message (a DM or a mention) runs: the question-answering subcommand. */
export const FREE_TEXT = { command: ai.spec.name, subcommand: 'ask' } as const;
