// The pipeline on its own: what the one reply cache keeps, visibility by origin, free text, and preconditions.
import { describe, expect, it } from 'vitest';
import { consoleRequest } from '../../src/adapters/console/request.js';
import { COMMAND } from '../../src/commands/index.js';
import { createCore } from '../../src/core/factory.js';
import { renderOnce } from '../../src/core/reply-cache.js';
import type { PipelineRequest } from '../../src/core/request.js';
import { FIXED_NOW } from '../helpers.js';

function core(now = FIXED_NOW) {
  const c = createCore({ commandsPerMinute: 1000, now: () => now });
  let runs = 0;
  const run = c.dispatcher.run.bind(c.dispatcher);
  c.dispatcher.run = (...args) => {
    runs++;
    return run(...args);
  };
  return { ...c, runs: () => runs };
}

const slack = (line: string, over: Partial<PipelineRequest> = {}): PipelineRequest => ({
  ...consoleRequest(line),
  platform: 'slack',
  channel: { id: 'C1', workspaceId: 'T1' },
  ...over,
});

describe('the reply cache', () => {
  it('keeps a guide answer: the second request runs nothing and renders nothing again', async () => {
    const c = core();
    const first = await c.pipeline.handle(consoleRequest('/linkedin-optout desktop'));
    const second = await c.pipeline.handle(consoleRequest('/linkedin-optout desktop'));
    expect(c.runs()).toBe(1);
    expect(second.cached).toBeDefined();
    expect(second.reply).toBe(first.reply);
    expect(Object.isFrozen(second.reply)).toBe(true);
    let renders = 0;
    const render = () => ({ n: ++renders });
    expect(renderOnce(first, 'x', render)).toBe(renderOnce(second, 'x', render));
    expect(renders).toBe(1);
  });

  it('counts an alias under its canonical subcommand, from the cache too', async () => {
    const c = core();
    for (let i = 0; i < 2; i++) {
      const o = await c.pipeline.handle(consoleRequest('/linkedin-optout ios'));
      expect([o.command, o.subcommand, o.status]).toEqual([COMMAND.optout, 'mobile', 'ok']);
    }
  });

  it('never keeps reminders, questions or input that was not understood', async () => {
    const c = core();
    for (const line of [
      '/linkedin-reminder help',
      '/linkedin-ai ask does it read my DMs?',
      '/linkedin-optout deskto',
    ]) {
      await c.pipeline.handle(consoleRequest(line));
      await c.pipeline.handle(consoleRequest(line));
    }
    expect(c.cache.size).toBe(0);
    expect(c.runs()).toBe(4);
  });

  it('separates fresh from stale facts, so the out-of-date notice appears on time', async () => {
    const fresh = await core().pipeline.handle(consoleRequest('/linkedin-ai why'));
    const stale = await core(new Date('2040-01-01T00:00:00Z')).pipeline.handle(
      consoleRequest('/linkedin-ai why'),
    );
    expect(fresh.reply.notice).toBeUndefined();
    expect(stale.reply.notice).toMatch(/out of date/);
  });
});

describe('origins', () => {
  it('a share is public, a button answer private, whatever the command says', async () => {
    const c = core();
    const share = await c.pipeline.handle(slack('/linkedin-optout desktop', { origin: 'button-share' }));
    const run = await c.pipeline.handle(slack('/linkedin-optout desktop', { origin: 'button-run' }));
    expect(share.reply.visibility).toBe('public');
    expect(run.reply.visibility).toBe('ephemeral');
  });

  it('free text is answered as a question', async () => {
    const o = await core().pipeline.handle(
      slack('does it use my private messages?', { origin: 'free-text' }),
    );
    expect([o.command, o.subcommand]).toEqual([COMMAND.ai, 'ask']);
  });
});

describe('preconditions declared on the spec', () => {
  it('asks the lazy manager check only for moderator-only subcommands', async () => {
    const c = core();
    let asked = 0;
    const check = async () => {
      asked++;
      return false;
    };
    const help = await c.pipeline.handle(slack('/linkedin-reminder help', { canManageReminders: check }));
    expect(help.status).toBe('ok');
    expect(asked).toBe(0);
    const pin = await c.pipeline.handle(
      slack('/linkedin-reminder pin', { canManageReminders: check, managers: 'workspace-admins' }),
    );
    expect([pin.status, pin.reply.title]).toEqual([
      'refused',
      'Only workspace owners and admins can do that.',
    ]);
    expect(asked).toBe(1);
  });

  it('refuses when the check throws (fail closed)', async () => {
    const o = await core().pipeline.handle(
      slack('/linkedin-reminder unpin', {
        canManageReminders: () => Promise.reject(new Error('down')),
        managers: 'workspace-admins',
      }),
    );
    expect([o.status, o.reply.title]).toEqual(['refused', 'I could not check whether you may do that.']);
  });

  it('a subcommand that needs a channel is refused in the console', async () => {
    const o = await core().pipeline.handle(consoleRequest('/linkedin-reminder pin'));
    expect([o.status, o.reply.title]).toEqual(['refused', 'Reminders live in a Discord or Slack channel.']);
  });
});
