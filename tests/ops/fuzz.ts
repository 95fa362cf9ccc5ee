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
