// French version of about-en.ts: what this bot itself stores and logs. Same entries in the same order as
// about-en.ts; keep it true to the code in src/reminders (storage) and src/log.ts (logging).

export const aboutBot = {
  title: 'À propos de ce bot et de votre vie privée',
  intro:
    'Ce bot explique les paramètres de LinkedIn. Il ne peut ni voir ni modifier votre compte LinkedIn ; vous seul pouvez désactiver le paramètre.',
  stores: [
    'Rien sur vous quand vous posez une question ou ouvrez un guide : les questions reçoivent une réponse puis sont oubliées.',
    "Pour un rappel épinglé : la plateforme, l'identifiant du serveur ou de l'espace de travail, l'identifiant du salon, l'identifiant du message, le calendrier, la version du contenu et le nombre de confirmations.",
    "Quand vous cliquez sur « Je l'ai désactivé » : une empreinte de votre identifiant utilisateur, calculée avec une clé secrète (HMAC ; la clé est conservée dans la base de données de cette installation), uniquement pour compter chaque personne une fois. Jamais votre nom ni votre identifiant en clair.",
  ],
  logs: [
    'Les journaux contiennent les noms des commandes et des sujets, les durées et les erreurs. Au niveau info, jamais le texte des messages, les questions, les jetons ni les identifiants utilisateur en clair.',
    'Désépingler un rappel arrête son calendrier ; ses confirmations hachées sont supprimées avec lui.',
  ],
  code: 'Le bot est open source : la personne qui gère cette installation peut vous montrer sa configuration.',
} as const;
