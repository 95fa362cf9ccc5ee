// Spanish version of about-en.ts: what this bot itself stores and logs. Same entries in the same order as
// about-en.ts; keep it true to the code in src/reminders (storage) and src/log.ts (logging).

export const aboutBot = {
  title: 'Sobre este bot y tu privacidad',
  intro:
    'Este bot explica ajustes de LinkedIn. No puede ver ni cambiar tu cuenta de LinkedIn; solo tú puedes desactivar el ajuste.',
  stores: [
    'Nada sobre ti cuando haces una pregunta o abres una guía: las preguntas se responden y se olvidan.',
    'Para un recordatorio fijado: la plataforma, el id del servidor o del espacio de trabajo, el id del canal, el id del mensaje, la programación, la versión del contenido y el número de confirmaciones.',
    'Cuando haces clic en «Ya lo he desactivado»: un hash con clave de tu id de usuario (HMAC con un secreto guardado en la base de datos de esta instalación), solo para contar a cada persona una vez. Nunca tu nombre ni tu id sin cifrar.',
  ],
  logs: [
    'Los registros guardan los nombres de comandos y temas, los tiempos y los errores. En el nivel info nunca el texto de los mensajes, las preguntas, los tokens ni los ids de usuario sin cifrar.',
    'Al desfijar un recordatorio se detiene su programación; sus confirmaciones con hash se borran con él.',
  ],
  code: 'El bot es de código abierto: quien gestiona esta instalación puede enseñarte su configuración.',
} as const;
