// The slash command check that stands in for zod on the hot path must never accept what zod refuses, and must
// return what zod returns: every fixture and many mutations of it are run through both.
import { describe, expect, it } from 'vitest';
import { slashCommandPayload } from '../../../src/adapters/discord/command-shape.js';
import { parsePayload, validatePayload } from '../../../src/adapters/discord/interaction.js';
import { fixture } from './helpers.js';

const COMMANDS = [
  'command-ai-ask',
  'command-ai-what-data',
  'command-dm-optout-mobile',
  'command-optout-desktop',
  'command-reminder-pin-missing-perms',
  'command-reminder-pin',
  'context-bot-dm',
  'context-private-channel',
  'context-server-install',
  'context-user-install-guild',
];

const ODD_VALUES: unknown[] = [
  null,
  '',
  'x',
  '1300000000000000002',
  '123456789012345678901',
  'x'.repeat(33),
  'x'.repeat(7000),
  0,
  1,
  2,
  3,
  12,
  -1,
  1.5,
  2 ** 60,
  true,
  [],
  [{}],
  {},
  { id: '1' },
  { id: 'x' },
  { user: { id: '1' } },
  { user: null },
  { '0': '1' },
  { '123': '1' },
  { '0': 'x'.repeat(21) },
  { name: 'x', type: 1 },
];

/** Paths (into the payload) to replace with each odd value, or to delete. */
const PATHS = [
  ['type'],
  ['id'],
  ['application_id'],
  ['token'],
  ['guild_id'],
  ['channel_id'],
  ['channel'],
  ['channel', 'id'],
  ['channel', 'name'],
  ['member'],
  ['member', 'user'],
  ['member', 'user', 'id'],
  ['member', 'permissions'],
  ['user'],
  ['user', 'id'],
  ['locale'],
  ['guild_locale'],
  ['app_permissions'],
  ['authorizing_integration_owners'],
  ['context'],
  ['data'],
  ['data', 'name'],
  ['data', 'type'],
  ['data', 'options'],
  ['data', 'options', 0],
  ['data', 'options', 0, 'name'],
  ['data', 'options', 0, 'type'],
  ['data', 'options', 0, 'value'],
  ['data', 'options', 0, 'focused'],
  ['data', 'options', 0, 'options'],
  ['data', 'options', 0, 'options', 0],
  ['data', 'options', 0, 'options', 0, 'value'],
  ['data', 'options', 0, 'options', 0, 'options'],
  ['data', 'options', 0, 'options', 0, 'options', 0, 'options'],
  ['data', 'extra'],
  ['extra'],
];

const DELETE = Symbol('delete');

function mutated(base: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = at[key];
    if (typeof next !== 'object' || next === null) return undefined;
    at = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  if (value === DELETE) delete at[last];
  else at[last] = value;
  return copy;
}

/** A command payload with options three deep, the deepest carrying a key the schema does not know. */
function deep(): unknown {
  const p = fixture('command-reminder-pin');
  p.data.options = [
    {
      name: 'group',
      type: 2,
      extra: 1,
      options: [
        { name: 'pin', type: 1, options: [{ name: 'every', type: 3, value: 'weekly', options: [] }] },
      ],
    },
  ];
  return p;
}

function agrees(payload: unknown): boolean {
  const fast = slashCommandPayload(payload);
  if (fast === undefined) return false;
  expect(fast).toEqual(validatePayload(payload));
  return true;
}

describe('slash command shape check', () => {
  it('takes every slash command fixture, with the same result as the schema', () => {
    for (const name of [...COMMANDS, 'deep']) {
      const payload = name === 'deep' ? deep() : fixture(name);
      expect(agrees(payload), name).toBe(true);
    }
  });

  it('never accepts a mutation the schema refuses, and returns what the schema returns', () => {
    let checked = 0;
    let taken = 0;
    for (const base of [fixture('command-reminder-pin'), fixture('context-user-install-guild'), deep()]) {
      for (const path of PATHS) {
        for (const value of [...ODD_VALUES, DELETE]) {
          const payload = mutated(base, path, value);
          if (payload === undefined) continue;
          checked++;
          if (agrees(payload)) taken++;
        }
      }
    }
    // Both outcomes were exercised: many mutations stay valid, many are refused and left to zod.
    expect(checked).toBeGreaterThan(2000);
    expect(taken).toBeGreaterThan(100);
    expect(checked - taken).toBeGreaterThan(1000);
  });

  it('leaves other interaction types and bad shapes to the schema, which answers them as before', () => {
    for (const name of ['ping', 'autocomplete-ask', 'button-run-mobile']) {
      expect(slashCommandPayload(fixture(name)), name).toBeUndefined();
      expect(parsePayload(fixture(name)).ok, name).toBe(true);
    }
    expect(parsePayload(mutated(fixture('command-ai-what-data'), ['token'], null))).toEqual({
      ok: false,
      error: 'malformed',
    });
    expect(parsePayload({ type: 9 })).toEqual({ ok: false, error: 'unsupported' });
  });
});
