// Dutch evaluation set for `/linkedin-ai ask`, written the way people type in a Dutch or Flemish server or
// workspace (lowercase, colloquial, typos, English loanwords), independently of the content's ask examples:
// do not copy these into src/content/nl.ts. They are the tuning part; the held-out
// part is held-out-<locale>.ts.
import type { OnTopic } from './questions.js';

type Question = OnTopic | { q: string; expect: null };

const all: readonly Question[] = [
  { q: 'hoe zorg ik dat linkedin niet meer met mijn data traint', expect: 'overview' },
  { q: 'ik wil niet dat linkedin mijn gegevens voor ai gebruikt, wat moet ik doen', expect: 'overview' },
  { q: 'ai training linkedin uitschakelen hoe dan', expect: 'overview' },
  { q: 'waar vind ik het op de linkedin site op mijn pc', expect: 'desktop' },
  { q: 'uitleg voor de browser op mijn laptop graag', expect: 'desktop' },
  { q: 'kan instellingen en privacy niet vinden op de computer, waar zit dat', expect: 'desktop' },
  { q: 'hoe zet ik dit uit op mijn iphone', expect: 'mobile' },
  { q: 'stappen in de android app om het uit te zetten', expect: 'mobile' },
  { q: 'waar zit die optie in de app op mn gsm', expect: 'mobile' },
  { q: 'stuur even de directe link', expect: 'link' },
  { q: 'heb je een url voor die instelling?', expect: 'link' },
  { q: 'waar staat het formulier om bezwaar te maken tegen de verwerking', expect: 'objection-form' },
  { q: 'bezwaar maken op grond van de avg bij linkedin, hoe werkt dat', expect: 'objection-form' },
  {
    q: 'hoe stop ik dat linkedin mijn gegevens voor reclame aan microsoft doorgeeft',
    expect: 'ads-sharing',
  },
  { q: 'gepersonaliseerde reclame van microsoft uitzetten', expect: 'ads-sharing' },
  { q: 'welke gegevens van mij gebruiken ze eigenlijk om te trainen', expect: 'what-data' },
  { q: 'worden mijn posts en reacties voor de ai gebruikt?', expect: 'what-data' },
  { q: 'gebruiken ze mijn cv ook', expect: 'what-data' },
  { q: 'lezen ze mijn privéberichten mee', expect: 'not-used' },
  { q: 'worden inmails gebruikt voor de ai', expect: 'not-used' },
  // The under-18 fact is in both not-used and privacy.
  { q: 'mijn dochter is 15, wordt haar profiel gebruikt', expect: ['not-used', 'privacy'] },
  { q: 'stond dit vanaf het begin automatisch aan', expect: 'default' },
  { q: 'ik heb nooit toestemming gegeven, waarom staat het aan', expect: 'default' },
  { q: 'als ik het uitzet, worden de al getrainde gegevens dan gewist?', expect: 'opt-out-effect' },
  { q: 'wat gebeurt er als ik de schakelaar omzet', expect: 'opt-out-effect' },
  { q: 'geldt de schakelaar ook voor het algoritme van de feed', expect: 'other-ai' },
  { q: 'wordt ai nog gebruikt voor spamdetectie op mijn account', expect: 'other-ai' },
  { q: 'worden mijn gegevens voor de training geanonimiseerd', expect: 'privacy' },
  { q: 'hoe beschermt linkedin persoonsgegevens in de trainingsdata', expect: 'privacy' },
  { q: 'ik woon in belgië, geldt dit voor mij', expect: 'regions' },
  { q: 'geldt dit nu ook in de eu ondanks de avg', expect: 'regions' },
  { q: 'wat heeft de ierse privacytoezichthouder erover gezegd', expect: 'regions' },
  { q: 'sinds wanneer loopt dit allemaal', expect: 'timeline' },
  { q: 'wat zijn de belangrijkste data op een rij', expect: 'timeline' },
  { q: 'traint microsoft zijn eigen ai met linkedin posts', expect: 'microsoft' },
  { q: 'komen mijn gegevens bij copilot terecht', expect: 'microsoft' },
  { q: 'hoe download ik al mijn linkedin gegevens', expect: 'get-copy' },
  { q: 'hoe lang duurt het voordat het gegevensarchief binnen is', expect: 'get-copy' },
  { q: 'waarom is dit eigenlijk belangrijk', expect: 'why' },
  { q: 'is het de moeite waard om dit uit te zetten', expect: 'why' },
  { q: 'moet je dit echt elke 60 dagen opnieuw uitzetten?', expect: 'myths' },
  { q: 'klopt het dat de instelling na twee maanden terugspringt', expect: 'myths' },
  { q: 'was er niet een rechtszaak over inmails', expect: ['myths', 'timeline'] },
  // Off-topic: the bot must not pretend to answer these.
  { q: 'hoe verwijder ik mijn facebook account', expect: null },
  { q: 'schrijf een sollicitatiebrief voor me', expect: null },
  { q: 'wat voor weer wordt het morgen in amsterdam', expect: null },
  { q: 'hoe krijg ik meer volgers op linkedin', expect: null },
  { q: 'vertel eens een mop', expect: null },
  // Added on 2026-11-30 for tuning: requests about other LinkedIn features and other apps.
  { q: 'hoe wijzig ik mijn wachtwoord op linkedin', expect: null },
  { q: 'hoe deactiveer ik mijn tiktok', expect: null },
  { q: 'is linkedin premium het waard', expect: null },
  { q: 'hoe train ik mijn hond', expect: null },
  { q: 'schrijf een bericht over mijn promotie', expect: null },
  { q: 'hoe zet ik de meldingen van de app uit', expect: null },
];

/** All of them: the third that was held out until 2026-11-30 had been looked at; held-out-<locale>.ts replaces it. */
export const tuning: readonly Question[] = all;
