// Spanish knowledge base: the same facts, sources and order as en.ts, in Spanish (informal "tú").
// Spanish sources disagree on most of LinkedIn's menu labels, so only "Yo" and «Privacidad de datos» stand
// alone; every other label is given in Spanish with LinkedIn's English label beside it. Keep in step with
// en.ts: the parity test in tests/content/parity.test.ts fails when a fact, source, link or follow-up differs.
import type { Content, ContentLink } from './types.js';

const SETTING_URL = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';
const OBJECTION_FORM_URL = 'https://www.linkedin.com/help/linkedin/ask/TS-DPRO';
const ADS_SETTINGS_URL = 'https://www.linkedin.com/mypreferences/d/categories/ads';
const DATA_PRIVACY_URL = 'https://www.linkedin.com/mypreferences/d/categories/privacy';
const TRUSTED_PARTNERS_URL =
  'https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners';

const TOGGLE =
  '«Usar mis datos para entrenar modelos de IA que crean contenido» (Use my data for training content creation AI models)';
const GENAI_PAGE = '«Datos para mejorar la IA generativa» (Data for Generative AI Improvement)';
const SETTINGS_PRIVACY = '«Configuración y privacidad» (Settings & Privacy)';

const settingLink: ContentLink = { label: 'Abrir el ajuste de LinkedIn', url: SETTING_URL };

export const es: Content = {
  locale: 'es',
  asOf: '2026-11-30',
  settingUrl: SETTING_URL,

  sources: {
    'HELP-SETTING': {
      key: 'HELP-SETTING',
      kind: 'linkedin',
      title:
        'Ayuda de LinkedIn: el ajuste Data for Generative AI Improvement (datos para mejorar la IA generativa)',
      url: 'https://www.linkedin.com/help/linkedin/answer/a6278444',
      date: '2026-11',
      dateLabel: 'página sin fecha, consultada en nov. 2026',
    },
    'HELP-GENAI-FAQ': {
      key: 'HELP-GENAI-FAQ',
      kind: 'linkedin',
      title: 'Ayuda de LinkedIn: preguntas frecuentes sobre IA generativa',
      url: 'https://www.linkedin.com/help/linkedin/answer/a5538339',
      date: '2024-09-18',
      dateLabel: '18 sept. 2024, actualizada en 2025',
    },
    'HELP-MS-SHARING': {
      key: 'HELP-MS-SHARING',
      kind: 'linkedin',
      title: 'Ayuda de LinkedIn: datos compartidos con Microsoft (actualización de 2025)',
      url: 'https://www.linkedin.com/help/linkedin/answer/a8059228',
      date: '2025-09',
      dateLabel: 'sept. 2025',
    },
    'HELP-DATA-SHARING': {
      key: 'HELP-DATA-SHARING',
      kind: 'linkedin',
      title: 'Ayuda de LinkedIn: el ajuste de datos compartidos (publicidad)',
      url: 'https://www.linkedin.com/help/linkedin/answer/a1397243',
      date: '2026-11',
      dateLabel: 'página sin fecha, consultada en nov. 2026',
    },
    'HELP-EXPORT': {
      key: 'HELP-EXPORT',
      kind: 'linkedin',
      title: 'Ayuda de LinkedIn: descargar los datos de tu cuenta',
      url: 'https://www.linkedin.com/help/linkedin/answer/a1339364',
      date: '2026-11',
      dateLabel: 'página sin fecha, consultada en nov. 2026',
    },
    ERPN: {
      key: 'ERPN',
      kind: 'linkedin',
      title: 'LinkedIn: aviso de privacidad regional para Europa',
      url: 'https://www.linkedin.com/legal/privacy/eu',
      date: '2025-11-03',
      dateLabel: 'vigente desde el 3 nov. 2025 (revisado el 21 ago. 2026, IA sin cambios)',
    },
    'PRIVACY-POLICY': {
      key: 'PRIVACY-POLICY',
      kind: 'linkedin',
      title: 'Política de privacidad de LinkedIn',
      url: 'https://www.linkedin.com/legal/privacy-policy',
      date: '2025-11-03',
      dateLabel: 'versión del 3 nov. 2025 (IA desde el 18 sept. 2024; California: 23 feb. 2026)',
    },
    'USER-AGREEMENT': {
      key: 'USER-AGREEMENT',
      kind: 'linkedin',
      title: 'Condiciones de uso de LinkedIn (User Agreement)',
      url: 'https://www.linkedin.com/legal/user-agreement',
      date: '2024-11-20',
      dateLabel: 'versión del 20 nov. 2024; la actual, vigente desde el 3 nov. 2025',
    },
    'SETTING-URL': {
      key: 'SETTING-URL',
      kind: 'linkedin',
      title: 'El ajuste Data for Generative AI Improvement (enlace directo)',
      url: SETTING_URL,
      date: '2025-11-03',
      dateLabel: 'enlazado desde el aviso europeo del 3 nov. 2025',
    },
    'OBJECTION-FORM': {
      key: 'OBJECTION-FORM',
      kind: 'linkedin',
      title: 'Formulario de oposición al tratamiento de datos de LinkedIn (Data Processing Objection form)',
      url: OBJECTION_FORM_URL,
      date: '2025-11-03',
      dateLabel: 'enlazado desde el aviso europeo del 3 nov. 2025',
    },
    ICO: {
      key: 'ICO',
      kind: 'regulator',
      title: 'Declaración de la ICO británica sobre la política de datos e IA de LinkedIn',
      url: 'https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2024/09/our-statement-on-changes-to-linkedin-ai-data-policy/',
      date: '2024-09-20',
      dateLabel: '20 sept. 2024, actualizada el 23 sept. 2025',
    },
    'PCPD-2024': {
      key: 'PCPD-2024',
      kind: 'regulator',
      title: 'Comunicado de la PCPD de Hong Kong sobre LinkedIn y los datos de usuarios de Hong Kong',
      url: 'https://pcpd.org.hk/english/news_events/media_statements/press_20241015.html',
      date: '2024-10-15',
      dateLabel: '15 oct. 2024',
    },
    'OPC-2024': {
      key: 'OPC-2024',
      kind: 'regulator',
      title: 'Comunicado del Comisionado de Privacidad de Canadá sobre LinkedIn y sus miembros canadienses',
      url: 'https://www.priv.gc.ca/en/opc-news/news-and-announcements/2024/nr-c_241210b/',
      date: '2024-12-10',
      dateLabel: '10 dic. 2024',
    },
    'DPC-2025': {
      key: 'DPC-2025',
      kind: 'regulator',
      title:
        'La Comisión de Protección de Datos de Irlanda (DPC) sobre los cambios de LinkedIn (según la prensa)',
      url: 'https://www.pinsentmasons.com/en-gb/out-law/news/linkedin-gen-ai-training-plans-data-watchdog-intervenes',
      date: '2025-11',
      dateLabel: 'nov. 2025 (el regulador, según la prensa)',
    },
    'AP-2025': {
      key: 'AP-2025',
      kind: 'regulator',
      title:
        'La autoridad neerlandesa de protección de datos (Autoriteit Persoonsgegevens, AP) pide excluirse (según la prensa)',
      url: 'https://www.iamexpat.nl/expat-info/dutch-news/linkedin-users-netherlands-urged-block-use-personal-data-ai',
      date: '2025-09-24',
      dateLabel: '24 sept. 2025 (el regulador, según la prensa)',
    },
    'NEWS-2025-09': {
      key: 'NEWS-2025-09',
      kind: 'press',
      title: 'Noticia sobre el anuncio de LinkedIn para Europa, Canadá y Hong Kong',
      url: 'https://www.techradar.com/pro/linkedin-set-to-start-to-train-its-ai-on-member-profiles',
      date: '2025-09-18',
      dateLabel: '18 sept. 2025',
    },
    'NEWS-2024-09-UK': {
      key: 'NEWS-2024-09-UK',
      kind: 'press',
      title: 'Noticia: sin entrenamiento de IA en el EEE, Suiza y el Reino Unido (2024)',
      url: 'https://www.lbc.co.uk/tech/e8a179de16bc4525a80f3dee73601a8f',
      date: '2024-09',
      dateLabel: 'sept. 2024',
    },
    'LAWSUIT-2025': {
      key: 'LAWSUIT-2025',
      kind: 'press',
      title: 'Noticia sobre la demanda colectiva contra LinkedIn por los InMail',
      url: 'https://www.classaction.org/news/linkedin-exposed-premium-members-inmail-messages-to-train-ai-models-class-action-lawsuit-claims',
      date: '2025-01',
      dateLabel: 'ene. 2025 (noticia; demanda presentada el 21 ene. y retirada el 30 ene. 2025)',
    },
    SEED: {
      key: 'SEED',
      kind: 'press',
      title: 'Artículo de prensa: polémica por el entrenamiento de IA de LinkedIn con datos de usuarios',
      url: null,
      date: '2024-09',
      dateLabel: 'sept. 2024',
    },
  },

  guides: {
    overview: {
      id: 'overview',
      title: 'Impide que LinkedIn entrene IA con tus datos',
      summary: 'Por qué desactivarlo, el enlace directo y guías paso a paso',
      intro: {
        text: 'LinkedIn usa tus datos y tu contenido para entrenar IA que crea contenido. El ajuste está activado mientras no lo desactives.',
        sources: ['HELP-SETTING', 'SEED'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: `Lo más rápido: abre el enlace directo con tu sesión iniciada y desactiva ${TOGGLE}.`,
              sources: ['SETTING-URL', 'HELP-SETTING'],
            },
            {
              text: 'Solo detiene el entrenamiento a partir de ahora. No deshace el entrenamiento que ya se hizo.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: '¿Prefieres ir por los menús? Elige abajo la guía para ordenador o para la app.',
              sources: ['HELP-SETTING', 'SEED'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Pasos en el ordenador', command: '/linkedin-optout desktop' },
        { label: 'Pasos en la app', command: '/linkedin-optout mobile' },
        { label: 'Qué pasa al desactivarlo', command: '/linkedin-ai opt-out-effect' },
        { label: 'Por qué importa', command: '/linkedin-ai why' },
      ],
      ask: {
        examples: [
          'cómo evito que linkedin use mis datos para entrenar la ia',
          'como desactivo el entrenamiento de ia en linkedin',
          'quiero darme de baja del entrenamiento de ia',
          'hay forma de desactivar esto?',
          'como hago para que linkedin no use mis publicaciones para la IA',
          'qué tengo que hacer para pararlo',
          'como quito que linkedin entrene ia con mi perfil',
          'puedo decir que no al tema de la ia?',
          'por donde empiezo para excluirme',
          'opt out linkedin ia porfa',
        ],
        keywords: [
          'desactivar',
          'desactivo',
          'quitar',
          'apagar',
          'excluirme',
          'excluir',
          'darme de baja',
          'opt out',
          'no quiero',
          'negarme',
          'parar',
          'evitar',
          'entrenamiento',
          'entrenar',
          'ia',
          'inteligencia artificial',
          'ia generativa',
          'cómo',
          'ajuste',
          'configuración',
          'guía',
        ],
      },
    },

    desktop: {
      id: 'desktop',
      title: 'Desactivarlo en el ordenador (web)',
      summary: 'Paso a paso en el navegador de tu ordenador',
      sections: [
        {
          kind: 'steps',
          facts: [
            {
              text: 'Haz clic en «Yo» (tu foto de perfil en la barra superior).',
              sources: ['SEED', 'HELP-SETTING'],
            },
            { text: `Elige ${SETTINGS_PRIVACY}.`, sources: ['SEED', 'HELP-SETTING'] },
            { text: 'Abre «Privacidad de datos».', sources: ['SEED', 'HELP-SETTING'] },
            {
              text: `En el apartado sobre cómo usa LinkedIn tus datos (How LinkedIn uses your data), haz clic en ${GENAI_PAGE}.`,
              sources: ['SEED', 'HELP-SETTING'],
            },
            {
              text: `Desactiva ${TOGGLE}.`,
              sources: ['SEED', 'HELP-SETTING'],
            },
          ],
        },
        {
          kind: 'bullets',
          title: 'Conviene saber',
          facts: [
            {
              text: 'Solo detiene el entrenamiento a partir de ahora. El entrenamiento que ya se hizo no se deshace.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'El ajuste es de cada cuenta. ¿Ayudas a tu familia o a compañeros? Desactívalo en cada una de sus cuentas.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'Atajo: el enlace directo abre el interruptor si tienes la sesión iniciada.',
              sources: ['SETTING-URL'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Pasos en la app', command: '/linkedin-optout mobile' },
        { label: 'Qué pasa al desactivarlo', command: '/linkedin-ai opt-out-effect' },
        { label: 'Otros usos de IA', command: '/linkedin-ai other-ai' },
      ],
      ask: {
        examples: [
          'como lo desactivo en el portátil',
          'dónde está el ajuste',
          'donde esta la opcion de ia en la web de linkedin',
          'cómo me excluyo desde el pc',
          'no encuentro datos para mejorar la ia generativa',
          'pasos para desactivar el entrenamiento de ia en el navegador',
          'en qué parte de configuración y privacidad está',
          'como lo quito en la compu?',
          'pasos para el ordenador linkedin',
          'en que menu esta el interruptor de la ia',
          'desactivar entrenamiento ia en el mac',
        ],
        keywords: [
          'ordenador',
          'computadora',
          'compu',
          'portátil',
          'portatil',
          'laptop',
          'pc',
          'mac',
          'navegador',
          'web',
          'página web',
          'chrome',
          'escritorio',
          'desactivar',
          'quitar',
          'dónde está',
          'donde esta',
          'configuración y privacidad',
          'ajustes y privacidad',
          'privacidad de datos',
          'interruptor',
          'menú',
          'pasos',
        ],
      },
    },

    mobile: {
      id: 'mobile',
      title: 'Desactivarlo en la app',
      summary: 'Paso a paso en la app de LinkedIn para iPhone o Android',
      intro: {
        text: 'En iPhone y en Android se hace igual. LinkedIn no documenta rutas distintas para cada uno.',
        sources: ['SEED', 'AP-2025'],
      },
      sections: [
        {
          kind: 'steps',
          facts: [
            { text: 'Toca tu foto de perfil.', sources: ['SEED', 'AP-2025'] },
            { text: 'Toca «Configuración» (Settings).', sources: ['SEED', 'AP-2025'] },
            { text: 'Toca «Privacidad de datos».', sources: ['SEED', 'AP-2025'] },
            { text: `Toca ${GENAI_PAGE}.`, sources: ['SEED', 'AP-2025'] },
            {
              text: `Desactiva ${TOGGLE}.`,
              sources: ['SEED', 'AP-2025', 'HELP-SETTING'],
            },
          ],
        },
        {
          kind: 'bullets',
          title: 'Conviene saber',
          facts: [
            {
              text: 'Solo detiene el entrenamiento a partir de ahora. El entrenamiento que ya se hizo no se deshace.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'El ajuste es de cada cuenta. ¿Ayudas a tu familia o a compañeros? Desactívalo en cada una de sus cuentas.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'Atajo: el enlace directo abre el interruptor si tienes la sesión iniciada.',
              sources: ['SETTING-URL'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Pasos en el ordenador', command: '/linkedin-optout desktop' },
        { label: 'Solo el enlace', command: '/linkedin-optout link' },
        { label: 'Qué pasa al desactivarlo', command: '/linkedin-ai opt-out-effect' },
      ],
      ask: {
        examples: [
          'cómo lo hago desde el móvil',
          'pasos en iphone?',
          'como desactivo el entrenamiento de ia en la app de linkedin',
          'excluirme en android',
          'no lo encuentro en la aplicación',
          'es distinto en ios y en android',
          'donde esta privacidad de datos en la app',
          'como lo quito desde el celular',
          'solo uso linkedin en el telefono, como lo desactivo',
          'desactivar en ios',
        ],
        keywords: [
          'móvil',
          'movil',
          'celular',
          'teléfono',
          'telefono',
          'iphone',
          'ios',
          'android',
          'app',
          'aplicación',
          'aplicacion',
          'smartphone',
          'samsung',
          'tocar',
          'toca',
          'desactivar',
          'quitar',
          'privacidad de datos',
          'interruptor',
        ],
      },
    },

    link: {
      id: 'link',
      title: 'Enlace directo al ajuste',
      summary: 'El enlace que abre directamente el interruptor del entrenamiento de IA',
      intro: {
        text: `Enlace directo: ${SETTING_URL}`,
        sources: ['SETTING-URL'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: `Ábrelo con tu sesión de LinkedIn iniciada: te lleva al interruptor de ${GENAI_PAGE}.`,
              sources: ['SETTING-URL', 'HELP-SETTING'],
            },
            {
              text: `Desactiva ${TOGGLE}.`,
              sources: ['HELP-SETTING'],
            },
            {
              text: 'Solo cambia la cuenta con la que has iniciado sesión. Repítelo en cada cuenta.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'LinkedIn enlaza esta misma página desde su aviso de privacidad europeo.',
              sources: ['ERPN', 'SETTING-URL'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Pasos en el ordenador', command: '/linkedin-optout desktop' },
        { label: 'Pasos en la app', command: '/linkedin-optout mobile' },
        { label: 'Qué pasa al desactivarlo', command: '/linkedin-ai opt-out-effect' },
      ],
      ask: {
        examples: [
          'enlace?',
          'cuál es el enlace directo al ajuste',
          'pásame la url y ya',
          'mándame el link para desactivarlo',
          'hay algún enlace directo',
          'link directo a la opcion de ia de linkedin',
          'comparte el link para excluirme porfa',
          'que url abre el interruptor',
        ],
        keywords: [
          'enlace',
          'link',
          'url',
          'enlace directo',
          'link directo',
          'atajo',
          'dirección',
          'direccion',
          'página',
          'rápido',
          'lo más rápido',
        ],
      },
    },

    'objection-form': {
      id: 'objection-form',
      title: 'Oponerte a otros usos de la IA',
      summary: 'El formulario de oposición, para los usos de IA que el interruptor no cubre',
      intro: {
        text: 'El interruptor solo cubre la IA que crea contenido. No cubre la IA de tu feed y tus recomendaciones, ni la de seguridad, protección y lucha contra el abuso.',
        sources: ['HELP-SETTING'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Donde tienes derecho de oposición, como en la UE, el EEE, Suiza y el Reino Unido, puedes enviar el formulario de oposición al tratamiento de datos (Data Processing Objection form).',
              sources: ['OBJECTION-FORM', 'ERPN'],
            },
            {
              text: 'LinkedIn puede rechazar una oposición cuando alega motivos imperiosos. Su propio ejemplo: la dirección IP con la que inicias sesión, que conserva como medida de seguridad.',
              sources: ['ERPN'],
            },
            {
              text: 'El formulario está enlazado desde el aviso de privacidad europeo de LinkedIn.',
              sources: ['ERPN', 'OBJECTION-FORM'],
            },
            {
              text: 'Para la IA que crea contenido, usa el propio ajuste y desactívalo.',
              sources: ['HELP-SETTING', 'SETTING-URL'],
            },
          ],
        },
      ],
      links: [{ label: 'Abrir el formulario de oposición', url: OBJECTION_FORM_URL }, settingLink],
      followUps: [
        { label: 'Otros usos de IA', command: '/linkedin-ai other-ai' },
        { label: 'Regiones', command: '/linkedin-ai regions' },
        { label: 'Solo el enlace del ajuste', command: '/linkedin-optout link' },
      ],
      ask: {
        examples: [
          'cómo me opongo a que linkedin use mis datos para otra ia',
          'enlace al formulario de oposición',
          'puedo parar también la ia de mi feed',
          'hay un formulario para el derecho de oposición del rgpd',
          'como ejercer el derecho de oposicion al tratamiento',
          'el interruptor no cubre las recomendaciones, que hago',
          'estoy en españa, me puedo oponer',
          'donde esta el formulario de oposicion al tratamiento de datos',
          'linkedin puede rechazar mi oposición?',
        ],
        keywords: [
          'oponerme',
          'oponer',
          'oposición',
          'oposicion',
          'formulario',
          'formulario de oposición',
          'derecho de oposición',
          'tratamiento de datos',
          'rgpd',
          'gdpr',
          'artículo 21',
          'limitar',
          'limitación',
          'feed',
          'recomendaciones',
          'seguridad',
          'rechazar',
          'motivos imperiosos',
        ],
      },
    },

    'ads-sharing': {
      id: 'ads-sharing',
      title: 'Datos compartidos con Microsoft para anuncios',
      summary: 'Evita que tus datos de LinkedIn personalicen anuncios de Microsoft (no es lo de la IA)',
      intro: {
        text: 'Esto va de publicidad, no de entrenamiento de IA. Fuera de la UE, el EEE, Suiza y el Reino Unido, LinkedIn comparte datos con Microsoft para anuncios personalizados.',
        sources: ['HELP-MS-SHARING', 'PRIVACY-POLICY'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Desde el 3 de noviembre de 2025 LinkedIn comparte para ello más tipos de datos: perfil, actividad en el feed e interacción con anuncios.',
              sources: ['HELP-MS-SHARING', 'PRIVACY-POLICY'],
            },
            {
              text: 'Desde el 23 de febrero de 2026 el aviso para California (EE. UU.) de la Política de privacidad dice que Microsoft puede mostrar esos anuncios en cualquier lugar, también fuera de sus propios servicios.',
              sources: ['PRIVACY-POLICY'],
            },
            {
              text: 'La exclusión que enlaza la Política de privacidad es el ajuste para compartir datos con socios de confianza (share data with trusted partners): el primer enlace de abajo.',
              sources: ['PRIVACY-POLICY'],
            },
            {
              text: 'Si no te aparece, búscalo en la página de ajustes de datos de publicidad (Advertising data). Seguirás viendo anuncios, solo que no personalizados con tus datos de LinkedIn.',
              sources: ['HELP-DATA-SHARING'],
            },
            {
              text: 'El nombre exacto del interruptor en estas páginas no está confirmado.',
              sources: ['HELP-DATA-SHARING', 'PRIVACY-POLICY'],
              unconfirmed: true,
            },
            {
              text: 'Para los datos que Microsoft ya recibió, LinkedIn remite a los controles de privacidad de la propia Microsoft (la página de privacidad de la cuenta Microsoft).',
              sources: ['HELP-MS-SHARING'],
            },
            {
              text: 'El interruptor del entrenamiento de IA es un ajuste aparte. Desactívalo también si quieres.',
              sources: ['HELP-SETTING'],
            },
          ],
        },
      ],
      links: [
        { label: 'Abrir el ajuste de datos compartidos', url: TRUSTED_PARTNERS_URL },
        { label: 'Abrir los ajustes de publicidad', url: ADS_SETTINGS_URL },
        settingLink,
      ],
      followUps: [
        { label: 'LinkedIn y Microsoft', command: '/linkedin-ai microsoft' },
        { label: 'Enlace al ajuste de IA', command: '/linkedin-optout link' },
      ],
      ask: {
        examples: [
          'cómo evito que linkedin comparta mis datos con microsoft para anuncios',
          'excluirme de los anuncios de microsoft',
          'linkedin le da mis datos a la publicidad de microsoft?',
          'desactivar anuncios personalizados con mis datos de linkedin',
          'si lo desactivo voy a seguir viendo anuncios',
          'donde esta el ajuste de compartir datos',
          'como quito lo de compartir datos con microsoft para publicidad',
          'lo nuevo de compartir datos con microsoft de nov 2025',
          'microsoft puede enseñar anuncios con mis datos de linkedin fuera de sus webs',
          'ajuste de compartir datos con socios de confianza',
        ],
        keywords: [
          'anuncios',
          'anuncio',
          'publicidad',
          'publicidad personalizada',
          'anuncios personalizados',
          'anuncios dirigidos',
          'microsoft',
          'compartir datos',
          'datos compartidos',
          'comparte',
          'compartir',
          'marketing',
          'bing',
          'rastreo',
          'socios de confianza',
          'california',
        ],
      },
    },
  },

  topics: {
    'what-data': {
      id: 'what-data',
      title: 'Qué datos usa LinkedIn para entrenar',
      summary: 'Los tipos de datos tuyos que usa LinkedIn para entrenar su IA que crea contenido',
      intro: {
        text: 'LinkedIn enumera estos datos para entrenar su IA que crea contenido, en sus preguntas frecuentes sobre IA y en su aviso de privacidad europeo.',
        sources: ['HELP-GENAI-FAQ', 'ERPN'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Perfil: nombre, foto, puesto actual, experiencia laboral, formación, ubicación, aptitudes, extracto, certificaciones, licencias, voluntariado, publicaciones, patentes, validaciones y recomendaciones.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            {
              text: 'Contenido que creas: publicaciones, artículos, respuestas a encuestas, contribuciones y comentarios.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            {
              text: 'Lo que escribes en las funciones de IA de LinkedIn (instrucciones, preguntas, chats) y lo que te devuelven.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            { text: 'La actividad y los mensajes en grupos.', sources: ['HELP-GENAI-FAQ', 'ERPN'] },
            {
              text: 'Las respuestas a preguntas de selección de ofertas de empleo y los currículums que guardaste en LinkedIn.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            {
              text: 'Las valoraciones que das, como pulgar arriba o abajo y las denuncias (según las preguntas frecuentes).',
              sources: ['HELP-GENAI-FAQ'],
            },
            {
              text: 'En 2024 las preguntas frecuentes lo resumían más: publicaciones y artículos, con qué frecuencia usas LinkedIn, preferencia de idioma y valoraciones.',
              sources: ['SEED', 'HELP-GENAI-FAQ'],
            },
          ],
        },
        {
          kind: 'text',
          title: 'Lo que no se usa',
          facts: [
            {
              text: 'Tus mensajes privados, incluidos los InMail, no se usan, según las preguntas frecuentes.',
              sources: ['HELP-GENAI-FAQ'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Lo que no se usa', command: '/linkedin-ai not-used' },
        { label: 'Desactivarlo', command: '/linkedin-optout' },
        { label: 'Qué pasa al desactivarlo', command: '/linkedin-ai opt-out-effect' },
      ],
      ask: {
        examples: [
          'qué datos usa linkedin para la ia',
          'usan mis publicaciones para entrenar la ia?',
          'usan mi foto de perfil?',
          'mi cv lo usan para entrenar',
          'con qué entrenan exactamente',
          'linkedin entrena con los comentarios?',
          'que informacion sacan de mi perfil',
          'usan lo que le escribo al asistente de redacción con ia',
          'las publicaciones en grupos se usan para la ia?',
          'usan mis respuestas a las preguntas de las ofertas de empleo',
        ],
        keywords: [
          'qué datos',
          'que datos',
          'cuáles datos',
          'datos',
          'perfil',
          'publicaciones',
          'posts',
          'artículos',
          'comentarios',
          'foto',
          'imagen',
          'currículum',
          'curriculum',
          'cv',
          'experiencia',
          'aptitudes',
          'formación',
          'grupos',
          'mensajes de grupo',
          'encuestas',
          'prompts',
          'valoraciones',
          'preguntas de selección',
          'contenido',
          'entrenan con',
          'recopilan',
        ],
      },
    },

    'not-used': {
      id: 'not-used',
      title: 'Lo que LinkedIn dice que no usa',
      summary: 'Mensajes privados, contraseñas, datos de pago y salario, y menores de 18 años',
      intro: {
        text: 'Según las preguntas frecuentes de LinkedIn sobre IA generativa, esto no se usa para entrenar:',
        sources: ['HELP-GENAI-FAQ'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Los mensajes privados, incluidos los InMail y los mensajes de la bandeja de entrada.',
              sources: ['HELP-GENAI-FAQ'],
            },
            { text: 'Los datos de inicio de sesión, como tu contraseña.', sources: ['HELP-GENAI-FAQ'] },
            { text: 'Los datos de pago y de tarjetas.', sources: ['HELP-GENAI-FAQ'] },
            {
              text: 'Los datos de salario y los datos de solicitudes de empleo vinculados a un miembro identificado por su nombre.',
              sources: ['HELP-GENAI-FAQ'],
            },
            {
              text: 'Los datos de los miembros que LinkedIn cree menores de 18 años, aunque tengan el interruptor activado.',
              sources: ['HELP-GENAI-FAQ'],
            },
            {
              text: 'Ojo: los mensajes de grupo no son mensajes privados. LinkedIn los incluye entre los datos que se usan.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
          ],
        },
      ],
      links: [],
      followUps: [
        { label: 'Qué datos se usan', command: '/linkedin-ai what-data' },
        { label: 'Mitos', command: '/linkedin-ai myths' },
        { label: 'Desactivarlo', command: '/linkedin-optout' },
      ],
      ask: {
        examples: [
          'usan mis mensajes directos para entrenar la ia',
          'linkedin lee mis mensajes privados para la ia?',
          'y los inmail?',
          'entrenan con mi bandeja de entrada',
          'usan mi contraseña o mi tarjeta de crédito',
          'y los datos de mi sueldo qué',
          'usan los datos de menores',
          'mi hijo tiene 16, usan su perfil',
          'qué es lo que no usan',
          'los mensajes están a salvo del entrenamiento?',
        ],
        keywords: [
          'mensajes directos',
          'md',
          'dm',
          'dms',
          'bandeja de entrada',
          'inmail',
          'inmails',
          'mensajes privados',
          'mensajes',
          'chat',
          'contraseña',
          'inicio de sesión',
          'credenciales',
          'tarjeta',
          'tarjeta de crédito',
          'pago',
          'salario',
          'sueldo',
          'solicitudes de empleo',
          'no se usa',
          'excluido',
          'menores de 18',
          'menores',
          'niños',
          'hijos',
          'adolescente',
        ],
      },
    },

    default: {
      id: 'default',
      title: 'Activado por defecto',
      summary: 'El ajuste se activó para los miembros sin preguntarles antes',
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'El ajuste está activado por defecto. Se incluyó a los miembros sin preguntarles antes.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'Se detectó públicamente el 18 de septiembre de 2024, ya activado. La Política de privacidad añadió el entrenamiento de IA ese mismo día.',
              sources: ['PRIVACY-POLICY', 'SEED'],
            },
            {
              text: 'Desde el 3 de noviembre de 2025 el entrenamiento también se hace en la UE, el EEE, Suiza, el Reino Unido, Canadá y Hong Kong. Los miembros de allí se excluyen con el mismo ajuste.',
              sources: ['ERPN', 'NEWS-2025-09', 'SETTING-URL'],
            },
            {
              text: 'Para la UE, el EEE, Suiza y el Reino Unido, el aviso europeo de LinkedIn da como base jurídica el interés legítimo.',
              sources: ['ERPN'],
            },
            {
              text: 'Para comprobar el tuyo, abre el enlace directo con tu sesión iniciada y mira el interruptor.',
              sources: ['SETTING-URL'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Desactivarlo', command: '/linkedin-optout' },
        { label: 'Por qué importa', command: '/linkedin-ai why' },
        { label: 'Regiones', command: '/linkedin-ai regions' },
      ],
      ask: {
        examples: [
          'viene activado por defecto?',
          'linkedin me apuntó automáticamente?',
          'yo nunca acepté esto!!',
          'por qué me incluyeron sin mi consentimiento',
          'lo activaron sin preguntar',
          'pidieron permiso?',
          'el entrenamiento de ia está activado para todos',
          'nunca toqué la configuración, lo tengo activado?',
          'activado automaticamente?',
        ],
        keywords: [
          'por defecto',
          'predeterminado',
          'automáticamente',
          'automaticamente',
          'automático',
          'activado',
          'me apuntaron',
          'consentimiento',
          'sin preguntar',
          'sin avisar',
          'permiso',
          'acepté',
          'nunca acepté',
          'para todos',
          'interés legítimo',
        ],
      },
    },

    'opt-out-effect': {
      id: 'opt-out-effect',
      title: 'Qué pasa al desactivarlo',
      summary: 'Solo detiene el entrenamiento futuro; no deshace el que ya se hizo',
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Desactivado significa que, desde ese momento, LinkedIn y sus filiales no usarán tus datos ni tu contenido para entrenar IA que crea contenido.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'No deshace el entrenamiento que ya se hizo.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'No cubre la IA de tu feed y tus recomendaciones, ni la de seguridad, protección y lucha contra el abuso.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'Para esos otros usos, los miembros con derecho de oposición pueden enviar el formulario de oposición al tratamiento de datos (Data Processing Objection form).',
              sources: ['OBJECTION-FORM', 'ERPN'],
            },
            {
              text: 'Puedes seguir usando las funciones de redacción con IA de LinkedIn. Lo que escribes en ellas se procesa para responderte.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'Vale para una sola cuenta. Desactívalo en cada cuenta que uses o en la que ayudes.',
              sources: ['HELP-SETTING'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Desactivarlo', command: '/linkedin-optout' },
        { label: 'Otros usos de IA', command: '/linkedin-ai other-ai' },
        { label: 'Mitos', command: '/linkedin-ai myths' },
      ],
      ask: {
        examples: [
          'si me excluyo se borran mis datos',
          'al desactivarlo quitan lo que ya entrenaron?',
          'es retroactivo',
          'qué pasa después de desactivarlo',
          'ya es tarde? ya usaron mis publicaciones',
          'puedo seguir usando las herramientas de redacción con ia si me excluyo',
          'desactivarlo deshace el entrenamiento anterior',
          'mis posts viejos los van a sacar de la ia?',
          'qué cambia cuando está desactivado',
          'desactivarlo para toda la ia?',
        ],
        keywords: [
          'borrar',
          'borran',
          'eliminar',
          'deshacer',
          'quitar',
          'ya entrenaron',
          'retroactivo',
          'datos anteriores',
          'publicaciones antiguas',
          'posts viejos',
          'demasiado tarde',
          'qué pasa',
          'después',
          'efecto',
          'sirve de algo',
          'futuro',
          'filiales',
          'funciones de ia',
          'asistente de redacción',
        ],
      },
    },

    'other-ai': {
      id: 'other-ai',
      title: 'Otros usos de IA que el ajuste no cubre',
      summary: 'Feed, recomendaciones, seguridad e IA para reclutadores: fuera del interruptor',
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'El interruptor solo cubre los modelos de IA que crean contenido.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'No cubre la IA que personaliza tu feed y tus recomendaciones.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'Tampoco cubre la IA que se usa para seguridad, protección y lucha contra el abuso.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'En la UE, el EEE, Suiza, el Reino Unido y otros lugares con derecho de oposición, puedes enviar el formulario de oposición al tratamiento de datos (Data Processing Objection form).',
              sources: ['OBJECTION-FORM', 'ERPN'],
            },
            {
              text: 'LinkedIn puede rechazar una oposición cuando alega motivos imperiosos. Su propio ejemplo: la dirección IP con la que inicias sesión, que conserva como medida de seguridad.',
              sources: ['ERPN'],
            },
            {
              text: 'La IA que ayuda a los reclutadores, como Hiring Assistant de LinkedIn, que trabaja con los perfiles y currículums de los miembros para quienes contratan, es un uso aparte. El interruptor no la cubre.',
              sources: ['ERPN'],
            },
          ],
        },
      ],
      links: [{ label: 'Abrir el formulario de oposición', url: OBJECTION_FORM_URL }, settingLink],
      followUps: [
        { label: 'Guía del formulario de oposición', command: '/linkedin-optout objection-form' },
        { label: 'LinkedIn y Microsoft', command: '/linkedin-ai microsoft' },
        { label: 'Regiones', command: '/linkedin-ai regions' },
      ],
      ask: {
        examples: [
          'el interruptor para la ia de mi feed?',
          'y el algoritmo de recomendaciones qué',
          'siguen usando ia con mis datos después de excluirme',
          'otros usos de ia que no cubre?',
          'cubre la seguridad y la detección de spam',
          'me puedo excluir de la ia del feed',
          'siguen usando ia para las recomendaciones??',
          'qué no cubre el ajuste',
          'el hiring assistant entra en el interruptor?',
        ],
        keywords: [
          'feed',
          'muro',
          'recomendaciones',
          'algoritmo',
          'clasificación',
          'personalización',
          'seguridad',
          'protección',
          'abuso',
          'spam',
          'fraude',
          'otra ia',
          'otros usos',
          'no cubre',
          'hiring assistant',
          'reclutador',
          'reclutadores',
          'selección',
          'oponerme',
          'oposición',
          'derecho de oposición',
        ],
      },
    },

    privacy: {
      id: 'privacy',
      title: 'Cómo dice LinkedIn que protege tus datos',
      summary: 'Lo que LinkedIn afirma sobre limitar los datos personales en el entrenamiento de IA',
      intro: {
        text: 'Son afirmaciones de la propia LinkedIn. Nada público las verifica.',
        sources: ['HELP-GENAI-FAQ'],
      },
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'LinkedIn dice que intenta reducir al mínimo los datos personales en sus conjuntos de entrenamiento.',
              sources: ['HELP-GENAI-FAQ', 'SEED'],
            },
            {
              text: 'LinkedIn dice que usa tecnologías de mejora de la privacidad que ocultan o eliminan datos personales.',
              sources: ['HELP-GENAI-FAQ', 'SEED'],
            },
            {
              text: 'LinkedIn dice que algunos de sus modelos proceden del servicio Azure OpenAI de Microsoft.',
              sources: ['HELP-GENAI-FAQ', 'SEED'],
            },
            {
              text: 'Los datos de los miembros que LinkedIn cree menores de 18 años no se usan, aunque el interruptor esté activado.',
              sources: ['HELP-GENAI-FAQ'],
            },
            {
              text: 'Desactivar el ajuste detiene el uso futuro de tus datos para entrenar.',
              sources: ['HELP-SETTING'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Lo que no se usa', command: '/linkedin-ai not-used' },
        { label: 'LinkedIn y Microsoft', command: '/linkedin-ai microsoft' },
        { label: 'Desactivarlo', command: '/linkedin-optout' },
      ],
      ask: {
        examples: [
          'anonimizan mis datos antes de entrenar',
          'quitan la información personal?',
          'cómo protege linkedin mi privacidad en el entrenamiento de ia',
          'es seguro?',
          'qué son las tecnologías de mejora de la privacidad',
          'tachan los nombres?',
          'qué modelo de ia usan, openai?',
          'están protegidos los datos de los adolescentes',
          'alguien puede comprobar lo que dice linkedin',
        ],
        keywords: [
          'privacidad',
          'proteger',
          'protege',
          'protección',
          'seguro',
          'segura',
          'anonimizados',
          'anonimizar',
          'anónimo',
          'ocultar',
          'seudonimizar',
          'datos personales',
          'mejora de la privacidad',
          'minimizar',
          'reducir al mínimo',
          'azure',
          'openai',
          'menores de 18',
          'menores',
          'niños',
          'adolescentes',
          'verificar',
          'comprobar',
        ],
      },
    },

    regions: {
      id: 'regions',
      title: 'Regiones: UE, EEE, Suiza, Reino Unido, Canadá, Hong Kong',
      summary:
        'UE, EEE, Suiza, Reino Unido, Canadá, Hong Kong: entrenan desde 3 nov. 2025; qué dijo cada regulador',
      intro: {
        text: 'Desde el 3 de noviembre de 2025 LinkedIn entrena también con los miembros de la UE, el EEE, Suiza, el Reino Unido, Canadá y Hong Kong. Te excluyes con el mismo ajuste.',
        sources: ['ERPN', 'NEWS-2025-09', 'SETTING-URL'],
      },
      sections: [
        {
          kind: 'bullets',
          title: 'En 2024',
          facts: [
            {
              text: 'Desde el 18 de septiembre de 2024 LinkedIn no activó el entrenamiento en la UE, el EEE y Suiza, y a los pocos días tampoco en el Reino Unido: allí no llegó a empezar en 2024.',
              sources: ['HELP-GENAI-FAQ', 'NEWS-2024-09-UK'],
            },
            {
              text: '20 de septiembre de 2024: la ICO británica dijo que LinkedIn había suspendido el entrenamiento con datos de miembros del Reino Unido.',
              sources: ['ICO'],
            },
            {
              text: 'Hong Kong: la PCPD expresó su preocupación por el ajuste por defecto el 3 de octubre de 2024; LinkedIn pausó el uso de los datos de los miembros de Hong Kong a partir del 11 de octubre de 2024 (comunicado de la PCPD del 15 de octubre de 2024).',
              sources: ['PCPD-2024'],
            },
            {
              text: 'Canadá: el 10 de diciembre de 2024 el Comisionado de Privacidad anunció que LinkedIn había pausado temporalmente el entrenamiento con datos de miembros canadienses. No dio fecha de la pausa.',
              sources: ['OPC-2024'],
            },
          ],
        },
        {
          kind: 'bullets',
          title: 'Desde 2025',
          facts: [
            {
              text: '18 de septiembre de 2025: LinkedIn anunció que el entrenamiento se extendería a estas seis regiones a partir del 3 de noviembre de 2025, según informó la prensa ese día.',
              sources: ['NEWS-2025-09'],
              reported: true,
            },
            {
              text: 'Reino Unido, 23 de septiembre de 2025: la ICO dijo que LinkedIn había simplificado la exclusión y dado a los miembros más margen antes de empezar el entrenamiento.',
              sources: ['ICO'],
            },
            {
              text: 'Países Bajos, 24 de septiembre de 2025: el regulador neerlandés (AP) instó a los miembros a desactivar el ajuste antes del 3 de noviembre de 2025; LinkedIn pensaba usar datos desde 2003.',
              sources: ['AP-2025'],
            },
            {
              text: 'Irlanda, noviembre de 2025: el regulador irlandés (DPC) dijo que LinkedIn redujo los datos que usa (tipos y antigüedad), protege mejor a los menores de 18 años y filtra contenido sensible, como el sindical, en algunas páginas y grupos.',
              sources: ['DPC-2025'],
            },
            {
              text: 'El regulador irlandés (DPC) dijo además que no había aprobado el tratamiento y pidió a LinkedIn un informe en un plazo de cinco meses.',
              sources: ['DPC-2025'],
            },
            {
              text: 'Para la UE, el EEE, Suiza y el Reino Unido, el aviso europeo de LinkedIn da el interés legítimo como base jurídica del entrenamiento.',
              sources: ['ERPN'],
            },
            {
              text: 'Allí también puedes enviar el formulario de oposición al tratamiento de datos (Data Processing Objection form) para los usos de IA que el interruptor no cubre.',
              sources: ['OBJECTION-FORM', 'ERPN'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Desactivarlo', command: '/linkedin-optout' },
        { label: 'Cronología completa', command: '/linkedin-ai timeline' },
        { label: 'Formulario de oposición', command: '/linkedin-optout objection-form' },
      ],
      ask: {
        examples: [
          'esto aplica en la ue',
          'vivo en españa, tengo que excluirme',
          'afecta al reino unido?',
          'pensaba que el rgpd nos protegía de esto',
          'en canadá estaba pausado?',
          'a los de hong kong también?',
          'vivo en suiza, debería desactivarlo',
          'europa estaba excluida, no?',
          'cuándo empezó el entrenamiento en europa',
          'afecta a mi país?',
          'qué dijo la comisión irlandesa de protección de datos',
          'el regulador holandés avisó de esto?',
        ],
        keywords: [
          'ue',
          'unión europea',
          'europa',
          'europeo',
          'rgpd',
          'gdpr',
          'reino unido',
          'uk',
          'gran bretaña',
          'canadá',
          'canada',
          'hong kong',
          'suiza',
          'eee',
          'españa',
          'alemania',
          'francia',
          'país',
          'región',
          'regiones',
          'pausado',
          'suspendido',
          'reanudado',
          'ico',
          'pcpd',
          'opc',
          'dpc',
          'irlanda',
          'irlandés',
          'países bajos',
          'holanda',
          'neerlandés',
          'holandés',
          'regulador',
          'aprobado',
          '2003',
          'interés legítimo',
        ],
      },
    },

    timeline: {
      id: 'timeline',
      title: 'Cronología',
      summary: 'Fechas clave, de septiembre de 2024 a agosto de 2026',
      sections: [
        {
          kind: 'bullets',
          title: '2024',
          facts: [
            {
              text: '18 de septiembre de 2024: se detectó públicamente el ajuste, ya activado. La Política de privacidad añadió el entrenamiento de IA, vigente desde ese día.',
              sources: ['PRIVACY-POLICY', 'SEED'],
            },
            {
              text: '18 de septiembre de 2024: el entrenamiento no se activó para los miembros de la UE, el EEE y Suiza, y a los pocos días tampoco en el Reino Unido.',
              sources: ['HELP-GENAI-FAQ', 'NEWS-2024-09-UK'],
            },
            {
              text: '20 de septiembre de 2024: la ICO británica dijo que LinkedIn había suspendido el entrenamiento con datos de miembros del Reino Unido.',
              sources: ['ICO'],
            },
            {
              text: '3 de octubre de 2024: la PCPD de Hong Kong expresó su preocupación por el ajuste por defecto. LinkedIn pausó el uso de los datos de los miembros de Hong Kong a partir del 11 de octubre de 2024.',
              sources: ['PCPD-2024'],
            },
            {
              text: '20 de noviembre de 2024: entraron en vigor unas condiciones de uso actualizadas, con una cláusula sobre las funciones de IA generativa.',
              sources: ['USER-AGREEMENT', 'SEED'],
            },
            {
              text: '10 de diciembre de 2024: el Comisionado de Privacidad de Canadá anunció que LinkedIn había pausado temporalmente el entrenamiento con datos de miembros canadienses.',
              sources: ['OPC-2024'],
            },
          ],
        },
        {
          kind: 'bullets',
          title: '2025 y 2026',
          facts: [
            {
              text: '21 de enero de 2025: una demanda colectiva afirmó que los InMail se habían usado para entrenar IA; se retiró voluntariamente el 30 de enero de 2025.',
              sources: ['LAWSUIT-2025'],
              reported: true,
            },
            {
              text: '18 de septiembre de 2025: LinkedIn anunció el entrenamiento en la UE, el EEE, Suiza, el Reino Unido, Canadá y Hong Kong a partir del 3 de noviembre de 2025 (según la prensa).',
              sources: ['NEWS-2025-09'],
              reported: true,
            },
            {
              text: '23 de septiembre de 2025: la ICO dijo que LinkedIn había simplificado la exclusión y dado más margen antes de empezar el entrenamiento.',
              sources: ['ICO'],
            },
            {
              text: '24 de septiembre de 2025: el regulador neerlandés (AP) instó a los miembros a desactivar el ajuste antes del 3 de noviembre de 2025; LinkedIn pensaba usar datos desde 2003.',
              sources: ['AP-2025'],
            },
            {
              text: '3 de noviembre de 2025: empezó el entrenamiento en esas seis regiones; te excluyes con el mismo ajuste. Fuera de la UE, el EEE, Suiza y el Reino Unido, empezaron a ir a Microsoft más tipos de datos para publicidad.',
              sources: ['ERPN', 'NEWS-2025-09', 'HELP-MS-SHARING', 'PRIVACY-POLICY'],
            },
            {
              text: 'Noviembre de 2025: la DPC irlandesa dijo que LinkedIn había reducido los datos que usa y protegido mejor a los menores de 18 años, y que no había aprobado el tratamiento; pidió un informe en un plazo de cinco meses.',
              sources: ['DPC-2025'],
            },
            {
              text: '23 de febrero de 2026: el aviso de California de la Política de privacidad empezó a decir que Microsoft puede mostrar esos anuncios en cualquier lugar, también fuera de sus propios servicios.',
              sources: ['PRIVACY-POLICY'],
            },
            {
              text: '21 de agosto de 2026: se revisó el aviso de privacidad europeo; sus apartados sobre IA no cambiaron.',
              sources: ['ERPN'],
            },
          ],
        },
      ],
      links: [],
      followUps: [
        { label: 'Regiones', command: '/linkedin-ai regions' },
        { label: 'Desactivarlo', command: '/linkedin-optout' },
        { label: 'Fuentes', command: '/linkedin-ai sources' },
      ],
      ask: {
        examples: [
          'cuándo empezó esto',
          'cronología?',
          'desde cuándo entrena linkedin la ia con nuestros datos',
          'qué pasó en noviembre de 2025',
          'cuándo cambiaron las condiciones de uso',
          'esto es nuevo o es noticia vieja',
          'qué pasó con la demanda de los inmail',
          'historia de lo de la ia de linkedin',
          'cuál es el último cambio',
          'desde cuando esta activado esto',
        ],
        keywords: [
          'cuándo',
          'cuando',
          'fecha',
          'fechas',
          'cronología',
          'historia',
          'desde cuándo',
          'desde cuando',
          'empezó',
          'inicio',
          'último',
          'noticias',
          'actualización',
          'cambios',
          '2024',
          '2025',
          '2026',
          'condiciones de uso',
          'política de privacidad',
        ],
      },
    },

    microsoft: {
      id: 'microsoft',
      title: 'LinkedIn y Microsoft',
      summary: 'Qué puede compartir LinkedIn con Microsoft para entrenar IA y para anuncios, por región',
      sections: [
        {
          kind: 'bullets',
          title: 'Entrenamiento de IA',
          facts: [
            {
              text: 'Miembros del Reino Unido: el aviso europeo de LinkedIn le permite compartir contenido de los miembros con Microsoft para el entrenamiento de IA de la propia Microsoft.',
              sources: ['ERPN'],
            },
            {
              text: 'Ese contenido: publicaciones, comentarios, artículos, vídeos, artículos colaborativos, vídeos y transcripciones de Learning, datos de páginas de empresa y ofertas de empleo.',
              sources: ['ERPN'],
            },
            {
              text: 'Para los miembros del Reino Unido, el mismo ajuste de entrenamiento de IA desactiva este intercambio.',
              sources: ['ERPN', 'SETTING-URL'],
            },
            {
              text: 'Fuera de la UE, el EEE, Suiza y el Reino Unido, la Política de privacidad (versión del 3 de noviembre de 2025) permite a LinkedIn compartir el contenido que compartes públicamente, como publicaciones públicas, con sus filiales, Microsoft incluida, para prestar o desarrollar sus servicios.',
              sources: ['PRIVACY-POLICY'],
            },
            {
              text: 'LinkedIn dice que algunos de sus propios modelos proceden del servicio Azure OpenAI de Microsoft.',
              sources: ['HELP-GENAI-FAQ', 'SEED'],
            },
          ],
        },
        {
          kind: 'bullets',
          title: 'Publicidad (no entrenamiento de IA)',
          facts: [
            {
              text: 'Fuera de la UE, el EEE, Suiza y el Reino Unido, LinkedIn comparte datos con Microsoft para anuncios personalizados. Desde el 3 de noviembre de 2025 comparte más tipos de datos: perfil, actividad en el feed e interacción con anuncios.',
              sources: ['HELP-MS-SHARING', 'PRIVACY-POLICY'],
            },
            {
              text: 'Desde el 23 de febrero de 2026 el aviso para California (EE. UU.) de la Política de privacidad dice que Microsoft puede mostrar esos anuncios en cualquier lugar, también fuera de sus propios servicios.',
              sources: ['PRIVACY-POLICY'],
            },
            {
              text: 'Para evitarlo, usa el ajuste de datos compartidos que enlaza la Política de privacidad, o la página de ajustes de publicidad. Seguirás viendo anuncios, solo que no personalizados con tus datos de LinkedIn.',
              sources: ['PRIVACY-POLICY', 'HELP-DATA-SHARING'],
            },
            {
              text: 'Para los datos que Microsoft ya recibió, LinkedIn remite a los controles de privacidad de la propia Microsoft.',
              sources: ['HELP-MS-SHARING'],
            },
          ],
        },
      ],
      links: [
        settingLink,
        { label: 'Abrir el ajuste de datos compartidos', url: TRUSTED_PARTNERS_URL },
        { label: 'Abrir los ajustes de publicidad', url: ADS_SETTINGS_URL },
      ],
      followUps: [
        { label: 'Guía de datos para anuncios', command: '/linkedin-optout ads-sharing' },
        { label: 'Desactivar el entrenamiento de IA', command: '/linkedin-optout' },
        { label: 'Otros usos de IA', command: '/linkedin-ai other-ai' },
      ],
      ask: {
        examples: [
          'microsoft recibe mis datos de linkedin',
          'comparten mis datos con microsoft para la ia',
          'qué es lo de compartir con microsoft en el reino unido',
          'linkedin usa openai?',
          'linkedin le pasa datos a los anuncios de microsoft?',
          'qué hace azure openai con mis datos',
          'bing se queda con mis posts de linkedin',
          'microsoft es dueña de linkedin, entrenan copilot con mis publicaciones',
          'cómo dejo de compartir con microsoft',
          'el entrenamiento de ia de microsoft es solo para el reino unido',
          'mis publicaciones públicas se comparten con filiales como microsoft',
        ],
        keywords: [
          'microsoft',
          'ms',
          'azure',
          'openai',
          'copilot',
          'bing',
          'anuncios',
          'publicidad',
          'compartir datos',
          'comparten',
          'compartido',
          'filiales',
          'empresa matriz',
          'dueña',
          'reino unido',
          'vídeos de learning',
          'publicaciones públicas',
          'contenido público',
          'cuenta microsoft',
        ],
      },
    },

    'get-copy': {
      id: 'get-copy',
      title: 'Obtener una copia de tus datos',
      summary: 'Descarga el archivo con tus datos de LinkedIn (solo en el ordenador)',
      sections: [
        {
          kind: 'steps',
          title: 'En el ordenador (la app no lo ofrece)',
          facts: [
            {
              text: `Haz clic en «Yo» (tu foto de perfil en la barra superior) y luego en ${SETTINGS_PRIVACY}.`,
              sources: ['HELP-EXPORT'],
            },
            { text: 'Abre «Privacidad de datos».', sources: ['HELP-EXPORT'] },
            {
              text: 'Haz clic en «Obtener una copia de tus datos» (Get a copy of your data).',
              sources: ['HELP-EXPORT'],
            },
            {
              text: 'Elige las categorías que quieras y haz clic en «Solicitar archivo» (Request archive).',
              sources: ['HELP-EXPORT'],
            },
          ],
        },
        {
          kind: 'bullets',
          title: 'Conviene saber',
          facts: [
            {
              text: 'Las categorías que elegiste llegan por correo electrónico en unos minutos; el archivo completo, en 24 horas.',
              sources: ['HELP-EXPORT'],
            },
            { text: 'El enlace de descarga dura 72 horas.', sources: ['HELP-EXPORT'] },
            {
              text: 'Solo contiene tus propios datos, y solo las categorías que se aplican a tu cuenta.',
              sources: ['HELP-EXPORT'],
            },
            {
              text: 'LinkedIn no documenta que la exportación muestre qué se usó para entrenar la IA.',
              sources: ['HELP-EXPORT'],
            },
          ],
        },
      ],
      links: [{ label: 'Abrir los ajustes de privacidad de datos', url: DATA_PRIVACY_URL }],
      followUps: [
        { label: 'Qué datos se usan', command: '/linkedin-ai what-data' },
        { label: 'Desactivarlo', command: '/linkedin-optout' },
      ],
      ask: {
        examples: [
          'cómo descargo mis datos de linkedin',
          'puedo ver qué datos tiene linkedin de mí',
          'exportar mis datos',
          'cuánto tarda el archivo de datos',
          'la exportación muestra lo que usaron para la ia?',
          'pedir una copia de mis datos rgpd',
          'se puede sacar la copia de datos desde la app?',
          'me caducó el enlace de descarga',
          'donde esta lo de obtener una copia de tus datos',
        ],
        keywords: [
          'descargar',
          'descargo',
          'exportar',
          'exportación',
          'copia',
          'archivo',
          'mis datos',
          'obtener una copia',
          'solicitud de datos',
          'derecho de acceso',
          'acceso',
          'copia de seguridad',
          'zip',
          'ver mis datos',
          'qué tienen',
          'correo',
          'email',
          '72 horas',
          '24 horas',
        ],
      },
    },

    why: {
      id: 'why',
      title: 'Por qué importa',
      summary: 'Por qué indigna: viene activado por defecto y el entrenamiento pasado no se puede deshacer',
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'LinkedIn activó el ajuste para los miembros sin preguntarles antes.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'Se detectó públicamente el 18 de septiembre de 2024, el mismo día en que entró en vigor el cambio de la Política de privacidad.',
              sources: ['PRIVACY-POLICY', 'SEED'],
            },
            {
              text: 'Desactivarlo no deshace el entrenamiento que ya se hizo.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'El entrenamiento puede usar tu perfil, tus publicaciones, tus comentarios y lo que escribes en las funciones de IA de LinkedIn.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            {
              text: 'Los reguladores intervinieron: el 20 de septiembre de 2024 la ICO británica dijo que LinkedIn había suspendido el entrenamiento con datos de miembros del Reino Unido, y LinkedIn pausó el uso de los datos de los miembros de Hong Kong a partir del 11 de octubre de 2024 después de que la PCPD expresara su preocupación.',
              sources: ['ICO', 'PCPD-2024'],
            },
            {
              text: 'Desde el 3 de noviembre de 2025 el entrenamiento se hace también en el Reino Unido y Hong Kong, y en la UE, el EEE, Suiza y Canadá.',
              sources: ['ERPN', 'NEWS-2025-09'],
            },
            {
              text: 'Mientras no lo desactives, lo que añadas a partir de ahora puede usarse para entrenar.',
              sources: ['HELP-SETTING'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Desactivarlo', command: '/linkedin-optout' },
        { label: 'Activado por defecto', command: '/linkedin-ai default' },
        { label: 'Qué datos se usan', command: '/linkedin-ai what-data' },
      ],
      ask: {
        examples: [
          'por qué me debería importar',
          'por qué está todo el mundo enfadado con la ia de linkedin',
          'es para tanto?',
          'cuál es el problema con que linkedin entrene ia',
          'merece la pena desactivarlo',
          'por qué la gente se queja de esto',
          'es tan grave de verdad',
          'por que me afecta a mi',
          'a qué viene tanta polémica',
        ],
        keywords: [
          'por qué',
          'por que',
          'importa',
          'importar',
          'me afecta',
          'enfadado',
          'enojado',
          'indignación',
          'polémica',
          'para tanto',
          'grave',
          'problema',
          'debería',
          'merece la pena',
          'vale la pena',
          'ética',
          'justo',
          'escándalo',
          'preocupación',
        ],
      },
    },

    myths: {
      id: 'myths',
      title: 'Mitos, aclarados',
      summary: 'Lo que se dice sobre el ajuste, los mensajes, Microsoft y los reguladores, comprobado',
      sections: [
        {
          kind: 'bullets',
          facts: [
            {
              text: 'Mito: hay que volver a excluirse cada 60 días. Realidad: nada de lo que publica LinkedIn lo dice.',
              sources: ['HELP-SETTING'],
            },
            {
              text: 'Mito: excluirte borra tus datos de la IA de LinkedIn. Realidad: solo detiene el entrenamiento futuro; el entrenamiento pasado no se deshace.',
              sources: ['HELP-SETTING', 'SEED'],
            },
            {
              text: 'Mito: excluirte ahora protege todo lo que hayas publicado. Realidad: funciona desde ese momento. La AP neerlandesa advirtió el 24 de septiembre de 2025 que LinkedIn pensaba usar datos desde 2003; en noviembre de 2025 la DPC irlandesa dijo que LinkedIn había reducido la antigüedad de los datos que usa.',
              sources: ['HELP-SETTING', 'AP-2025', 'DPC-2025'],
            },
            {
              text: 'Mito: tus mensajes directos se usan para entrenar. Realidad: LinkedIn dice que los mensajes privados, incluidos los InMail, quedan excluidos. Una demanda colectiva que afirmaba que se usaron los InMail, presentada el 21 de enero de 2025, se retiró voluntariamente el 30 de enero de 2025.',
              sources: ['HELP-GENAI-FAQ', 'LAWSUIT-2025'],
            },
            {
              text: 'Pero ojo: los mensajes de grupo figuran entre los datos que se usan. No son mensajes privados.',
              sources: ['HELP-GENAI-FAQ', 'ERPN'],
            },
            {
              text: 'Mito: solo los datos de miembros del Reino Unido pueden ir a Microsoft. Realidad: la parte del aviso europeo sobre el Reino Unido cubre el entrenamiento de IA de la propia Microsoft; fuera de la UE, el EEE, Suiza y el Reino Unido, la Política de privacidad del 3 de noviembre de 2025 permite a LinkedIn compartir contenido público con filiales, Microsoft incluida.',
              sources: ['ERPN', 'PRIVACY-POLICY'],
            },
            {
              text: 'Mito: el regulador irlandés aprobó el entrenamiento. Realidad: en noviembre de 2025 la DPC irlandesa dijo que no había aprobado el tratamiento y pidió a LinkedIn un informe en un plazo de cinco meses.',
              sources: ['DPC-2025'],
            },
          ],
        },
      ],
      links: [settingLink],
      followUps: [
        { label: 'Qué pasa al desactivarlo', command: '/linkedin-ai opt-out-effect' },
        { label: 'Lo que no se usa', command: '/linkedin-ai not-used' },
        { label: 'Desactivarlo', command: '/linkedin-optout' },
      ],
      ask: {
        examples: [
          'hay que volver a excluirse cada 60 días',
          'me dijeron que el ajuste se reinicia, es verdad?',
          'es cierto que excluirme borra mis datos de la ia',
          'de verdad usan los mensajes directos para entrenar',
          'vi un post viral que dice que linkedin lee los inmail',
          'mitos sobre la ia de linkedin',
          'la exclusión caduca?',
          'oí que hay que repetirlo cada dos meses',
          'esto es un bulo?',
          'hubo una demanda por los inmail y la ia',
          'algún regulador aprobó el entrenamiento de ia de linkedin',
        ],
        keywords: [
          'mito',
          'mitos',
          'rumor',
          'bulo',
          'verdad',
          'cierto',
          'falso',
          'fake',
          'engaño',
          '60 días',
          'cada 60 días',
          'dos meses',
          'se reinicia',
          'reiniciar',
          'caduca',
          'otra vez',
          'repetir',
          'viral',
          'oí',
          'mensajes directos',
          'inmail',
          'demanda',
          'demanda colectiva',
          'retirada',
          'aprobó',
          'desde 2003',
        ],
      },
    },
  },
};
