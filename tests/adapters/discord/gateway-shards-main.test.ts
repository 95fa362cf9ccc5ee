// Gateway shards against the fake gateway: which shards a process identifies as (DISCORD_SHARD_COUNT,
// DISCORD_SHARD_IDS, or Discord's recommendation), each shard in /healthz, and two `node dist/main.js`
// processes splitting the servers as Discord does: a server's interaction reaches only the process whose shard
// holds it ((guild_id >> 22) % count), DMs reach shard 0.
import { describe, expect, it, onTestFinished } from 'vitest';
import { FakeDiscordGateway, type FakeGuild, guildIdOnShard, shardOf } from '../../fakes/discord-gateway.js';
import { FakeDiscordRest, type RecordedRequest } from '../../fakes/discord-rest.js';
import { logMessages, type MainProcess, ready, startMain } from '../../ops/main-process.js';
import { fixture, startDiscordGatewayRuntime, until } from './helpers.js';

const SHARD0: FakeGuild = { id: guildIdOnShard(0, 2, 1), channelId: '1100000000000000210' };
const SHARD1: FakeGuild = { id: guildIdOnShard(1, 2, 2), channelId: '1100000000000000211' };

async function fakes(recommendedShards = 1) {
  const gateway = await FakeDiscordGateway.start({ recommendedShards, guilds: [SHARD0, SHARD1] });
  const rest = (await FakeDiscordRest.start()).useGateway(gateway);
  onTestFinished(() => gateway.close());
  onTestFinished(() => rest.close());
  return { gateway, rest };
}

let nextId = 1_220_000_000_000_000_000n;
/** The desktop-guide command, sent from `guild` (or from a DM when null), with a fresh interaction id. */
function command(guild: FakeGuild | null) {
  nextId += 1n;
  const p = guild ? fixture('command-optout-desktop') : fixture('command-dm-optout-mobile');
  p.id = String(nextId);
  if (guild) {
    p.guild_id = guild.id;
    p.guild.id = guild.id;
    p.channel_id = guild.channelId;
    p.channel.id = guild.channelId;
    p.channel.guild_id = guild.id;
    p.authorizing_integration_owners = { '0': guild.id };
  }
  return p as { id: string; guild_id?: string };
}
const callbackFor = (payload: { id: string }) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path.startsWith(`/interactions/${payload.id}/`);

const identified = (g: FakeDiscordGateway) => g.identifies.map((i) => i.shard).sort((a, b) => a[0] - b[0]);

describe('shards in one process', () => {
  it('runs the listed shards of a fixed count and shows each in health', async () => {
    expect(shardOf(SHARD0.id, 2)).toBe(0);
    expect(shardOf(SHARD1.id, 2)).toBe(1);
    const { gateway, rest } = await fakes();
    const { services, runtime } = await startDiscordGatewayRuntime({
      apiUrl: rest.api,
      env: { DISCORD_SHARD_COUNT: '2', DISCORD_SHARD_IDS: '0,1' },
    });
    onTestFinished(() => runtime.stop());
    expect(identified(gateway)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(services.health.report().platforms.discord?.shards).toMatchObject({
      '0': { state: 'ready' },
      '1': { state: 'ready' },
    });
    // One process, both shards: servers on either are answered.
    for (const guild of [SHARD0, SHARD1]) {
      const p = command(guild);
      expect(gateway.interaction(p)).toBe(shardOf(guild.id, 2));
      await rest.waitFor(callbackFor(p));
    }
  });

  it('takes the count and the shards from Discord when both are auto', async () => {
    const { gateway, rest } = await fakes(2);
    const { runtime } = await startDiscordGatewayRuntime({ apiUrl: rest.api });
    onTestFinished(() => runtime.stop());
    expect(identified(gateway)).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('asks Discord for the count when only the ids are given', async () => {
    const { gateway, rest } = await fakes(2);
    const { services, runtime } = await startDiscordGatewayRuntime({
      apiUrl: rest.api,
      env: { DISCORD_SHARD_IDS: '1' },
    });
    onTestFinished(() => runtime.stop());
    expect(identified(gateway)).toEqual([[1, 2]]);
    expect(Object.keys(services.health.report().platforms.discord?.shards ?? {})).toEqual(['1']);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Two processes.

const interactionsSeen = (m: MainProcess) =>
  logMessages(m).filter((msg) => msg === 'discord interaction').length;

describe('two node dist/main.js processes, one shard each', () => {
  it('identify as [0, 2] and [1, 2]; each server reaches only its shard’s process; DMs reach shard 0', async () => {
    const { gateway, rest } = await fakes();
    const env = {
      DISCORD_TOKEN: 'shard-test-token',
      DISCORD_API_URL: rest.api,
      DISCORD_SHARD_COUNT: '2',
      LOG_LEVEL: 'debug',
    };
    const [a, b] = await Promise.all([
      startMain({ ...env, DISCORD_SHARD_IDS: '0' }),
      startMain({ ...env, DISCORD_SHARD_IDS: '1' }),
    ]);
    const [healthA, healthB] = await Promise.all([ready(a, 'discord'), ready(b, 'discord')]);
    expect(identified(gateway)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(Object.keys(healthA.platforms.discord?.shards ?? {})).toEqual(['0']);
    expect(Object.keys(healthB.platforms.discord?.shards ?? {})).toEqual(['1']);

    const onShard1 = command(SHARD1);
    expect(gateway.interaction(onShard1)).toBe(1);
    await rest.waitFor(callbackFor(onShard1));
    await until(() => interactionsSeen(b) === 1);
    expect(interactionsSeen(a)).toBe(0);

    const onShard0 = command(SHARD0);
    expect(gateway.interaction(onShard0)).toBe(0);
    await rest.waitFor(callbackFor(onShard0));
    await until(() => interactionsSeen(a) === 1);

    const dm = command(null);
    expect(gateway.interaction(dm)).toBe(0);
    await rest.waitFor(callbackFor(dm));
    await until(() => interactionsSeen(a) === 2);
    // Each answered exactly once, by one process.
    expect(interactionsSeen(a)).toBe(2);
    expect(interactionsSeen(b)).toBe(1);
    for (const p of [onShard1, onShard0, dm]) expect(rest.requests.filter(callbackFor(p))).toHaveLength(1);
  }, 60_000);
});
