// The interactive terminal chat: the default adapter when no platform is configured (like Hubot's Shell).

import { readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { commandsHelpReply } from '../../commands/help.js';
import { commands } from '../../commands/index.js';
import type { Locale } from '../../content/types.js';
import { consoleWords } from './console-words.js';
import { renderText } from './render-text.js';
import { consoleCore, consoleRequest } from './request.js';

const HISTORY_FILE = join(homedir(), '.linkedin-optout-bot_history');
const HISTORY_MAX = 200;

function loadHistory(): string[] {
  try {
    return readFileSync(HISTORY_FILE, 'utf8').split('\n').filter(Boolean).slice(-HISTORY_MAX).reverse();
  } catch {
    return [];
  }
}

export interface ReplOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  staleAfterDays?: number;
  /** Keep history in the user's home directory (off in tests). */
  persistHistory?: boolean;
  banner?: string;
  /** The language replies are in; the caller reads it from LANG. */
  locale?: Locale;
}

export function startRepl(opts: ReplOptions = {}): Promise<void> {
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  const tty = (output as NodeJS.WriteStream).isTTY === true;
  const persist = opts.persistHistory ?? tty;
  const core = consoleCore(opts.staleAfterDays);
  const locale = opts.locale ?? 'en';
  const rl = createInterface({
    input,
    output,
    terminal: tty,
    history: persist ? loadHistory() : [],
    historySize: HISTORY_MAX,
    prompt: 'you> ',
  });
  const write = (s: string) => output.write(`${s}\n`);
  if (opts.banner) write(opts.banner);
  const words = consoleWords(locale);
  write(words.welcome('/linkedin-optout desktop', '/linkedin-ai what-data'));
  rl.prompt();

  let queue = Promise.resolve();
  const history: string[] = [];
  let closed = false;
  // Input ended (Ctrl-D): lines already read are still answered, but there is no prompt to show.
  let ended = false;
  const prompt = () => {
    if (!ended) rl.prompt();
  };
  rl.on('line', (line) => {
    // Lines are answered in order even when pasted in a burst.
    queue = queue.then(async () => {
      // Lines pasted after `exit` arrive before the close: they are not for us any more.
      if (closed) return;
      const text = line.trim();
      if (text === 'exit' || text === 'quit') {
        closed = true;
        rl.close();
        return;
      }
      if (!text) {
        prompt();
        return;
      }
      history.push(text);
      const reply =
        text === 'help' || text === '?'
          ? commandsHelpReply(
              core.context({ locale }),
              commands.map((c) => c.spec),
            )
          : (await core.pipeline.handle(consoleRequest(text, locale))).reply;
      write(renderText(reply, { color: tty }));
      write('');
      prompt();
    });
  });
  return new Promise((resolve) => {
    rl.on('close', () => {
      ended = true;
      void queue.then(() => {
        if (persist && history.length) {
          try {
            const old = loadHistory().reverse();
            writeFileSync(HISTORY_FILE, `${[...old, ...history].slice(-HISTORY_MAX).join('\n')}\n`, {
              mode: 0o600,
            });
          } catch {
            // History is a convenience; failing to save it must not spoil the exit.
          }
        }
        write(words.bye);
        resolve();
      });
    });
  });
}
