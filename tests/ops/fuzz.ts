// fast-check arbitraries and invariant checks shared by the fuzz tests. A new HTTP route is fuzzed by adding
// one FuzzRoute (with a `sign` function for routes that verify signatures) to the list a test passes in.
import fc from 'fast-check';
import type { DiscordMessage } from '../../src/adapters/discord/render.js';
import { DISCORD, SLACK } from '../../src/adapters/limits.js';
import type { SlackMessage } from '../../src/adapters/slack/render.js';
import { commands } from '../../src/commands/index.js';

// ---------------------------------------------------------------- command lines

/** Words that mean something to the dispatcher, the renderers or the platforms. */
const MEANINGFUL = [
  ...commands.flatMap((c) => [
    c.spec.name,
    `/${c.spec.name}`,
    ...c.spec.subcommands.flatMap((s) => [
      s.name,
      ...(s.aliases ?? []),
      ...(s.options ?? []).map((o) => o.name),
    ]),
  ]),
  'every:monthly',
  'every=weekly',
  'every:yearly',
  'ask',
];

/** Mention, link and markup syntax of both platforms, and characters that have bitten renderers before. */
export const HOSTILE = [
  '@everyone',
  '@here',
  '@\u200beveryone',
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S123>',
  '<@U12345678>',
  '<@123456789012345678>',
  '<@&123456789012345678>',
  '<#C12345678>',
  '<https://evil.example|click>',
  '[click](https://evil.example)',
  '**bold**',
  '`code`',
  '```block```',
  '||spoiler||',
  '> quote',
  '# heading',
  '&lt;!channel&gt;',
  '\\<!channel>',
  '\u202e',
  '\u200b',
  '\u0000',
  '\r\n',
  '😀',
  '\ud83d',
  '＠everyone',
  '﹫here',
];

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...MEANINGFUL) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30, unit: 'binary' }) },
);

/** Command lines: mostly well-formed starts with hostile words mixed in, plus outright garbage and oversize. */
export const commandLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.array(word, { maxLength: 10 }).map((ws) => ws.join(' ')) },
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.constantFrom(...commands.map((c) => `/${c.spec.name}`)), fc.array(word, { maxLength: 8 }))
      .map(([c, ws]) => [c, ...ws].join(' ')),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 300, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.string({ minLength: 1990, maxLength: 2600, unit: 'grapheme-ascii' }) },
);

// ---------------------------------------------------------------- rendered messages

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** Every Discord rule the message breaks (empty when it is fine). */
export function discordViolations(m: DiscordMessage): string[] {
  const bad: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) bad.push(what);
  };
  check(
    Array.isArray(m.allowed_mentions?.parse) && m.allowed_mentions.parse.length === 0,
    'allowed_mentions.parse',
  );
  check((m.content ?? '').length <= DISCORD.contentChars, 'content length');
  check(m.embeds.length <= 10, 'embed count');
  for (const e of m.embeds) {
    check(e.title.length > 0 && e.title.length <= DISCORD.embedTitle, 'embed title length');
    check((e.description ?? '').length <= DISCORD.embedDescription, 'embed description length');
    check((e.fields ?? []).length <= DISCORD.embedFields, 'field count');
    for (const f of e.fields ?? []) {
      check(f.name.length <= DISCORD.fieldName && f.value.length <= DISCORD.fieldValue, 'field length');
      check(f.value.length > 0, 'empty field value');
    }
    check((e.footer?.text ?? '').length <= DISCORD.footerText, 'footer length');
    const total =
      e.title.length +
      (e.description ?? '').length +
      (e.footer?.text ?? '').length +
      (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    check(total <= DISCORD.embedTotal, 'embed total');
  }
  check(m.components.length <= DISCORD.actionRows, 'action rows');
  for (const row of m.components) {
    check(row.components.length >= 1 && row.components.length <= DISCORD.buttonsPerRow, 'buttons per row');
    for (const b of row.components) {
      check(b.label.length > 0 && b.label.length <= DISCORD.buttonLabel, 'button label');
      check(
        (b.custom_id === undefined) !== (b.url === undefined),
        'button needs exactly one of custom_id/url',
      );
      if (b.custom_id !== undefined) check(b.custom_id.length <= DISCORD.customId, 'custom_id length');
      if (b.url !== undefined) check(b.url.length <= DISCORD.urlChars, 'url length');
    }
  }
  // What people read: content, embed text. custom_ids are never shown.
  const shown = strings([m.content, m.embeds]);
  for (const s of shown) {
    check(!/@(everyone|here)/.test(s), `unescaped mass mention in ${JSON.stringify(s.slice(0, 80))}`);
    check(!/(^|[^\\])<[@#]/.test(s), `unescaped mention in ${JSON.stringify(s.slice(0, 80))}`);
  }
  return bad;
}

/** Every Slack rule the payload breaks (empty when it is fine). */
export function slackViolations(m: SlackMessage): string[] {
  const bad: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) bad.push(what);
  };
  check(m.text.length > 0 && m.text.length <= SLACK.fallbackText, 'fallback text length');
  check(m.blocks.length <= SLACK.blocks, 'block count');
  for (const b of m.blocks) {
    if (b.type === 'header') check(b.text.text.length <= SLACK.headerText, 'header length');
    if (b.type === 'section')
      check(b.text.text.length > 0 && b.text.text.length <= SLACK.sectionText, 'section');
    if (b.type === 'context') {
      check(b.elements.length <= SLACK.contextElements, 'context elements');
      for (const e of b.elements) check(e.text.length <= SLACK.sectionText, 'context text');
    }
    if (b.type === 'actions') {
      check(b.elements.length >= 1 && b.elements.length <= SLACK.actionsElements, 'actions elements');
      for (const e of b.elements) {
        check(e.text.text.length > 0 && e.text.text.length <= SLACK.buttonText, 'button text');
        check(e.action_id.length <= SLACK.actionId, 'action_id');
        check((e.value ?? '').length <= SLACK.buttonValue, 'button value');
        check((e.url ?? '').length <= SLACK.buttonUrl, 'button url');
      }
    }
  }
  const ids = m.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => e.action_id) : []));
  check(new Set(ids).size === ids.length, 'duplicate action_id');
  // Slack parses <!…>, <@…>, <#…> as mentions in mrkdwn and in the notification text; the renderer's own
  // links are <https://…|…>, so any other "<" followed by !, @ or # came from somewhere it should not have.
  for (const s of strings([m.text, m.blocks])) {
    check(!/<[!@#]/.test(s), `mention syntax in ${JSON.stringify(s.slice(0, 80))}`);
  }
  return bad;
}

// ---------------------------------------------------------------- HTTP requests

export interface FuzzRoute {
  method: string;
  path: string;
  /** Headers a real client would add for this body (a signature, right or deliberately wrong). */
  sign?: (body: Buffer) => Record<string, string>;
  contentTypes?: readonly string[];
}

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

const CONTENT_TYPES = [
  'application/json',
  'application/x-www-form-urlencoded',
  'text/plain',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  '',
];

const token = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
// Header values Node's client will send: visible ASCII and spaces (the raw-socket fuzz covers the rest).
const headerValue = fc.stringMatching(/^[\x21-\x7e][\x20-\x7e]{0,120}$/);

const jsonish = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.constantFrom(
    '{"type":1}',
    '{"type":2,"data":{"name":"linkedin-optout"}}',
    '{"type":3,"data":{"custom_id":"share:/linkedin-ai what-data"}}',
    'payload=null',
    'payload=%7B%7D',
    'payload=%7B%22type%22%3A%22block_actions%22%7D',
    'command=%2Flinkedin-optout&text=desktop',
    'command=%2Flinkedin-ai&text=%3C!channel%3E',
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '[',
    '',
    'null',
  ),
);

/** Bodies up to 70 KiB: structured ones, random ones and big ones around the 64 KiB limit. */
const bodyArb: fc.Arbitrary<Buffer> = fc.oneof(
  { weight: 5, arbitrary: jsonish.map((s) => Buffer.from(s)) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 512 }).map((a) => Buffer.from(a)) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 60 * 1024, max: 70 * 1024 }), fc.integer({ min: 0, max: 255 }))
      .map(([n, b]) => Buffer.alloc(n, b)),
  },
);

const pathArb = (routes: readonly FuzzRoute[]) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...routes.map((r) => r.path)) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '/',
        '//',
        '///healthz',
        '/healthz/',
        '/HEALTHZ',
        '/%',
        '/%00',
        '/..%2f..%2fetc/passwd',
        '/healthz?x=%ZZ',
        '/metrics?format=json',
        `/${'a'.repeat(4000)}`,
        '*',
      ),
    },
    { weight: 2, arbitrary: fc.webPath().map((p) => (p.startsWith('/') ? p : `/${p}`)) },
  );

export function requestArb(routes: readonly FuzzRoute[]): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      method: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...routes.map((r) => r.method)) },
        { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS') },
      ),
      path: pathArb(routes),
      contentType: fc.constantFrom(...CONTENT_TYPES),
      extra: fc.dictionary(token, headerValue, { maxKeys: 4 }),
      body: bodyArb,
      signed: fc.boolean(),
      tamper: fc.boolean(),
    })
    .map((r) => {
      const route = routes.find((x) => x.path === r.path);
      const headers: Record<string, string> = { ...r.extra };
      // Host, length and framing are the client library's business; random values there test Node, not us.
      for (const h of ['host', 'content-length', 'transfer-encoding', 'connection', 'expect', 'upgrade'])
        delete headers[h];
      if (r.contentType) headers['content-type'] = r.contentType;
      if (route?.sign && r.signed) Object.assign(headers, route.sign(r.body));
      // A signature for one body sent with another: the classic tampering case.
      const body = r.tamper && r.body.length > 0 ? Buffer.concat([r.body, Buffer.from(' ')]) : r.body;
      return { method: r.method, path: r.path, headers, body };
    });
}

/** Byte-level garbage and near-miss HTTP, for the parser and the request-target handling. */
export const rawRequestArb: fc.Arbitrary<Buffer> = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }).map((a) => Buffer.from(a)),
  fc
    .tuple(
      fc.constantFrom('GET', 'POST', 'BREW', 'get', ''),
      fc.constantFrom('/', '//', '/healthz', '*', 'http://x/healthz', '/\u0000', '%%', '/a b'),
      fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/9', ''),
      fc.array(
        fc.constantFrom(
          'Host: x',
          'Content-Length: -1',
          'Content-Length: 10',
          'Content-Length: 99999999999999999999',
          'Content-Length: 1, 2',
          'Transfer-Encoding: chunked',
          'Transfer-Encoding: gzip, chunked',
          'X-Signature-Ed25519: zz',
          'X-Slack-Signature: v0=00',
          `X-Big: ${'a'.repeat(20_000)}`,
          'Bad Header',
          ': empty',
          'Expect: 100-continue',
        ),
        { maxLength: 5 },
      ),
      fc.constantFrom('', 'zz\r\n', '5\r\nhello\r\n0\r\n\r\n', '{"type":1}', 'x'.repeat(100)),
    )
    .map(([m, p, v, hs, body]) =>
      Buffer.from(`${m} ${p} ${v}\r\n${hs.join('\r\n')}\r\n\r\n${body}`, 'latin1'),
    ),
);

// ---------------------------------------------------------------- platform payloads

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the point.
const control = fc.stringMatching(/^[\u0000-\u001f\u007f]{1,20}$/);

/** What a person can type into a question or slash-command text: mentions, markup, control characters, floods. */
export const userText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.oneof(word, control), { maxLength: 12 }).map((ws) => ws.join(' ')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200, unit: 'binary' }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...HOSTILE), fc.integer({ min: 300, max: 1500 }))
      .map(([h, n]) => `${h} `.repeat(n).slice(0, 5900)),
  },
);

const snowflake = fc.bigInt({ min: 10n ** 17n, max: 10n ** 19n - 1n }).map(String);
const commandName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...commands.map((c) => c.spec.name)) },
  { weight: 1, arbitrary: fc.stringMatching(/^[\w-]{1,32}$/) },
);
const optionValue = fc.oneof(
  { weight: 6, arbitrary: userText },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.boolean()) },
);

const discordOptions = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...MEANINGFUL.filter((w) => /^[\w-]{1,32}$/.test(w))) },
      { weight: 1, arbitrary: fc.stringMatching(/^[\w-]{1,32}$/) },
    ),
    fc.array(
      fc.record({
        name: fc.oneof(
          fc.constantFrom('question', 'every', 'topic', 'guide'),
          fc.stringMatching(/^[\w-]{1,32}$/),
        ),
        type: fc.constantFrom(3, 3, 3, 4, 5, 10),
        value: optionValue,
      }),
      { maxLength: 3 },
    ),
  )
  .map(([sub, options]) => [{ type: 1, name: sub, ...(options.length ? { options } : {}) }]);

/** Who and where, the way Discord sends it: in a server (member + permissions) or in a DM (user). */
const discordWho = fc.record({
  id: snowflake,
  channel: snowflake,
  user: snowflake,
  inGuild: fc.boolean(),
  guild: snowflake,
  canPin: fc.boolean(),
});

type WhoValue = typeof discordWho extends fc.Arbitrary<infer T> ? T : never;

function discordEnvelope(w: WhoValue, type: number, data: unknown): Record<string, unknown> {
  return {
    id: w.id,
    application_id: '1100000000000000004',
    token: `tok-${w.id}`,
    type,
    data,
    channel_id: w.channel,
    channel: { id: w.channel, type: w.inGuild ? 0 : 1 },
    ...(w.inGuild
      ? {
          guild_id: w.guild,
          member: { user: { id: w.user, username: 'ada' }, permissions: w.canPin ? '2251799813688320' : '0' },
          app_permissions: w.canPin ? '2251799813770240' : '1024',
        }
      : { user: { id: w.user, username: 'ada' } }),
    locale: 'en-GB',
    version: 1,
    entitlements: [],
    authorizing_integration_owners: { 0: w.guild },
  };
}

/** Interactions of the right shape with arbitrary contents: commands, buttons and autocomplete. */
export const discordInteraction: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(discordWho, commandName, discordOptions)
      .map(([w, name, options]) =>
        discordEnvelope(w, 2, { id: '1100000000000000005', name, type: 1, options }),
      ),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(discordWho, fc.constantFrom('run:', 'share:', 'link:', ''), commandLine)
      .map(([w, prefix, line]) =>
        discordEnvelope(w, 3, { custom_id: `${prefix}${line}`.slice(0, 100), component_type: 2 }),
      ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(discordWho, commandName, userText).map(([w, name, typed]) =>
      discordEnvelope(w, 4, {
        name,
        type: 1,
        options: [
          { type: 1, name: 'ask', options: [{ name: 'question', type: 3, value: typed, focused: true }] },
        ],
      }),
    ),
  },
);

/** Every path to a value inside a JSON value, so a mutation can land anywhere. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) for (const [i, v] of value.entries()) paths(v, [...prefix, i], out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

/** A deep copy of `value` with one place replaced by `replacement` (or removed when it is undefined). */
function mutate(value: unknown, at: (string | number)[], replacement: unknown): unknown {
  if (at.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = at[at.length - 1] as string | number;
  if (replacement === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = replacement;
  return copy;
}

/** Valid JSON of the wrong shape: a well-formed value with one to three fields retyped or removed. */
export function mistyped<T>(base: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  const replacement = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom('', '0', -1, 1e308, true, [], {}, 'x'.repeat(7000)),
  );
  return fc
    .tuple(base, fc.array(fc.tuple(fc.nat(), replacement), { minLength: 1, maxLength: 3 }))
    .map(([value, edits]) => {
      let out: unknown = value;
      for (const [i, r] of edits) {
        const all = paths(out);
        out = mutate(out, all[i % all.length] ?? [], r);
      }
      return out;
    });
}

// ---------------------------------------------------------------- Slack

const slackId = (prefix: string) => fc.stringMatching(/^[A-Z0-9]{8,10}$/).map((s) => `${prefix}${s}`);

/** Slash commands as Slack posts them, with arbitrary command names and text; `responseUrl` at the fake. */
export function slackSlash(responseUrl: string): fc.Arbitrary<Record<string, string>> {
  return fc.record({
    token: fc.constant('gIkuvaNzQIHg97ATvDxqgjtO'),
    team_id: slackId('T'),
    team_domain: fc.constant('example'),
    channel_id: fc.oneof(slackId('C'), slackId('D'), slackId('G')),
    channel_name: fc.constantFrom('general', 'directmessage', 'privategroup'),
    user_id: slackId('U'),
    user_name: fc.constant('ada'),
    command: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...commands.map((c) => `/${c.spec.name}`)) },
      { weight: 1, arbitrary: fc.stringMatching(/^\/[\w-]{1,30}$/) },
    ),
    text: userText,
    api_app_id: fc.constant('A0APP001'),
    response_url: fc.constant(responseUrl),
    trigger_id: fc.constant('13345224609.738474920.8088930838d88f008e1'),
  });
}

/** Button clicks (`block_actions`) carrying arbitrary command lines, as the app's own buttons would. */
export function slackBlockActions(responseUrl: string): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      user: slackId('U'),
      team: slackId('T'),
      channel: slackId('C'),
      prefix: fc.constantFrom('run:0', 'share:0', 'link:0', 'other'),
      value: commandLine.map((l) => l.slice(0, 2000)),
    })
    .map((r) => ({
      type: 'block_actions',
      user: { id: r.user, username: 'ada', team_id: r.team },
      api_app_id: 'A0APP001',
      token: 'gIkuvaNzQIHg97ATvDxqgjtO',
      container: {
        type: 'message',
        message_ts: '1764410000.000200',
        channel_id: r.channel,
        is_ephemeral: true,
      },
      trigger_id: '13345224609.738474920.8088930838d88f008e4',
      team: { id: r.team, domain: 'example' },
      channel: { id: r.channel, name: 'general' },
      response_url: responseUrl,
      actions: [
        {
          action_id: r.prefix,
          block_id: 'xY1=',
          text: { type: 'plain_text', text: 'Go' },
          value: r.value,
          type: 'button',
          action_ts: '1764410001.000300',
        },
      ],
    }));
}

/** Events API envelopes (JSON), mostly App Home opens, with arbitrary users and tabs. */
export const slackEvent: fc.Arbitrary<Record<string, unknown>> = fc
  .record({ user: slackId('U'), tab: fc.constantFrom('home', 'messages', ''), challenge: fc.string() })
  .chain((r) =>
    fc.constantFrom<Record<string, unknown>>(
      {
        type: 'event_callback',
        team_id: 'T0TEAM001',
        api_app_id: 'A0APP001',
        event_id: 'Ev1',
        event_time: 1764410000,
        event: { type: 'app_home_opened', user: r.user, channel: 'D0DM0001', tab: r.tab, event_ts: '1.2' },
      },
      { type: 'url_verification', challenge: r.challenge, token: 'x' },
      { type: 'app_rate_limited', team_id: 'T0TEAM001', minute_rate_limited: 1 },
    ),
  );

export const form = (fields: Record<string, unknown>): string =>
  new URLSearchParams(
    Object.entries(fields).map(([k, v]): [string, string] => [
      k,
      typeof v === 'string' ? v : (JSON.stringify(v) ?? ''),
    ]),
  ).toString();
