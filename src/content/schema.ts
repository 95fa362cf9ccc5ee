// zod schema for the knowledge base. Loaded by start-up validation and tests, never by the `say` fast path.
import { z } from 'zod';
import { getContent, locales } from './index.js';
import { SYNONYMS } from './lexicon-en.js';
import type { Content } from './types.js';

const isoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'ISO date YYYY[-MM[-DD]]');
const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain });
const sourceKey = z.enum([
  'HELP-SETTING',
  'HELP-GENAI-FAQ',
  'HELP-MS-SHARING',
  'HELP-DATA-SHARING',
  'HELP-EXPORT',
  'ERPN',
  'PRIVACY-POLICY',
  'USER-AGREEMENT',
  'SETTING-URL',
  'OBJECTION-FORM',
  'ICO',
  'PCPD-2024',
  'OPC-2024',
  'DPC-2025',
  'AP-2025',
  'NEWS-2025-09',
  'NEWS-2024-09-UK',
  'LAWSUIT-2025',
  'SEED',
]);

/** Source kinds whose word can back a statement of how LinkedIn's interface or policy is today. */
const AUTHORITATIVE = new Set(['linkedin', 'regulator']);
const NAMES_A_YEAR = /\b(19|20)\d\d\b/;

const source = z.strictObject({
  key: sourceKey,
  kind: z.enum(['linkedin', 'regulator', 'press']),
  title: z.string().min(3).max(120),
  url: httpsUrl.nullable(),
  date: isoDate,
  dateLabel: z.string().min(4).max(80),
});

const fact = z.strictObject({
  text: z.string().min(3).max(600),
  sources: z.array(sourceKey).min(1),
  unconfirmed: z.boolean().optional(),
  reported: z.boolean().optional(),
});

const section = z.strictObject({
  kind: z.enum(['steps', 'bullets', 'text']),
  title: z.string().min(1).max(80).optional(),
  facts: z.array(fact).min(1).max(12),
});

const commandLine = z
  .string()
  .regex(/^\/linkedin-(optout|ai|reminder)( [a-z-]+)?$/, 'a command line like /linkedin-optout mobile');

const entry = z.strictObject({
  id: z.string().regex(/^[a-z][a-z-]*$/),
  title: z.string().min(3).max(100),
  summary: z.string().min(3).max(100),
  intro: fact.optional(),
  sections: z.array(section).max(10),
  links: z.array(z.strictObject({ label: z.string().min(1).max(80), url: httpsUrl })).max(3),
  followUps: z.array(z.strictObject({ label: z.string().min(1).max(80), command: commandLine })).max(4),
  ask: z
    .strictObject({
      examples: z.array(z.string().min(3).max(200)).min(1),
      keywords: z.array(z.string().min(2).max(40)),
    })
    .optional(),
});

export const contentSchema = z
  .strictObject({
    locale: z.enum(['en', 'de', 'fr', 'it', 'nl', 'pt-BR', 'es', 'pl']),
    asOf: isoDate,
    settingUrl: httpsUrl,
    sources: z.record(sourceKey, source),
    guides: z.record(z.string(), entry),
    topics: z.record(z.string(), entry),
  })
  .superRefine((c, ctx) => {
    for (const [key, s] of Object.entries(c.sources)) {
      if (s.key !== key) ctx.addIssue({ code: 'custom', message: `source ${key} has key ${s.key}` });
      if (s.url === null && key !== 'SEED')
        ctx.addIssue({ code: 'custom', message: `source ${key} needs an https URL` });
    }
    for (const [kind, entries] of [
      ['guides', c.guides],
      ['topics', c.topics],
    ] as const) {
      for (const [id, e] of Object.entries(entries)) {
        if (e.id !== id) ctx.addIssue({ code: 'custom', message: `${kind}.${id} has id ${e.id}` });
        const facts = [...(e.intro ? [e.intro] : []), ...e.sections.flatMap((s) => s.facts)];
        for (const f of facts) {
          // Every fact must be traceable to at least one public https source, not only the seed article.
          if (!f.sources.some((k) => c.sources[k]?.url)) {
            ctx.addIssue({
              code: 'custom',
              message: `${kind}.${id}: fact without an https source: "${f.text}"`,
            });
          }
          for (const k of f.sources) {
            if (!c.sources[k])
              ctx.addIssue({ code: 'custom', message: `${kind}.${id}: unknown source ${k}` });
          }
          // The press (the seed article included) can say what was reported at a date, never how LinkedIn's
          // interface or policy is today: such a fact needs LinkedIn's or a regulator's word too.
          const authoritative = f.sources.some((k) => AUTHORITATIVE.has(c.sources[k]?.kind ?? ''));
          if (!authoritative && !f.reported) {
            ctx.addIssue({
              code: 'custom',
              message: `${kind}.${id}: backed by the press only, so it needs a LinkedIn or regulator source or must be marked reported: "${f.text}"`,
            });
          }
          if (!authoritative && f.reported && !NAMES_A_YEAR.test(f.text)) {
            ctx.addIssue({
              code: 'custom',
              message: `${kind}.${id}: a reported fact names the year it was reported: "${f.text}"`,
            });
          }
        }
      }
    }
  });

/** Throws a readable error listing every problem; returns the content typed. */
export function validateContent(data: unknown): Content {
  const result = contentSchema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`content is invalid:\n${lines.join('\n')}`);
  }
  return result.data as Content;
}

/** The everyday-words lexicon of `ask`: phrase → canonical terms, lowercase, single spaces. */
export const lexiconSchema = z.record(
  z.string().regex(/^[a-z0-9]+( [a-z0-9]+){0,2}$/, 'lowercase words, single spaces, at most 3 words'),
  z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
);

/** Everything the bot may say or match on, checked once at start-up: every locale's content and the lexicon. */
export function validateKnowledge(): void {
  for (const locale of locales) validateContent(getContent(locale));
  const lexicon = lexiconSchema.safeParse(SYNONYMS);
  if (!lexicon.success) {
    const lines = lexicon.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`lexicon is invalid:\n${lines.join('\n')}`);
  }
}
