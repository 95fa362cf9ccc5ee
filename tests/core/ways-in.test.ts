// The same scenarios through every way in: each driver turns a scenario's command (typed, or clicked as a
// button) into what its platform really sends (signed HTTP, a Socket Mode envelope, a console line), and reads
// back what the member would see plus the /metrics counters. Outcomes and metric labels must be identical.
// Five ways in: the console, Discord over HTTP and over the gateway (tests/fakes/discord-gateway.ts), Slack over
// HTTP and Socket Mode. A way in that has free text (console lines, DMs) also runs the free-text scenarios.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleRequest } from '../../src/adapters/console/request.js';
import type { App, PlatformRuntime, Services } from '../../src/app.js';
import { TOPIC_IDS } from '../../src/commands/ai.js';
import { COMMAND, commands } from '../../src/commands/index.js';
import { GUIDE_IDS } from '../../src/commands/optout.js';
import { getContent } from '../../src/content/index.js';
import { createCore } from '../../src/core/factory.js';
import type { ReminderPort } from '../../src/core/ports.js';
import { Metrics } from '../../src/http/metrics.js';
import {
  CHANNEL_ID,
  fixture as discordFixture,
  GUILD_ID,
  makeSigner,
  startDiscordGatewayRuntime,
  startDiscordHttpApp,
} from '../adapters/discord/helpers.js';
import { type Bot, postSlack, fixture as slackFixture, startSlackBot } from '../adapters/slack/helpers.js';
import { FakeDiscordGateway, messagePayload, userPayload } from '../fakes/discord-gateway.js';
import { FakeDiscordRest, type RecordedRequest } from '../fakes/discord-rest.js';

/**
 * Low enough that the rate-limit scenario reaches it well before a token comes back (one every 12 s), even on a
 * busy machine; every scenario (and every command of the guide scenario) uses its own member.
 */
const LIMIT = 5;

interface Cmd {
  command: string;
  sub?: string;
  options?: Record<string, string>;
}
type Via = 'slash' | 'run' | 'share';
/** A member (1, 2, …; each scenario its own) and whether the platform says they may manage reminders. */
interface Member {
  n: number;
  moderator: boolean;
}
interface Seen {
  title: string;
  visibility: 'ephemeral' | 'public';
}
type Capability = 'buttons' | 'channel' | 'limits' | 'free-text';

interface Driver {
  name: string;
  platform: 'console' | 'discord' | 'slack';
  can: ReadonlySet<Capability>;
  start(): Promise<void>;
  stop(): Promise<void>;
  send(cmd: Cmd, who: Member, via: Via): Promise<Seen>;
  /** Free text from the member: a console line without `/`, a DM to the bot. Only with 'free-text'. */
  say(text: string, who: Member): Promise<Pick<Seen, 'title'>>;
  metrics(): Promise<string>;
  /** Where the reminder scenarios' stub port goes (the app reads it per request). */
  setReminders(port: ReminderPort | undefined): void;
}

/** The line a person types (or a button carries) for a command: free-text options go last, unnamed. */
function lineOf(cmd: Cmd): string {
  const spec = commands
    .find((c) => c.spec.name === cmd.command)
    ?.spec.subcommands.find((s) => s.name === cmd.sub);
  const words: string[] = cmd.sub ? [cmd.sub] : [];
  const rest: string[] = [];
  for (const [k, v] of Object.entries(cmd.options ?? {})) {
    if (spec?.options?.find((o) => o.name === k)?.rest) rest.push(v);
    else words.push(`${k}:${v}`);
  }
  return [...words, ...rest].join(' ');
}

// ---------------------------------------------------------------------------------------------------------
// Drivers

function consoleDriver(): Driver {
  const metrics = new Metrics(
    commands.map((c) => c.spec),
    { defaultMetrics: false },
  );
  const core = createCore({ commandsPerMinute: 1_000_000, metrics });
  return {
    name: 'console',
    platform: 'console',
    can: new Set(['free-text']),
    async start() {},
    async stop() {},
    async send(cmd) {
      const { reply } = await core.pipeline.handle(consoleRequest(`/${cmd.command} ${lineOf(cmd)}`));
      return { title: reply.title, visibility: reply.visibility };
    },
    async say(text) {
      return { title: (await core.pipeline.handle(consoleRequest(text))).reply.title };
    },
    metrics: () => metrics.text(),
    setReminders() {},
  };
}

const DISCORD_PIN = 1n << 51n;
const DISCORD_ALL_BOT_PERMISSIONS = '2251799813770240';

/** A slash command or button interaction payload for `cmd`, as Discord sends it (HTTP or gateway). */
type DiscordPayload = (cmd: Cmd, who: Member, via: Via) => Record<string, unknown>;

function discordHttpDriver(): Driver & { payload: DiscordPayload } {
  const signer = makeSigner();
  let fake: FakeDiscordRest;
  let app: App;
  let url = '';
  const member = (payload: Record<string, unknown>, who: Member) => {
    const id = `12000000000000${String(who.n).padStart(5, '0')}`;
    const m = payload.member as { user: { id: string }; permissions: string };
    m.user.id = id;
    m.permissions = who.moderator
      ? String(DISCORD_PIN | (1n << 10n) | (1n << 11n))
      : String((1n << 10n) | (1n << 11n));
    payload.app_permissions = DISCORD_ALL_BOT_PERMISSIONS;
  };
  return {
    name: 'discord http',
    platform: 'discord',
    can: new Set(['buttons', 'channel', 'limits']),
    async start() {
      fake = await FakeDiscordRest.start();
      ({ app, url } = await startDiscordHttpApp({
        publicKeyHex: signer.publicKeyHex,
        apiUrl: fake.api,
        env: { RATE_LIMIT_PER_MINUTE: String(LIMIT) },
      }));
    },
    async stop() {
      await app.stop();
      await fake.close();
    },
    payload(cmd, who, via) {
      let payload: Record<string, unknown>;
      if (via === 'slash') {
        payload = discordFixture('command-optout-desktop');
        const spec = commands
          .find((c) => c.spec.name === cmd.command)
          ?.spec.subcommands.find((s) => s.name === cmd.sub);
        const options = Object.entries(cmd.options ?? {}).map(([name, value]) => ({
          name: spec?.options?.find((o) => o.name === name) ? name : name,
          type: 3,
          value,
        }));
        payload.data = {
          id: '1100000000000000010',
          name: cmd.command,
          type: 1,
          options: cmd.sub ? [{ name: cmd.sub, type: 1, options }] : [],
        };
      } else {
        payload = discordFixture('button-run-mobile');
        payload.data = { custom_id: `${via}:/${cmd.command} ${lineOf(cmd)}`.trim(), component_type: 2 };
      }
      member(payload, who);
      return payload;
    },
    async send(cmd, who, via) {
      const payload = this.payload(cmd, who, via);
      const body = JSON.stringify(payload);
      const res = await fetch(url, { method: 'POST', body, headers: signer.headers(body) });
      expect(res.status).toBe(200);
      const json = (await res.json()) as { data: { flags?: number; embeds: { title: string }[] } };
      return {
        title: json.data.embeds[0]?.title ?? '',
        visibility: (json.data.flags ?? 0) & 64 ? 'ephemeral' : 'public',
      };
    },
    say: noFreeText,
    metrics: async () => (await fetch(url.replace('/discord/interactions', '/metrics'))).text(),
    setReminders(port) {
      app.services.reminders = port;
    },
  };
}

const slackUser = (who: Member) => `U0M${String(who.n).padStart(6, '0')}`;

function slackDriver(mode: 'http' | 'socket'): Driver {
  let bot: Bot;
  const slashFields = (cmd: Cmd, who: Member) => {
    const form = new URLSearchParams(slackFixture('slash-optout-desktop.form'));
    form.set('response_url', bot.fake.responseUrl());
    form.set('command', `/${cmd.command}`);
    form.set('text', lineOf(cmd));
    form.set('user_id', slackUser(who));
    return form;
  };
  const clickPayload = (cmd: Cmd, who: Member, via: Via) => {
    const p = JSON.parse(
      slackFixture('block-actions-run.json').replace('__RESPONSE_URL__', bot.fake.responseUrl()),
    );
    p.user.id = slackUser(who);
    p.actions[0].action_id = `${via}:0`;
    p.actions[0].value = `/${cmd.command} ${lineOf(cmd)}`.trim();
    return p as Record<string, unknown>;
  };
  const seenIn = (m: Record<string, unknown> | undefined): Seen => ({
    title: String(m?.text ?? ''),
    visibility: m?.response_type === 'in_channel' ? 'public' : 'ephemeral',
  });
  return {
    name: `slack ${mode}`,
    platform: 'slack',
    can: new Set(['buttons', 'channel', 'limits', 'free-text']),
    async start() {
      bot = await startSlackBot({
        RATE_LIMIT_PER_MINUTE: String(LIMIT),
        ...(mode === 'socket' ? { SLACK_APP_TOKEN: 'xapp-1-test-app-token' } : {}),
      });
      if (mode === 'socket') {
        for (let i = 0; i < 200 && bot.fake.sockets.length === 0; i++)
          await new Promise((r) => setTimeout(r, 10));
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async stop() {
      await bot.stop();
    },
    async send(cmd, who, via) {
      for (const id of [slackUser(who)]) {
        if (who.moderator) bot.fake.admins.add(id);
        else bot.fake.admins.delete(id);
      }
      if (via === 'slash') {
        if (mode === 'socket') {
          const ack = await bot.fake.envelope('slash_commands', Object.fromEntries(slashFields(cmd, who)));
          return seenIn(ack.payload);
        }
        const res = await postSlack(bot.base, slashFields(cmd, who).toString());
        expect(res.status).toBe(200);
        return seenIn(res.json());
      }
      const since = bot.fake.calls.length;
      const payload = clickPayload(cmd, who, via);
      if (mode === 'socket') await bot.fake.envelope('interactive', payload);
      else {
        const res = await postSlack(
          bot.base,
          new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
        );
        expect(res.status).toBe(200);
      }
      return seenIn((await bot.fake.next('response_url', since)).body);
    },
    async say(text, who) {
      const since = bot.fake.calls.length;
      const body = JSON.stringify({
        type: 'event_callback',
        team_id: 'T0TEAM001',
        event_id: `Ev0SAY${who.n}`,
        event: {
          type: 'message',
          channel_type: 'im',
          channel: 'D0DM00001',
          user: slackUser(who),
          text,
          ts: `1764440000.${who.n}`,
        },
      });
      if (mode === 'socket') await bot.fake.envelope('events_api', JSON.parse(body));
      else expect((await postSlack(bot.base, body, { contentType: 'application/json' })).status).toBe(200);
      return { title: String((await bot.fake.next('chat.postMessage', since)).body.text ?? '') };
    },
    metrics: async () => (await fetch(`${bot.base}/metrics`)).text(),
    setReminders(port) {
      bot.app.services.reminders = port;
    },
  };
}

async function noFreeText(): Promise<never> {
  throw new Error('this way in has no free text');
}

// biome-ignore lint/suspicious/noExplicitAny: REST bodies are read field by field.
const restBody = (r: RecordedRequest) => r.body as any;
let nextInteraction = 1_230_000_000_000_000_000n;

/** Interactions and DMs through the fake gateway and real discord.js, answered through the fake REST API. */
function discordGatewayDriver(): Driver {
  let gateway: FakeDiscordGateway;
  let rest: FakeDiscordRest;
  let services: Services;
  let runtime: PlatformRuntime;
  const base = discordHttpDriver();
  return {
    name: 'discord gateway',
    platform: 'discord',
    can: new Set(['buttons', 'channel', 'limits', 'free-text']),
    async start() {
      gateway = await FakeDiscordGateway.start({ guilds: [{ id: GUILD_ID, channelId: CHANNEL_ID }] });
      rest = (await FakeDiscordRest.start()).useGateway(gateway);
      ({ services, runtime } = await startDiscordGatewayRuntime({
        apiUrl: rest.api,
        env: { RATE_LIMIT_PER_MINUTE: String(LIMIT) },
      }));
    },
    async stop() {
      await runtime.stop();
      await gateway.close();
      await rest.close();
    },
    async send(cmd, who, via) {
      const payload = base.payload(cmd, who, via);
      nextInteraction += 1n;
      payload.id = String(nextInteraction);
      const callback = (r: RecordedRequest) =>
        r.method === 'POST' && r.path.startsWith(`/interactions/${payload.id}/`);
      gateway.interaction(payload);
      let body = restBody(await rest.waitFor(callback));
      // Deferred on a busy machine: the answer then edits the original response.
      if (body.type === 5) {
        const late = await rest.waitFor(
          (r) => r.path.includes(`/webhooks/`) && r.path.includes(String(payload.token)),
        );
        body = { data: restBody(late) };
      }
      return {
        title: body.data.embeds[0]?.title ?? '',
        visibility: (body.data.flags ?? 0) & 64 ? 'ephemeral' : 'public',
      };
    },
    async say(text, who) {
      const dm = `13000000000000${String(who.n).padStart(5, '0')}`;
      const author = userPayload(`12000000000000${String(who.n).padStart(5, '0')}`);
      const posted = (r: RecordedRequest) => r.method === 'POST' && r.path === `/channels/${dm}/messages`;
      gateway.message(messagePayload({ content: text, channelId: dm, author }));
      return { title: restBody(await rest.waitFor(posted)).embeds[0]?.title ?? '' };
    },
    metrics: () => services.metrics.text(),
    setReminders(port) {
      services.reminders = port;
    },
  };
}

const drivers: Driver[] = [
  consoleDriver(),
  discordHttpDriver(),
  discordGatewayDriver(),
  slackDriver('http'),
  slackDriver('socket'),
];

// ---------------------------------------------------------------------------------------------------------
// Scenarios (a way in without buttons, channels or abuse limits, the console, does not get those scenarios)

function count(metricsText: string, labels: Record<string, string>): number {
  let total = 0;
  for (const line of metricsText.split('\n')) {
    if (!line.startsWith('bot_commands_total{')) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`)))
      total += Number(line.split(' ').at(-1));
  }
  return total;
}

/** Runs `act` and returns how much the command counter with these labels grew. */
async function counted(d: Driver, labels: Record<string, string>, act: () => Promise<void>): Promise<number> {
  const before = count(await d.metrics(), { ...labels, platform: d.platform });
  await act();
  return count(await d.metrics(), { ...labels, platform: d.platform }) - before;
}

const channel = { name: null };

function stubReminders(): ReminderPort {
  return {
    pin: async (_target, schedule) => ({
      kind: 'pinned',
      channel,
      refreshed: false,
      schedule,
      nextPostAt: null,
      confirmations: 0,
    }),
    unpin: async () => ({ kind: 'unpinned', channel, scheduleStopped: false }),
    confirm: async () => ({ kind: 'confirmed', already: false, count: 1 }),
    status: async () => {
      throw new Error('the reminder store is on fire');
    },
  };
}

let nextMember = 1;
const member = (moderator = false): Member => ({ n: nextMember++, moderator });

describe.each(drivers)('way in: $name', (d) => {
  beforeAll(() => d.start(), 30_000);
  afterAll(() => d.stop());

  it('every guide and topic: its title, counted ok under its own subcommand', async () => {
    const en = getContent('en');
    const entries = [
      ...GUIDE_IDS.map((sub) => ({ command: COMMAND.optout, sub, title: en.guides[sub]?.title })),
      ...TOPIC_IDS.map((sub) => ({ command: COMMAND.ai, sub, title: en.topics[sub]?.title })),
    ];
    for (const cmd of entries) {
      const grew = await counted(
        d,
        { command: cmd.command, subcommand: cmd.sub, outcome: 'ok' },
        async () => {
          const seen = await d.send(cmd, member(), 'slash');
          expect(seen.title, `${cmd.command} ${cmd.sub}`).toBe(cmd.title);
          expect(seen.visibility).toBe('ephemeral');
        },
      );
      expect(grew, `${cmd.command} ${cmd.sub}`).toBe(1);
    }
  });

  it('an alias (ios) answers as mobile and is counted as mobile', async () => {
    const mobile = await d.send({ command: COMMAND.optout, sub: 'mobile' }, member(), 'slash');
    // Discord offers no alias in its command picker; the alias arrives typed (console, Slack) or on a button.
    const via: Via = d.platform === 'discord' ? 'run' : 'slash';
    const grew = await counted(
      d,
      { command: COMMAND.optout, subcommand: 'mobile', outcome: 'ok' },
      async () => {
        expect((await d.send({ command: COMMAND.optout, sub: 'ios' }, member(), via)).title).toBe(
          mobile.title,
        );
      },
    );
    expect(grew).toBe(1);
  });

  it('an over-long question is refused in words, counted as not understood', async () => {
    const question = `does it use my messages ${'a'.repeat(400)}`;
    const grew = await counted(d, { command: COMMAND.ai, outcome: 'not-understood' }, async () => {
      const seen = await d.send(
        { command: COMMAND.ai, sub: 'ask', options: { question } },
        member(),
        'slash',
      );
      expect(seen.title).toMatch(/^That question is too long \(\d+ characters\)\.$/);
    });
    expect(grew).toBe(1);
  });

  if (d.can.has('free-text')) {
    it('a question in free text is answered from its topic, counted under the question command', async () => {
      const grew = await counted(d, { command: COMMAND.ai, subcommand: 'ask', outcome: 'ok' }, async () => {
        const seen = await d.say('is my profile picture used?', member());
        expect(seen.title).toBe(getContent('en').topics['what-data']?.title);
      });
      expect(grew).toBe(1);
    });

    it('small talk gets the short introduction, counted under the question command', async () => {
      const intro = (await createCore({ commandsPerMinute: 1 }).pipeline.handle(consoleRequest('hello!')))
        .reply.title;
      const grew = await counted(d, { command: COMMAND.ai, subcommand: 'ask', outcome: 'ok' }, async () => {
        expect((await d.say('hello!', member())).title).toBe(intro);
      });
      expect(grew).toBe(1);
    });
  }

  if (d.can.has('buttons')) {
    it('a follow-up button answers privately, counted with its command', async () => {
      const grew = await counted(
        d,
        { command: COMMAND.ai, subcommand: 'what-data', outcome: 'ok' },
        async () => {
          const seen = await d.send({ command: COMMAND.ai, sub: 'what-data' }, member(), 'run');
          expect(seen.visibility).toBe('ephemeral');
        },
      );
      expect(grew).toBe(1);
    });
  }

  if (d.can.has('buttons')) {
    it('Share in channel posts publicly', async () => {
      const grew = await counted(
        d,
        { command: COMMAND.optout, subcommand: 'desktop', outcome: 'ok' },
        async () => {
          const seen = await d.send({ command: COMMAND.optout, sub: 'desktop' }, member(), 'share');
          expect(seen.visibility).toBe('public');
        },
      );
      expect(grew).toBe(1);
    });
  }

  if (d.can.has('limits')) {
    it('a member over the limit gets the polite reply, counted as rate-limited under the real command (buttons too)', async () => {
      const who = member();
      for (let i = 0; i < LIMIT; i++) await d.send({ command: COMMAND.optout, sub: 'link' }, who, 'slash');
      const typed = await counted(
        d,
        { command: COMMAND.optout, subcommand: 'link', outcome: 'rate-limited' },
        async () => {
          const seen = await d.send({ command: COMMAND.optout, sub: 'link' }, who, 'slash');
          expect(seen.title).toBe('That was a lot of commands at once.');
          expect(seen.visibility).toBe('ephemeral');
        },
      );
      expect(typed).toBe(1);
      const clicked = await counted(
        d,
        { command: COMMAND.ai, subcommand: 'privacy', outcome: 'rate-limited' },
        async () => {
          expect((await d.send({ command: COMMAND.ai, sub: 'privacy' }, who, 'run')).title).toBe(
            'That was a lot of commands at once.',
          );
        },
      );
      expect(clicked).toBe(1);
    });
  }

  if (d.can.has('channel')) {
    describe('reminders', () => {
      beforeAll(() => d.setReminders(stubReminders()));
      afterAll(() => d.setReminders(undefined));

      it.each(['pin', 'unpin'])(
        'a member who is not a moderator is refused %s and told who can',
        async (sub) => {
          const grew = await counted(
            d,
            { command: COMMAND.reminder, subcommand: sub, outcome: 'refused' },
            async () => {
              const seen = await d.send({ command: COMMAND.reminder, sub }, member(false), 'run');
              expect(seen.title).toMatch(
                /^Only (members who can pin messages|workspace owners and admins) can do that\.$/,
              );
              expect(seen.visibility).toBe('ephemeral');
            },
          );
          expect(grew).toBe(1);
        },
      );

      it.each([
        ['pin', 'Reminder pinned in this channel.'],
        ['unpin', 'Reminder unpinned in this channel.'],
      ])("a moderator's %s is done", async (sub, title) => {
        const grew = await counted(
          d,
          { command: COMMAND.reminder, subcommand: sub, outcome: 'ok' },
          async () => {
            expect((await d.send({ command: COMMAND.reminder, sub }, member(true), 'run')).title).toMatch(
              new RegExp(`^${title}`),
            );
          },
        );
        expect(grew).toBe(1);
      });

      it('anyone may press the confirm button', async () => {
        expect(
          (await d.send({ command: COMMAND.reminder, sub: 'confirm' }, member(false), 'run')).title,
        ).toBe('Thank you! You are counted.');
      });

      it('a command that throws gets the fallback reply and is counted as an error', async () => {
        const grew = await counted(
          d,
          { command: COMMAND.reminder, subcommand: 'status', outcome: 'error' },
          async () => {
            expect(
              (await d.send({ command: COMMAND.reminder, sub: 'status' }, member(), 'slash')).title,
            ).toBe('Something went wrong on my side.');
          },
        );
        expect(grew).toBe(1);
      });
    });
  }
});
