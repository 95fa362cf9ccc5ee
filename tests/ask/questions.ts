// Evaluation set for `/linkedin-ai ask`. Written before (and independently of) the `ask.examples` in the
// content, the way people type in a Discord server or a Slack workspace: typos, slang, short and long,
// non-native English. Do not copy these into the content's examples: the bot is judged on unseen questions.

export interface OnTopic {
  q: string;
  /** The topic or guide id that answers it; a second id only where the content answers it just as well. */
  expect: string | readonly [string, string];
}

export const onTopic: readonly OnTopic[] = [
  // overview: how to opt out at all
  { q: 'how do i opt out of this ai stuff', expect: 'overview' },
  { q: 'yo how do I make linkedin stop training on my stuff', expect: 'overview' },
  { q: 'optout how??', expect: 'overview' },
  { q: 'Please explain me how I can refuse that LinkedIn use my data for the AI', expect: 'overview' },

  // desktop
  { q: 'where do i find the setting on the linkedin website', expect: 'desktop' },
  { q: 'steps for turning it off in chrome on my macbook', expect: 'desktop' },
  { q: 'on desktop i cant see the data privacy menu, where is it', expect: 'desktop' },
  { q: 'how to disable on windows pc', expect: 'desktop' },

  // mobile
  { q: 'how do i switch it off on my iphone', expect: 'mobile' },
  { q: 'android app opt out steps pls', expect: 'mobile' },
  { q: 'I use linkedin only on my phone, where is the option?', expect: 'mobile' },
  { q: 'is the ios app path same as android', expect: 'mobile' },

  // link
  { q: 'just drop the link to the toggle', expect: 'link' },
  { q: 'url for the data for generative ai improvement page?', expect: 'link' },
  { q: 'got a direct link so i can share it with my team?', expect: 'link' },

  // objection-form
  { q: 'how do I file the data processing objection form', expect: 'objection-form' },
  { q: 'where is the objection form for gdpr', expect: 'objection-form' },
  { q: 'can i formally object to linkedin processing my data for ai in the uk', expect: 'objection-form' },
  { q: 'objecton form linkedin', expect: 'objection-form' },

  // ads-sharing
  { q: 'how to stop linkedin sharing my info with microsoft for advertising', expect: 'ads-sharing' },
  { q: 'turn off targeted ads using my linkedin data', expect: 'ads-sharing' },
  { q: 'will I stop seeing ads if I disable the data sharing thing?', expect: 'ads-sharing' },
  { q: 'personalized advertisment opt out microsoft', expect: 'ads-sharing' },

  // what-data
  { q: 'what kind of data do they actually train on', expect: 'what-data' },
  { q: 'are my linkedin posts and comments used to train the ai?', expect: 'what-data' },
  { q: 'does it use my profile photo and work experience', expect: 'what-data' },
  { q: 'do they train on my CV I uploaded for job applys', expect: 'what-data' },
  { q: 'wich informations from my profil is used', expect: 'what-data' },

  // not-used
  { q: 'does it use my DMs?', expect: 'not-used' },
  { q: 'does linkdin use my dms', expect: 'not-used' },
  { q: 'are private messages read by the ai', expect: 'not-used' },
  { q: 'is my inbox part of the training data', expect: 'not-used' },
  // The under-18 fact is in both not-used and privacy.
  { q: 'my daughter is 15 and has a linkedin, is her data used?', expect: ['not-used', 'privacy'] },
  { q: 'do they use my credit card details or salary', expect: 'not-used' },

  // default
  { q: 'was this enabled by default for everyone?', expect: 'default' },
  { q: 'i never gave consent, why is it on', expect: 'default' },
  { q: 'did linkedin opt everybody in without asking', expect: 'default' },
  { q: 'is it on automatically for new accounts', expect: 'default' },

  // opt-out-effect
  { q: 'if i turn it off will they delete what they already trained on', expect: 'opt-out-effect' },
  { q: 'does opting out remove my old posts from the model', expect: 'opt-out-effect' },
  { q: 'what happens once I switched off the toggle', expect: 'opt-out-effect' },
  { q: 'can I undo the training that already happend?', expect: 'opt-out-effect' },
  { q: 'after opting out can i still use the ai writing assistant', expect: 'opt-out-effect' },

  // other-ai
  { q: 'does the setting also cover the feed algorithm', expect: 'other-ai' },
  { q: 'will they still use ai for recomendations after i opt out', expect: 'other-ai' },
  { q: 'what AI uses are not covered by the toggle', expect: 'other-ai' },
  { q: 'is AI still used for spam and fraud detection on my account', expect: 'other-ai' },

  // privacy
  { q: 'do they anonymize my data before training?', expect: 'privacy' },
  { q: 'how does linkedin protect personal data in the training sets', expect: 'privacy' },
  { q: 'are names redacted from the training data', expect: 'privacy' },
  { q: 'what are these privacy enhancing technologies they talk about', expect: 'privacy' },

  // regions
  { q: 'I live in France, does this affect me?', expect: 'regions' },
  { q: 'is the EU excluded from the ai training', expect: 'regions' },
  { q: 'does gdpr stop this in europe', expect: 'regions' },
  { q: 'im in canada is training paused here', expect: 'regions' },
  { q: 'does it apply to UK members now', expect: 'regions' },

  // timeline
  { q: 'when did all this start', expect: 'timeline' },
  { q: 'what are the key dates', expect: 'timeline' },
  { q: 'when was the privacy policy changed for ai', expect: 'timeline' },
  { q: 'whats the latest update on this', expect: 'timeline' },

  // microsoft
  { q: 'does microsoft train its own ai on linkedin posts', expect: 'microsoft' },
  { q: 'is my data going to microsoft copilot', expect: 'microsoft' },
  { q: 'does linkedin use openai models', expect: 'microsoft' },
  { q: 'what is the deal between linkedin and microsoft with my data', expect: 'microsoft' },

  // get-copy
  { q: 'how can i download all my linkedin data', expect: 'get-copy' },
  { q: 'how do I request an export of my account data', expect: 'get-copy' },
  { q: 'how long until the data archive arrives', expect: 'get-copy' },
  { q: 'can i get a copy of my data from the mobile app', expect: 'get-copy' },

  // why
  { q: 'why does this matter at all', expect: 'why' },
  { q: 'why are people so mad about this', expect: 'why' },
  { q: 'is it worth the bother to switch it off', expect: 'why' },
  { q: 'whats the big deal honestly', expect: 'why' },

  // myths
  { q: 'do i need to opt out again every 60 days?', expect: 'myths' },
  { q: 'my friend says the opt out resets after two months is that true', expect: 'myths' },
  { q: 'is that viral post about linkedin reading inmail a myth', expect: 'myths' },
  { q: 'heard opt-out expires, rumor or fact?', expect: 'myths' },
  // Held out: written after the matcher's first version and measured once before any change
  // (21/25 on-topic, 6/8 off-topic at first run; see docs/ASK.md).
  { q: 'hey where is the ai data toggle in settings', expect: 'desktop' },
  { q: 'can u tell me how to turn off the AI thing on linkedin app on my samsung', expect: 'mobile' },
  { q: 'is there a quick link', expect: 'link' },
  { q: 'what info about me goes into the ai model', expect: 'what-data' },
  { q: 'do they use what I write in linkedin ai chat', expect: 'what-data' },
  { q: 'are InMails safe', expect: 'not-used' },
  { q: 'they use my password?', expect: 'not-used' },
  { q: 'why was i auto enrolled', expect: 'default' },
  { q: 'is the damage already done if my data was used', expect: 'opt-out-effect' },
  { q: 'if i switch it off today, is my old data gone from the model', expect: 'opt-out-effect' },
  { q: 'does opt out affect my feed personalization', expect: 'other-ai' },
  { q: 'how do they keep my personal info private in the models', expect: 'privacy' },
  { q: 'i am from netherlands, what is the situation here', expect: 'regions' },
  { q: 'did the ICO do something about this', expect: 'regions' },
  { q: 'what happened on 3 november 2025', expect: 'timeline' },
  { q: 'does linkedin send my posts to microsoft', expect: 'microsoft' },
  { q: 'how to get my data archive from linkedin', expect: 'get-copy' },
  { q: 'should i even care about this', expect: 'why' },
  { q: 'someone on reddit said you have to opt out every 60 days', expect: 'myths' },
  { q: 'how to object against ai on my feed in the eu', expect: 'objection-form' },
  // The microsoft topic carries the same Data sharing facts as the ads guide.
  { q: 'stop microsoft ads using my linkedin profile', expect: ['ads-sharing', 'microsoft'] },
  { q: 'how to get linkedin to stop using my data for ai', expect: 'overview' },
  { q: 'turn off ai training', expect: 'overview' },
  { q: 'what does the toggle actually do', expect: 'opt-out-effect' },
  { q: 'is my salary info used for ai?', expect: 'not-used' },
];

/** Questions the bot must not pretend to answer: every one must get `topic: null`. */
export const offTopic: readonly string[] = [
  "what's the weather in Paris",
  'tell me a joke',
  'who won the football game last night',
  'how do I reset my instagram password',
  'can you recommend a good pizza place nearby',
  'what is the capital of australia',
  'write me a poem about cats',
  'how do i create a discord server',
  'whats 2+2',
  'best javascript framework in 2026?',
  'how do I change my twitter handle',
  'translate good morning into spanish',
  'how tall is mount everest',
  'recipe for banana bread',
  'lol',
  'what time is it in tokyo',
  // held out (see above)
  'how do i get more followers on linkedin',
  'is chatgpt better than claude',
  'how do i block someone on whatsapp',
  'what should i cook tonight',
  'what is the meaning of life',
  'whats the best laptop for coding',
  'good morning everyone',
  'how to write a cover letter',
];
