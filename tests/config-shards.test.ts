// DISCORD_SHARD_COUNT and DISCORD_SHARD_IDS: defaults, parsing, and the rule between them.
import { describe, expect, it } from 'vitest';
import { loadConfig, parseEnv } from '../src/config.js';

const shards = (env: Record<string, string>) => loadConfig({ DISCORD_TOKEN: 't', ...env }).discord?.shards;
const problems = (env: Record<string, string>) => {
  const r = parseEnv({ DISCORD_TOKEN: 't', ...env });
  return r.ok ? [] : r.problems;
};

describe('Discord shard configuration', () => {
  it('asks Discord for the count and runs every shard by default', () => {
    expect(shards({})).toEqual({ count: 'auto', ids: 'all' });
    expect(shards({ DISCORD_SHARD_COUNT: 'auto', DISCORD_SHARD_IDS: 'all' })).toEqual({
      count: 'auto',
      ids: 'all',
    });
  });

  it('reads a count and a list of ids (spaces allowed, duplicates dropped, sorted)', () => {
    expect(shards({ DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: '3, 1,1' })).toEqual({
      count: 4,
      ids: [1, 3],
    });
    expect(shards({ DISCORD_SHARD_IDS: '0' })).toEqual({ count: 'auto', ids: [0] });
  });

  it('names the variable and what it expects for malformed values', () => {
    expect(problems({ DISCORD_SHARD_COUNT: 'many' })).toEqual([
      'DISCORD_SHARD_COUNT: expected auto or a whole number of shards from 1 (got "many")',
    ]);
    expect(problems({ DISCORD_SHARD_COUNT: '0' })).toHaveLength(1);
    expect(problems({ DISCORD_SHARD_IDS: '0,,1' })).toEqual([
      'DISCORD_SHARD_IDS: expected all or shard ids separated by commas, e.g. 0,1 (got "0,,1")',
    ]);
    expect(problems({ DISCORD_SHARD_IDS: '-1' })).toHaveLength(1);
  });

  it('refuses shard ids that the count does not have', () => {
    expect(problems({ DISCORD_SHARD_COUNT: '2', DISCORD_SHARD_IDS: '1,2' })).toEqual([
      'DISCORD_SHARD_IDS: expected shard ids below DISCORD_SHARD_COUNT (2): 0 to 1',
    ]);
  });
});
