// The lifecycle's exit code for a refused token: the app stops the usual clean way, then exits 78.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { installLifecycle } from '../src/start.js';
import { memoryLog } from './ops/support.js';

describe('installLifecycle with an exit code', () => {
  it('stops the app cleanly, then exits with the code given (78 for a refused token)', async () => {
    const exits: number[] = [];
    let stopped = false;
    const lc = installLifecycle(
      {
        stop: async () => {
          stopped = true;
        },
      },
      { log: memoryLog().log, exit: (c) => exits.push(c), target: new EventEmitter() },
    );
    await lc.shutdown('DISCORD_TOKEN refused', 78);
    expect(stopped).toBe(true);
    expect(exits).toEqual([78]);
    lc.dispose();
  });

  it('keeps 78 when a library rejects with nobody listening while it stops', async () => {
    const target = new EventEmitter();
    const exits: number[] = [];
    let finish!: () => void;
    const lc = installLifecycle(
      {
        stop: () =>
          new Promise<void>((r) => {
            finish = r;
          }),
      },
      { log: memoryLog().log, exit: (c) => exits.push(c), target },
    );
    const stopping = lc.shutdown('SLACK_APP_TOKEN refused', 78);
    target.emit('unhandledRejection', new Error('An API error occurred: invalid_auth'));
    expect(exits).toEqual([78]);
    finish();
    await stopping;
    expect(exits).toEqual([78]);
    lc.dispose();
  });

  it('a crash during a plain SIGTERM stop still exits 1', () => {
    const target = new EventEmitter();
    const exits: number[] = [];
    const lc = installLifecycle(
      { stop: () => new Promise<void>(() => {}) },
      { log: memoryLog().log, exit: (c) => exits.push(c), target, deadlineMs: 60_000 },
    );
    target.emit('SIGTERM');
    target.emit('uncaughtException', new Error('boom'));
    expect(exits).toEqual([1]);
    lc.dispose();
  });
});
