// The command registry: the one list every adapter, the help, the Discord registration and the Slack manifest use.
import type { Command } from '../core/command.js';
import { ai } from './ai.js';
import { optout } from './optout.js';
import { reminder } from './reminder.js';

export const commands: readonly Command[] = [optout, ai, reminder];
