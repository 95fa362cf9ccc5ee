// Recognises messages that are only small talk: a greeting, thanks, a call for help, or nothing at all
// (a bare mention). Anything with a question in it ("hi! does it use my DMs?") is not small talk.
import { words } from '../ask/analyze.js';

export type SmallTalk = 'empty' | 'greeting' | 'thanks' | 'help';

const PHRASES: Readonly<Record<Exclude<SmallTalk, 'empty'>, readonly string[]>> = {
  greeting: [
    'hi',
    'hello',
    'hey',
    'heya',
    'hiya',
    'yo',
    'howdy',
    'hallo',
    'greetings',
    'sup',
    'morning',
    'good morning',
    'good afternoon',
    'good evening',
    'good day',
    'whats up',
    'how are you',
    'how are u',
    'hows it going',
    'nice to meet you',
    // The other languages the bot answers in (accents folded, as words() gives them).
    'guten tag',
    'guten morgen',
    'servus',
    'moin',
    'bonjour',
    'salut',
    'bonsoir',
    'ciao',
    'buongiorno',
    'salve',
    'hoi',
    'goedemorgen',
    'goedendag',
    'oi',
    'ola',
    'bom dia',
    'boa tarde',
    'hola',
    'buenos dias',
    'buenas',
    'buenas tardes',
    'czesc',
    'dzien dobry',
    'witam',
  ],
  thanks: [
    'thanks',
    'thank you',
    'thank u',
    'thx',
    'ty',
    'tysm',
    'cheers',
    'much appreciated',
    'appreciate it',
    'great',
    'cool',
    'nice',
    'perfect',
    'awesome',
    'ok',
    'okay',
    'got it',
    'done',
    'bye',
    'goodbye',
    'danke',
    'vielen dank',
    'danke schon',
    'merci',
    'merci beaucoup',
    'grazie',
    'grazie mille',
    'dank je',
    'dank je wel',
    'dank u',
    'bedankt',
    'obrigado',
    'obrigada',
    'valeu',
    'gracias',
    'muchas gracias',
    'dziekuje',
    'dzieki',
  ],
  help: [
    'help',
    'help me',
    'what can you do',
    'what do you do',
    'what can i ask',
    'what can i ask you',
    'how does this work',
    'how do you work',
    'commands',
    'menu',
    'start',
    'options',
    'info',
    'hilfe',
    'aide',
    'aiuto',
    'hulp',
    'ajuda',
    'ayuda',
    'pomoc',
  ],
};

/** Words that may surround small talk without making it a question. */
const AROUND = new Set([
  'bot',
  'there',
  'everyone',
  'all',
  'folks',
  'guys',
  'team',
  'again',
  'so',
  'very',
  'much',
  'a',
  'lot',
  'please',
  'pls',
  'you',
  'u',
  'man',
  'mate',
  'buddy',
  'friend',
  'oh',
  'well',
  'and',
  'for',
  'the',
  'that',
  'this',
  'info',
  'me',
  'just',
  'really',
]);

const MAX_PHRASE = 4;
const lookup = new Map<string, Exclude<SmallTalk, 'empty'>>();
for (const [kind, phrases] of Object.entries(PHRASES) as [Exclude<SmallTalk, 'empty'>, readonly string[]][])
  for (const p of phrases) lookup.set(p, kind);

/** What kind of small talk the message is, or null when it says something more. */
export function smallTalk(text: string): SmallTalk | null {
  const ws = words(text);
  if (ws.length === 0) return 'empty';
  if (ws.length > 12) return null;
  const found = new Set<Exclude<SmallTalk, 'empty'>>();
  let i = 0;
  while (i < ws.length) {
    let n = Math.min(MAX_PHRASE, ws.length - i);
    for (; n >= 1; n--) {
      const kind = lookup.get(ws.slice(i, i + n).join(' '));
      if (kind) {
        found.add(kind);
        break;
      }
    }
    if (n >= 1) i += n;
    else if (AROUND.has(ws[i]!)) i++;
    else return null;
  }
  // "hi, help" is a call for help; "thanks, bye" is thanks.
  if (found.has('help')) return 'help';
  if (found.has('thanks')) return 'thanks';
  return found.has('greeting') ? 'greeting' : null;
}
