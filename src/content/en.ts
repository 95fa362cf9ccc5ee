// English knowledge base. Every statement here comes from /work/shared/FACTS.md (checked 2026-11-29)
// and cites the source keys FACTS.md gives for it. Bot's own wording; no markdown inside texts.
import type { Content, ContentLink } from './types.js';

const SETTING_URL = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';
const OBJECTION_FORM_URL = 'https://www.linkedin.com/help/linkedin/ask/TS-DPRO';
const ADS_SETTINGS_URL = 'https://www.linkedin.com/mypreferences/d/categories/ads';
const DATA_PRIVACY_URL = 'https://www.linkedin.com/mypreferences/d/categories/privacy';

const settingLink: ContentLink = { label: 'Open the LinkedIn setting', url: SETTING_URL };

export const en: Content = {
  locale: 'en',
  asOf: '2026-11-29',
  settingUrl: SETTING_URL,

  sources: {
    'HELP-SETTING': {
      key: 'HELP-SETTING',
      title: 'LinkedIn Help: the Data for Generative AI Improvement setting',
      url: 'https://www.linkedin.com/help/linkedin/answer/a6278444',
      date: '2026-11',
      dateLabel: 'undated page, read Nov 2026',
    },
    'HELP-GENAI-FAQ': {
      key: 'HELP-GENAI-FAQ',
      title: 'LinkedIn Help: generative AI FAQ',
      url: 'https://www.linkedin.com/help/linkedin/answer/a5538339',
      date: '2024-09-18',
      dateLabel: '18 Sep 2024, updated 2025',
    },
    'HELP-MS-SHARING': {
      key: 'HELP-MS-SHARING',
      title: 'LinkedIn Help: data shared with Microsoft (2025 update)',
      url: 'https://www.linkedin.com/help/linkedin/answer/a8059228',
      date: '2025-09',
      dateLabel: 'Sep 2025',
    },
    'HELP-DATA-SHARING': {
      key: 'HELP-DATA-SHARING',
      title: 'LinkedIn Help: the Data sharing (ads) setting',
      url: 'https://www.linkedin.com/help/linkedin/answer/a1397243',
      date: '2026-11',
      dateLabel: 'undated page, read Nov 2026',
    },
    'HELP-EXPORT': {
      key: 'HELP-EXPORT',
      title: 'LinkedIn Help: download your account data',
      url: 'https://www.linkedin.com/help/linkedin/answer/a1339364',
      date: '2026-11',
      dateLabel: 'undated page, read Nov 2026',
    },
    ERPN: {
      key: 'ERPN',
      title: 'LinkedIn European Regional Privacy Notice',
      url: 'https://www.linkedin.com/legal/privacy/eu',
      date: '2025-11-03',
      dateLabel: 'effective 3 Nov 2025 (revised 21 Aug 2026, AI parts unchanged)',
    },
    'PRIVACY-POLICY': {
      key: 'PRIVACY-POLICY',
      title: 'LinkedIn Privacy Policy',
      url: 'https://www.linkedin.com/legal/privacy-policy',
      date: '2024-09-18',
      dateLabel: 'AI wording effective 18 Sep 2024; current version 3 Nov 2025',
    },
    'USER-AGREEMENT': {
      key: 'USER-AGREEMENT',
      title: 'LinkedIn User Agreement',
      url: 'https://www.linkedin.com/legal/user-agreement',
      date: '2024-11-20',
      dateLabel: '20 Nov 2024 version; current effective 3 Nov 2025',
    },
    'SETTING-URL': {
      key: 'SETTING-URL',
      title: 'The Data for Generative AI Improvement setting (direct link)',
      url: SETTING_URL,
      date: '2025-11-03',
      dateLabel: 'linked from the European notice of 3 Nov 2025',
    },
    'OBJECTION-FORM': {
      key: 'OBJECTION-FORM',
      title: 'LinkedIn Data Processing Objection form',
      url: OBJECTION_FORM_URL,
      date: '2025-11-03',
      dateLabel: 'linked from the European notice of 3 Nov 2025',
    },
    ICO: {
      key: 'ICO',
      title: "UK ICO statement on LinkedIn's AI data policy",
      url: 'https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2024/09/our-statement-on-changes-to-linkedin-ai-data-policy/',
      date: '2024-09-20',
      dateLabel: '20 Sep 2024, updated 23 Sep 2025',
    },
    'PCPD-2024': {
      key: 'PCPD-2024',
      title: "Hong Kong PCPD concern about LinkedIn's default setting (press report)",
      url: 'https://www.thestandard.com.hk/news/article/221124/LinkedIns-policy-update-raises-privacy-concerns-as-user-data-used-for-AI-training-PCPD',
      date: '2024-10',
      dateLabel: 'Oct 2024 (press report)',
    },
    'OPC-2024': {
      key: 'OPC-2024',
      title: 'Privacy Commissioner of Canada: LinkedIn pauses training on Canadian members',
      url: 'https://www.priv.gc.ca/en/opc-news/news-and-announcements/2024/nr-c_241210b/',
      date: '2024-12-10',
      dateLabel: '10 Dec 2024',
    },
    SEED: {
      key: 'SEED',
      title: 'News article: LinkedIn backlash over AI training on user data',
      url: null,
      date: '2024-09',
      dateLabel: 'Sep 2024 (news article)',
    },
  },

  guides: {
    overview: {
      id: 'overview',
      title: 'Stop LinkedIn training AI on your data',
      summary: 'Why to switch it off, the direct link, and step-by-step guides',
      intro: {
        text: 'LinkedIn uses your data and content to train AI that creates content. The setting is on unless you switch it off.',
        sources: ['HELP-SETTING', 'SEED'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Fastest way: open the direct link while signed in, then switch "Use my data for training content creation AI models" off.',
              sources: ['SETTING-URL', 'HELP-SETTING'],
            },
            {
              text: 'It stops future training only. It does not undo training that already happened.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'Prefer the menus? Pick the desktop or the mobile app guide below.',
              sources: ['HELP-SETTING', 'SEED'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Desktop steps', command: '/linkedin-optout desktop' },
        { label: 'Mobile app steps', command: '/linkedin-optout mobile' },
        { label: 'What switching off does', command: '/linkedin-ai opt-out-effect' },
        { label: 'Why it matters', command: '/linkedin-ai why' },
      ],
      ask: {
        examples: [
          'how do i opt out of linkedin ai training',
          'how to stop linkedin using my data for ai',
          'opt out',
          'is there a way to turn this off?',
          'linkedin ai training opt out pls',
          'how can i disable that linkedin uses my posts for AI',
          'what do i need to do to stop this',
          'how stop linkedin train ai with my profile',
          'can I say no to the AI training thing',
          'where do I start to opt out',
        ],
        keywords: [
          'opt out',
          'opt-out',
          'optout',
          'turn off',
          'switch off',
          'disable',
          'stop',
          'refuse',
          'say no',
          'ai training',
          'generative ai',
          'how to',
          'setting',
          'guide',
        ],
      },
    },

    desktop: {
      id: 'desktop',
      title: 'Switch it off on desktop (web)',
      summary: 'Step by step in a web browser on your computer',
      sections: [
        {
          kind: 'steps',
          facts: [
            { text: 'Click Me (your profile photo in the top bar).', sources: ['SEED', 'HELP-SETTING'] },
            { text: 'Choose Settings & Privacy.', sources: ['SEED', 'HELP-SETTING'] },
            { text: 'Open Data privacy.', sources: ['SEED', 'HELP-SETTING'] },
            {
              text: 'Under "How LinkedIn uses your data", click Data for Generative AI Improvement.',
              sources: ['SEED', 'HELP-SETTING'],
            },
            {
              text: 'Switch "Use my data for training content creation AI models" off.',
              sources: ['SEED', 'HELP-SETTING'],
            },
          ],
        },
        {
          kind: 'bullets',
          title: 'Good to know',
          facts: [
            {
              text: 'It stops future training only. Training that already happened is not undone.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'The setting is per account. Helping family or colleagues? Switch it off on each of their accounts.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'Shortcut: the direct link opens the toggle when you are signed in.',
              sources: ['SETTING-URL'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Mobile app steps', command: '/linkedin-optout mobile' },
        { label: 'What switching off does', command: '/linkedin-ai opt-out-effect' },
        { label: 'Other AI uses', command: '/linkedin-ai other-ai' },
      ],
      ask: {
        examples: [
          'how do I turn it off on my laptop',
          'where is the setting',
          'where is the ai setting on linkedin website',
          'how to opt out on pc',
          'cant find Data for Generative AI Improvement',
          'steps to disable ai training in the browser',
          'where in settings & privacy is it',
          'how i turn off this on computer?',
          'linkedin desktop opt out steps',
          'which menu is the ai toggle in',
          'turn off ai training mac',
        ],
        keywords: [
          'desktop',
          'laptop',
          'computer',
          'pc',
          'mac',
          'browser',
          'web',
          'website',
          'chrome',
          'opt out',
          'turn off',
          'switch off',
          'disable',
          'where is the setting',
          'settings & privacy',
          'settings and privacy',
          'data privacy',
          'toggle',
          'menu',
          'steps',
          'how to',
        ],
      },
    },

    mobile: {
      id: 'mobile',
      title: 'Switch it off in the mobile app',
      summary: 'Step by step in the LinkedIn app on iPhone or Android',
      intro: {
        text: 'iPhone and Android work the same way. LinkedIn documents no separate paths for each.',
        sources: ['SEED', 'HELP-SETTING'],
      },
      sections: [
        {
          kind: 'steps',
          facts: [
            { text: 'Tap your profile photo.', sources: ['SEED', 'HELP-SETTING'] },
            { text: 'Tap Settings.', sources: ['SEED', 'HELP-SETTING'] },
            { text: 'Tap Data privacy.', sources: ['SEED', 'HELP-SETTING'] },
            { text: 'Tap Data for Generative AI Improvement.', sources: ['SEED', 'HELP-SETTING'] },
            {
              text: 'Switch "Use my data for training content creation AI models" off.',
              sources: ['SEED', 'HELP-SETTING'],
            },
          ],
        },
        {
          kind: 'bullets',
          title: 'Good to know',
          facts: [
            {
              text: 'It stops future training only. Training that already happened is not undone.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'The setting is per account. Helping family or colleagues? Switch it off on each of their accounts.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'Shortcut: the direct link opens the toggle when you are signed in.',
              sources: ['SETTING-URL'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Desktop steps', command: '/linkedin-optout desktop' },
        { label: 'Just the link', command: '/linkedin-optout link' },
        { label: 'What switching off does', command: '/linkedin-ai opt-out-effect' },
      ],
      ask: {
        examples: [
          'how do I do it on my phone',
          'iphone steps?',
          'how to turn off ai training in the linkedin app',
          'android linkedin opt out',
          'cant find it in the app',
          'is it different on ios and android',
          'where is data privacy in the mobile app',
          'how to off this on mobile',
          'i only use linkedin on phone, how to disable',
          'opt out on iOS',
        ],
        keywords: [
          'mobile',
          'phone',
          'iphone',
          'ios',
          'android',
          'app',
          'application',
          'smartphone',
          'samsung',
          'pixel',
          'tap',
          'cell',
          'opt out',
          'turn off',
          'switch off',
          'data privacy',
          'toggle',
        ],
      },
    },

    link: {
      id: 'link',
      title: 'Direct link to the setting',
      summary: 'The one link that opens the AI-training toggle',
      intro: {
        text: `Direct link: ${SETTING_URL}`,
        sources: ['SETTING-URL'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Open it while signed in to LinkedIn: it lands on the Data for Generative AI Improvement toggle.',
              sources: ['SETTING-URL', 'HELP-SETTING'],
            },
            {
              text: 'Switch "Use my data for training content creation AI models" off.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'It changes only the account you are signed in with. Repeat for each account.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'LinkedIn links to this same page from its European privacy notice.',
              sources: ['ERPN', 'SETTING-URL'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Desktop steps', command: '/linkedin-optout desktop' },
        { label: 'Mobile app steps', command: '/linkedin-optout mobile' },
        { label: 'What switching off does', command: '/linkedin-ai opt-out-effect' },
      ],
      ask: {
        examples: [
          'link?',
          'whats the direct link to the setting',
          'can you just give me the url',
          'send me the link to turn it off',
          'is there a shortcut link',
          'deep link for the linkedin ai setting',
          'pls share link for opt out',
          'which url opens the toggle',
        ],
        keywords: [
          'link',
          'url',
          'direct link',
          'deep link',
          'shortcut',
          'address',
          'web address',
          'page',
          'quick',
          'fastest',
        ],
      },
    },

    'objection-form': {
      id: 'objection-form',
      title: 'Object to other AI uses',
      summary: 'The Data Processing Objection form, for AI uses the toggle does not cover',
      intro: {
        text: 'The toggle covers only AI that creates content. It does not cover AI for your feed and recommendations, or for security, safety and anti-abuse.',
        sources: ['HELP-SETTING'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Where you have a right to object, such as the EU, EEA, Switzerland and the UK, you can file the Data Processing Objection form.',
              sources: ['OBJECTION-FORM', 'ERPN'],
            },
            {
              text: 'LinkedIn may turn an objection down where it claims compelling grounds, for example security logs.',
              sources: ['ERPN'],
            },
            {
              text: "The form is linked from LinkedIn's European privacy notice.",
              sources: ['ERPN', 'OBJECTION-FORM'],
            },
            {
              text: 'For AI that creates content, use the setting itself and switch it off.',
              sources: ['HELP-SETTING', 'SETTING-URL'],
            },
          ],
        },
      ],
      links: [{ label: 'Open the objection form', url: OBJECTION_FORM_URL }, settingLink],
      followUps: [
        { label: 'Other AI uses', command: '/linkedin-ai other-ai' },
        { label: 'Regions', command: '/linkedin-ai regions' },
        { label: 'Just the setting link', command: '/linkedin-optout link' },
      ],
      ask: {
        examples: [
          'how do i object to linkedin using my data for other ai',
          'objection form link',
          'can i stop ai for my feed too',
          'is there a form for the gdpr right to object',
          'how to object to processing',
          'toggle does not cover recommendations, what can I do',
          'i am in germany, can I object',
          'data processing objection form where',
          'can linkedin refuse my objection',
        ],
        keywords: [
          'object',
          'objection',
          'objection form',
          'right to object',
          'form',
          'data processing',
          'gdpr',
          'article 21',
          'restrict',
          'restriction',
          'feed',
          'recommendations',
          'security',
          'refuse',
          'compelling grounds',
        ],
      },
    },

    'ads-sharing': {
      id: 'ads-sharing',
      title: 'Microsoft ad data sharing',
      summary: 'Stop LinkedIn data personalising Microsoft ads (separate from AI training)',
      intro: {
        text: 'This is about ads, not AI training. Outside the EU, EEA and Switzerland, LinkedIn shares data with Microsoft for personalised ads.',
        sources: ['HELP-DATA-SHARING', 'HELP-MS-SHARING'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'From 3 Nov 2025 this sharing applies in more regions.',
              sources: ['HELP-MS-SHARING'],
            },
            {
              text: 'A Data sharing setting turns it off. You still see ads; they are just not personalised with your LinkedIn data.',
              sources: ['HELP-DATA-SHARING'],
            },
            {
              text: 'Look for it on the Advertising data settings page. The exact label of the toggle there is not confirmed.',
              sources: ['HELP-DATA-SHARING'],
              unconfirmed: true,
            },
            {
              text: 'The AI-training toggle is a separate setting. Switch that one off too if you want.',
              sources: ['HELP-SETTING'],
            },
          ],
        },
      ],
      links: [{ label: 'Open ads settings', url: ADS_SETTINGS_URL }, settingLink],
      followUps: [
        { label: 'LinkedIn and Microsoft', command: '/linkedin-ai microsoft' },
        { label: 'AI-training setting link', command: '/linkedin-optout link' },
      ],
      ask: {
        examples: [
          'how do i stop linkedin sharing my data with microsoft for ads',
          'microsoft ads opt out',
          'does linkedin give my data to microsoft advertising',
          'turn off personalised ads from linkedin data',
          'will i still see ads if i turn it off',
          'where is the data sharing setting',
          'ads sharing microsoft how to off',
          'new microsoft data sharing nov 2025',
        ],
        keywords: [
          'ads',
          'ad',
          'advertising',
          'advertisements',
          'personalised ads',
          'personalized ads',
          'targeted ads',
          'microsoft',
          'data sharing',
          'sharing',
          'share',
          'marketing',
          'bing',
          'tracking',
        ],
      },
    },
  },

  topics: {
    'what-data': {
      id: 'what-data',
      title: 'What data LinkedIn trains on',
      summary: "The kinds of your data used to train LinkedIn's content-creating AI",
      intro: {
        text: 'LinkedIn lists these for training its content-creating AI, in its AI FAQ and its European privacy notice.',
        sources: ['HELP-GENAI-FAQ', 'ERPN'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Profile: name, photo, current job, work history, education, location, skills, summary, certifications, licences, volunteering, publications, patents, endorsements, recommendations.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            {
              text: 'Content you create: posts, articles, poll responses, contributions and comments.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            {
              text: "What you type into LinkedIn's AI features (prompts, questions, chats) and what they give back.",
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            { text: 'Group activity and group messages.', sources: ['HELP-GENAI-FAQ', 'ERPN'] },
            {
              text: 'Answers to job screening questions, and resumes you saved on LinkedIn.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            {
              text: 'Feedback you give, such as thumbs up or down and reports.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            {
              text: 'In 2024 the FAQ put it more briefly: posts and articles, how often you use LinkedIn, language preference and feedback.',
              sources: ['SEED', 'HELP-GENAI-FAQ'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'What is not used', command: '/linkedin-ai not-used' },
        { label: 'Switch it off', command: '/linkedin-optout' },
        { label: 'What switching off does', command: '/linkedin-ai opt-out-effect' },
      ],
      ask: {
        examples: [
          'what data does linkedin use for ai',
          'are my posts used to train ai',
          'do they use my profile picture?',
          'is my resume used for training',
          'what exactly do they train on',
          'does linkedin train on comments',
          'which informations they take from my profile',
          'are my prompts to the ai writing assistant used',
          'group posts used for ai?',
          'do my job applications screening answers get used',
        ],
        keywords: [
          'what data',
          'which data',
          'data',
          'profile',
          'posts',
          'articles',
          'comments',
          'photo',
          'picture',
          'resume',
          'cv',
          'work history',
          'skills',
          'education',
          'groups',
          'group messages',
          'polls',
          'prompts',
          'feedback',
          'screening questions',
          'content',
          'trained on',
          'collect',
        ],
      },
    },

    'not-used': {
      id: 'not-used',
      title: 'What LinkedIn says it does not use',
      summary: 'Private messages, passwords, payment and salary data, and under-18 members',
      intro: {
        text: "Per LinkedIn's generative AI FAQ, these are not used for training:",
        sources: ['HELP-GENAI-FAQ'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            { text: 'Private messages, including InMail and inbox messages.', sources: ['HELP-GENAI-FAQ'] },
            { text: 'Login credentials, such as your password.', sources: ['HELP-GENAI-FAQ'] },
            { text: 'Payment and card data.', sources: ['HELP-GENAI-FAQ'] },
            {
              text: 'Salary data, and job-application data tied to a named member.',
              sources: ['HELP-GENAI-FAQ'],
            },
            {
              text: 'Data of members LinkedIn believes are under 18, even if their toggle is on.',
              sources: ['HELP-GENAI-FAQ'],
            },
            {
              text: 'Careful: group messages are not private messages. LinkedIn lists group messages as used.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
          ],
        },
      ],
      links: [],
      followUps: [
        { label: 'What data is used', command: '/linkedin-ai what-data' },
        { label: 'Myths', command: '/linkedin-ai myths' },
        { label: 'Switch it off', command: '/linkedin-optout' },
      ],
      ask: {
        examples: [
          'are my dms used for ai training',
          'does linkedin read my private messages for ai',
          'inmail used?',
          'do they train on my inbox',
          'is my password or credit card used',
          'what about my salary info',
          'are kids data used',
          'my son is 16, is his profile used',
          'what they dont use',
          'messages safe from ai training?',
        ],
        keywords: [
          'dm',
          'dms',
          'inbox',
          'inmail',
          'private messages',
          'messages',
          'chat',
          'password',
          'login',
          'credentials',
          'credit card',
          'payment',
          'salary',
          'job applications',
          'not used',
          'excluded',
          'under 18',
          'kids',
          'children',
          'minors',
          'teen',
          'teenager',
        ],
      },
    },

    default: {
      id: 'default',
      title: 'On by default',
      summary: 'The setting was switched on for members without asking them first',
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'The setting is on by default. Members were enrolled without being asked first.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'It was noticed publicly on 18 Sep 2024, already on. The Privacy Policy added AI training that same day.',
              sources: ['PRIVACY-POLICY', 'SEED'],
            },
            {
              text: 'In the EU, EEA, Switzerland, UK, Canada and Hong Kong, training started on 3 Nov 2025, on what LinkedIn calls "legitimate interest".',
              sources: ['ERPN'],
            },
            {
              text: 'Members there can opt out with the same setting.',
              sources: ['ERPN', 'SETTING-URL'],
            },
            {
              text: 'To check yours, open the direct link while signed in and look at the toggle.',
              sources: ['SETTING-URL'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Switch it off', command: '/linkedin-optout' },
        { label: 'Why it matters', command: '/linkedin-ai why' },
        { label: 'Regions', command: '/linkedin-ai regions' },
      ],
      ask: {
        examples: [
          'is it on by default',
          'did linkedin opt me in automatically',
          'i never agreed to this??',
          'why was i opted in without consent',
          'was it turned on without asking',
          'did they ask for permission',
          'is the ai training enabled for everyone',
          'i never touched settings, is it on for me',
          'auto opt in?',
        ],
        keywords: [
          'default',
          'by default',
          'automatically',
          'auto',
          'opted in',
          'opt in',
          'auto opt in',
          'consent',
          'without asking',
          'permission',
          'agreed',
          'never agreed',
          'enrolled',
          'enabled',
          'on for everyone',
          'legitimate interest',
        ],
      },
    },

    'opt-out-effect': {
      id: 'opt-out-effect',
      title: 'What switching it off does',
      summary: 'It stops future training only; it does not undo past training',
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Off means LinkedIn and its affiliates will not use your data and content to train AI that creates content, from then on.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'It does not undo training that has already happened.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'It does not cover AI used for your feed and recommendations, or for security, safety and anti-abuse.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'For those other uses, members with a right to object can file the Data Processing Objection form.',
              sources: ['OBJECTION-FORM', 'ERPN'],
            },
            {
              text: "You can still use LinkedIn's AI writing features. What you type into them is processed to answer you.",
              sources: ['HELP-SETTING'],
            },
            {
              text: 'It applies to one account. Switch it off on every account you use or help with.',
              sources: ['HELP-SETTING'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Switch it off', command: '/linkedin-optout' },
        { label: 'Other AI uses', command: '/linkedin-ai other-ai' },
        { label: 'Myths', command: '/linkedin-ai myths' },
      ],
      ask: {
        examples: [
          'if i opt out does it delete my data',
          'will opting out remove what they already trained',
          'is it retroactive',
          'what happens after i turn it off',
          'too late now? they already used my posts',
          'can i still use the ai writing tools after opting out',
          'does opt out undo past training',
          'my old posts will be removed from the ai?',
          'what changes when it is off',
          'does turning off stop everything ai',
        ],
        keywords: [
          'delete',
          'undo',
          'remove',
          'erase',
          'already trained',
          'retroactive',
          'past data',
          'old posts',
          'too late',
          'what happens',
          'after opt out',
          'effect',
          'does it work',
          'future',
          'affiliates',
          'ai features',
          'writing assistant',
        ],
      },
    },

    'other-ai': {
      id: 'other-ai',
      title: 'Other AI uses the setting does not cover',
      summary: 'Feed, recommendations and security AI: not covered by the toggle',
      sections: [
        {
          kind: 'bullets',
          facts: [
            { text: 'The toggle covers only AI models that create content.', sources: ['HELP-SETTING'] },
            {
              text: 'It does not cover AI that personalises your feed and recommendations.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'It also does not cover AI used for security, safety and anti-abuse.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'In the EU, EEA, Switzerland, the UK and other places with a right to object, you can file the Data Processing Objection form.',
              sources: ['OBJECTION-FORM', 'ERPN'],
            },
            {
              text: 'LinkedIn may refuse an objection where it claims compelling grounds, such as security logs.',
              sources: ['ERPN'],
            },
          ],
        },
      ],
      links: [{ label: 'Open the objection form', url: OBJECTION_FORM_URL }, settingLink],
      followUps: [
        { label: 'Objection form guide', command: '/linkedin-optout objection-form' },
        { label: 'LinkedIn and Microsoft', command: '/linkedin-ai microsoft' },
        { label: 'Regions', command: '/linkedin-ai regions' },
      ],
      ask: {
        examples: [
          'does the toggle stop ai for my feed',
          'what about the recommendation algorithm',
          'is ai still used on my data after opt out',
          'other ai uses not covered?',
          'does it cover security and spam detection',
          'can i opt out of the feed ai',
          'they still use ai for recommendations??',
          'what is not covered by the setting',
        ],
        keywords: [
          'feed',
          'recommendations',
          'algorithm',
          'ranking',
          'personalisation',
          'personalization',
          'security',
          'safety',
          'anti-abuse',
          'spam',
          'fraud',
          'other ai',
          'not covered',
          'object',
          'objection',
          'right to object',
        ],
      },
    },

    privacy: {
      id: 'privacy',
      title: 'How LinkedIn says it protects your data',
      summary: "LinkedIn's own claims about limiting personal data in AI training",
      intro: {
        text: "These are LinkedIn's own claims. Nothing public verifies them.",
        sources: ['HELP-GENAI-FAQ'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'LinkedIn says it tries to minimise personal data in its training sets.',
              sources: ['HELP-GENAI-FAQ', 'SEED'],
            },
            {
              text: 'LinkedIn says it uses privacy-enhancing technologies that redact or remove personal data.',
              sources: ['HELP-GENAI-FAQ', 'SEED'],
            },
            {
              text: "LinkedIn says some of its models come from Microsoft's Azure OpenAI service.",
              sources: ['HELP-GENAI-FAQ', 'SEED'],
            },
            {
              text: 'Data of members LinkedIn believes are under 18 is not used, even if the toggle is on.',
              sources: ['HELP-GENAI-FAQ'],
            },
            {
              text: 'Switching the setting off stops future training use of your data.',
              sources: ['HELP-SETTING'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'What is not used', command: '/linkedin-ai not-used' },
        { label: 'LinkedIn and Microsoft', command: '/linkedin-ai microsoft' },
        { label: 'Switch it off', command: '/linkedin-optout' },
      ],
      ask: {
        examples: [
          'is my data anonymised before training',
          'do they remove personal info',
          'how does linkedin protect my privacy in ai training',
          'is it safe?',
          'what are privacy enhancing technologies',
          'do they redact names',
          'which ai model do they use, openai?',
          'is teenager data protected',
          'can anyone check linkedin claims',
        ],
        keywords: [
          'privacy',
          'protect',
          'protection',
          'safe',
          'secure',
          'anonymised',
          'anonymized',
          'anonymous',
          'redact',
          'de-identified',
          'personal data',
          'privacy-enhancing',
          'minimise',
          'minimize',
          'azure',
          'openai',
          'under 18',
          'kids',
          'children',
          'minors',
          'teen',
          'verify',
        ],
      },
    },

    regions: {
      id: 'regions',
      title: 'Regions where training was paused',
      summary: 'EU, EEA, Switzerland, UK, Canada, Hong Kong: paused in 2024, resumed 3 Nov 2025',
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: '18 Sep 2024: LinkedIn said it did not train on members in the EU, EEA or Switzerland.',
              sources: ['HELP-GENAI-FAQ'],
            },
            {
              text: "20 Sep 2024: UK training suspended after the UK's ICO stepped in.",
              sources: ['ICO'],
            },
            {
              text: "Oct 2024: Hong Kong's PCPD questioned the default; training on Hong Kong members paused (11 Oct, per the PCPD).",
              sources: ['PCPD-2024'],
            },
            { text: '10 Dec 2024: training on Canadian members paused.', sources: ['OPC-2024'] },
            {
              text: '18 Sep 2025: LinkedIn announced training would extend to the EU, EEA, Switzerland, UK, Canada and Hong Kong.',
              sources: ['ERPN', 'ICO'],
            },
            {
              text: '3 Nov 2025: training started in all of them, on "legitimate interest". The same setting opts you out, even if you never saw it before.',
              sources: ['ERPN'],
            },
            {
              text: 'In the EU, EEA, Switzerland and the UK you can also use the Data Processing Objection form for AI uses the toggle does not cover.',
              sources: ['OBJECTION-FORM', 'ERPN'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Switch it off', command: '/linkedin-optout' },
        { label: 'Full timeline', command: '/linkedin-ai timeline' },
        { label: 'Objection form', command: '/linkedin-optout objection-form' },
      ],
      ask: {
        examples: [
          'does this apply in the eu',
          'i am in germany, do i need to opt out',
          'is uk affected',
          'i thought gdpr protects us from this',
          'canada paused?',
          'hong kong users too?',
          'i live in switzerland, should i turn it off',
          'europe was excluded right?',
          'when did training start in europe',
          'is my country affected',
        ],
        keywords: [
          'eu',
          'europe',
          'european',
          'gdpr',
          'uk',
          'britain',
          'united kingdom',
          'canada',
          'hong kong',
          'switzerland',
          'swiss',
          'eea',
          'germany',
          'france',
          'country',
          'region',
          'paused',
          'resumed',
          'ico',
          'pcpd',
          'legitimate interest',
        ],
      },
    },

    timeline: {
      id: 'timeline',
      title: 'Timeline',
      summary: 'Key dates, from Sep 2024 to Aug 2026',
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: '18 Sep 2024: the setting is noticed publicly, already on. The Privacy Policy adds AI training, effective that day.',
              sources: ['PRIVACY-POLICY', 'SEED'],
            },
            {
              text: '18 Sep 2024: LinkedIn says it does not train on members in the EU, EEA or Switzerland.',
              sources: ['HELP-GENAI-FAQ'],
            },
            {
              text: "20 Sep 2024: UK training suspended after the UK's ICO steps in.",
              sources: ['ICO'],
            },
            {
              text: "Oct 2024: Hong Kong's PCPD questions the default; training on Hong Kong members paused (11 Oct, per the PCPD).",
              sources: ['PCPD-2024'],
            },
            {
              text: '20 Nov 2024: an updated User Agreement takes effect, adding a clause on generative-AI features.',
              sources: ['USER-AGREEMENT', 'SEED'],
            },
            { text: '10 Dec 2024: training on Canadian members paused.', sources: ['OPC-2024'] },
            {
              text: '18 Sep 2025: LinkedIn announces training will extend to the EU, EEA, Switzerland, UK, Canada and Hong Kong.',
              sources: ['ERPN', 'ICO'],
            },
            {
              text: '3 Nov 2025: training starts in those regions, on "legitimate interest". The same setting opts you out.',
              sources: ['ERPN'],
            },
            {
              text: '21 Aug 2026: the European privacy notice is revised; its AI sections are unchanged.',
              sources: ['ERPN'],
            },
          ],
        },
      ],
      links: [],
      followUps: [
        { label: 'Regions', command: '/linkedin-ai regions' },
        { label: 'Switch it off', command: '/linkedin-optout' },
        { label: 'Sources', command: '/linkedin-ai sources' },
      ],
      ask: {
        examples: [
          'when did this start',
          'timeline?',
          'when did linkedin start training ai on our data',
          'what happened in nov 2025',
          'when was the user agreement changed',
          'is this new or old news',
          'history of the linkedin ai thing',
          'what is the latest change',
          'since when is this on',
        ],
        keywords: [
          'when',
          'date',
          'dates',
          'timeline',
          'history',
          'since',
          'start',
          'started',
          'latest',
          'news',
          'update',
          'changes',
          '2024',
          '2025',
          '2026',
          'user agreement',
          'privacy policy',
        ],
      },
    },

    microsoft: {
      id: 'microsoft',
      title: 'LinkedIn and Microsoft',
      summary: 'UK content shared for Microsoft AI training, Azure OpenAI, and ad data sharing',
      sections: [
        {
          kind: 'bullets',
          title: 'AI training',
          facts: [
            {
              text: "UK only: LinkedIn may share some member content with Microsoft for Microsoft's own AI training.",
              sources: ['ERPN'],
            },
            {
              text: 'That content: posts, comments, articles, videos, Learning videos, Company Page data and job postings.',
              sources: ['ERPN'],
            },
            {
              text: 'The same AI-training setting turns this sharing off.',
              sources: ['ERPN', 'SETTING-URL'],
            },
            {
              text: "LinkedIn says some of its models come from Microsoft's Azure OpenAI service.",
              sources: ['HELP-GENAI-FAQ', 'SEED'],
            },
          ],
        },
        {
          kind: 'bullets',
          title: 'Ads (not AI training)',
          facts: [
            {
              text: 'Outside the EU, EEA and Switzerland, LinkedIn shares data with Microsoft for personalised ads, in more regions from 3 Nov 2025.',
              sources: ['HELP-DATA-SHARING', 'HELP-MS-SHARING'],
            },
            {
              text: 'The Data sharing setting turns that off. Ads still appear, just not personalised with your LinkedIn data.',
              sources: ['HELP-DATA-SHARING'],
            },
          ],
        },
      ],
      links: [settingLink, { label: 'Open ads settings', url: ADS_SETTINGS_URL }],
      followUps: [
        { label: 'Ad sharing guide', command: '/linkedin-optout ads-sharing' },
        { label: 'Switch AI training off', command: '/linkedin-optout' },
        { label: 'Other AI uses', command: '/linkedin-ai other-ai' },
      ],
      ask: {
        examples: [
          'does microsoft get my linkedin data',
          'is my data shared with microsoft for ai',
          'uk microsoft sharing what is it',
          'does linkedin use openai',
          'linkedin gives data to microsoft ads?',
          'what is azure openai doing with my data',
          'is bing getting my linkedin posts',
          'microsoft owns linkedin, do they train copilot on my posts',
          'how to stop sharing with microsoft',
        ],
        keywords: [
          'microsoft',
          'ms',
          'azure',
          'openai',
          'copilot',
          'bing',
          'ads',
          'advertising',
          'data sharing',
          'share',
          'shared',
          'affiliates',
          'parent company',
          'uk',
          'learning videos',
        ],
      },
    },

    'get-copy': {
      id: 'get-copy',
      title: 'Get a copy of your data',
      summary: 'Download your LinkedIn data archive (desktop only)',
      sections: [
        {
          kind: 'steps',
          title: 'On desktop (the app does not offer this)',
          facts: [
            {
              text: 'Click Me (your profile photo in the top bar), then Settings & Privacy.',
              sources: ['HELP-EXPORT'],
            },
            { text: 'Open Data privacy.', sources: ['HELP-EXPORT'] },
            { text: 'Click "Get a copy of your data".', sources: ['HELP-EXPORT'] },
            { text: 'Choose the categories you want, then click Request archive.', sources: ['HELP-EXPORT'] },
          ],
        },
        {
          kind: 'bullets',
          title: 'Good to know',
          facts: [
            {
              text: 'The categories you chose arrive by email within minutes; the full archive within 24 hours.',
              sources: ['HELP-EXPORT'],
            },
            { text: 'The download link lasts 72 hours.', sources: ['HELP-EXPORT'] },
            {
              text: 'It holds only your own data, and only categories that apply to your account.',
              sources: ['HELP-EXPORT'],
            },
            {
              text: 'LinkedIn does not document that the export shows what was used for AI training.',
              sources: ['HELP-EXPORT'],
            },
          ],
        },
      ],
      links: [{ label: 'Open Data privacy settings', url: DATA_PRIVACY_URL }],
      followUps: [
        { label: 'What data is used', command: '/linkedin-ai what-data' },
        { label: 'Switch it off', command: '/linkedin-optout' },
      ],
      ask: {
        examples: [
          'how do i download my linkedin data',
          'can i see what data linkedin has on me',
          'export my data',
          'how long does the data archive take',
          'does the export show what was used for ai',
          'request a copy of my data gdpr',
          'get copy of data from app possible?',
          'my download link expired',
          'where is get a copy of your data',
        ],
        keywords: [
          'download',
          'export',
          'copy',
          'archive',
          'my data',
          'get a copy',
          'data request',
          'access request',
          'dsar',
          'subject access',
          'backup',
          'zip',
          'see my data',
          'what they have',
          'email',
          '72 hours',
          '24 hours',
        ],
      },
    },

    why: {
      id: 'why',
      title: 'Why it matters',
      summary: 'Why people are upset: on by default, and past training cannot be undone',
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'LinkedIn switched the setting on for members without asking them first.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'It was noticed publicly on 18 Sep 2024, the same day the Privacy Policy change took effect.',
              sources: ['PRIVACY-POLICY', 'SEED'],
            },
            {
              text: 'Switching off does not undo training that already happened.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: "Training can use your profile, posts, comments and what you type into LinkedIn's AI features.",
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            {
              text: "In 2024 the UK's ICO stepped in and Hong Kong's PCPD questioned the default; training there was paused.",
              sources: ['ICO', 'PCPD-2024'],
            },
            {
              text: 'Until you switch it off, what you add from now on can be used for training.',
              sources: ['HELP-SETTING'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Switch it off', command: '/linkedin-optout' },
        { label: 'On by default', command: '/linkedin-ai default' },
        { label: 'What data is used', command: '/linkedin-ai what-data' },
      ],
      ask: {
        examples: [
          'why should i care',
          'why is everyone upset about linkedin ai',
          'is this a big deal?',
          'whats the problem with linkedin training ai',
          'should i bother turning it off',
          'why people angry about this',
          'is it really bad',
          'why this matter for me',
          'what is the backlash about',
        ],
        keywords: [
          'why',
          'matter',
          'matters',
          'care',
          'upset',
          'angry',
          'outrage',
          'backlash',
          'big deal',
          'problem',
          'should i',
          'worth it',
          'bother',
          'ethics',
          'fair',
          'scandal',
          'concern',
        ],
      },
    },

    myths: {
      id: 'myths',
      title: 'Myths, corrected',
      summary: 'Three common claims about the setting, checked',
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Myth: you must opt out again every 60 days. Fact: nothing from LinkedIn says so.',
              sources: ['HELP-SETTING'],
            },
            {
              text: "Myth: opting out deletes your data from LinkedIn's AI. Fact: it only stops future training; past training is not undone.",
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'Myth: your DMs are used for training. Fact: LinkedIn says private messages, including InMail, are excluded.',
              sources: ['HELP-GENAI-FAQ'],
            },
            {
              text: 'But note: group messages are listed as used. They are not private messages.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'What switching off does', command: '/linkedin-ai opt-out-effect' },
        { label: 'What is not used', command: '/linkedin-ai not-used' },
        { label: 'Switch it off', command: '/linkedin-optout' },
      ],
      ask: {
        examples: [
          'do i have to opt out again every 60 days',
          'someone said the setting resets, true?',
          'is it true opting out deletes my data from the ai',
          'are dms really used for training',
          'i saw a viral post saying linkedin reads inmail',
          'myths about linkedin ai',
          'does the opt out expire',
          'heard we must redo it every two months',
          'is this a hoax',
        ],
        keywords: [
          'myth',
          'myths',
          'rumour',
          'rumor',
          'true',
          'false',
          'fake',
          'hoax',
          '60 days',
          'every 60 days',
          'two months',
          'reset',
          'resets',
          'expire',
          'again',
          'redo',
          'viral',
          'heard',
          'dms',
          'inmail',
          'lawsuit',
        ],
      },
    },
  },
};
