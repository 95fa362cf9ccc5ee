// `/linkedin-ai ask <question>`: answers from the content only. Every sentence of an answer is a fact text
// from the content, verbatim, plus the fixed framing lines below; the question itself is never echoed,
// logged or stored.
import { aboutReply, QUESTION_MAX_LENGTH, sourcesReply } from '../commands/ai.js';
import { commandWords } from '../commands/command-words.js';
import type { Entry, Fact } from '../content/types.js';
import type { CommandContext } from '../core/command.js';
import type { CommandButton, LinkButton, Reply, ReplySection } from '../core/reply.js';
import { baseReply, factsToSection, sourcesFor } from '../core/reply-builders.js';
import { replyWords } from '../core/reply-words.js';
import { cleanInput } from '../core/text.js';
import { analyze, words } from './analyze.js';
import { answerWords } from './answer-words.js';
import { isBotTopic } from './bot-topics.js';
import {
  type AskIndex,
  type EntryKind,
  indexFor,
  type Retrieval,
  retrieve,
  THRESHOLD,
  verdictFor,
} from './retrieve.js';

const COMMAND = 'linkedin-ai';
const SUBCOMMAND = 'ask';
const MAX_UNITS = 4;
const MIN_UNITS = 2;

/** The command line that shows an entry in full, e.g. "/linkedin-optout mobile" or "/linkedin-ai regions". */
export function fullCommand(kind: EntryKind, id: string): string {
  if (kind === 'guide') return id === 'overview' ? '/linkedin-optout' : `/linkedin-optout ${id}`;
  return `/${COMMAND} ${id}`;
}

function settingLink(ctx: CommandContext): LinkButton {
  return { label: replyWords(ctx.content.locale).openSetting, url: ctx.content.settingUrl };
}

function topicMenu(ctx: CommandContext): ReplySection {
  return {
    kind: 'bullets',
    title: answerWords(ctx.content.locale).topicMenuTitle,
    items: Object.values(ctx.content.topics).map((t) => `${t.id}: ${t.summary}`),
  };
}

/** The same buttons as the `/linkedin-ai` menu, with its words. */
function menuActions(ctx: CommandContext): CommandButton[] {
  const w = commandWords(ctx.content.locale);
  return [
    { label: w.whatDataButton, command: '/linkedin-ai what-data' },
    { label: w.optOutEffectButton, command: '/linkedin-ai opt-out-effect' },
    { label: w.turnItOffButton, command: '/linkedin-optout', style: 'primary' },
  ];
}

function reply(ctx: CommandContext, title: string, rest: Partial<Reply>): Reply {
  return baseReply(ctx, { command: COMMAND, subcommand: SUBCOMMAND, title }, rest);
}

function emptyQuestion(ctx: CommandContext): Reply {
  const examples = ['not-used', 'opt-out-effect', 'regions', 'mobile']
    .map((id) => (ctx.content.topics[id] ?? ctx.content.guides[id])?.ask?.examples[0])
    .filter((e): e is string => e !== undefined);
  const w = answerWords(ctx.content.locale);
  return reply(ctx, w.emptyTitle(`/${COMMAND} ${SUBCOMMAND}`), {
    understood: false,
    topic: null,
    confidence: 0,
    sections: [{ kind: 'bullets', title: w.forExample, items: examples.map((e) => `/linkedin-ai ask ${e}`) }],
    actions: [{ label: w.allTopics, command: '/linkedin-ai help' }],
  });
}

function tooLong(ctx: CommandContext, length: number): Reply {
  const w = answerWords(ctx.content.locale);
  return reply(ctx, w.tooLongTitle(length), {
    understood: false,
    topic: null,
    confidence: 0,
    intro: w.tooLongIntro(QUESTION_MAX_LENGTH),
    sections: [topicMenu(ctx)],
    actions: menuActions(ctx),
  });
}

function nothingMatched(ctx: CommandContext, confidence: number): Reply {
  const w = answerWords(ctx.content.locale);
  return reply(ctx, w.nothingMatchedTitle, {
    understood: false,
    topic: null,
    confidence,
    intro: w.nothingMatchedIntro,
    sections: [topicMenu(ctx)],
    actions: menuActions(ctx),
    links: [settingLink(ctx)],
  });
}

function unsure(ctx: CommandContext, r: Retrieval): Reply {
  const w = answerWords(ctx.content.locale);
  const closest = r.ranked.slice(0, 2).map((c) => ({
    id: c.id,
    kind: c.kind,
    // The bot's own entries are indexed in English; show them in the reply's language.
    shown: c.kind === 'bot' && isBotTopic(c.id) ? w.botTopics[c.id] : c.entry,
  }));
  return reply(ctx, w.unsureTitle, {
    topic: closest[0]?.id ?? null,
    confidence: r.confidence,
    intro: w.unsureIntro,
    sections: [{ kind: 'bullets', items: closest.map((c) => `${c.shown.title}: ${c.shown.summary}`) }],
    actions: [
      ...closest.map((c) => ({ label: c.shown.title, command: fullCommand(c.kind, c.id) })),
      { label: w.allTopics, command: '/linkedin-ai help' },
    ],
    links: [settingLink(ctx)],
  });
}

/** A unit of an answer: a whole list of steps (never cut), or one fact. */
type Unit = { order: number; steps?: { title?: string; facts: Fact[] }; fact?: Fact; score: number };

/** An entry's units depend on the entry alone: worked out once per entry, not per answer. */
const unitsByEntry = new WeakMap<Entry, readonly Omit<Unit, 'score'>[]>();

function unitsOf(entry: Entry): readonly Omit<Unit, 'score'>[] {
  const cached = unitsByEntry.get(entry);
  if (cached) return cached;
  const units: Omit<Unit, 'score'>[] = [];
  for (const s of entry.sections) {
    if (s.kind === 'steps') {
      units.push({ order: units.length, steps: { ...(s.title ? { title: s.title } : {}), facts: s.facts } });
    } else {
      for (const fact of s.facts) units.push({ order: units.length, fact });
    }
  }
  unitsByEntry.set(entry, units);
  return units;
}

/** How much a fact speaks to the question: the weights of the question's terms it holds (prefixes count). */
function overlap(index: AskIndex, r: Retrieval, fact: Fact): number {
  const terms = index.factTerms.get(fact) ?? new Set(analyze(fact.text, { language: index.language }));
  let score = 0;
  for (const g of r.groups) {
    const hit = g.some((t) => terms.has(t) || (t.length >= 4 && sharesPrefix(terms, t)));
    if (!hit) continue;
    let weight = Number.NEGATIVE_INFINITY;
    for (const t of g) weight = Math.max(weight, r.weights.get(t) ?? 0);
    score += weight;
  }
  return score;
}

/** Whether a fact term starts with the question term or the question term with it ("priv" ~ "privacy"). */
function sharesPrefix(terms: ReadonlySet<string>, t: string): boolean {
  for (const f of terms) if (f.startsWith(t) || t.startsWith(f)) return true;
  return false;
}

/** The 2–4 units that best answer the question, in the entry's own order. */
export function pickUnits(index: AskIndex, r: Retrieval, entry: Entry, question: string): Unit[] {
  const { language } = index;
  const wantsSteps = words(question, language.elision).some((w) => language.lexicon.HOW_WORDS.has(w));
  const scored: Unit[] = unitsOf(entry).map((u) => {
    if (u.steps) {
      const best = Math.max(...u.steps.facts.map((f) => overlap(index, r, f)));
      return { ...u, score: best + (wantsSteps ? 1 : 0) };
    }
    return { ...u, score: u.fact ? overlap(index, r, u.fact) : 0 };
  });
  const relevant = scored.filter((u) => u.score > 0).sort((a, b) => b.score - a.score || a.order - b.order);
  const chosen = relevant.slice(0, MAX_UNITS);
  // Too little overlap: the entry's first facts are its main points.
  for (const u of scored) {
    if (chosen.length >= MIN_UNITS) break;
    if (!chosen.includes(u)) chosen.push(u);
  }
  return chosen.sort((a, b) => a.order - b.order);
}

/** A question about the bot itself gets the same reply as `/linkedin-ai about` or `/linkedin-ai sources`. */
function botAnswer(ctx: CommandContext, id: string, confidence: number): Reply {
  const full = id === 'sources' ? sourcesReply(ctx) : aboutReply(ctx);
  return { ...full, command: COMMAND, subcommand: SUBCOMMAND, topic: id, confidence };
}

function answer(ctx: CommandContext, index: AskIndex, r: Retrieval, question: string): Reply {
  const best = r.ranked[0]!;
  if (best.kind === 'bot') return botAnswer(ctx, best.id, r.confidence);
  const { entry } = best;
  const units = pickUnits(index, r, entry, question);
  const sections: ReplySection[] = [];
  let bullets: Fact[] = [];
  const flush = () => {
    if (bullets.length) sections.push(factsToSection('bullets', bullets));
    bullets = [];
  };
  for (const u of units) {
    if (u.steps) {
      flush();
      sections.push(factsToSection('steps', u.steps.facts, u.steps.title));
    } else if (u.fact) bullets.push(u.fact);
  }
  flush();
  const used = [
    ...(entry.intro ? [entry.intro] : []),
    ...units.flatMap((u) => u.steps?.facts ?? (u.fact ? [u.fact] : [])),
  ];
  const links: LinkButton[] = entry.links.map((l) => ({ label: l.label, url: l.url }));
  if (!links.some((l) => l.url === ctx.content.settingUrl)) links.push(settingLink(ctx));
  const full = fullCommand(best.kind, entry.id);
  const actions: CommandButton[] = [
    { label: answerWords(ctx.content.locale).more(entry.title), command: full },
  ];
  if (full !== '/linkedin-optout')
    actions.push({
      label: commandWords(ctx.content.locale).turnItOffButton,
      command: '/linkedin-optout',
      style: 'primary',
    });
  return reply(ctx, entry.title, {
    topic: entry.id,
    confidence: r.confidence,
    ...(entry.intro ? { intro: introText(entry.intro) } : {}),
    sections,
    links: links.slice(0, 3),
    actions,
    sources: sourcesFor(
      ctx.content,
      used.flatMap((f) => f.sources),
    ),
    shareCommand: full,
  });
}

function introText(fact: Fact): string {
  const s = factsToSection('text', [fact]);
  return s.kind === 'text' ? s.text : fact.text;
}

export interface AnswerOptions {
  /**
   * The topic a conversation was on (a follow-up such as "what about the UK?"): it wins when it explains
   * the question about as well as the best match, and answers a question that names nothing at all
   * ("tell me more"). Never when the question points elsewhere.
   */
  previousTopic?: string;
}

/** How close to the best match the previous topic must come to be kept. */
const KEEP_PREVIOUS = 0.8;

function withPreviousTopic(index: AskIndex, given: Retrieval, id: string | undefined): Retrieval {
  const previous = id === undefined ? undefined : index.entries.get(id);
  if (!previous || given.elsewhere) return given;
  // A follow-up ("and on my partner's phone?") holds no anchor of its own: the conversation supplies it.
  const r: Retrieval =
    given.domain === 'anchored'
      ? given
      : {
          ...given,
          domain: 'anchored',
          verdict: verdictFor('anchored', given.confidence, given.ranked[0]?.strong ?? false),
        };
  if (r.groups.length === 0) {
    const ranked = { ...previous, score: 0, coverage: 1, strong: true, strongTerms: [] };
    return { ...r, ranked: [ranked], confidence: 1, verdict: 'answer' };
  }
  const best = r.ranked[0];
  const kept = r.ranked.find((x) => x.id === id);
  if (!best || !kept || kept === best || kept.coverage < KEEP_PREVIOUS * best.coverage) return r;
  return {
    ...r,
    ranked: [kept, ...r.ranked.filter((x) => x !== kept)],
    verdict: r.confidence >= THRESHOLD.NONE ? 'answer' : r.verdict,
  };
}

export function answerQuestion(ctx: CommandContext, question: string, opts: AnswerOptions = {}): Reply {
  const q = cleanInput(question);
  if (q.length === 0) return emptyQuestion(ctx);
  if (q.length > QUESTION_MAX_LENGTH) return tooLong(ctx, q.length);
  const index = indexFor(ctx.content, ctx.contentVersion);
  const r = withPreviousTopic(index, retrieve(index, q), opts.previousTopic);
  if (r.verdict === 'none' || r.ranked.length === 0) return nothingMatched(ctx, r.confidence);
  if (r.verdict === 'unsure') return unsure(ctx, r);
  return answer(ctx, index, r, q);
}
