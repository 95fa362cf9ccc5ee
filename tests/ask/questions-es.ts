// Spanish evaluation set for `/linkedin-ai ask`, written the way people type in a Spanish-speaking server or
// workspace (Spain and Latin America: no accents, lowercase, typos, English loanwords), independently of the
// content's ask examples: do not copy these into src/content/es.ts. They are the tuning part;
// the held-out part is held-out-<locale>.ts.
import type { OnTopic } from './questions.js';

type Question = OnTopic | { q: string; expect: null };

const all: readonly Question[] = [
  { q: 'como me salgo del entrenamiento de ia de linkedin', expect: 'overview' },
  { q: 'no quiero que linkedin use mis cosas para su IA, que hago?', expect: 'overview' },
  { q: 'desactivar entrenamiento ia linkedin como', expect: 'overview' },
  { q: 'donde lo encuentro en la web de linkedin desde el ordenador', expect: 'desktop' },
  { q: 'guia para hacerlo desde el navegador del portatil', expect: 'desktop' },
  { q: 'no encuentro configuracion y privacidad en la compu, donde esta', expect: 'desktop' },
  { q: 'como lo apago en mi iphone', expect: 'mobile' },
  { q: 'pasos para la app de android', expect: 'mobile' },
  { q: 'en la app del celular donde esta la opcion', expect: 'mobile' },
  { q: 'pasame el link directo', expect: 'link' },
  { q: 'hay alguna url para ir directo al ajuste?', expect: 'link' },
  { q: 'donde esta el formulario para oponerme al tratamiento de datos', expect: 'objection-form' },
  { q: 'quiero ejercer mi derecho de oposicion rgpd contra linkedin, como', expect: 'objection-form' },
  {
    q: 'como hago que linkedin deje de pasarle mis datos a microsoft para publicidad',
    expect: 'ads-sharing',
  },
  { q: 'quitar anuncios personalizados de microsoft', expect: 'ads-sharing' },
  { q: 'que datos mios usan para entrenar exactamente', expect: 'what-data' },
  { q: 'mis posts y comentarios los usan para la IA?', expect: 'what-data' },
  { q: 'usan mi curriculum', expect: 'what-data' },
  { q: 'leen mis mensajes privados', expect: 'not-used' },
  { q: 'los inmails se usan para la ia', expect: 'not-used' },
  // The under-18 fact is in both not-used and privacy.
  { q: 'mi hija tiene 15 años, usan su perfil', expect: ['not-used', 'privacy'] },
  { q: 'esto venia activado desde el principio', expect: 'default' },
  { q: 'yo nunca di mi consentimiento, por que esta activado', expect: 'default' },
  { q: 'si lo desactivo borran los datos con los que ya entrenaron?', expect: 'opt-out-effect' },
  { q: 'que pasa despues de apagar el interruptor', expect: 'opt-out-effect' },
  { q: 'el interruptor vale tambien para el algoritmo del feed', expect: 'other-ai' },
  { q: 'siguen usando ia para detectar spam en mi cuenta', expect: 'other-ai' },
  { q: 'anonimizan mis datos antes del entrenamiento', expect: 'privacy' },
  { q: 'como protege linkedin los datos personales en lo que usa para entrenar', expect: 'privacy' },
  { q: 'vivo en mexico, me afecta esto', expect: 'regions' },
  { q: 'esto aplica ahora tambien en la ue pese al rgpd', expect: 'regions' },
  { q: 'que dijo el regulador irlandes de proteccion de datos', expect: 'regions' },
  { q: 'desde cuando pasa todo esto', expect: 'timeline' },
  { q: 'cuales son las fechas importantes', expect: 'timeline' },
  { q: 'microsoft entrena su propia ia con los posts de linkedin', expect: 'microsoft' },
  { q: 'mis datos acaban en copilot?', expect: 'microsoft' },
  { q: 'como bajo todos mis datos de linkedin', expect: 'get-copy' },
  { q: 'cuanto tarda en llegar el archivo con mis datos', expect: 'get-copy' },
  { q: 'por que es importante esto', expect: 'why' },
  { q: 'vale la pena molestarse en quitarlo', expect: 'why' },
  { q: 'de verdad hay que desactivarlo cada 60 dias?', expect: 'myths' },
  { q: 'es verdad que el ajuste se resetea a los dos meses', expect: 'myths' },
  { q: 'no hubo una demanda por los inmails', expect: ['myths', 'timeline'] },
  // Off-topic: the bot must not pretend to answer these.
  { q: 'como borro mi cuenta de facebook', expect: null },
  { q: 'escribeme una carta de presentacion para un trabajo', expect: null },
  { q: 'que tiempo va a hacer mañana en madrid', expect: null },
  { q: 'como consigo mas seguidores en linkedin', expect: null },
  { q: 'cuentame un chiste', expect: null },
  // Added on 2026-11-30 for tuning: requests about other LinkedIn features and other apps.
  { q: 'olvidé la contraseña de linkedin, ayuda', expect: null },
  { q: '¿cómo elimino mi tiktok?', expect: null },
  { q: '¿vale la pena linkedin premium?', expect: null },
  { q: '¿cómo entreno a mi perro?', expect: null },
  { q: 'escribe un post sobre mi ascenso', expect: null },
  { q: '¿cómo quito las notificaciones de la app?', expect: null },
  { q: '¿cómo cambio la foto de perfil?', expect: null },
  // Held out until checkpoint 2 (2026-11-30), where they failed; tuning questions since.
  { q: '¿mis conversaciones por inmail con reclutadores acaban en la ia?', expect: ['not-used', 'myths'] },
  { q: 'soy de argentina, ¿a nosotros también nos aplica lo del entrenamiento?', expect: 'regions' },
  { q: '¿quién te hizo? ¿eres de linkedin?', expect: 'about' },
];

/** All of them: the third that was held out until 2026-11-30 had been looked at; held-out-<locale>.ts replaces it. */
export const tuning: readonly Question[] = all;
