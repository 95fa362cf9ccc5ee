// The words of the pipeline's refusals (src/core/refusals.ts), per locale; English is the fallback.
import type { Locale } from '../content/types.js';
import type { Managers } from './request.js';

type Rule = Exclude<Managers, 'everyone'>;

export interface RefusalWords {
  /** Who may manage reminders, and whom to ask. */
  who: Record<Rule, { who: string; ask: string }>;
  notAManagerTitle(who: string): string;
  notAManagerIntro(ask: string, line: string): string;
  managerUnknownTitle: string;
  managerUnknownIntro(who: string, line: string): string;
  needsChannelTitle: string;
  needsChannelConsole: string;
  needsChannelDM: string;
  runInChannel(line: string): string;
  readGuides(home: string): string;
  desktopSteps: string;
  expiredTitle: string;
  expiredIntro(home: string, help: string): string;
  wentWrongTitle: string;
  tryAgain: string;
  needsServerTitle: string;
  needsServerIntro: string;
  addBotLine: string;
  runAgainInChannel(line: string): string;
  guidesWorkHere(home: string): string;
  addBotLink: string;
}

const en: RefusalWords = {
  who: {
    'pin-permission': { who: 'members who can pin messages', ask: 'a moderator' },
    'workspace-admins': { who: 'workspace owners and admins', ask: 'a workspace owner or admin' },
  },
  notAManagerTitle: (who) => `Only ${who} can do that.`,
  notAManagerIntro: (ask, line) => `Ask ${ask} to run ${line}.`,
  managerUnknownTitle: 'I could not check whether you may do that.',
  managerUnknownIntro: (who, line) =>
    `Only ${who} can run ${line}, and I could not ask the platform just now. Please try again in a minute.`,
  needsChannelTitle: 'Reminders live in a Discord or Slack channel.',
  needsChannelConsole: 'Pinning needs a channel, so it works in Discord or Slack, not in this console.',
  needsChannelDM: 'Pinning needs a server or workspace channel; it does not work in direct messages.',
  runInChannel: (line) => `Run ${line} in the channel where the reminder should stay.`,
  readGuides: (home) => `Here you can still read every guide: /${home} desktop or /${home} mobile.`,
  desktopSteps: 'Desktop steps',
  expiredTitle: 'That button has expired.',
  expiredIntro: (home, help) => `Run the command again, for example /${home} or /${help} help.`,
  wentWrongTitle: 'Something went wrong on my side.',
  tryAgain: 'Please try again in a minute.',
  needsServerTitle: 'Reminders need the bot in this server.',
  needsServerIntro:
    'You are using your own install of the bot, and it has not been added to this server, so it cannot post or pin a reminder here.',
  addBotLine: 'Someone who can manage the server can add the bot with the button below.',
  runAgainInChannel: (line) => `Then run ${line} again in the channel where the reminder should stay.`,
  guidesWorkHere: (home) => `Every guide works here already: /${home} desktop or /${home} mobile.`,
  addBotLink: 'Add the bot to a server',
};

export const REFUSAL_WORDS: Record<Locale, RefusalWords> = {
  en,
  de: {
    who: {
      'pin-permission': {
        who: 'Mitglieder, die Nachrichten anheften dürfen,',
        ask: 'eine Moderatorin oder einen Moderator',
      },
      'workspace-admins': {
        who: 'Workspace-Inhaber und -Admins',
        ask: 'einen Workspace-Inhaber oder -Admin',
      },
    },
    notAManagerTitle: (who) => `Nur ${who} können das.`,
    notAManagerIntro: (ask, line) => `Bitten Sie ${ask}, ${line} auszuführen.`,
    managerUnknownTitle: 'Ich konnte nicht prüfen, ob Sie das dürfen.',
    managerUnknownIntro: (who, line) =>
      `Nur ${who} können ${line} ausführen, und ich konnte die Plattform gerade nicht fragen. Bitte versuchen Sie es in einer Minute noch einmal.`,
    needsChannelTitle: 'Erinnerungen gehören in einen Discord- oder Slack-Kanal.',
    needsChannelConsole:
      'Zum Anheften braucht es einen Kanal: Das geht in Discord oder Slack, nicht in dieser Konsole.',
    needsChannelDM:
      'Zum Anheften braucht es einen Server- oder Workspace-Kanal; in Direktnachrichten geht es nicht.',
    runInChannel: (line) => `Führen Sie ${line} in dem Kanal aus, in dem die Erinnerung bleiben soll.`,
    readGuides: (home) =>
      `Hier können Sie trotzdem jede Anleitung lesen: /${home} desktop oder /${home} mobile.`,
    desktopSteps: 'Schritte am Computer',
    expiredTitle: 'Diese Schaltfläche ist abgelaufen.',
    expiredIntro: (home, help) =>
      `Führen Sie den Befehl erneut aus, zum Beispiel /${home} oder /${help} help.`,
    wentWrongTitle: 'Bei mir ist etwas schiefgelaufen.',
    tryAgain: 'Bitte versuchen Sie es in einer Minute noch einmal.',
    needsServerTitle: 'Für Erinnerungen muss der Bot auf diesem Server sein.',
    needsServerIntro:
      'Sie nutzen Ihre eigene Installation des Bots, und er wurde diesem Server nicht hinzugefügt. Deshalb kann er hier keine Erinnerung posten oder anheften.',
    addBotLine: 'Wer den Server verwalten darf, kann den Bot mit der Schaltfläche unten hinzufügen.',
    runAgainInChannel: (line) =>
      `Führen Sie danach ${line} erneut in dem Kanal aus, in dem die Erinnerung bleiben soll.`,
    guidesWorkHere: (home) =>
      `Jede Anleitung funktioniert hier schon: /${home} desktop oder /${home} mobile.`,
    addBotLink: 'Den Bot einem Server hinzufügen',
  },
  fr: {
    who: {
      'pin-permission': { who: 'les membres qui peuvent épingler des messages', ask: 'un modérateur' },
      'workspace-admins': {
        who: "les propriétaires et admins de l'espace de travail",
        ask: "un propriétaire ou un admin de l'espace de travail",
      },
    },
    notAManagerTitle: (who) => `Seuls ${who} peuvent faire cela.`,
    notAManagerIntro: (ask, line) => `Demandez à ${ask} de lancer ${line}.`,
    managerUnknownTitle: "Je n'ai pas pu vérifier si vous pouvez le faire.",
    managerUnknownIntro: (who, line) =>
      `Seuls ${who} peuvent lancer ${line}, et je n'ai pas pu interroger la plateforme à l'instant. Réessayez dans une minute.`,
    needsChannelTitle: 'Les rappels vivent dans un salon Discord ou une chaîne Slack.',
    needsChannelConsole:
      "L'épinglage demande un salon : il fonctionne dans Discord ou Slack, pas dans cette console.",
    needsChannelDM:
      "L'épinglage demande un salon de serveur ou d'espace de travail ; il ne fonctionne pas en message privé.",
    runInChannel: (line) => `Lancez ${line} dans le salon où le rappel doit rester.`,
    readGuides: (home) =>
      `Ici, vous pouvez toujours lire chaque guide : /${home} desktop ou /${home} mobile.`,
    desktopSteps: 'Étapes sur ordinateur',
    expiredTitle: 'Ce bouton a expiré.',
    expiredIntro: (home, help) => `Relancez la commande, par exemple /${home} ou /${help} help.`,
    wentWrongTitle: "Quelque chose s'est mal passé de mon côté.",
    tryAgain: 'Réessayez dans une minute.',
    needsServerTitle: 'Les rappels ont besoin du bot sur ce serveur.',
    needsServerIntro:
      "Vous utilisez votre propre installation du bot, et il n'a pas été ajouté à ce serveur : il ne peut donc pas publier ni épingler de rappel ici.",
    addBotLine: 'Une personne qui peut gérer le serveur peut ajouter le bot avec le bouton ci-dessous.',
    runAgainInChannel: (line) => `Relancez ensuite ${line} dans le salon où le rappel doit rester.`,
    guidesWorkHere: (home) => `Chaque guide fonctionne déjà ici : /${home} desktop ou /${home} mobile.`,
    addBotLink: 'Ajouter le bot à un serveur',
  },
  it: {
    who: {
      'pin-permission': { who: 'i membri che possono fissare i messaggi', ask: 'un moderatore' },
      'workspace-admins': {
        who: 'i proprietari e gli admin del workspace',
        ask: 'un proprietario o un admin del workspace',
      },
    },
    notAManagerTitle: (who) => `Solo ${who} possono farlo.`,
    notAManagerIntro: (ask, line) => `Chiedi a ${ask} di eseguire ${line}.`,
    managerUnknownTitle: 'Non sono riuscito a verificare se puoi farlo.',
    managerUnknownIntro: (who, line) =>
      `Solo ${who} possono eseguire ${line}, e in questo momento non sono riuscito a chiederlo alla piattaforma. Riprova tra un minuto.`,
    needsChannelTitle: 'I promemoria stanno in un canale Discord o Slack.',
    needsChannelConsole: 'Per fissare serve un canale: funziona in Discord o Slack, non in questa console.',
    needsChannelDM:
      'Per fissare serve un canale di un server o di un workspace; nei messaggi diretti non funziona.',
    runInChannel: (line) => `Esegui ${line} nel canale in cui deve restare il promemoria.`,
    readGuides: (home) => `Qui puoi comunque leggere ogni guida: /${home} desktop o /${home} mobile.`,
    desktopSteps: 'Passaggi da computer',
    expiredTitle: 'Questo pulsante è scaduto.',
    expiredIntro: (home, help) => `Esegui di nuovo il comando, per esempio /${home} o /${help} help.`,
    wentWrongTitle: 'Qualcosa è andato storto da parte mia.',
    tryAgain: 'Riprova tra un minuto.',
    needsServerTitle: 'Per i promemoria serve il bot in questo server.',
    needsServerIntro:
      'Stai usando la tua installazione personale del bot, che non è stato aggiunto a questo server: per questo non può pubblicare né fissare un promemoria qui.',
    addBotLine: 'Chi può gestire il server può aggiungere il bot con il pulsante qui sotto.',
    runAgainInChannel: (line) => `Poi esegui di nuovo ${line} nel canale in cui deve restare il promemoria.`,
    guidesWorkHere: (home) => `Ogni guida funziona già qui: /${home} desktop o /${home} mobile.`,
    addBotLink: 'Aggiungi il bot a un server',
  },
  nl: {
    who: {
      'pin-permission': { who: 'leden die berichten mogen vastzetten', ask: 'een moderator' },
      'workspace-admins': {
        who: 'eigenaren en beheerders van de workspace',
        ask: 'een eigenaar of beheerder van de workspace',
      },
    },
    notAManagerTitle: (who) => `Alleen ${who} kunnen dat.`,
    notAManagerIntro: (ask, line) => `Vraag ${ask} om ${line} uit te voeren.`,
    managerUnknownTitle: 'Ik kon niet nagaan of je dat mag.',
    managerUnknownIntro: (who, line) =>
      `Alleen ${who} kunnen ${line} uitvoeren, en ik kon het platform net niet bereiken. Probeer het over een minuut opnieuw.`,
    needsChannelTitle: 'Herinneringen horen in een Discord- of Slack-kanaal.',
    needsChannelConsole: 'Vastzetten kan alleen in een kanaal: in Discord of Slack, niet in deze console.',
    needsChannelDM: 'Vastzetten kan alleen in een server- of workspacekanaal, niet in privéberichten.',
    runInChannel: (line) => `Voer ${line} uit in het kanaal waar de herinnering moet blijven.`,
    readGuides: (home) => `Hier kun je wel elke handleiding lezen: /${home} desktop of /${home} mobile.`,
    desktopSteps: 'Stappen op de computer',
    expiredTitle: 'Deze knop is verlopen.',
    expiredIntro: (home, help) => `Voer de opdracht opnieuw uit, bijvoorbeeld /${home} of /${help} help.`,
    wentWrongTitle: 'Er ging aan mijn kant iets mis.',
    tryAgain: 'Probeer het over een minuut opnieuw.',
    needsServerTitle: 'Voor herinneringen moet de bot op deze server staan.',
    needsServerIntro:
      'Je gebruikt je eigen installatie van de bot, en die is niet aan deze server toegevoegd. Daarom kan hij hier geen herinnering plaatsen of vastzetten.',
    addBotLine: 'Iemand die de server mag beheren, kan de bot toevoegen met de knop hieronder.',
    runAgainInChannel: (line) =>
      `Voer daarna ${line} opnieuw uit in het kanaal waar de herinnering moet blijven.`,
    guidesWorkHere: (home) => `Elke handleiding werkt hier al: /${home} desktop of /${home} mobile.`,
    addBotLink: 'De bot aan een server toevoegen',
  },
  'pt-BR': {
    who: {
      'pin-permission': { who: 'membros que podem fixar mensagens', ask: 'um moderador' },
      'workspace-admins': {
        who: 'proprietários e admins do workspace',
        ask: 'um proprietário ou admin do workspace',
      },
    },
    notAManagerTitle: (who) => `Só ${who} podem fazer isso.`,
    notAManagerIntro: (ask, line) => `Peça a ${ask} para executar ${line}.`,
    managerUnknownTitle: 'Não consegui verificar se você pode fazer isso.',
    managerUnknownIntro: (who, line) =>
      `Só ${who} podem executar ${line}, e não consegui consultar a plataforma agora. Tente de novo em um minuto.`,
    needsChannelTitle: 'Lembretes ficam em um canal do Discord ou do Slack.',
    needsChannelConsole: 'Para fixar é preciso um canal: funciona no Discord ou no Slack, não neste console.',
    needsChannelDM:
      'Para fixar é preciso um canal de servidor ou de workspace; não funciona em mensagens diretas.',
    runInChannel: (line) => `Execute ${line} no canal onde o lembrete deve ficar.`,
    readGuides: (home) => `Aqui você ainda pode ler todos os guias: /${home} desktop ou /${home} mobile.`,
    desktopSteps: 'Passos no computador',
    expiredTitle: 'Este botão expirou.',
    expiredIntro: (home, help) => `Execute o comando de novo, por exemplo /${home} ou /${help} help.`,
    wentWrongTitle: 'Algo deu errado do meu lado.',
    tryAgain: 'Tente de novo em um minuto.',
    needsServerTitle: 'Os lembretes precisam do bot neste servidor.',
    needsServerIntro:
      'Você está usando a sua própria instalação do bot, e ele não foi adicionado a este servidor, então não pode publicar nem fixar um lembrete aqui.',
    addBotLine: 'Alguém que possa gerenciar o servidor pode adicionar o bot com o botão abaixo.',
    runAgainInChannel: (line) => `Depois execute ${line} de novo no canal onde o lembrete deve ficar.`,
    guidesWorkHere: (home) => `Todos os guias já funcionam aqui: /${home} desktop ou /${home} mobile.`,
    addBotLink: 'Adicionar o bot a um servidor',
  },
  es: {
    who: {
      'pin-permission': { who: 'los miembros que pueden fijar mensajes', ask: 'un moderador' },
      'workspace-admins': {
        who: 'los propietarios y administradores del espacio de trabajo',
        ask: 'un propietario o administrador del espacio de trabajo',
      },
    },
    notAManagerTitle: (who) => `Solo ${who} pueden hacerlo.`,
    notAManagerIntro: (ask, line) => `Pide a ${ask} que ejecute ${line}.`,
    managerUnknownTitle: 'No pude comprobar si puedes hacerlo.',
    managerUnknownIntro: (who, line) =>
      `Solo ${who} pueden ejecutar ${line}, y ahora mismo no pude consultar a la plataforma. Inténtalo de nuevo en un minuto.`,
    needsChannelTitle: 'Los recordatorios viven en un canal de Discord o Slack.',
    needsChannelConsole: 'Para fijar hace falta un canal: funciona en Discord o Slack, no en esta consola.',
    needsChannelDM:
      'Para fijar hace falta un canal de servidor o de espacio de trabajo; no funciona en mensajes directos.',
    runInChannel: (line) => `Ejecuta ${line} en el canal donde debe quedarse el recordatorio.`,
    readGuides: (home) => `Aquí puedes leer igualmente cada guía: /${home} desktop o /${home} mobile.`,
    desktopSteps: 'Pasos en el ordenador',
    expiredTitle: 'Este botón ha caducado.',
    expiredIntro: (home, help) => `Vuelve a ejecutar el comando, por ejemplo /${home} o /${help} help.`,
    wentWrongTitle: 'Algo ha fallado por mi parte.',
    tryAgain: 'Inténtalo de nuevo en un minuto.',
    needsServerTitle: 'Los recordatorios necesitan el bot en este servidor.',
    needsServerIntro:
      'Estás usando tu propia instalación del bot, y no se ha añadido a este servidor, así que no puede publicar ni fijar un recordatorio aquí.',
    addBotLine: 'Alguien que pueda gestionar el servidor puede añadir el bot con el botón de abajo.',
    runAgainInChannel: (line) =>
      `Después vuelve a ejecutar ${line} en el canal donde debe quedarse el recordatorio.`,
    guidesWorkHere: (home) => `Todas las guías ya funcionan aquí: /${home} desktop o /${home} mobile.`,
    addBotLink: 'Añadir el bot a un servidor',
  },
  pl: {
    who: {
      'pin-permission': { who: 'członkowie, którzy mogą przypinać wiadomości,', ask: 'moderatora' },
      'workspace-admins': {
        who: 'właściciele i administratorzy przestrzeni roboczej',
        ask: 'właściciela lub administratora przestrzeni roboczej',
      },
    },
    notAManagerTitle: (who) => `Tylko ${who} mogą to zrobić.`,
    notAManagerIntro: (ask, line) => `Poproś ${ask} o uruchomienie ${line}.`,
    managerUnknownTitle: 'Nie udało mi się sprawdzić, czy możesz to zrobić.',
    managerUnknownIntro: (who, line) =>
      `Tylko ${who} mogą uruchomić ${line}, a w tej chwili nie mogłem zapytać platformy. Spróbuj ponownie za minutę.`,
    needsChannelTitle: 'Przypomnienia działają na kanale Discorda lub Slacka.',
    needsChannelConsole: 'Przypinanie wymaga kanału: działa w Discordzie lub Slacku, nie w tej konsoli.',
    needsChannelDM:
      'Przypinanie wymaga kanału serwera lub przestrzeni roboczej; nie działa w wiadomościach prywatnych.',
    runInChannel: (line) => `Uruchom ${line} na kanale, na którym ma zostać przypomnienie.`,
    readGuides: (home) =>
      `Tutaj nadal możesz przeczytać każdy poradnik: /${home} desktop lub /${home} mobile.`,
    desktopSteps: 'Kroki na komputerze',
    expiredTitle: 'Ten przycisk wygasł.',
    expiredIntro: (home, help) => `Uruchom polecenie ponownie, na przykład /${home} lub /${help} help.`,
    wentWrongTitle: 'Coś poszło nie tak po mojej stronie.',
    tryAgain: 'Spróbuj ponownie za minutę.',
    needsServerTitle: 'Przypomnienia wymagają bota na tym serwerze.',
    needsServerIntro:
      'Używasz własnej instalacji bota, a nie został on dodany do tego serwera, więc nie może tu publikować ani przypinać przypomnienia.',
    addBotLine: 'Osoba, która może zarządzać serwerem, może dodać bota przyciskiem poniżej.',
    runAgainInChannel: (line) =>
      `Potem uruchom ponownie ${line} na kanale, na którym ma zostać przypomnienie.`,
    guidesWorkHere: (home) => `Każdy poradnik działa tu już teraz: /${home} desktop lub /${home} mobile.`,
    addBotLink: 'Dodaj bota do serwera',
  },
};

export function refusalWords(locale: Locale | undefined): RefusalWords {
  return (locale && REFUSAL_WORDS[locale]) || en;
}
