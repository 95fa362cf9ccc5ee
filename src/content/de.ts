// German knowledge base: the same facts, sources and order as en.ts, in German (formal "Sie").
// Interface labels are LinkedIn's German labels where a public source quotes them; a label no source
// quotes is given in German with LinkedIn's English label beside it. Keep in step with en.ts: the parity
// test in tests/content/parity.test.ts fails when a fact, source, link or follow-up differs.
import type { Content, ContentLink } from './types.js';

const SETTING_URL = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';
const OBJECTION_FORM_URL = 'https://www.linkedin.com/help/linkedin/ask/TS-DPRO';
const ADS_SETTINGS_URL = 'https://www.linkedin.com/mypreferences/d/categories/ads';
const DATA_PRIVACY_URL = 'https://www.linkedin.com/mypreferences/d/categories/privacy';

const TOGGLE = '„Ihre Daten zum Schulen von KI-Modellen verwenden, um Inhalte zu erstellen“';

const settingLink: ContentLink = { label: 'LinkedIn-Einstellung öffnen', url: SETTING_URL };

export const de: Content = {
  locale: 'de',
  asOf: '2026-11-29',
  settingUrl: SETTING_URL,

  sources: {
    'HELP-SETTING': {
      key: 'HELP-SETTING',
      title: 'LinkedIn-Hilfe: die Einstellung „Daten zur Verbesserung generativer KI“',
      url: 'https://www.linkedin.com/help/linkedin/answer/a6278444',
      date: '2026-11',
      dateLabel: 'Seite ohne Datum, gelesen im Nov. 2026',
    },
    'HELP-GENAI-FAQ': {
      key: 'HELP-GENAI-FAQ',
      title: 'LinkedIn-Hilfe: FAQ zu generativer KI',
      url: 'https://www.linkedin.com/help/linkedin/answer/a5538339',
      date: '2024-09-18',
      dateLabel: '18. Sept. 2024, aktualisiert 2025',
    },
    'HELP-MS-SHARING': {
      key: 'HELP-MS-SHARING',
      title: 'LinkedIn-Hilfe: Daten, die mit Microsoft geteilt werden (Aktualisierung 2025)',
      url: 'https://www.linkedin.com/help/linkedin/answer/a8059228',
      date: '2025-09',
      dateLabel: 'Sept. 2025',
    },
    'HELP-DATA-SHARING': {
      key: 'HELP-DATA-SHARING',
      title: 'LinkedIn-Hilfe: die Einstellung zur Datenweitergabe (Werbung)',
      url: 'https://www.linkedin.com/help/linkedin/answer/a1397243',
      date: '2026-11',
      dateLabel: 'Seite ohne Datum, gelesen im Nov. 2026',
    },
    'HELP-EXPORT': {
      key: 'HELP-EXPORT',
      title: 'LinkedIn-Hilfe: Ihre Kontodaten herunterladen',
      url: 'https://www.linkedin.com/help/linkedin/answer/a1339364',
      date: '2026-11',
      dateLabel: 'Seite ohne Datum, gelesen im Nov. 2026',
    },
    ERPN: {
      key: 'ERPN',
      title: 'LinkedIn: Europäischer regionaler Datenschutzhinweis',
      url: 'https://www.linkedin.com/legal/privacy/eu',
      date: '2025-11-03',
      dateLabel: 'gültig ab 3. Nov. 2025 (überarbeitet 21. Aug. 2026, KI-Teile unverändert)',
    },
    'PRIVACY-POLICY': {
      key: 'PRIVACY-POLICY',
      title: 'LinkedIn-Datenschutzrichtlinie',
      url: 'https://www.linkedin.com/legal/privacy-policy',
      date: '2024-09-18',
      dateLabel: 'KI-Passage gültig ab 18. Sept. 2024; aktuelle Fassung vom 3. Nov. 2025',
    },
    'USER-AGREEMENT': {
      key: 'USER-AGREEMENT',
      title: 'LinkedIn-Nutzervereinbarung',
      url: 'https://www.linkedin.com/legal/user-agreement',
      date: '2024-11-20',
      dateLabel: 'Fassung vom 20. Nov. 2024; aktuelle gültig ab 3. Nov. 2025',
    },
    'SETTING-URL': {
      key: 'SETTING-URL',
      title: 'Die Einstellung „Daten zur Verbesserung generativer KI“ (Direktlink)',
      url: SETTING_URL,
      date: '2025-11-03',
      dateLabel: 'verlinkt im europäischen Datenschutzhinweis vom 3. Nov. 2025',
    },
    'OBJECTION-FORM': {
      key: 'OBJECTION-FORM',
      title: 'LinkedIn-Widerspruchsformular zur Datenverarbeitung (Data Processing Objection form)',
      url: OBJECTION_FORM_URL,
      date: '2025-11-03',
      dateLabel: 'verlinkt im europäischen Datenschutzhinweis vom 3. Nov. 2025',
    },
    ICO: {
      key: 'ICO',
      title: 'Britische Datenschutzbehörde ICO: Stellungnahme zu LinkedIns KI-Datenrichtlinie',
      url: 'https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2024/09/our-statement-on-changes-to-linkedin-ai-data-policy/',
      date: '2024-09-20',
      dateLabel: '20. Sept. 2024, aktualisiert 23. Sept. 2025',
    },
    'PCPD-2024': {
      key: 'PCPD-2024',
      title: 'Hongkonger Datenschutzbehörde PCPD: Bedenken zu LinkedIns Voreinstellung (Pressebericht)',
      url: 'https://www.thestandard.com.hk/news/article/221124/LinkedIns-policy-update-raises-privacy-concerns-as-user-data-used-for-AI-training-PCPD',
      date: '2024-10',
      dateLabel: 'Okt. 2024 (Pressebericht)',
    },
    'OPC-2024': {
      key: 'OPC-2024',
      title:
        'Datenschutzbeauftragter Kanadas (OPC): LinkedIn pausiert Training mit Daten kanadischer Mitglieder',
      url: 'https://www.priv.gc.ca/en/opc-news/news-and-announcements/2024/nr-c_241210b/',
      date: '2024-12-10',
      dateLabel: '10. Dez. 2024',
    },
    SEED: {
      key: 'SEED',
      title: 'Nachrichtenartikel: Kritik an LinkedIns KI-Training mit Nutzerdaten',
      url: null,
      date: '2024-09',
      dateLabel: 'Sept. 2024 (Nachrichtenartikel)',
    },
  },

  guides: {
    overview: {
      id: 'overview',
      title: 'KI-Training mit Ihren LinkedIn-Daten stoppen',
      summary: 'Warum Sie es ausschalten sollten, der Direktlink und Schritt-für-Schritt-Anleitungen',
      intro: {
        text: 'LinkedIn verwendet Ihre Daten und Inhalte, um KI zu trainieren, die Inhalte erstellt. Die Einstellung ist aktiv, solange Sie sie nicht ausschalten.',
        sources: ['HELP-SETTING', 'SEED'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: `Am schnellsten: Öffnen Sie den Direktlink, während Sie angemeldet sind, und schalten Sie ${TOGGLE} aus.`,
              sources: ['SETTING-URL', 'HELP-SETTING'],
            },
            {
              text: 'Das stoppt nur künftiges Training. Bereits erfolgtes Training wird nicht rückgängig gemacht.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'Lieber über die Menüs? Wählen Sie unten die Anleitung für den Computer oder die App.',
              sources: ['HELP-SETTING', 'SEED'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Schritte am Computer', command: '/linkedin-optout desktop' },
        { label: 'Schritte in der App', command: '/linkedin-optout mobile' },
        { label: 'Was das Ausschalten bewirkt', command: '/linkedin-ai opt-out-effect' },
        { label: 'Warum es wichtig ist', command: '/linkedin-ai why' },
      ],
      ask: {
        examples: [
          'wie widerspreche ich dem KI-Training bei LinkedIn',
          'wie kann ich verhindern dass linkedin meine daten für ki nutzt',
          'ki training deaktivieren',
          'kann man das irgendwie abschalten?',
          'linkedin ki opt out bitte',
          'wie stelle ich ab dass linkedin meine beiträge für KI verwendet',
          'was muss ich tun damit das aufhört',
          'wie linkedin ki training ausschalten mit meinem profil',
          'kann ich beim KI-Training nein sagen',
          'wo fange ich an um mich abzumelden',
          'linkedin ki widerspruch wie geht das',
        ],
        keywords: [
          'ausschalten',
          'abschalten',
          'deaktivieren',
          'abstellen',
          'widersprechen',
          'widerspruch',
          'opt out',
          'opt-out',
          'abmelden',
          'verhindern',
          'stoppen',
          'nein sagen',
          'ki-training',
          'ki training',
          'generative ki',
          'künstliche intelligenz',
          'anleitung',
          'einstellung',
          'wie',
        ],
      },
    },

    desktop: {
      id: 'desktop',
      title: 'Am Computer ausschalten (Web)',
      summary: 'Schritt für Schritt im Webbrowser auf Ihrem Computer',
      sections: [
        {
          kind: 'steps',
          facts: [
            {
              text: 'Klicken Sie auf „Sie“ (Ihr Profilfoto in der oberen Leiste).',
              sources: ['SEED', 'HELP-SETTING'],
            },
            { text: 'Wählen Sie „Einstellungen & Datenschutz“.', sources: ['SEED', 'HELP-SETTING'] },
            { text: 'Öffnen Sie „Datenschutz“.', sources: ['SEED', 'HELP-SETTING'] },
            {
              text: 'Klicken Sie unter „So verwendet LinkedIn Ihre Daten“ auf „Daten zur Verbesserung generativer KI“.',
              sources: ['SEED', 'HELP-SETTING'],
            },
            {
              text: `Schalten Sie ${TOGGLE} aus.`,
              sources: ['SEED', 'HELP-SETTING'],
            },
          ],
        },
        {
          kind: 'bullets',
          title: 'Gut zu wissen',
          facts: [
            {
              text: 'Das stoppt nur künftiges Training. Bereits erfolgtes Training wird nicht rückgängig gemacht.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'Die Einstellung gilt pro Konto. Sie helfen Familie oder Kollegen? Schalten Sie sie in jedem ihrer Konten aus.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'Abkürzung: Der Direktlink öffnet den Schalter, wenn Sie angemeldet sind.',
              sources: ['SETTING-URL'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Schritte in der App', command: '/linkedin-optout mobile' },
        { label: 'Was das Ausschalten bewirkt', command: '/linkedin-ai opt-out-effect' },
        { label: 'Andere KI-Nutzungen', command: '/linkedin-ai other-ai' },
      ],
      ask: {
        examples: [
          'wie schalte ich das am laptop aus',
          'wo ist die einstellung',
          'wo finde ich die ki einstellung auf der linkedin webseite',
          'wie deaktivieren am pc',
          'finde Daten zur Verbesserung generativer KI nicht',
          'schritte um das ki training im browser abzuschalten',
          'wo genau unter einstellungen & datenschutz ist das',
          'wie mach ich das am rechner aus?',
          'linkedin desktop ausschalten anleitung',
          'in welchem menü ist der ki schalter',
          'ki training ausschalten mac',
        ],
        keywords: [
          'desktop',
          'laptop',
          'computer',
          'rechner',
          'pc',
          'mac',
          'browser',
          'web',
          'webseite',
          'website',
          'chrome',
          'firefox',
          'ausschalten',
          'deaktivieren',
          'wo ist die einstellung',
          'einstellungen & datenschutz',
          'einstellungen und datenschutz',
          'datenschutz',
          'schalter',
          'menü',
          'schritte',
          'anleitung',
        ],
      },
    },

    mobile: {
      id: 'mobile',
      title: 'In der App ausschalten',
      summary: 'Schritt für Schritt in der LinkedIn-App auf iPhone oder Android',
      intro: {
        text: 'iPhone und Android funktionieren gleich. LinkedIn beschreibt keine getrennten Wege für beide.',
        sources: ['SEED', 'HELP-SETTING'],
      },
      sections: [
        {
          kind: 'steps',
          facts: [
            { text: 'Tippen Sie auf Ihr Profilfoto.', sources: ['SEED', 'HELP-SETTING'] },
            { text: 'Tippen Sie auf „Einstellungen“.', sources: ['SEED', 'HELP-SETTING'] },
            { text: 'Tippen Sie auf „Datenschutz“.', sources: ['SEED', 'HELP-SETTING'] },
            {
              text: 'Tippen Sie auf „Daten zur Verbesserung generativer KI“.',
              sources: ['SEED', 'HELP-SETTING'],
            },
            {
              text: `Schalten Sie ${TOGGLE} aus.`,
              sources: ['SEED', 'HELP-SETTING'],
            },
          ],
        },
        {
          kind: 'bullets',
          title: 'Gut zu wissen',
          facts: [
            {
              text: 'Das stoppt nur künftiges Training. Bereits erfolgtes Training wird nicht rückgängig gemacht.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'Die Einstellung gilt pro Konto. Sie helfen Familie oder Kollegen? Schalten Sie sie in jedem ihrer Konten aus.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'Abkürzung: Der Direktlink öffnet den Schalter, wenn Sie angemeldet sind.',
              sources: ['SETTING-URL'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Schritte am Computer', command: '/linkedin-optout desktop' },
        { label: 'Nur der Link', command: '/linkedin-optout link' },
        { label: 'Was das Ausschalten bewirkt', command: '/linkedin-ai opt-out-effect' },
      ],
      ask: {
        examples: [
          'wie geht das am handy',
          'schritte fürs iphone?',
          'wie schalte ich das ki training in der linkedin app aus',
          'android linkedin ki deaktivieren',
          'finde es in der app nicht',
          'ist es bei ios und android anders',
          'wo ist datenschutz in der app',
          'wie mach ich das auf dem smartphone aus',
          'ich nutze linkedin nur am handy, wie abschalten',
          'ausschalten auf ios',
        ],
        keywords: [
          'handy',
          'smartphone',
          'mobil',
          'mobile',
          'telefon',
          'iphone',
          'ios',
          'android',
          'app',
          'samsung',
          'pixel',
          'tippen',
          'ausschalten',
          'deaktivieren',
          'datenschutz',
          'schalter',
        ],
      },
    },

    link: {
      id: 'link',
      title: 'Direktlink zur Einstellung',
      summary: 'Der eine Link, der den Schalter für das KI-Training öffnet',
      intro: {
        text: `Direktlink: ${SETTING_URL}`,
        sources: ['SETTING-URL'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Öffnen Sie ihn, während Sie bei LinkedIn angemeldet sind: Er führt direkt zum Schalter unter „Daten zur Verbesserung generativer KI“.',
              sources: ['SETTING-URL', 'HELP-SETTING'],
            },
            {
              text: `Schalten Sie ${TOGGLE} aus.`,
              sources: ['HELP-SETTING'],
            },
            {
              text: 'Er ändert nur das Konto, mit dem Sie angemeldet sind. Wiederholen Sie es für jedes Konto.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'LinkedIn verlinkt dieselbe Seite in seinem europäischen Datenschutzhinweis.',
              sources: ['ERPN', 'SETTING-URL'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Schritte am Computer', command: '/linkedin-optout desktop' },
        { label: 'Schritte in der App', command: '/linkedin-optout mobile' },
        { label: 'Was das Ausschalten bewirkt', command: '/linkedin-ai opt-out-effect' },
      ],
      ask: {
        examples: [
          'link?',
          'wie lautet der direktlink zur einstellung',
          'kannst du mir einfach die url geben',
          'schick mir den link zum ausschalten',
          'gibt es einen direkten link',
          'deeplink für die linkedin ki einstellung',
          'bitte link zum abmelden teilen',
          'welche url öffnet den schalter',
        ],
        keywords: [
          'link',
          'url',
          'direktlink',
          'direkter link',
          'deeplink',
          'abkürzung',
          'adresse',
          'webadresse',
          'seite',
          'schnell',
          'am schnellsten',
        ],
      },
    },

    'objection-form': {
      id: 'objection-form',
      title: 'Anderen KI-Nutzungen widersprechen',
      summary: 'Das Widerspruchsformular für KI-Nutzungen, die der Schalter nicht abdeckt',
      intro: {
        text: 'Der Schalter betrifft nur KI, die Inhalte erstellt. Er betrifft keine KI für Ihren Feed und Empfehlungen oder für Sicherheit, Schutz und Missbrauchsabwehr.',
        sources: ['HELP-SETTING'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Wo Sie ein Widerspruchsrecht haben, etwa in der EU, im EWR, in der Schweiz und im Vereinigten Königreich, können Sie das Widerspruchsformular zur Datenverarbeitung (Data Processing Objection form) einreichen.',
              sources: ['OBJECTION-FORM', 'ERPN'],
            },
            {
              text: 'LinkedIn kann einen Widerspruch ablehnen, wenn es zwingende Gründe geltend macht, zum Beispiel Sicherheitsprotokolle.',
              sources: ['ERPN'],
            },
            {
              text: 'Das Formular ist im europäischen Datenschutzhinweis von LinkedIn verlinkt.',
              sources: ['ERPN', 'OBJECTION-FORM'],
            },
            {
              text: 'Für KI, die Inhalte erstellt, nutzen Sie die Einstellung selbst und schalten sie aus.',
              sources: ['HELP-SETTING', 'SETTING-URL'],
            },
          ],
        },
      ],
      links: [{ label: 'Widerspruchsformular öffnen', url: OBJECTION_FORM_URL }, settingLink],
      followUps: [
        { label: 'Andere KI-Nutzungen', command: '/linkedin-ai other-ai' },
        { label: 'Regionen', command: '/linkedin-ai regions' },
        { label: 'Nur der Link zur Einstellung', command: '/linkedin-optout link' },
      ],
      ask: {
        examples: [
          'wie widerspreche ich der nutzung meiner daten für andere ki',
          'link zum widerspruchsformular',
          'kann ich auch die ki für meinen feed stoppen',
          'gibt es ein formular für das widerspruchsrecht nach dsgvo',
          'wie lege ich widerspruch gegen die verarbeitung ein',
          'der schalter deckt empfehlungen nicht ab, was kann ich tun',
          'ich wohne in deutschland, kann ich widersprechen',
          'wo ist das formular für den widerspruch zur datenverarbeitung',
          'darf linkedin meinen widerspruch ablehnen',
          'art 21 dsgvo linkedin',
        ],
        keywords: [
          'widerspruch',
          'widersprechen',
          'widerspruchsformular',
          'widerspruchsrecht',
          'formular',
          'datenverarbeitung',
          'verarbeitung',
          'dsgvo',
          'gdpr',
          'art. 21',
          'artikel 21',
          'einschränken',
          'einschränkung',
          'feed',
          'empfehlungen',
          'sicherheit',
          'ablehnen',
          'zwingende gründe',
        ],
      },
    },

    'ads-sharing': {
      id: 'ads-sharing',
      title: 'Werbedaten-Weitergabe an Microsoft',
      summary: 'Verhindern, dass LinkedIn-Daten Microsoft-Werbung personalisieren (kein KI-Training)',
      intro: {
        text: 'Hier geht es um Werbung, nicht um KI-Training. Außerhalb von EU, EWR und Schweiz teilt LinkedIn Daten mit Microsoft für personalisierte Werbung.',
        sources: ['HELP-DATA-SHARING', 'HELP-MS-SHARING'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Ab dem 3. Nov. 2025 gilt diese Weitergabe in mehr Regionen.',
              sources: ['HELP-MS-SHARING'],
            },
            {
              text: 'Eine Einstellung zur Datenweitergabe (Data sharing) schaltet sie ab. Sie sehen weiterhin Werbung, nur nicht mit Ihren LinkedIn-Daten personalisiert.',
              sources: ['HELP-DATA-SHARING'],
            },
            {
              text: 'Sie finden sie auf der Seite der Werbedaten-Einstellungen (Advertising data). Die genaue Bezeichnung des Schalters dort ist nicht bestätigt.',
              sources: ['HELP-DATA-SHARING'],
              unconfirmed: true,
            },
            {
              text: 'Der Schalter für das KI-Training ist eine eigene Einstellung. Schalten Sie auch diesen aus, wenn Sie möchten.',
              sources: ['HELP-SETTING'],
            },
          ],
        },
      ],
      links: [{ label: 'Werbeeinstellungen öffnen', url: ADS_SETTINGS_URL }, settingLink],
      followUps: [
        { label: 'LinkedIn und Microsoft', command: '/linkedin-ai microsoft' },
        { label: 'Link zur KI-Einstellung', command: '/linkedin-optout link' },
      ],
      ask: {
        examples: [
          'wie verhindere ich dass linkedin meine daten für werbung an microsoft gibt',
          'microsoft werbung abmelden',
          'gibt linkedin meine daten an microsoft advertising weiter',
          'personalisierte werbung mit linkedin daten ausschalten',
          'sehe ich noch werbung wenn ich das abschalte',
          'wo ist die einstellung zur datenweitergabe',
          'werbung microsoft teilen wie aus',
          'neue datenweitergabe an microsoft nov 2025',
        ],
        keywords: [
          'werbung',
          'anzeigen',
          'reklame',
          'personalisierte werbung',
          'personalisierte anzeigen',
          'gezielte werbung',
          'microsoft',
          'datenweitergabe',
          'weitergabe',
          'teilen',
          'weitergeben',
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
      title: 'Mit welchen Daten LinkedIn trainiert',
      summary: 'Welche Ihrer Daten LinkedIns inhaltserstellende KI trainieren',
      intro: {
        text: 'Diese Daten nennt LinkedIn für das Training seiner inhaltserstellenden KI, in seiner KI-FAQ und seinem europäischen Datenschutzhinweis.',
        sources: ['HELP-GENAI-FAQ', 'ERPN'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Profil: Name, Foto, aktuelle Position, beruflicher Werdegang, Ausbildung, Standort, Kenntnisse, Zusammenfassung, Zertifizierungen, Lizenzen, Ehrenamt, Publikationen, Patente, Empfehlungen für Kenntnisse und schriftliche Empfehlungen.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            {
              text: 'Inhalte, die Sie erstellen: Beiträge, Artikel, Antworten auf Umfragen, Beiträge zu Artikeln und Kommentare.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            {
              text: 'Was Sie in LinkedIns KI-Funktionen eingeben (Prompts, Fragen, Chats) und was diese zurückgeben.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            { text: 'Aktivität in Gruppen und Gruppennachrichten.', sources: ['HELP-GENAI-FAQ', 'ERPN'] },
            {
              text: 'Antworten auf Screening-Fragen zu Stellen und Lebensläufe, die Sie bei LinkedIn gespeichert haben.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            {
              text: 'Ihr Feedback, etwa Daumen hoch oder runter und Meldungen.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            {
              text: '2024 beschrieb die FAQ es kürzer: Beiträge und Artikel, wie oft Sie LinkedIn nutzen, Spracheinstellung und Feedback.',
              sources: ['SEED', 'HELP-GENAI-FAQ'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Was nicht verwendet wird', command: '/linkedin-ai not-used' },
        { label: 'Ausschalten', command: '/linkedin-optout' },
        { label: 'Was das Ausschalten bewirkt', command: '/linkedin-ai opt-out-effect' },
      ],
      ask: {
        examples: [
          'welche daten nutzt linkedin für ki',
          'werden meine beiträge für das ki training verwendet',
          'nehmen die auch mein profilbild?',
          'wird mein lebenslauf zum trainieren benutzt',
          'womit genau trainieren die',
          'trainiert linkedin mit kommentaren',
          'welche infos nehmen sie aus meinem profil',
          'werden meine eingaben im ki schreibassistenten verwendet',
          'gruppenbeiträge für ki?',
          'werden meine antworten auf bewerbungsfragen genutzt',
        ],
        keywords: [
          'welche daten',
          'was für daten',
          'daten',
          'profil',
          'beiträge',
          'posts',
          'artikel',
          'kommentare',
          'foto',
          'profilbild',
          'lebenslauf',
          'cv',
          'werdegang',
          'berufserfahrung',
          'kenntnisse',
          'ausbildung',
          'gruppen',
          'gruppennachrichten',
          'umfragen',
          'prompts',
          'eingaben',
          'feedback',
          'screening-fragen',
          'inhalte',
          'trainiert',
          'sammeln',
        ],
      },
    },

    'not-used': {
      id: 'not-used',
      title: 'Was LinkedIn nach eigenen Angaben nicht verwendet',
      summary: 'Private Nachrichten, Passwörter, Zahlungs- und Gehaltsdaten, Mitglieder unter 18',
      intro: {
        text: 'Laut LinkedIns FAQ zu generativer KI wird Folgendes nicht für das Training verwendet:',
        sources: ['HELP-GENAI-FAQ'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Private Nachrichten, einschließlich InMail und Nachrichten im Posteingang.',
              sources: ['HELP-GENAI-FAQ'],
            },
            { text: 'Anmeldedaten, etwa Ihr Passwort.', sources: ['HELP-GENAI-FAQ'] },
            { text: 'Zahlungs- und Kartendaten.', sources: ['HELP-GENAI-FAQ'] },
            {
              text: 'Gehaltsdaten sowie Bewerbungsdaten, die einem namentlich bekannten Mitglied zugeordnet sind.',
              sources: ['HELP-GENAI-FAQ'],
            },
            {
              text: 'Daten von Mitgliedern, die LinkedIn für unter 18 hält, auch wenn ihr Schalter an ist.',
              sources: ['HELP-GENAI-FAQ'],
            },
            {
              text: 'Vorsicht: Gruppennachrichten sind keine privaten Nachrichten. LinkedIn führt Gruppennachrichten als verwendet auf.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
          ],
        },
      ],
      links: [],
      followUps: [
        { label: 'Welche Daten verwendet werden', command: '/linkedin-ai what-data' },
        { label: 'Mythen', command: '/linkedin-ai myths' },
        { label: 'Ausschalten', command: '/linkedin-optout' },
      ],
      ask: {
        examples: [
          'werden meine direktnachrichten für ki training genutzt',
          'liest linkedin meine privaten nachrichten für die ki',
          'inmail auch?',
          'trainieren die mit meinem posteingang',
          'wird mein passwort oder meine kreditkarte verwendet',
          'was ist mit meinen gehaltsangaben',
          'werden daten von kindern genutzt',
          'mein sohn ist 16, wird sein profil verwendet',
          'was nutzen sie nicht',
          'sind nachrichten sicher vor dem ki training?',
        ],
        keywords: [
          'dm',
          'dms',
          'direktnachrichten',
          'nachrichten',
          'private nachrichten',
          'privatnachrichten',
          'posteingang',
          'inmail',
          'chat',
          'passwort',
          'kennwort',
          'anmeldedaten',
          'login',
          'kreditkarte',
          'zahlungsdaten',
          'gehalt',
          'bewerbungen',
          'nicht verwendet',
          'ausgenommen',
          'unter 18',
          'kinder',
          'minderjährige',
          'jugendliche',
          'teenager',
        ],
      },
    },

    default: {
      id: 'default',
      title: 'Standardmäßig eingeschaltet',
      summary: 'Die Einstellung wurde für Mitglieder eingeschaltet, ohne sie vorher zu fragen',
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Die Einstellung ist standardmäßig eingeschaltet. Mitglieder wurden einbezogen, ohne vorher gefragt zu werden.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'Öffentlich bemerkt wurde sie am 18. Sept. 2024, schon eingeschaltet. Die Datenschutzrichtlinie nahm am selben Tag das KI-Training auf.',
              sources: ['PRIVACY-POLICY', 'SEED'],
            },
            {
              text: 'In der EU, im EWR, in der Schweiz, im Vereinigten Königreich, in Kanada und Hongkong begann das Training am 3. Nov. 2025, gestützt auf das, was LinkedIn „berechtigtes Interesse“ nennt.',
              sources: ['ERPN'],
            },
            {
              text: 'Mitglieder dort können mit derselben Einstellung widersprechen.',
              sources: ['ERPN', 'SETTING-URL'],
            },
            {
              text: 'Um Ihre Einstellung zu prüfen, öffnen Sie den Direktlink, während Sie angemeldet sind, und sehen Sie sich den Schalter an.',
              sources: ['SETTING-URL'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Ausschalten', command: '/linkedin-optout' },
        { label: 'Warum es wichtig ist', command: '/linkedin-ai why' },
        { label: 'Regionen', command: '/linkedin-ai regions' },
      ],
      ask: {
        examples: [
          'ist das standardmäßig an',
          'hat linkedin mich automatisch angemeldet',
          'ich hab dem nie zugestimmt??',
          'warum wurde ich ohne einwilligung eingeschlossen',
          'wurde das ohne nachfrage eingeschaltet',
          'haben die um erlaubnis gefragt',
          'ist das ki training für alle aktiviert',
          'ich habe nie was eingestellt, ist es bei mir an',
          'automatisch aktiviert?',
        ],
        keywords: [
          'standard',
          'standardmäßig',
          'voreinstellung',
          'voreingestellt',
          'automatisch',
          'eingeschaltet',
          'aktiviert',
          'opt-in',
          'einwilligung',
          'zustimmung',
          'zugestimmt',
          'nie zugestimmt',
          'ohne zu fragen',
          'ohne nachfrage',
          'erlaubnis',
          'für alle',
          'berechtigtes interesse',
        ],
      },
    },

    'opt-out-effect': {
      id: 'opt-out-effect',
      title: 'Was das Ausschalten bewirkt',
      summary: 'Es stoppt nur künftiges Training; früheres Training macht es nicht rückgängig',
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Aus bedeutet: LinkedIn und seine verbundenen Unternehmen verwenden Ihre Daten und Inhalte ab dann nicht mehr, um KI zu trainieren, die Inhalte erstellt.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'Bereits erfolgtes Training wird dadurch nicht rückgängig gemacht.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'Es betrifft keine KI für Ihren Feed und Empfehlungen oder für Sicherheit, Schutz und Missbrauchsabwehr.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'Gegen diese anderen Nutzungen können Mitglieder mit Widerspruchsrecht das Widerspruchsformular (Data Processing Objection form) einreichen.',
              sources: ['OBJECTION-FORM', 'ERPN'],
            },
            {
              text: 'Sie können LinkedIns KI-Schreibfunktionen weiter nutzen. Was Sie dort eingeben, wird verarbeitet, um Ihnen zu antworten.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'Es gilt für ein Konto. Schalten Sie es in jedem Konto aus, das Sie nutzen oder betreuen.',
              sources: ['HELP-SETTING'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Ausschalten', command: '/linkedin-optout' },
        { label: 'Andere KI-Nutzungen', command: '/linkedin-ai other-ai' },
        { label: 'Mythen', command: '/linkedin-ai myths' },
      ],
      ask: {
        examples: [
          'werden meine daten gelöscht wenn ich widerspreche',
          'entfernt das ausschalten was schon trainiert wurde',
          'gilt das rückwirkend',
          'was passiert nachdem ich es ausgeschaltet habe',
          'ist es jetzt zu spät? die haben meine beiträge schon benutzt',
          'kann ich die ki schreibhilfe nach dem abmelden noch nutzen',
          'macht der opt out vergangenes training rückgängig',
          'werden meine alten beiträge aus der ki entfernt?',
          'was ändert sich wenn es aus ist',
          'stoppt das ausschalten alles mit ki',
        ],
        keywords: [
          'löschen',
          'gelöscht',
          'rückgängig',
          'entfernen',
          'entfernt',
          'schon trainiert',
          'bereits trainiert',
          'rückwirkend',
          'alte daten',
          'alte beiträge',
          'zu spät',
          'was passiert',
          'danach',
          'wirkung',
          'bringt das was',
          'zukunft',
          'künftig',
          'verbundene unternehmen',
          'ki-funktionen',
          'schreibassistent',
        ],
      },
    },

    'other-ai': {
      id: 'other-ai',
      title: 'Andere KI-Nutzungen, die die Einstellung nicht abdeckt',
      summary: 'KI für Feed, Empfehlungen und Sicherheit: vom Schalter nicht erfasst',
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Der Schalter betrifft nur KI-Modelle, die Inhalte erstellen.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'Er betrifft keine KI, die Ihren Feed und Ihre Empfehlungen personalisiert.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'Er betrifft auch keine KI für Sicherheit, Schutz und Missbrauchsabwehr.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'In der EU, im EWR, in der Schweiz, im Vereinigten Königreich und an anderen Orten mit Widerspruchsrecht können Sie das Widerspruchsformular (Data Processing Objection form) einreichen.',
              sources: ['OBJECTION-FORM', 'ERPN'],
            },
            {
              text: 'LinkedIn kann einen Widerspruch ablehnen, wenn es zwingende Gründe geltend macht, etwa Sicherheitsprotokolle.',
              sources: ['ERPN'],
            },
          ],
        },
      ],
      links: [{ label: 'Widerspruchsformular öffnen', url: OBJECTION_FORM_URL }, settingLink],
      followUps: [
        { label: 'Anleitung zum Widerspruchsformular', command: '/linkedin-optout objection-form' },
        { label: 'LinkedIn und Microsoft', command: '/linkedin-ai microsoft' },
        { label: 'Regionen', command: '/linkedin-ai regions' },
      ],
      ask: {
        examples: [
          'stoppt der schalter auch die ki für meinen feed',
          'was ist mit dem empfehlungsalgorithmus',
          'wird nach dem abmelden trotzdem ki auf meine daten angewendet',
          'andere ki nutzungen nicht abgedeckt?',
          'gilt das auch für sicherheit und spamerkennung',
          'kann ich die feed ki abschalten',
          'die nutzen weiter ki für empfehlungen??',
          'was deckt die einstellung nicht ab',
        ],
        keywords: [
          'feed',
          'empfehlungen',
          'algorithmus',
          'ranking',
          'personalisierung',
          'personalisiert',
          'sicherheit',
          'schutz',
          'missbrauch',
          'missbrauchsabwehr',
          'spam',
          'betrug',
          'andere ki',
          'nicht abgedeckt',
          'widerspruch',
          'widersprechen',
          'widerspruchsrecht',
        ],
      },
    },

    privacy: {
      id: 'privacy',
      title: 'Wie LinkedIn Ihre Daten nach eigenen Angaben schützt',
      summary: 'LinkedIns eigene Angaben dazu, wie es persönliche Daten im KI-Training begrenzt',
      intro: {
        text: 'Das sind LinkedIns eigene Angaben. Öffentlich überprüft hat sie niemand.',
        sources: ['HELP-GENAI-FAQ'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'LinkedIn sagt, es versuche, persönliche Daten in seinen Trainingsdaten zu minimieren.',
              sources: ['HELP-GENAI-FAQ', 'SEED'],
            },
            {
              text: 'LinkedIn sagt, es nutze datenschutzfördernde Technologien, die persönliche Daten unkenntlich machen oder entfernen.',
              sources: ['HELP-GENAI-FAQ', 'SEED'],
            },
            {
              text: 'LinkedIn sagt, einige seiner Modelle stammen aus Microsofts Azure-OpenAI-Dienst.',
              sources: ['HELP-GENAI-FAQ', 'SEED'],
            },
            {
              text: 'Daten von Mitgliedern, die LinkedIn für unter 18 hält, werden nicht verwendet, auch wenn der Schalter an ist.',
              sources: ['HELP-GENAI-FAQ'],
            },
            {
              text: 'Wer die Einstellung ausschaltet, stoppt die künftige Nutzung seiner Daten für das Training.',
              sources: ['HELP-SETTING'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Was nicht verwendet wird', command: '/linkedin-ai not-used' },
        { label: 'LinkedIn und Microsoft', command: '/linkedin-ai microsoft' },
        { label: 'Ausschalten', command: '/linkedin-optout' },
      ],
      ask: {
        examples: [
          'werden meine daten vor dem training anonymisiert',
          'entfernen sie persönliche infos',
          'wie schützt linkedin meine privatsphäre beim ki training',
          'ist das sicher?',
          'was sind datenschutzfördernde technologien',
          'schwärzen die namen',
          'welches ki modell nutzen die, openai?',
          'sind daten von jugendlichen geschützt',
          'kann jemand linkedins angaben überprüfen',
        ],
        keywords: [
          'datenschutz',
          'privatsphäre',
          'schützen',
          'schutz',
          'sicher',
          'anonymisiert',
          'anonym',
          'pseudonymisiert',
          'schwärzen',
          'unkenntlich',
          'persönliche daten',
          'personenbezogene daten',
          'datenschutzfördernd',
          'minimieren',
          'azure',
          'openai',
          'unter 18',
          'kinder',
          'minderjährige',
          'jugendliche',
          'überprüfen',
        ],
      },
    },

    regions: {
      id: 'regions',
      title: 'Regionen, in denen das Training pausiert war',
      summary: 'EU, EWR, Schweiz, UK, Kanada, Hongkong: 2024 pausiert, seit 3. Nov. 2025 wieder aktiv',
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: '18. Sept. 2024: LinkedIn erklärte, es trainiere nicht mit Daten von Mitgliedern in der EU, im EWR oder in der Schweiz.',
              sources: ['HELP-GENAI-FAQ'],
            },
            {
              text: '20. Sept. 2024: Training im Vereinigten Königreich ausgesetzt, nachdem die britische Datenschutzbehörde ICO eingeschritten war.',
              sources: ['ICO'],
            },
            {
              text: 'Okt. 2024: Die Hongkonger Datenschutzbehörde PCPD stellte die Voreinstellung infrage; das Training mit Daten von Mitgliedern in Hongkong wurde pausiert (am 11. Okt., laut PCPD).',
              sources: ['PCPD-2024'],
            },
            {
              text: '10. Dez. 2024: Training mit Daten kanadischer Mitglieder pausiert.',
              sources: ['OPC-2024'],
            },
            {
              text: '18. Sept. 2025: LinkedIn kündigte an, das Training auf EU, EWR, Schweiz, Vereinigtes Königreich, Kanada und Hongkong auszuweiten.',
              sources: ['ERPN', 'ICO'],
            },
            {
              text: '3. Nov. 2025: Das Training begann in all diesen Regionen, gestützt auf „berechtigtes Interesse“. Dieselbe Einstellung schaltet es für Sie ab, auch wenn Sie sie noch nie gesehen haben.',
              sources: ['ERPN'],
            },
            {
              text: 'In der EU, im EWR, in der Schweiz und im Vereinigten Königreich können Sie außerdem das Widerspruchsformular (Data Processing Objection form) nutzen, für KI-Nutzungen, die der Schalter nicht abdeckt.',
              sources: ['OBJECTION-FORM', 'ERPN'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Ausschalten', command: '/linkedin-optout' },
        { label: 'Ganze Zeitleiste', command: '/linkedin-ai timeline' },
        { label: 'Widerspruchsformular', command: '/linkedin-optout objection-form' },
      ],
      ask: {
        examples: [
          'gilt das auch in der eu',
          'ich bin in deutschland, muss ich widersprechen',
          'ist großbritannien betroffen',
          'ich dachte die dsgvo schützt uns davor',
          'kanada pausiert?',
          'hongkong auch?',
          'ich wohne in der schweiz, soll ich das ausschalten',
          'europa war doch ausgenommen oder?',
          'wann hat das training in europa angefangen',
          'ist mein land betroffen',
          'österreich auch betroffen?',
        ],
        keywords: [
          'eu',
          'europa',
          'europäisch',
          'dsgvo',
          'gdpr',
          'uk',
          'großbritannien',
          'vereinigtes königreich',
          'england',
          'kanada',
          'hongkong',
          'schweiz',
          'ewr',
          'deutschland',
          'österreich',
          'frankreich',
          'land',
          'region',
          'pausiert',
          'ausgesetzt',
          'wieder aufgenommen',
          'ico',
          'pcpd',
          'berechtigtes interesse',
        ],
      },
    },

    timeline: {
      id: 'timeline',
      title: 'Zeitleiste',
      summary: 'Wichtige Daten, von Sept. 2024 bis Aug. 2026',
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: '18. Sept. 2024: Die Einstellung wird öffentlich bemerkt, schon eingeschaltet. Die Datenschutzrichtlinie nimmt das KI-Training auf, gültig ab diesem Tag.',
              sources: ['PRIVACY-POLICY', 'SEED'],
            },
            {
              text: '18. Sept. 2024: LinkedIn erklärt, es trainiere nicht mit Daten von Mitgliedern in der EU, im EWR oder in der Schweiz.',
              sources: ['HELP-GENAI-FAQ'],
            },
            {
              text: '20. Sept. 2024: Training im Vereinigten Königreich ausgesetzt, nachdem die britische Datenschutzbehörde ICO einschreitet.',
              sources: ['ICO'],
            },
            {
              text: 'Okt. 2024: Die Hongkonger Datenschutzbehörde PCPD stellt die Voreinstellung infrage; das Training mit Daten von Mitgliedern in Hongkong wird pausiert (am 11. Okt., laut PCPD).',
              sources: ['PCPD-2024'],
            },
            {
              text: '20. Nov. 2024: Eine aktualisierte Nutzervereinbarung tritt in Kraft, mit einer Klausel zu generativen KI-Funktionen.',
              sources: ['USER-AGREEMENT', 'SEED'],
            },
            {
              text: '10. Dez. 2024: Training mit Daten kanadischer Mitglieder pausiert.',
              sources: ['OPC-2024'],
            },
            {
              text: '18. Sept. 2025: LinkedIn kündigt an, das Training auf EU, EWR, Schweiz, Vereinigtes Königreich, Kanada und Hongkong auszuweiten.',
              sources: ['ERPN', 'ICO'],
            },
            {
              text: '3. Nov. 2025: Das Training beginnt in diesen Regionen, gestützt auf „berechtigtes Interesse“. Dieselbe Einstellung schaltet es für Sie ab.',
              sources: ['ERPN'],
            },
            {
              text: '21. Aug. 2026: Der europäische Datenschutzhinweis wird überarbeitet; seine KI-Abschnitte bleiben unverändert.',
              sources: ['ERPN'],
            },
          ],
        },
      ],
      links: [],
      followUps: [
        { label: 'Regionen', command: '/linkedin-ai regions' },
        { label: 'Ausschalten', command: '/linkedin-optout' },
        { label: 'Quellen', command: '/linkedin-ai sources' },
      ],
      ask: {
        examples: [
          'seit wann gibt es das',
          'zeitleiste?',
          'wann hat linkedin angefangen mit unseren daten ki zu trainieren',
          'was ist im november 2025 passiert',
          'wann wurde die nutzervereinbarung geändert',
          'ist das neu oder alt',
          'chronologie der linkedin ki sache',
          'was ist die neueste änderung',
          'seit wann ist das an',
        ],
        keywords: [
          'wann',
          'datum',
          'daten',
          'zeitleiste',
          'chronologie',
          'verlauf',
          'seit',
          'seit wann',
          'beginn',
          'angefangen',
          'neueste',
          'neuigkeiten',
          'aktualisierung',
          'änderungen',
          '2024',
          '2025',
          '2026',
          'nutzervereinbarung',
          'datenschutzrichtlinie',
        ],
      },
    },

    microsoft: {
      id: 'microsoft',
      title: 'LinkedIn und Microsoft',
      summary: 'Inhalte aus UK für Microsofts KI-Training, Azure OpenAI und Werbedaten-Weitergabe',
      sections: [
        {
          kind: 'bullets',
          title: 'KI-Training',
          facts: [
            {
              text: 'Nur im Vereinigten Königreich: LinkedIn darf einige Inhalte von Mitgliedern mit Microsoft für Microsofts eigenes KI-Training teilen.',
              sources: ['ERPN'],
            },
            {
              text: 'Diese Inhalte: Beiträge, Kommentare, Artikel, Videos, Learning-Videos, Daten von Unternehmensseiten und Stellenanzeigen.',
              sources: ['ERPN'],
            },
            {
              text: 'Dieselbe Einstellung für das KI-Training schaltet diese Weitergabe ab.',
              sources: ['ERPN', 'SETTING-URL'],
            },
            {
              text: 'LinkedIn sagt, einige seiner Modelle stammen aus Microsofts Azure-OpenAI-Dienst.',
              sources: ['HELP-GENAI-FAQ', 'SEED'],
            },
          ],
        },
        {
          kind: 'bullets',
          title: 'Werbung (kein KI-Training)',
          facts: [
            {
              text: 'Außerhalb von EU, EWR und Schweiz teilt LinkedIn Daten mit Microsoft für personalisierte Werbung, ab dem 3. Nov. 2025 in mehr Regionen.',
              sources: ['HELP-DATA-SHARING', 'HELP-MS-SHARING'],
            },
            {
              text: 'Die Einstellung zur Datenweitergabe (Data sharing) schaltet das ab. Werbung erscheint weiterhin, nur nicht mit Ihren LinkedIn-Daten personalisiert.',
              sources: ['HELP-DATA-SHARING'],
            },
          ],
        },
      ],
      links: [settingLink, { label: 'Werbeeinstellungen öffnen', url: ADS_SETTINGS_URL }],
      followUps: [
        { label: 'Anleitung zur Werbedaten-Weitergabe', command: '/linkedin-optout ads-sharing' },
        { label: 'KI-Training ausschalten', command: '/linkedin-optout' },
        { label: 'Andere KI-Nutzungen', command: '/linkedin-ai other-ai' },
      ],
      ask: {
        examples: [
          'bekommt microsoft meine linkedin daten',
          'werden meine daten für ki mit microsoft geteilt',
          'was ist das mit uk und microsoft',
          'nutzt linkedin openai',
          'gibt linkedin daten an microsoft werbung?',
          'was macht azure openai mit meinen daten',
          'bekommt bing meine linkedin beiträge',
          'microsoft gehört linkedin, trainieren die copilot mit meinen posts',
          'wie stoppe ich die weitergabe an microsoft',
        ],
        keywords: [
          'microsoft',
          'ms',
          'azure',
          'openai',
          'copilot',
          'bing',
          'werbung',
          'anzeigen',
          'datenweitergabe',
          'teilen',
          'geteilt',
          'weitergabe',
          'verbundene unternehmen',
          'mutterkonzern',
          'uk',
          'großbritannien',
          'learning-videos',
        ],
      },
    },

    'get-copy': {
      id: 'get-copy',
      title: 'Eine Kopie Ihrer Daten anfordern',
      summary: 'Ihr LinkedIn-Datenarchiv herunterladen (nur am Computer)',
      sections: [
        {
          kind: 'steps',
          title: 'Am Computer (die App bietet das nicht an)',
          facts: [
            {
              text: 'Klicken Sie auf „Sie“ (Ihr Profilfoto in der oberen Leiste), dann auf „Einstellungen & Datenschutz“.',
              sources: ['HELP-EXPORT'],
            },
            { text: 'Öffnen Sie „Datenschutz“.', sources: ['HELP-EXPORT'] },
            { text: 'Klicken Sie auf „Kopie Ihrer Daten anfordern“.', sources: ['HELP-EXPORT'] },
            {
              text: 'Wählen Sie die gewünschten Kategorien und klicken Sie dann auf „Archiv anfordern“.',
              sources: ['HELP-EXPORT'],
            },
          ],
        },
        {
          kind: 'bullets',
          title: 'Gut zu wissen',
          facts: [
            {
              text: 'Die gewählten Kategorien kommen innerhalb von Minuten per E-Mail, das vollständige Archiv innerhalb von 24 Stunden.',
              sources: ['HELP-EXPORT'],
            },
            { text: 'Der Download-Link ist 72 Stunden gültig.', sources: ['HELP-EXPORT'] },
            {
              text: 'Es enthält nur Ihre eigenen Daten und nur Kategorien, die auf Ihr Konto zutreffen.',
              sources: ['HELP-EXPORT'],
            },
            {
              text: 'LinkedIn dokumentiert nicht, dass der Export zeigt, was für das KI-Training verwendet wurde.',
              sources: ['HELP-EXPORT'],
            },
          ],
        },
      ],
      links: [{ label: 'Datenschutz-Einstellungen öffnen', url: DATA_PRIVACY_URL }],
      followUps: [
        { label: 'Welche Daten verwendet werden', command: '/linkedin-ai what-data' },
        { label: 'Ausschalten', command: '/linkedin-optout' },
      ],
      ask: {
        examples: [
          'wie lade ich meine linkedin daten herunter',
          'kann ich sehen welche daten linkedin über mich hat',
          'meine daten exportieren',
          'wie lange dauert das datenarchiv',
          'zeigt der export was für die ki verwendet wurde',
          'kopie meiner daten anfordern dsgvo',
          'datenkopie über die app möglich?',
          'mein download link ist abgelaufen',
          'wo ist kopie ihrer daten anfordern',
          'auskunft nach art 15 dsgvo bei linkedin',
        ],
        keywords: [
          'herunterladen',
          'download',
          'export',
          'exportieren',
          'kopie',
          'datenkopie',
          'archiv',
          'meine daten',
          'kopie anfordern',
          'auskunft',
          'auskunftsersuchen',
          'datenauskunft',
          'art. 15',
          'sicherung',
          'backup',
          'zip',
          'meine daten sehen',
          'e-mail',
          '72 stunden',
          '24 stunden',
        ],
      },
    },

    why: {
      id: 'why',
      title: 'Warum es wichtig ist',
      summary: 'Warum sich Leute ärgern: standardmäßig an, und früheres Training bleibt',
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'LinkedIn hat die Einstellung für Mitglieder eingeschaltet, ohne sie vorher zu fragen.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'Öffentlich bemerkt wurde das am 18. Sept. 2024, am selben Tag, an dem die geänderte Datenschutzrichtlinie in Kraft trat.',
              sources: ['PRIVACY-POLICY', 'SEED'],
            },
            {
              text: 'Ausschalten macht bereits erfolgtes Training nicht rückgängig.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'Das Training kann Ihr Profil, Ihre Beiträge, Kommentare und Ihre Eingaben in LinkedIns KI-Funktionen nutzen.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            {
              text: '2024 schritt die britische Datenschutzbehörde ICO ein, und die Hongkonger PCPD stellte die Voreinstellung infrage; das Training dort wurde damals pausiert.',
              sources: ['ICO', 'PCPD-2024'],
            },
            {
              text: 'Bis Sie es ausschalten, kann alles, was Sie ab jetzt hinzufügen, für das Training genutzt werden.',
              sources: ['HELP-SETTING'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Ausschalten', command: '/linkedin-optout' },
        { label: 'Standardmäßig eingeschaltet', command: '/linkedin-ai default' },
        { label: 'Welche Daten verwendet werden', command: '/linkedin-ai what-data' },
      ],
      ask: {
        examples: [
          'warum sollte mich das interessieren',
          'warum regen sich alle über linkedin ki auf',
          'ist das schlimm?',
          'was ist das problem mit dem ki training bei linkedin',
          'lohnt es sich das auszuschalten',
          'warum sind die leute so sauer',
          'ist das wirklich so schlimm',
          'warum ist das für mich wichtig',
          'worum geht es bei der ganzen aufregung',
        ],
        keywords: [
          'warum',
          'wieso',
          'weshalb',
          'wichtig',
          'interessieren',
          'aufregen',
          'aufregung',
          'sauer',
          'wütend',
          'empörung',
          'kritik',
          'schlimm',
          'problem',
          'sollte ich',
          'lohnt sich',
          'ethik',
          'fair',
          'skandal',
          'bedenken',
        ],
      },
    },

    myths: {
      id: 'myths',
      title: 'Mythen, richtiggestellt',
      summary: 'Drei verbreitete Behauptungen über die Einstellung, geprüft',
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Mythos: Sie müssen alle 60 Tage erneut widersprechen. Tatsache: Nichts von LinkedIn sagt das.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'Mythos: Ausschalten löscht Ihre Daten aus LinkedIns KI. Tatsache: Es stoppt nur künftiges Training; früheres Training wird nicht rückgängig gemacht.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'Mythos: Ihre Direktnachrichten werden für das Training genutzt. Tatsache: LinkedIn sagt, private Nachrichten, einschließlich InMail, sind ausgenommen.',
              sources: ['HELP-GENAI-FAQ'],
            },
            {
              text: 'Aber Achtung: Gruppennachrichten sind als verwendet aufgeführt. Sie sind keine privaten Nachrichten.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Was das Ausschalten bewirkt', command: '/linkedin-ai opt-out-effect' },
        { label: 'Was nicht verwendet wird', command: '/linkedin-ai not-used' },
        { label: 'Ausschalten', command: '/linkedin-optout' },
      ],
      ask: {
        examples: [
          'muss ich alle 60 tage erneut widersprechen',
          'jemand meinte die einstellung setzt sich zurück, stimmt das?',
          'stimmt es dass das ausschalten meine daten aus der ki löscht',
          'werden dms wirklich fürs training benutzt',
          'hab einen viralen post gesehen dass linkedin inmails liest',
          'mythen über linkedin ki',
          'läuft der widerspruch ab',
          'hab gehört man muss das alle zwei monate neu machen',
          'ist das ein fake',
        ],
        keywords: [
          'mythos',
          'mythen',
          'gerücht',
          'gerüchte',
          'stimmt das',
          'wahr',
          'falsch',
          'fake',
          'falschmeldung',
          'hoax',
          '60 tage',
          'alle 60 tage',
          'zwei monate',
          'zurückgesetzt',
          'zurücksetzen',
          'läuft ab',
          'abgelaufen',
          'erneut',
          'nochmal',
          'wiederholen',
          'viral',
          'gehört',
          'dms',
          'inmail',
          'klage',
        ],
      },
    },
  },
};
