// French knowledge base: the same facts, sources and order as en.ts, in French (formal "vous").
// Interface labels are LinkedIn's French labels where a public source quotes them without doubt; a label
// the sources disagree on, or that none quotes, is given in French with LinkedIn's English label beside it.
// Keep in step with en.ts: tests/content/parity.test.ts fails when a fact, source, link or follow-up differs.
import type { Content, ContentLink } from './types.js';

const SETTING_URL = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';
const OBJECTION_FORM_URL = 'https://www.linkedin.com/help/linkedin/ask/TS-DPRO';
const ADS_SETTINGS_URL = 'https://www.linkedin.com/mypreferences/d/categories/ads';
const DATA_PRIVACY_URL = 'https://www.linkedin.com/mypreferences/d/categories/privacy';
const TRUSTED_PARTNERS_URL =
  'https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners';

// Sources quote the toggle's French wording in two forms, so the English label goes beside it.
const TOGGLE =
  "« Utiliser mes données pour entraîner les modèles d'IA de création de contenu » (Use my data for training content creation AI models)";
const FORM = "formulaire d'opposition au traitement des données (Data Processing Objection form)";

const settingLink: ContentLink = { label: 'Ouvrir le paramètre LinkedIn', url: SETTING_URL };

export const fr: Content = {
  locale: 'fr',
  asOf: '2026-11-30',
  settingUrl: SETTING_URL,

  sources: {
    'HELP-SETTING': {
      key: 'HELP-SETTING',
      kind: 'linkedin',
      title: "Aide LinkedIn : le paramètre « Données pour l'amélioration de l'IA générative »",
      url: 'https://www.linkedin.com/help/linkedin/answer/a6278444',
      date: '2026-11',
      dateLabel: 'page non datée, consultée en nov. 2026',
    },
    'HELP-GENAI-FAQ': {
      key: 'HELP-GENAI-FAQ',
      kind: 'linkedin',
      title: "Aide LinkedIn : FAQ sur l'IA générative",
      url: 'https://www.linkedin.com/help/linkedin/answer/a5538339',
      date: '2024-09-18',
      dateLabel: '18 sept. 2024, mise à jour en 2025',
    },
    'HELP-MS-SHARING': {
      key: 'HELP-MS-SHARING',
      kind: 'linkedin',
      title: 'Aide LinkedIn : données partagées avec Microsoft (mise à jour 2025)',
      url: 'https://www.linkedin.com/help/linkedin/answer/a8059228',
      date: '2025-09',
      dateLabel: 'sept. 2025',
    },
    'HELP-DATA-SHARING': {
      key: 'HELP-DATA-SHARING',
      kind: 'linkedin',
      title: 'Aide LinkedIn : le paramètre de partage des données (publicité)',
      url: 'https://www.linkedin.com/help/linkedin/answer/a1397243',
      date: '2026-11',
      dateLabel: 'page non datée, consultée en nov. 2026',
    },
    'HELP-EXPORT': {
      key: 'HELP-EXPORT',
      kind: 'linkedin',
      title: 'Aide LinkedIn : télécharger les données de votre compte',
      url: 'https://www.linkedin.com/help/linkedin/answer/a1339364',
      date: '2026-11',
      dateLabel: 'page non datée, consultée en nov. 2026',
    },
    ERPN: {
      key: 'ERPN',
      kind: 'linkedin',
      title: 'Avis de confidentialité régional européen de LinkedIn',
      url: 'https://www.linkedin.com/legal/privacy/eu',
      date: '2025-11-03',
      dateLabel: 'en vigueur le 3 nov. 2025 (révisé le 21 août 2026, parties IA inchangées)',
    },
    'PRIVACY-POLICY': {
      key: 'PRIVACY-POLICY',
      kind: 'linkedin',
      title: 'Politique de confidentialité de LinkedIn',
      url: 'https://www.linkedin.com/legal/privacy-policy',
      date: '2025-11-03',
      dateLabel: 'version du 3 nov. 2025 (IA depuis le 18 sept. 2024 ; Californie 23 févr. 2026)',
    },
    'USER-AGREEMENT': {
      key: 'USER-AGREEMENT',
      kind: 'linkedin',
      title: "Conditions générales d'utilisation de LinkedIn",
      url: 'https://www.linkedin.com/legal/user-agreement',
      date: '2024-11-20',
      dateLabel: 'version du 20 nov. 2024 ; actuelle en vigueur le 3 nov. 2025',
    },
    'SETTING-URL': {
      key: 'SETTING-URL',
      kind: 'linkedin',
      title: "Le paramètre « Données pour l'amélioration de l'IA générative » (lien direct)",
      url: SETTING_URL,
      date: '2025-11-03',
      dateLabel: "lien donné par l'avis européen du 3 nov. 2025",
    },
    'OBJECTION-FORM': {
      key: 'OBJECTION-FORM',
      kind: 'linkedin',
      title: "Formulaire d'opposition au traitement des données de LinkedIn (Data Processing Objection form)",
      url: OBJECTION_FORM_URL,
      date: '2025-11-03',
      dateLabel: "lien donné par l'avis européen du 3 nov. 2025",
    },
    ICO: {
      key: 'ICO',
      kind: 'regulator',
      title: "Déclaration de l'ICO (régulateur britannique) sur la politique de données IA de LinkedIn",
      url: 'https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2024/09/our-statement-on-changes-to-linkedin-ai-data-policy/',
      date: '2024-09-20',
      dateLabel: '20 sept. 2024, mise à jour le 23 sept. 2025',
    },
    'PCPD-2024': {
      key: 'PCPD-2024',
      kind: 'regulator',
      title: 'Communiqué du PCPD de Hong Kong sur LinkedIn et les données des utilisateurs de Hong Kong',
      url: 'https://pcpd.org.hk/english/news_events/media_statements/press_20241015.html',
      date: '2024-10-15',
      dateLabel: '15 oct. 2024',
    },
    'OPC-2024': {
      key: 'OPC-2024',
      kind: 'regulator',
      title: 'Commissariat à la protection de la vie privée du Canada : communiqué sur LinkedIn',
      url: 'https://www.priv.gc.ca/en/opc-news/news-and-announcements/2024/nr-c_241210b/',
      date: '2024-12-10',
      dateLabel: '10 déc. 2024',
    },
    'DPC-2025': {
      key: 'DPC-2025',
      kind: 'regulator',
      title: 'La Data Protection Commission irlandaise sur les changements de LinkedIn (selon la presse)',
      url: 'https://www.pinsentmasons.com/en-gb/out-law/news/linkedin-gen-ai-training-plans-data-watchdog-intervenes',
      date: '2025-11',
      dateLabel: "nov. 2025 (l'autorité, selon la presse)",
    },
    'AP-2025': {
      key: 'AP-2025',
      kind: 'regulator',
      title:
        "L'autorité néerlandaise (Autoriteit Persoonsgegevens, AP) appelle à désactiver (selon la presse)",
      url: 'https://www.iamexpat.nl/expat-info/dutch-news/linkedin-users-netherlands-urged-block-use-personal-data-ai',
      date: '2025-09-24',
      dateLabel: "24 sept. 2025 (l'autorité, selon la presse)",
    },
    'NEWS-2025-09': {
      key: 'NEWS-2025-09',
      kind: 'press',
      title: "Article de presse sur l'annonce de LinkedIn pour l'Europe, le Canada et Hong Kong",
      url: 'https://www.techradar.com/pro/linkedin-set-to-start-to-train-its-ai-on-member-profiles',
      date: '2025-09-18',
      dateLabel: '18 sept. 2025',
    },
    'NEWS-2024-09-UK': {
      key: 'NEWS-2024-09-UK',
      kind: 'press',
      title: "Article de presse : pas d'entraînement de l'IA dans l'EEE, en Suisse et au Royaume-Uni (2024)",
      url: 'https://www.lbc.co.uk/tech/e8a179de16bc4525a80f3dee73601a8f',
      date: '2024-09',
      dateLabel: 'sept. 2024',
    },
    'LAWSUIT-2025': {
      key: 'LAWSUIT-2025',
      kind: 'press',
      title: "Article sur l'action collective contre LinkedIn au sujet d'InMail",
      url: 'https://www.classaction.org/news/linkedin-exposed-premium-members-inmail-messages-to-train-ai-models-class-action-lawsuit-claims',
      date: '2025-01',
      dateLabel: 'janv. 2025 (article ; plainte déposée le 21 janv., retirée le 30 janv. 2025)',
    },
    SEED: {
      key: 'SEED',
      kind: 'press',
      title:
        "Article de presse : polémique sur l'entraînement de l'IA de LinkedIn avec les données des membres",
      url: null,
      date: '2024-09',
      dateLabel: 'sept. 2024',
    },
  },

  guides: {
    overview: {
      id: 'overview',
      title: "Empêcher LinkedIn d'entraîner l'IA avec vos données",
      summary: 'Pourquoi le désactiver, le lien direct et les guides pas à pas',
      intro: {
        text: 'LinkedIn utilise vos données et vos contenus pour entraîner une IA qui crée du contenu. Le paramètre reste activé tant que vous ne le désactivez pas.',
        sources: ['HELP-SETTING', 'SEED'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: `Le plus rapide : ouvrez le lien direct en étant connecté, puis désactivez ${TOGGLE}.`,
              sources: ['SETTING-URL', 'HELP-SETTING'],
            },
            {
              text: "Cela n'arrête que l'entraînement futur. L'entraînement déjà effectué n'est pas annulé.",
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: "Vous préférez passer par les menus ? Choisissez ci-dessous le guide pour ordinateur ou pour l'application mobile.",
              sources: ['HELP-SETTING', 'SEED'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Étapes sur ordinateur', command: '/linkedin-optout desktop' },
        { label: "Étapes dans l'application", command: '/linkedin-optout mobile' },
        { label: 'Ce que fait la désactivation', command: '/linkedin-ai opt-out-effect' },
        { label: "Pourquoi c'est important", command: '/linkedin-ai why' },
      ],
      ask: {
        examples: [
          "comment refuser l'entraînement de l'IA de LinkedIn",
          "comment empêcher linkedin d'utiliser mes données pour l'ia",
          'désactiver entrainement ia',
          "est-ce qu'on peut désactiver ça ?",
          'linkedin ia opt out svp',
          "comment faire pour que linkedin n'utilise plus mes posts pour l'IA",
          'je dois faire quoi pour arrêter ça',
          "comment stopper linkedin qui entraine l'ia avec mon profil",
          "je peux dire non à l'entraînement de l'ia ?",
          "par où commencer pour m'opposer",
          "comment s'opposer a l'utilisation de mes données par linkedin",
        ],
        keywords: [
          'désactiver',
          'desactiver',
          'refuser',
          'opposer',
          "s'opposer",
          'opposition',
          'opt out',
          'opt-out',
          'arrêter',
          'empêcher',
          'stopper',
          'dire non',
          'entraînement',
          'entrainement',
          'ia',
          'ia générative',
          'intelligence artificielle',
          'comment',
          'paramètre',
          'guide',
        ],
      },
    },

    desktop: {
      id: 'desktop',
      title: 'Le désactiver sur ordinateur (web)',
      summary: 'Pas à pas dans un navigateur sur votre ordinateur',
      sections: [
        {
          kind: 'steps',
          facts: [
            {
              text: 'Cliquez sur « Vous » (votre photo de profil dans la barre du haut).',
              sources: ['SEED', 'HELP-SETTING'],
            },
            { text: 'Choisissez « Préférences et confidentialité ».', sources: ['SEED', 'HELP-SETTING'] },
            { text: 'Ouvrez « Confidentialité des données ».', sources: ['SEED', 'HELP-SETTING'] },
            {
              text: "Dans la partie « Comment LinkedIn utilise vos données » (How LinkedIn uses your data), cliquez sur « Données pour l'amélioration de l'IA générative ».",
              sources: ['SEED', 'HELP-SETTING'],
            },
            {
              text: `Désactivez ${TOGGLE}.`,
              sources: ['SEED', 'HELP-SETTING'],
            },
          ],
        },
        {
          kind: 'bullets',
          title: 'Bon à savoir',
          facts: [
            {
              text: "Cela n'arrête que l'entraînement futur. L'entraînement déjà effectué n'est pas annulé.",
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'Le paramètre vaut pour un seul compte. Vous aidez votre famille ou des collègues ? Désactivez-le sur chacun de leurs comptes.',
              sources: ['HELP-SETTING'],
            },
            {
              text: "Raccourci : le lien direct ouvre l'interrupteur quand vous êtes connecté.",
              sources: ['SETTING-URL'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: "Étapes dans l'application", command: '/linkedin-optout mobile' },
        { label: 'Ce que fait la désactivation', command: '/linkedin-ai opt-out-effect' },
        { label: "Autres usages de l'IA", command: '/linkedin-ai other-ai' },
      ],
      ask: {
        examples: [
          'comment le désactiver sur mon ordi portable',
          'où est le paramètre',
          "où se trouve le réglage de l'ia sur le site linkedin",
          'comment désactiver sur pc',
          "je trouve pas Données pour l'amélioration de l'IA générative",
          "étapes pour désactiver l'entraînement ia dans le navigateur",
          "c'est où dans préférences et confidentialité",
          'comment je désactive ça sur ordinateur ?',
          'linkedin version web désactiver étapes',
          "dans quel menu est l'interrupteur ia",
          'désactiver entrainement ia sur mac',
        ],
        keywords: [
          'ordinateur',
          'ordi',
          'portable',
          'pc',
          'mac',
          'navigateur',
          'web',
          'site',
          'site web',
          'chrome',
          'firefox',
          'bureau',
          'désactiver',
          'où est le paramètre',
          'préférences et confidentialité',
          'confidentialité des données',
          'interrupteur',
          'bouton',
          'menu',
          'étapes',
          'réglages',
        ],
      },
    },

    mobile: {
      id: 'mobile',
      title: "Le désactiver dans l'application mobile",
      summary: "Pas à pas dans l'application LinkedIn sur iPhone ou Android",
      intro: {
        text: "Sur iPhone et Android, c'est pareil. LinkedIn ne décrit pas de parcours distinct pour chacun.",
        sources: ['SEED', 'AP-2025'],
      },
      sections: [
        {
          kind: 'steps',
          facts: [
            { text: 'Touchez votre photo de profil.', sources: ['SEED', 'AP-2025'] },
            {
              text: 'Touchez « Préférences » (Settings).',
              sources: ['SEED', 'AP-2025'],
            },
            { text: 'Touchez « Confidentialité des données ».', sources: ['SEED', 'AP-2025'] },
            {
              text: "Touchez « Données pour l'amélioration de l'IA générative ».",
              sources: ['SEED', 'AP-2025'],
            },
            {
              text: `Désactivez ${TOGGLE}.`,
              sources: ['SEED', 'AP-2025', 'HELP-SETTING'],
            },
          ],
        },
        {
          kind: 'bullets',
          title: 'Bon à savoir',
          facts: [
            {
              text: "Cela n'arrête que l'entraînement futur. L'entraînement déjà effectué n'est pas annulé.",
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'Le paramètre vaut pour un seul compte. Vous aidez votre famille ou des collègues ? Désactivez-le sur chacun de leurs comptes.',
              sources: ['HELP-SETTING'],
            },
            {
              text: "Raccourci : le lien direct ouvre l'interrupteur quand vous êtes connecté.",
              sources: ['SETTING-URL'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Étapes sur ordinateur', command: '/linkedin-optout desktop' },
        { label: 'Juste le lien', command: '/linkedin-optout link' },
        { label: 'Ce que fait la désactivation', command: '/linkedin-ai opt-out-effect' },
      ],
      ask: {
        examples: [
          'comment faire sur mon téléphone',
          'étapes sur iphone ?',
          "comment désactiver l'entraînement ia dans l'appli linkedin",
          'android linkedin désactiver ia',
          "je le trouve pas dans l'application",
          "c'est différent sur ios et android ?",
          "où est confidentialité des données dans l'appli",
          'comment désactiver ça sur mobile',
          "j'utilise linkedin que sur mon portable, comment désactiver",
          'désactiver sur iOS',
        ],
        keywords: [
          'mobile',
          'téléphone',
          'telephone',
          'smartphone',
          'portable',
          'iphone',
          'ios',
          'android',
          'appli',
          'application',
          'app',
          'samsung',
          'pixel',
          'toucher',
          'désactiver',
          'confidentialité des données',
          'interrupteur',
        ],
      },
    },

    link: {
      id: 'link',
      title: 'Lien direct vers le paramètre',
      summary: "Le lien qui ouvre directement l'interrupteur de l'entraînement de l'IA",
      intro: {
        text: `Lien direct : ${SETTING_URL}`,
        sources: ['SETTING-URL'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: "Ouvrez-le en étant connecté à LinkedIn : il mène directement à l'interrupteur « Données pour l'amélioration de l'IA générative ».",
              sources: ['SETTING-URL', 'HELP-SETTING'],
            },
            {
              text: `Désactivez ${TOGGLE}.`,
              sources: ['HELP-SETTING'],
            },
            {
              text: 'Il ne modifie que le compte avec lequel vous êtes connecté. Recommencez pour chaque compte.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'LinkedIn renvoie vers cette même page depuis son avis de confidentialité européen.',
              sources: ['ERPN', 'SETTING-URL'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Étapes sur ordinateur', command: '/linkedin-optout desktop' },
        { label: "Étapes dans l'application", command: '/linkedin-optout mobile' },
        { label: 'Ce que fait la désactivation', command: '/linkedin-ai opt-out-effect' },
      ],
      ask: {
        examples: [
          'le lien ?',
          'quel est le lien direct vers le paramètre',
          "tu peux juste me donner l'url",
          'envoie-moi le lien pour désactiver',
          'il y a un lien raccourci ?',
          'lien direct vers le réglage ia de linkedin',
          "svp partagez le lien pour l'opposition",
          "quelle url ouvre l'interrupteur",
        ],
        keywords: [
          'lien',
          'url',
          'lien direct',
          'adresse',
          'adresse web',
          'raccourci',
          'page',
          'rapide',
          'le plus rapide',
        ],
      },
    },

    'objection-form': {
      id: 'objection-form',
      title: "S'opposer aux autres usages de l'IA",
      summary: "Le formulaire d'opposition, pour les usages de l'IA que l'interrupteur ne couvre pas",
      intro: {
        text: "L'interrupteur ne couvre que l'IA qui crée du contenu. Il ne couvre pas l'IA de votre fil et de vos recommandations, ni celle de la sécurité, de la protection et de la lutte contre les abus.",
        sources: ['HELP-SETTING'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: `Là où vous avez un droit d'opposition, par exemple dans l'UE, l'EEE, en Suisse et au Royaume-Uni, vous pouvez remplir le ${FORM}.`,
              sources: ['OBJECTION-FORM', 'ERPN'],
            },
            {
              text: "LinkedIn peut refuser une opposition s'il invoque des motifs légitimes impérieux. Son propre exemple : l'adresse IP utilisée pour vous connecter, conservée par mesure de sécurité.",
              sources: ['ERPN'],
            },
            {
              text: "Le formulaire est accessible depuis l'avis de confidentialité européen de LinkedIn.",
              sources: ['ERPN', 'OBJECTION-FORM'],
            },
            {
              text: "Pour l'IA qui crée du contenu, utilisez le paramètre lui-même et désactivez-le.",
              sources: ['HELP-SETTING', 'SETTING-URL'],
            },
          ],
        },
      ],
      links: [{ label: "Ouvrir le formulaire d'opposition", url: OBJECTION_FORM_URL }, settingLink],
      followUps: [
        { label: "Autres usages de l'IA", command: '/linkedin-ai other-ai' },
        { label: 'Régions', command: '/linkedin-ai regions' },
        { label: 'Juste le lien du paramètre', command: '/linkedin-optout link' },
      ],
      ask: {
        examples: [
          "comment m'opposer à l'utilisation de mes données pour les autres IA",
          "lien du formulaire d'opposition",
          "je peux aussi arrêter l'ia de mon fil ?",
          "y a-t-il un formulaire pour le droit d'opposition rgpd",
          "comment s'opposer au traitement de mes données",
          "l'interrupteur ne couvre pas les recommandations, je fais comment",
          "je suis en belgique, je peux m'opposer ?",
          "où est le formulaire d'opposition au traitement des données",
          'linkedin peut refuser mon opposition ?',
          'article 21 rgpd linkedin',
        ],
        keywords: [
          'opposition',
          "s'opposer",
          'opposer',
          "formulaire d'opposition",
          "droit d'opposition",
          'formulaire',
          'traitement des données',
          'traitement',
          'rgpd',
          'gdpr',
          'article 21',
          'limitation',
          'limiter',
          'fil',
          "fil d'actualité",
          'recommandations',
          'sécurité',
          'refuser',
          'motifs impérieux',
        ],
      },
    },

    'ads-sharing': {
      id: 'ads-sharing',
      title: 'Partage de données publicitaires avec Microsoft',
      summary: "Empêcher vos données LinkedIn de cibler les pubs Microsoft (sans lien avec l'IA)",
      intro: {
        text: "Il s'agit de publicité, pas d'entraînement de l'IA. Hors de l'UE, de l'EEE, de la Suisse et du Royaume-Uni, LinkedIn partage des données avec Microsoft pour des publicités personnalisées.",
        sources: ['HELP-MS-SHARING', 'PRIVACY-POLICY'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Depuis le 3 nov. 2025, LinkedIn partage pour cela plus de types de données : profil, activité dans le fil et interactions avec les publicités.',
              sources: ['HELP-MS-SHARING', 'PRIVACY-POLICY'],
            },
            {
              text: 'Depuis le 23 févr. 2026, la notice pour la Californie (États-Unis) de la Politique de confidentialité indique que Microsoft peut afficher ces publicités partout, y compris hors de ses propres services.',
              sources: ['PRIVACY-POLICY'],
            },
            {
              text: 'Pour refuser, la Politique de confidentialité renvoie au paramètre de partage des données avec des partenaires de confiance (share data with trusted partners) : le premier lien ci-dessous.',
              sources: ['PRIVACY-POLICY'],
            },
            {
              text: "S'il n'apparaît pas chez vous, cherchez sur la page des paramètres de données publicitaires (Advertising data). Vous verrez toujours des publicités ; elles ne sont simplement plus personnalisées avec vos données LinkedIn.",
              sources: ['HELP-DATA-SHARING'],
            },
            {
              text: "L'intitulé exact de l'interrupteur sur ces pages n'est pas confirmé.",
              sources: ['HELP-DATA-SHARING', 'PRIVACY-POLICY'],
              unconfirmed: true,
            },
            {
              text: 'Pour les données déjà partagées avec Microsoft, LinkedIn renvoie aux réglages de confidentialité de Microsoft (la page de confidentialité du compte Microsoft).',
              sources: ['HELP-MS-SHARING'],
            },
            {
              text: "L'interrupteur de l'entraînement de l'IA est un paramètre distinct. Désactivez-le aussi si vous le souhaitez.",
              sources: ['HELP-SETTING'],
            },
          ],
        },
      ],
      links: [
        { label: 'Ouvrir le paramètre de partage des données', url: TRUSTED_PARTNERS_URL },
        { label: 'Ouvrir les paramètres publicitaires', url: ADS_SETTINGS_URL },
        settingLink,
      ],
      followUps: [
        { label: 'LinkedIn et Microsoft', command: '/linkedin-ai microsoft' },
        { label: "Lien du paramètre de l'IA", command: '/linkedin-optout link' },
      ],
      ask: {
        examples: [
          'comment empêcher linkedin de partager mes données avec microsoft pour la pub',
          'désactiver les pubs microsoft',
          'est-ce que linkedin donne mes données à microsoft advertising',
          'désactiver les publicités personnalisées avec mes données linkedin',
          'je verrai encore des pubs si je désactive ?',
          'où est le paramètre de partage des données',
          'partage pub microsoft comment désactiver',
          'nouveau partage de données avec microsoft nov 2025',
          'microsoft peut afficher des pubs avec mes données linkedin ailleurs ?',
          'paramètre partager les données avec des partenaires de confiance',
        ],
        keywords: [
          'pub',
          'pubs',
          'publicité',
          'publicités',
          'annonces',
          'publicité personnalisée',
          'publicités ciblées',
          'ciblage',
          'microsoft',
          'partage des données',
          'partage',
          'partager',
          'marketing',
          'bing',
          'pistage',
          'tracking',
          'partenaires de confiance',
          'californie',
        ],
      },
    },
  },

  topics: {
    'what-data': {
      id: 'what-data',
      title: "Les données utilisées pour entraîner l'IA",
      summary: "Les types de données qui servent à entraîner l'IA de création de contenu de LinkedIn",
      intro: {
        text: "LinkedIn énumère ces données pour entraîner son IA de création de contenu, dans sa FAQ sur l'IA et son avis de confidentialité européen.",
        sources: ['HELP-GENAI-FAQ', 'ERPN'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Profil : nom, photo, poste actuel, parcours professionnel, formation, lieu, compétences, résumé, certifications, licences, bénévolat, publications, brevets, validations de compétences, recommandations.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            {
              text: 'Les contenus que vous créez : posts, articles, réponses aux sondages, contributions et commentaires.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            {
              text: "Ce que vous saisissez dans les fonctionnalités d'IA de LinkedIn (prompts, questions, conversations) et ce qu'elles vous répondent.",
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            {
              text: 'Votre activité dans les groupes et les messages de groupe.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            {
              text: "Les réponses aux questions de présélection des offres d'emploi, et les CV enregistrés sur LinkedIn.",
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            {
              text: 'Vos retours, comme les pouces levés ou baissés et les signalements (cités dans la FAQ).',
              sources: ['HELP-GENAI-FAQ'],
            },
            {
              text: "En 2024, la FAQ était plus brève : posts et articles, fréquence d'utilisation de LinkedIn, langue préférée et retours.",
              sources: ['SEED', 'HELP-GENAI-FAQ'],
            },
          ],
        },
        {
          kind: 'text',
          title: 'Non utilisé',
          facts: [
            {
              text: 'Vos messages privés, InMail compris, ne sont pas utilisés, selon la FAQ.',
              sources: ['HELP-GENAI-FAQ'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: "Ce qui n'est pas utilisé", command: '/linkedin-ai not-used' },
        { label: 'Le désactiver', command: '/linkedin-optout' },
        { label: 'Ce que fait la désactivation', command: '/linkedin-ai opt-out-effect' },
      ],
      ask: {
        examples: [
          "quelles données linkedin utilise pour l'ia",
          "est-ce que mes posts servent à entraîner l'ia",
          'ils prennent ma photo de profil ?',
          "mon cv est utilisé pour l'entrainement ?",
          "sur quoi exactement ils entraînent l'ia",
          'linkedin entraîne son ia avec les commentaires ?',
          'quelles infos de mon profil ils prennent',
          "mes prompts dans l'assistant d'écriture ia sont utilisés ?",
          "les posts de groupe pour l'ia ?",
          'mes réponses aux questions de candidature sont utilisées ?',
        ],
        keywords: [
          'quelles données',
          'données',
          'profil',
          'posts',
          'publications',
          'articles',
          'commentaires',
          'photo',
          'photo de profil',
          'cv',
          'curriculum',
          'parcours',
          'expérience',
          'compétences',
          'formation',
          'groupes',
          'messages de groupe',
          'sondages',
          'prompts',
          'retours',
          'questions de présélection',
          'contenus',
          'entraîné avec',
          'collecter',
        ],
      },
    },

    'not-used': {
      id: 'not-used',
      title: 'Ce que LinkedIn dit ne pas utiliser',
      summary: 'Messages privés, mots de passe, paiement, salaire et membres de moins de 18 ans',
      intro: {
        text: "Selon la FAQ de LinkedIn sur l'IA générative, ces données ne servent pas à l'entraînement :",
        sources: ['HELP-GENAI-FAQ'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Les messages privés, y compris InMail et les messages de la messagerie.',
              sources: ['HELP-GENAI-FAQ'],
            },
            { text: 'Les identifiants de connexion, comme votre mot de passe.', sources: ['HELP-GENAI-FAQ'] },
            { text: 'Les données de paiement et de carte bancaire.', sources: ['HELP-GENAI-FAQ'] },
            {
              text: 'Les données de salaire, et les données de candidature liées à un membre identifié.',
              sources: ['HELP-GENAI-FAQ'],
            },
            {
              text: 'Les données des membres que LinkedIn pense âgés de moins de 18 ans, même si leur interrupteur est activé.',
              sources: ['HELP-GENAI-FAQ'],
            },
            {
              text: 'Attention : les messages de groupe ne sont pas des messages privés. LinkedIn les cite parmi les données utilisées.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
          ],
        },
      ],
      links: [],
      followUps: [
        { label: 'Les données utilisées', command: '/linkedin-ai what-data' },
        { label: 'Idées reçues', command: '/linkedin-ai myths' },
        { label: 'Le désactiver', command: '/linkedin-optout' },
      ],
      ask: {
        examples: [
          "mes messages privés servent à entraîner l'ia ?",
          "linkedin lit mes messages privés pour l'ia ?",
          'et les inmail ?',
          'ils entraînent avec ma messagerie ?',
          'mon mot de passe ou ma carte bancaire sont utilisés ?',
          'et mes infos de salaire ?',
          'les données des enfants sont utilisées ?',
          'mon fils a 16 ans, son profil est utilisé ?',
          "qu'est-ce qu'ils n'utilisent pas",
          "mes messages sont à l'abri de l'entraînement ?",
        ],
        keywords: [
          'dm',
          'mp',
          'messages privés',
          'messages',
          'messagerie',
          'boîte de réception',
          'inmail',
          'chat',
          'mot de passe',
          'identifiants',
          'connexion',
          'carte bancaire',
          'paiement',
          'salaire',
          'candidatures',
          'pas utilisé',
          'exclu',
          'moins de 18 ans',
          'mineurs',
          'enfants',
          'ado',
          'adolescent',
        ],
      },
    },

    default: {
      id: 'default',
      title: 'Activé par défaut',
      summary: 'Le paramètre a été activé pour les membres sans leur demander leur avis',
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: "Le paramètre est activé par défaut. Les membres ont été inclus sans qu'on leur demande leur avis.",
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: "Il a été remarqué publiquement le 18 sept. 2024, déjà activé. La Politique de confidentialité a ajouté l'entraînement de l'IA le jour même.",
              sources: ['PRIVACY-POLICY', 'SEED'],
            },
            {
              text: "Depuis le 3 nov. 2025, l'entraînement a aussi lieu dans l'UE, l'EEE, en Suisse, au Royaume-Uni, au Canada et à Hong Kong. Les membres de ces régions le désactivent avec le même paramètre.",
              sources: ['ERPN', 'NEWS-2025-09', 'SETTING-URL'],
            },
            {
              text: "Pour l'UE, l'EEE, la Suisse et le Royaume-Uni, l'avis européen de LinkedIn invoque les intérêts légitimes comme base juridique.",
              sources: ['ERPN'],
            },
            {
              text: "Pour vérifier le vôtre, ouvrez le lien direct en étant connecté et regardez l'interrupteur.",
              sources: ['SETTING-URL'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Le désactiver', command: '/linkedin-optout' },
        { label: "Pourquoi c'est important", command: '/linkedin-ai why' },
        { label: 'Régions', command: '/linkedin-ai regions' },
      ],
      ask: {
        examples: [
          "c'est activé par défaut ?",
          "linkedin m'a inscrit automatiquement ?",
          "j'ai jamais accepté ça ??",
          "pourquoi j'ai été inclus sans consentement",
          "ça a été activé sans qu'on me demande ?",
          'ils ont demandé la permission ?',
          "l'entraînement ia est activé pour tout le monde ?",
          "j'ai jamais touché aux réglages, c'est activé chez moi ?",
          'activé automatiquement ?',
        ],
        keywords: [
          'par défaut',
          'défaut',
          'automatiquement',
          'automatique',
          'activé',
          'inscrit',
          'opt-in',
          'consentement',
          'accord',
          'accepté',
          'jamais accepté',
          'sans demander',
          'permission',
          'autorisation',
          'pour tout le monde',
          'intérêt légitime',
        ],
      },
    },

    'opt-out-effect': {
      id: 'opt-out-effect',
      title: 'Ce que fait la désactivation',
      summary: "Elle n'arrête que l'entraînement futur ; elle n'annule pas l'entraînement passé",
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: "Une fois le paramètre désactivé, LinkedIn et ses sociétés affiliées n'utilisent plus vos données et contenus pour entraîner une IA qui crée du contenu, à partir de ce moment-là.",
              sources: ['HELP-SETTING'],
            },
            {
              text: "Cela n'annule pas l'entraînement déjà effectué.",
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: "Cela ne couvre pas l'IA de votre fil et de vos recommandations, ni celle de la sécurité, de la protection et de la lutte contre les abus.",
              sources: ['HELP-SETTING'],
            },
            {
              text: `Pour ces autres usages, les membres qui ont un droit d'opposition peuvent remplir le ${FORM}.`,
              sources: ['OBJECTION-FORM', 'ERPN'],
            },
            {
              text: "Vous pouvez toujours utiliser les fonctionnalités d'écriture par IA de LinkedIn. Ce que vous y saisissez est traité pour vous répondre.",
              sources: ['HELP-SETTING'],
            },
            {
              text: 'Cela vaut pour un seul compte. Désactivez-le sur chaque compte que vous utilisez ou dont vous vous occupez.',
              sources: ['HELP-SETTING'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Le désactiver', command: '/linkedin-optout' },
        { label: "Autres usages de l'IA", command: '/linkedin-ai other-ai' },
        { label: 'Idées reçues', command: '/linkedin-ai myths' },
      ],
      ask: {
        examples: [
          'si je désactive, ça supprime mes données ?',
          'désactiver efface ce qui a déjà été entraîné ?',
          "c'est rétroactif ?",
          "il se passe quoi une fois que c'est désactivé",
          'trop tard ? ils ont déjà utilisé mes posts',
          "je peux encore utiliser l'assistant d'écriture ia après ?",
          "l'opposition annule l'entraînement passé ?",
          "mes anciens posts seront retirés de l'ia ?",
          "qu'est-ce qui change quand c'est désactivé",
          "désactiver arrête toute l'ia ?",
        ],
        keywords: [
          'supprimer',
          'effacer',
          'annuler',
          'retirer',
          'déjà entraîné',
          'rétroactif',
          'données passées',
          'anciens posts',
          'trop tard',
          'que se passe-t-il',
          'après',
          'effet',
          'ça sert à quoi',
          'futur',
          'à partir de',
          'sociétés affiliées',
          "fonctionnalités d'ia",
          "assistant d'écriture",
        ],
      },
    },

    'other-ai': {
      id: 'other-ai',
      title: "Les autres usages de l'IA que le paramètre ne couvre pas",
      summary: 'IA du fil, des recommandations, de la sécurité et du recrutement : non couvertes',
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: "L'interrupteur ne couvre que les modèles d'IA qui créent du contenu.",
              sources: ['HELP-SETTING'],
            },
            {
              text: "Il ne couvre pas l'IA qui personnalise votre fil et vos recommandations.",
              sources: ['HELP-SETTING'],
            },
            {
              text: "Il ne couvre pas non plus l'IA utilisée pour la sécurité, la protection et la lutte contre les abus.",
              sources: ['HELP-SETTING'],
            },
            {
              text: `Dans l'UE, l'EEE, en Suisse, au Royaume-Uni et ailleurs là où existe un droit d'opposition, vous pouvez remplir le ${FORM}.`,
              sources: ['OBJECTION-FORM', 'ERPN'],
            },
            {
              text: "LinkedIn peut refuser une opposition s'il invoque des motifs légitimes impérieux. Son propre exemple : l'adresse IP utilisée pour vous connecter, conservée par mesure de sécurité.",
              sources: ['ERPN'],
            },
            {
              text: "L'IA qui aide les recruteurs, comme le Hiring Assistant de LinkedIn, qui travaille avec les profils et les CV des membres pour les employeurs, est un usage distinct. L'interrupteur ne la couvre pas.",
              sources: ['ERPN'],
            },
          ],
        },
      ],
      links: [{ label: "Ouvrir le formulaire d'opposition", url: OBJECTION_FORM_URL }, settingLink],
      followUps: [
        { label: "Guide du formulaire d'opposition", command: '/linkedin-optout objection-form' },
        { label: 'LinkedIn et Microsoft', command: '/linkedin-ai microsoft' },
        { label: 'Régions', command: '/linkedin-ai regions' },
      ],
      ask: {
        examples: [
          "l'interrupteur arrête aussi l'ia de mon fil ?",
          "et l'algorithme de recommandation ?",
          "l'ia est encore utilisée sur mes données après l'opposition ?",
          "d'autres usages de l'ia non couverts ?",
          'ça couvre la sécurité et la détection de spam ?',
          "je peux désactiver l'ia du fil d'actualité ?",
          "ils utilisent encore l'ia pour les recommandations ??",
          "qu'est-ce que le paramètre ne couvre pas",
          "le hiring assistant est couvert par l'interrupteur ?",
        ],
        keywords: [
          'fil',
          "fil d'actualité",
          'recommandations',
          'algorithme',
          'classement',
          'personnalisation',
          'sécurité',
          'protection',
          'abus',
          'spam',
          'fraude',
          'autres ia',
          'non couvert',
          'opposition',
          "s'opposer",
          "droit d'opposition",
          'hiring assistant',
          'recruteur',
          'recruteurs',
          'recrutement',
        ],
      },
    },

    privacy: {
      id: 'privacy',
      title: 'Comment LinkedIn dit protéger vos données',
      summary: "Ce que LinkedIn affirme sur la limitation des données personnelles dans l'entraînement",
      intro: {
        text: 'Ce sont les affirmations de LinkedIn. Rien de public ne permet de les vérifier.',
        sources: ['HELP-GENAI-FAQ'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: "LinkedIn dit chercher à réduire au minimum les données personnelles dans ses jeux d'entraînement.",
              sources: ['HELP-GENAI-FAQ', 'SEED'],
            },
            {
              text: 'LinkedIn dit utiliser des technologies de protection de la vie privée qui masquent ou suppriment les données personnelles.',
              sources: ['HELP-GENAI-FAQ', 'SEED'],
            },
            {
              text: 'LinkedIn dit que certains de ses modèles proviennent du service Azure OpenAI de Microsoft.',
              sources: ['HELP-GENAI-FAQ', 'SEED'],
            },
            {
              text: "Les données des membres que LinkedIn pense âgés de moins de 18 ans ne sont pas utilisées, même si l'interrupteur est activé.",
              sources: ['HELP-GENAI-FAQ'],
            },
            {
              text: "Désactiver le paramètre arrête l'utilisation future de vos données pour l'entraînement.",
              sources: ['HELP-SETTING'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: "Ce qui n'est pas utilisé", command: '/linkedin-ai not-used' },
        { label: 'LinkedIn et Microsoft', command: '/linkedin-ai microsoft' },
        { label: 'Le désactiver', command: '/linkedin-optout' },
      ],
      ask: {
        examples: [
          "mes données sont anonymisées avant l'entraînement ?",
          'ils retirent les infos personnelles ?',
          "comment linkedin protège ma vie privée dans l'entraînement de l'ia",
          "c'est sûr ?",
          "c'est quoi ces technologies de protection de la vie privée",
          'ils masquent les noms ?',
          "quel modèle d'ia ils utilisent, openai ?",
          'les données des ados sont protégées ?',
          "quelqu'un peut vérifier ce que dit linkedin ?",
        ],
        keywords: [
          'vie privée',
          'confidentialité',
          'protéger',
          'protection',
          'sûr',
          'sécurisé',
          'anonymisé',
          'anonymisées',
          'anonyme',
          'pseudonymisé',
          'masquer',
          'données personnelles',
          'minimiser',
          'réduire',
          'azure',
          'openai',
          'moins de 18 ans',
          'mineurs',
          'enfants',
          'ados',
          'vérifier',
        ],
      },
    },

    regions: {
      id: 'regions',
      title: 'Régions : UE, EEE, Suisse, Royaume-Uni, Canada, Hong Kong',
      summary:
        'UE, EEE, Suisse, Royaume-Uni, Canada, Hong Kong : entraînement depuis le 3 nov. 2025, autorités',
      intro: {
        text: "Depuis le 3 nov. 2025, LinkedIn entraîne aussi son IA avec les données des membres de l'UE, de l'EEE, de Suisse, du Royaume-Uni, du Canada et de Hong Kong. Le même paramètre permet de le désactiver.",
        sources: ['ERPN', 'NEWS-2025-09', 'SETTING-URL'],
      },
      sections: [
        {
          kind: 'bullets',
          title: 'En 2024',
          facts: [
            {
              text: "À partir du 18 sept. 2024, LinkedIn n'a pas activé l'entraînement dans l'UE, l'EEE et en Suisse, ni, quelques jours plus tard, au Royaume-Uni : il n'y a jamais commencé en 2024.",
              sources: ['HELP-GENAI-FAQ', 'NEWS-2024-09-UK'],
            },
            {
              text: "20 sept. 2024 : l'ICO britannique a indiqué que LinkedIn avait suspendu l'entraînement avec les données des membres du Royaume-Uni.",
              sources: ['ICO'],
            },
            {
              text: "Hong Kong : le PCPD s'est inquiété du réglage par défaut le 3 oct. 2024 ; LinkedIn a suspendu l'utilisation des données des membres de Hong Kong à compter du 11 oct. 2024 (communiqué du PCPD du 15 oct. 2024).",
              sources: ['PCPD-2024'],
            },
            {
              text: "Canada : le 10 déc. 2024, le Commissariat à la protection de la vie privée a annoncé que LinkedIn avait temporairement suspendu l'entraînement avec les données des membres canadiens. Il n'a pas donné de date pour cette suspension.",
              sources: ['OPC-2024'],
            },
          ],
        },
        {
          kind: 'bullets',
          title: 'Depuis 2025',
          facts: [
            {
              text: "18 sept. 2025 : LinkedIn a annoncé que l'entraînement s'étendrait à ces six régions à partir du 3 nov. 2025, selon la presse du jour.",
              sources: ['NEWS-2025-09'],
              reported: true,
            },
            {
              text: "Royaume-Uni, 23 sept. 2025 : l'ICO a indiqué que LinkedIn avait simplifié l'opposition et laissé aux membres plus de temps avant le début de l'entraînement.",
              sources: ['ICO'],
            },
            {
              text: "Pays-Bas, 24 sept. 2025 : l'autorité néerlandaise (AP) a appelé les membres à désactiver le paramètre avant le 3 nov. 2025 ; LinkedIn prévoyait d'utiliser des données remontant à 2003.",
              sources: ['AP-2025'],
            },
            {
              text: "Irlande, nov. 2025 : l'autorité irlandaise (DPC) a indiqué que LinkedIn avait restreint les données utilisées (types et ancienneté), protégeait mieux les moins de 18 ans et filtrait les contenus sensibles, comme les contenus syndicaux, dans certaines pages et certains groupes.",
              sources: ['DPC-2025'],
            },
            {
              text: "L'autorité irlandaise (DPC) a aussi indiqué qu'elle n'avait pas approuvé le traitement, et a demandé à LinkedIn un rapport dans un délai de cinq mois.",
              sources: ['DPC-2025'],
            },
            {
              text: "Pour l'UE, l'EEE, la Suisse et le Royaume-Uni, l'avis européen de LinkedIn invoque les intérêts légitimes comme base juridique de l'entraînement.",
              sources: ['ERPN'],
            },
            {
              text: `Vous pouvez aussi y remplir le ${FORM} pour les usages de l'IA que l'interrupteur ne couvre pas.`,
              sources: ['OBJECTION-FORM', 'ERPN'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Le désactiver', command: '/linkedin-optout' },
        { label: 'Chronologie complète', command: '/linkedin-ai timeline' },
        { label: "Formulaire d'opposition", command: '/linkedin-optout objection-form' },
      ],
      ask: {
        examples: [
          "ça s'applique dans l'ue ?",
          'je suis en france, je dois désactiver ?',
          'le royaume-uni est concerné ?',
          'je croyais que le rgpd nous protégeait de ça',
          'le canada a suspendu ?',
          'hong kong aussi ?',
          'je vis en suisse, je devrais le désactiver ?',
          "l'europe était exclue non ?",
          "quand l'entraînement a commencé en europe",
          'mon pays est concerné ?',
          "qu'a dit la commission irlandaise de protection des données",
          "l'autorité néerlandaise a mis en garde ?",
          'et en belgique ?',
        ],
        keywords: [
          'ue',
          'union européenne',
          'europe',
          'européen',
          'rgpd',
          'gdpr',
          'royaume-uni',
          'angleterre',
          'uk',
          'canada',
          'québec',
          'hong kong',
          'suisse',
          'eee',
          'france',
          'belgique',
          'luxembourg',
          'pays',
          'région',
          'suspendu',
          'repris',
          'ico',
          'pcpd',
          'opc',
          'dpc',
          'irlande',
          'irlandaise',
          'pays-bas',
          'néerlandaise',
          'autorité',
          'cnil',
          'approuvé',
          '2003',
          'intérêt légitime',
        ],
      },
    },

    timeline: {
      id: 'timeline',
      title: 'Chronologie',
      summary: 'Les dates clés, de sept. 2024 à août 2026',
      sections: [
        {
          kind: 'bullets',
          title: '2024',
          facts: [
            {
              text: "18 sept. 2024 : le paramètre a été remarqué publiquement, déjà activé. La Politique de confidentialité a ajouté l'entraînement de l'IA, en vigueur ce jour-là.",
              sources: ['PRIVACY-POLICY', 'SEED'],
            },
            {
              text: "18 sept. 2024 : l'entraînement n'a pas été activé pour les membres de l'UE, de l'EEE et de Suisse, ni, quelques jours plus tard, pour ceux du Royaume-Uni.",
              sources: ['HELP-GENAI-FAQ', 'NEWS-2024-09-UK'],
            },
            {
              text: "20 sept. 2024 : l'ICO britannique a indiqué que LinkedIn avait suspendu l'entraînement avec les données des membres du Royaume-Uni.",
              sources: ['ICO'],
            },
            {
              text: "3 oct. 2024 : le PCPD de Hong Kong s'est inquiété du réglage par défaut. LinkedIn a suspendu l'utilisation des données des membres de Hong Kong à compter du 11 oct. 2024.",
              sources: ['PCPD-2024'],
            },
            {
              text: "20 nov. 2024 : de nouvelles conditions d'utilisation sont entrées en vigueur, avec une clause sur les fonctionnalités d'IA générative.",
              sources: ['USER-AGREEMENT', 'SEED'],
            },
            {
              text: "10 déc. 2024 : le Commissariat à la protection de la vie privée du Canada a annoncé que LinkedIn avait temporairement suspendu l'entraînement avec les données des membres canadiens.",
              sources: ['OPC-2024'],
            },
          ],
        },
        {
          kind: 'bullets',
          title: '2025 et 2026',
          facts: [
            {
              text: "21 janv. 2025 : une action collective affirmait qu'InMail avait servi à l'entraînement de l'IA ; elle a été retirée volontairement le 30 janv. 2025.",
              sources: ['LAWSUIT-2025'],
              reported: true,
            },
            {
              text: "18 sept. 2025 : LinkedIn a annoncé l'entraînement dans l'UE, l'EEE, en Suisse, au Royaume-Uni, au Canada et à Hong Kong à partir du 3 nov. 2025 (article de presse).",
              sources: ['NEWS-2025-09'],
              reported: true,
            },
            {
              text: "23 sept. 2025 : l'ICO a indiqué que LinkedIn avait simplifié l'opposition et laissé plus de temps avant le début de l'entraînement.",
              sources: ['ICO'],
            },
            {
              text: "24 sept. 2025 : l'autorité néerlandaise (AP) a appelé les membres à désactiver le paramètre avant le 3 nov. 2025 ; LinkedIn prévoyait d'utiliser des données remontant à 2003.",
              sources: ['AP-2025'],
            },
            {
              text: "3 nov. 2025 : l'entraînement a commencé dans ces six régions ; le même paramètre permet de le désactiver. Hors de l'UE, de l'EEE, de la Suisse et du Royaume-Uni, davantage de types de données ont commencé à partir chez Microsoft pour la publicité.",
              sources: ['ERPN', 'NEWS-2025-09', 'HELP-MS-SHARING', 'PRIVACY-POLICY'],
            },
            {
              text: "Nov. 2025 : la DPC irlandaise a indiqué que LinkedIn avait restreint les données utilisées et protégeait mieux les moins de 18 ans, et qu'elle n'avait pas approuvé le traitement ; elle a demandé un rapport sous cinq mois.",
              sources: ['DPC-2025'],
            },
            {
              text: '23 févr. 2026 : la notice pour la Californie de la Politique de confidentialité indique désormais que Microsoft peut afficher ces publicités partout, y compris hors de ses propres services.',
              sources: ['PRIVACY-POLICY'],
            },
            {
              text: "21 août 2026 : l'avis de confidentialité européen a été révisé ; ses parties sur l'IA sont restées inchangées.",
              sources: ['ERPN'],
            },
          ],
        },
      ],
      links: [],
      followUps: [
        { label: 'Régions', command: '/linkedin-ai regions' },
        { label: 'Le désactiver', command: '/linkedin-optout' },
        { label: 'Sources', command: '/linkedin-ai sources' },
      ],
      ask: {
        examples: [
          'ça a commencé quand',
          'chronologie ?',
          "quand linkedin a commencé à entraîner l'ia avec nos données",
          "qu'est-ce qui s'est passé en novembre 2025",
          "quand les conditions d'utilisation ont changé",
          "c'est nouveau ou c'est une vieille histoire",
          "l'historique de cette histoire d'ia linkedin",
          'quel est le dernier changement',
          "depuis quand c'est activé",
          "qu'est devenue la plainte sur inmail",
        ],
        keywords: [
          'quand',
          'date',
          'dates',
          'chronologie',
          'historique',
          'depuis',
          'depuis quand',
          'début',
          'commencé',
          'dernier',
          'actualité',
          'nouveautés',
          'mise à jour',
          'changements',
          '2024',
          '2025',
          '2026',
          "conditions d'utilisation",
          'politique de confidentialité',
        ],
      },
    },

    microsoft: {
      id: 'microsoft',
      title: 'LinkedIn et Microsoft',
      summary: "Ce que LinkedIn peut partager avec Microsoft pour l'IA et la publicité, par région",
      sections: [
        {
          kind: 'bullets',
          title: "Entraînement de l'IA",
          facts: [
            {
              text: "Membres du Royaume-Uni : l'avis européen de LinkedIn lui permet de partager des contenus de membres avec Microsoft pour l'entraînement de la propre IA de Microsoft.",
              sources: ['ERPN'],
            },
            {
              text: "Ces contenus : posts, commentaires, articles, vidéos, articles collaboratifs, vidéos Learning et leurs transcriptions, données des pages entreprise et offres d'emploi.",
              sources: ['ERPN'],
            },
            {
              text: "Pour les membres du Royaume-Uni, le même paramètre d'entraînement de l'IA désactive ce partage.",
              sources: ['ERPN', 'SETTING-URL'],
            },
            {
              text: "Hors de l'UE, de l'EEE, de la Suisse et du Royaume-Uni, la Politique de confidentialité (version du 3 nov. 2025) permet à LinkedIn de partager les contenus que vous publiez publiquement, comme les posts publics, avec ses sociétés affiliées, Microsoft comprise, pour fournir ou développer leurs services.",
              sources: ['PRIVACY-POLICY'],
            },
            {
              text: 'LinkedIn dit que certains de ses propres modèles proviennent du service Azure OpenAI de Microsoft.',
              sources: ['HELP-GENAI-FAQ', 'SEED'],
            },
          ],
        },
        {
          kind: 'bullets',
          title: "Publicité (pas l'entraînement de l'IA)",
          facts: [
            {
              text: "Hors de l'UE, de l'EEE, de la Suisse et du Royaume-Uni, LinkedIn partage des données avec Microsoft pour des publicités personnalisées. Depuis le 3 nov. 2025, il partage plus de types de données : profil, activité dans le fil et interactions avec les publicités.",
              sources: ['HELP-MS-SHARING', 'PRIVACY-POLICY'],
            },
            {
              text: 'Depuis le 23 févr. 2026, la notice pour la Californie (États-Unis) de la Politique de confidentialité indique que Microsoft peut afficher ces publicités partout, y compris hors de ses propres services.',
              sources: ['PRIVACY-POLICY'],
            },
            {
              text: "Pour l'arrêter, utilisez le paramètre de partage des données vers lequel renvoie la Politique de confidentialité, ou la page des paramètres publicitaires. Les publicités restent ; elles ne sont simplement plus personnalisées avec vos données LinkedIn.",
              sources: ['PRIVACY-POLICY', 'HELP-DATA-SHARING'],
            },
            {
              text: 'Pour les données déjà partagées avec Microsoft, LinkedIn renvoie aux réglages de confidentialité de Microsoft.',
              sources: ['HELP-MS-SHARING'],
            },
          ],
        },
      ],
      links: [
        settingLink,
        { label: 'Ouvrir le paramètre de partage des données', url: TRUSTED_PARTNERS_URL },
        { label: 'Ouvrir les paramètres publicitaires', url: ADS_SETTINGS_URL },
      ],
      followUps: [
        { label: 'Guide du partage publicitaire', command: '/linkedin-optout ads-sharing' },
        { label: "Désactiver l'entraînement de l'IA", command: '/linkedin-optout' },
        { label: "Autres usages de l'IA", command: '/linkedin-ai other-ai' },
      ],
      ask: {
        examples: [
          'microsoft reçoit mes données linkedin ?',
          "mes données sont partagées avec microsoft pour l'ia ?",
          "c'est quoi ce partage avec microsoft au royaume-uni",
          'linkedin utilise openai ?',
          'linkedin donne mes données à la pub microsoft ?',
          'que fait azure openai avec mes données',
          'bing récupère mes posts linkedin ?',
          'microsoft possède linkedin, ils entraînent copilot avec mes posts ?',
          'comment arrêter le partage avec microsoft',
          "l'entraînement ia de microsoft c'est seulement pour le royaume-uni ?",
          'mes posts publics sont partagés avec les sociétés affiliées de microsoft ?',
        ],
        keywords: [
          'microsoft',
          'ms',
          'azure',
          'openai',
          'copilot',
          'bing',
          'pub',
          'publicité',
          'partage des données',
          'partager',
          'partagé',
          'sociétés affiliées',
          'maison mère',
          'royaume-uni',
          'uk',
          'vidéos learning',
          'posts publics',
          'contenus publics',
          'compte microsoft',
        ],
      },
    },

    'get-copy': {
      id: 'get-copy',
      title: 'Obtenir une copie de vos données',
      summary: "Télécharger l'archive de vos données LinkedIn (sur ordinateur uniquement)",
      sections: [
        {
          kind: 'steps',
          title: "Sur ordinateur (l'application ne le propose pas)",
          facts: [
            {
              text: 'Cliquez sur « Vous » (votre photo de profil dans la barre du haut), puis sur « Préférences et confidentialité ».',
              sources: ['HELP-EXPORT'],
            },
            { text: 'Ouvrez « Confidentialité des données ».', sources: ['HELP-EXPORT'] },
            {
              text: 'Cliquez sur « Obtenir une copie de vos données » (Get a copy of your data).',
              sources: ['HELP-EXPORT'],
            },
            {
              text: "Choisissez les catégories voulues, puis cliquez sur « Demander l'archive » (Request archive).",
              sources: ['HELP-EXPORT'],
            },
          ],
        },
        {
          kind: 'bullets',
          title: 'Bon à savoir',
          facts: [
            {
              text: "Les catégories choisies arrivent par e-mail en quelques minutes ; l'archive complète sous 24 heures.",
              sources: ['HELP-EXPORT'],
            },
            { text: 'Le lien de téléchargement reste valable 72 heures.', sources: ['HELP-EXPORT'] },
            {
              text: 'Elle ne contient que vos propres données, et seulement les catégories qui concernent votre compte.',
              sources: ['HELP-EXPORT'],
            },
            {
              text: "LinkedIn n'indique nulle part que l'export montre ce qui a servi à l'entraînement de l'IA.",
              sources: ['HELP-EXPORT'],
            },
          ],
        },
      ],
      links: [{ label: 'Ouvrir les paramètres de confidentialité des données', url: DATA_PRIVACY_URL }],
      followUps: [
        { label: 'Les données utilisées', command: '/linkedin-ai what-data' },
        { label: 'Le désactiver', command: '/linkedin-optout' },
      ],
      ask: {
        examples: [
          'comment télécharger mes données linkedin',
          'je peux voir quelles données linkedin a sur moi ?',
          'exporter mes données',
          "combien de temps pour recevoir l'archive",
          "l'export montre ce qui a servi pour l'ia ?",
          "demande d'accès rgpd copie de mes données",
          "obtenir une copie depuis l'appli c'est possible ?",
          'mon lien de téléchargement a expiré',
          'où est obtenir une copie de vos données',
        ],
        keywords: [
          'télécharger',
          'téléchargement',
          'exporter',
          'export',
          'copie',
          'archive',
          'mes données',
          'obtenir une copie',
          "droit d'accès",
          "demande d'accès",
          'article 15',
          'sauvegarde',
          'zip',
          'voir mes données',
          "ce qu'ils ont",
          'e-mail',
          'mail',
          '72 heures',
          '24 heures',
        ],
      },
    },

    why: {
      id: 'why',
      title: "Pourquoi c'est important",
      summary: "Pourquoi cela fâche : activé par défaut, et l'entraînement passé ne s'annule pas",
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'LinkedIn a activé le paramètre pour les membres sans leur demander leur avis.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'Cela a été remarqué publiquement le 18 sept. 2024, le jour même où la modification de la Politique de confidentialité est entrée en vigueur.',
              sources: ['PRIVACY-POLICY', 'SEED'],
            },
            {
              text: "Désactiver n'annule pas l'entraînement déjà effectué.",
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: "L'entraînement peut utiliser votre profil, vos posts, vos commentaires et ce que vous saisissez dans les fonctionnalités d'IA de LinkedIn.",
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            {
              text: "Les autorités sont intervenues : le 20 sept. 2024, l'ICO britannique a indiqué que LinkedIn avait suspendu l'entraînement avec les données des membres du Royaume-Uni, et LinkedIn a suspendu l'utilisation des données des membres de Hong Kong à compter du 11 oct. 2024, après les inquiétudes du PCPD.",
              sources: ['ICO', 'PCPD-2024'],
            },
            {
              text: "Depuis le 3 nov. 2025, l'entraînement a aussi lieu au Royaume-Uni et à Hong Kong, ainsi que dans l'UE, l'EEE, en Suisse et au Canada.",
              sources: ['ERPN', 'NEWS-2025-09'],
            },
            {
              text: "Tant que vous ne le désactivez pas, ce que vous ajoutez à partir de maintenant peut servir à l'entraînement.",
              sources: ['HELP-SETTING'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Le désactiver', command: '/linkedin-optout' },
        { label: 'Activé par défaut', command: '/linkedin-ai default' },
        { label: 'Les données utilisées', command: '/linkedin-ai what-data' },
      ],
      ask: {
        examples: [
          "pourquoi je devrais m'en soucier",
          "pourquoi tout le monde s'énerve contre l'ia de linkedin",
          "c'est grave ?",
          "c'est quoi le problème avec l'entraînement de l'ia chez linkedin",
          'ça vaut le coup de le désactiver ?',
          'pourquoi les gens sont fâchés',
          "c'est vraiment si mal",
          'en quoi ça me concerne',
          "c'est quoi la polémique",
        ],
        keywords: [
          'pourquoi',
          'important',
          'grave',
          'concerne',
          'fâché',
          'énervé',
          'colère',
          'polémique',
          'scandale',
          'problème',
          'je devrais',
          'vaut le coup',
          'la peine',
          'éthique',
          'juste',
          'inquiétude',
        ],
      },
    },

    myths: {
      id: 'myths',
      title: 'Idées reçues, corrigées',
      summary: 'Affirmations courantes sur le paramètre, les DM, Microsoft et les autorités, vérifiées',
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: "Idée reçue : il faut refaire l'opposition tous les 60 jours. En fait : rien de la part de LinkedIn ne le dit.",
              sources: ['HELP-SETTING'],
            },
            {
              text: "Idée reçue : désactiver efface vos données de l'IA de LinkedIn. En fait : cela n'arrête que l'entraînement futur ; l'entraînement passé n'est pas annulé.",
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: "Idée reçue : désactiver maintenant protège tout ce que vous avez publié depuis toujours. En fait : cela vaut à partir de ce moment. L'AP néerlandaise a averti le 24 sept. 2025 que LinkedIn prévoyait d'utiliser des données remontant à 2003 ; en nov. 2025, la DPC irlandaise a indiqué que LinkedIn avait réduit cette profondeur dans le temps.",
              sources: ['HELP-SETTING', 'AP-2025', 'DPC-2025'],
            },
            {
              text: "Idée reçue : vos messages privés servent à l'entraînement. En fait : LinkedIn dit que les messages privés, InMail compris, sont exclus. Une action collective affirmant qu'InMail avait été utilisé, déposée le 21 janv. 2025, a été retirée volontairement le 30 janv. 2025.",
              sources: ['HELP-GENAI-FAQ', 'LAWSUIT-2025'],
            },
            {
              text: 'Mais attention : les messages de groupe figurent parmi les données utilisées. Ce ne sont pas des messages privés.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            {
              text: "Idée reçue : seules les données des membres du Royaume-Uni peuvent aller chez Microsoft. En fait : la partie britannique de l'avis européen concerne l'entraînement de la propre IA de Microsoft ; hors de l'UE, de l'EEE, de la Suisse et du Royaume-Uni, la Politique de confidentialité du 3 nov. 2025 permet à LinkedIn de partager les contenus publics avec ses sociétés affiliées, Microsoft comprise.",
              sources: ['ERPN', 'PRIVACY-POLICY'],
            },
            {
              text: "Idée reçue : l'autorité irlandaise a approuvé l'entraînement. En fait : en nov. 2025, la DPC irlandaise a indiqué ne pas avoir approuvé le traitement et a demandé à LinkedIn un rapport sous cinq mois.",
              sources: ['DPC-2025'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Ce que fait la désactivation', command: '/linkedin-ai opt-out-effect' },
        { label: "Ce qui n'est pas utilisé", command: '/linkedin-ai not-used' },
        { label: 'Le désactiver', command: '/linkedin-optout' },
      ],
      ask: {
        examples: [
          'faut-il se désinscrire à nouveau tous les 60 jours',
          "quelqu'un a dit que le paramètre se réinitialise, c'est vrai ?",
          "c'est vrai que désactiver supprime mes données de l'ia ?",
          "les messages privés servent vraiment à l'entraînement ?",
          "j'ai vu un post viral qui dit que linkedin lit les inmail",
          "idées reçues sur l'ia de linkedin",
          "l'opposition expire ?",
          "j'ai entendu qu'il faut le refaire tous les deux mois",
          "c'est un canular ?",
          "il y a eu un procès sur inmail et l'ia ?",
          "une autorité a approuvé l'entraînement de l'ia de linkedin ?",
        ],
        keywords: [
          'idée reçue',
          'idées reçues',
          'mythe',
          'rumeur',
          'vrai',
          'faux',
          'fake',
          'intox',
          'canular',
          '60 jours',
          'tous les 60 jours',
          'deux mois',
          'réinitialise',
          'réinitialiser',
          'expire',
          'à nouveau',
          'refaire',
          'viral',
          'entendu',
          'dm',
          'inmail',
          'procès',
          'plainte',
          'action collective',
          'retirée',
          'approuvé',
          'depuis 2003',
        ],
      },
    },
  },
};
