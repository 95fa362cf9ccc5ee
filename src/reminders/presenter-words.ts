// What src/reminders/presenter.ts says about reminder outcomes and platform failures, per locale. The public
// reminder message's words are in message-words.ts. Command names, scopes and Discord's permission names stay
// as the platform spells them in English, so they can be searched for.
import type { Locale } from '../content/types.js';
import type { PlatformErrorFields, Schedule } from '../core/ports.js';

type SlackReason = NonNullable<PlatformErrorFields['reason']>;

export interface PresenterWords {
  /** The channel inside a sentence: "#general" or "this channel", in the case the sentences below need. */
  named(name: string): string;
  here: string;
  notScheduled: string;
  scheduleNone: string;
  scheduleName: Record<Exclude<Schedule, 'off'>, string>;
  scheduleEvery(schedule: string, next: string): string;
  confirmationsSoFar(count: number): string;
  confirmations(count: number): string;
  pinnedSince(when: string): string;
  factsCurrent: string;
  factsUpdating: string;
  pinnedTitle(where: string): string;
  pinnedIntro: string;
  refreshedTitle(where: string): string;
  refreshedIntro: string;
  busyTitle: string;
  tryInAMinute: string;
  unpinnedTitle(where: string): string;
  unpinnedIntro: string;
  unpinnedStoppedIntro: string;
  forgottenTitle(where: string): string;
  forgottenIntro: string;
  unpinRefused: readonly [string, string];
  notPinnedTitle(where: string): string;
  notPinnedIntro: string;
  pendingTitle(where: string): string;
  pendingIntro: string;
  alreadyCountedTitle: string;
  alreadyCountedIntro(count: number): string;
  countedTitle: string;
  firstIntro: string;
  othersIntro(others: number): string;
  inactiveTitle: string;
  inactiveIntro: string;
  noChannelTitle: string;
  noChannelIntro: string;
  // Failures: what went wrong and the one thing to do about it.
  internalTitle: string;
  internalLine: string;
  pinLimitDiscord: string;
  pinLimitSlack: string;
  pinLimitLine: string;
  permissionTitle(permission: string): string;
  permissionLine: string;
  scopeTitle(scope: string): string;
  scopeLine(scope: string): string;
  notAllowedTitle: string;
  slackReason(reason: string): string;
  slackReasons: Record<SlackReason, string>;
  notAllowedLine: string;
  inviteTitle(handle: string): string;
  thenPinAgain: string;
  cannotSeeTitle: string;
  cannotSeeLine: string;
  cannotFindTitle: string;
  cannotFindLine(handle: string): string;
  goneTitle: string;
  goneLine: string;
  slowDownTitle(platform: string): string;
  waitMinutes(minutes: number): string;
  waitAMinute: string;
  notAnsweringTitle(platform: string): string;
  runAgainLine: string;
  theBot: string;
}

const en: PresenterWords = {
  named: (name) => `#${name}`,
  here: 'this channel',
  notScheduled: 'not scheduled',
  scheduleNone: 'Schedule: none (add every:weekly or every:monthly to re-post it)',
  scheduleName: { weekly: 'weekly', monthly: 'monthly' },
  scheduleEvery: (schedule, next) => `Schedule: re-posted ${schedule}; next re-post ${next}`,
  confirmationsSoFar: (n) => `Confirmations so far: ${n}`,
  confirmations: (n) => `Confirmations: ${n}`,
  pinnedSince: (when) => `Pinned since: ${when}`,
  factsCurrent: 'Facts: current',
  factsUpdating: 'Facts: an update is on its way to the pinned message',
  pinnedTitle: (where) => `Reminder pinned in ${where}.`,
  pinnedIntro:
    'Members can click "I\'ve turned it off" to be counted; the message stays current when the facts change.',
  refreshedTitle: (where) => `Reminder refreshed in ${where}.`,
  refreshedIntro: 'It was already pinned: I updated it in place, so there is still one pinned reminder.',
  busyTitle: 'I am already updating the reminder in this channel.',
  tryInAMinute: 'Try again in a minute.',
  unpinnedTitle: (where) => `Reminder unpinned in ${where}.`,
  unpinnedIntro: 'The message stays in the channel history, no longer pinned.',
  unpinnedStoppedIntro:
    'Its schedule is stopped too. The message stays in the channel history, no longer pinned.',
  forgottenTitle: (where) => `Reminder removed for ${where}.`,
  forgottenIntro:
    'I could not reach the message any more, so there was nothing left for me to unpin. Any schedule is stopped.',
  unpinRefused: [
    'I stopped the schedule, but the message is still pinned.',
    'Unpin it by hand, or run /linkedin-reminder unpin again once I have the permission.',
  ],
  notPinnedTitle: (where) => `No reminder is pinned in ${where}.`,
  notPinnedIntro:
    'A moderator can pin one with /linkedin-reminder pin (add every:monthly to re-post it monthly).',
  pendingTitle: (where) => `The reminder in ${where} is not pinned yet.`,
  pendingIntro:
    'The last attempt to pin it failed. Run /linkedin-reminder pin again: it reuses the same message.',
  alreadyCountedTitle: 'You were already counted. Thank you!',
  alreadyCountedIntro: (n) =>
    `${n} member${n === 1 ? '' : 's'} in this channel switched it off. Each person counts once.`,
  countedTitle: 'Thank you! You are counted.',
  firstIntro: 'You are the first in this channel to switch it off.',
  othersIntro: (n) => `You and ${n} other${n === 1 ? '' : 's'} in this channel switched it off.`,
  inactiveTitle: 'Thank you for switching it off!',
  inactiveIntro: 'This reminder is no longer active here, so I could not add you to its count.',
  noChannelTitle: 'Reminders live in a server or workspace channel.',
  noChannelIntro: 'Run /linkedin-reminder pin in the channel where it should stay, not in a direct message.',
  internalTitle: 'Something went wrong on my side.',
  internalLine: 'Please try again in a minute. If it keeps failing, tell whoever runs this bot.',
  pinLimitDiscord: 'That channel has 250 pins already (the Discord limit).',
  pinLimitSlack: 'That channel has too many pins already.',
  pinLimitLine: 'Unpin an older message, then run /linkedin-reminder pin again.',
  permissionTitle: (permission) => `I need the ${permission} permission in this channel.`,
  permissionLine:
    'A server admin can grant it to my role in the channel settings (Permissions), then run /linkedin-reminder pin again.',
  scopeTitle: (scope) => `I am missing the ${scope} permission here.`,
  scopeLine: (scope) =>
    `A workspace admin can add the ${scope} scope to the Slack app and reinstall the app to the workspace, then run /linkedin-reminder pin again.`,
  notAllowedTitle: 'I am not allowed to post or pin in this channel.',
  slackReason: (reason) => `Slack's reason: ${reason}.`,
  slackReasons: {
    'pin-limit': 'the channel has reached its pin limit',
    'channel-archived': 'the channel is archived',
    'workspace-setting': 'a workspace setting forbids this',
    'app-uninstalled': 'the app is no longer installed in this workspace',
  },
  notAllowedLine:
    'A workspace admin can reinstall the app with the chat:write and pins:write scopes, or allow apps to post in this channel.',
  inviteTitle: (handle) => `Invite me first: type /invite @${handle} in this channel.`,
  thenPinAgain: 'Then run /linkedin-reminder pin again.',
  cannotSeeTitle: 'I cannot see or post in this channel.',
  cannotSeeLine:
    'Give my role View Channel, Send Messages and Pin Messages here, then run /linkedin-reminder pin again.',
  cannotFindTitle: 'I cannot find this channel or the reminder message.',
  cannotFindLine: (handle) =>
    `If the channel is private, invite me with /invite @${handle}; then run /linkedin-reminder pin again.`,
  goneTitle: 'The channel or the reminder message is gone.',
  goneLine: 'Run /linkedin-reminder pin again to post a fresh one.',
  slowDownTitle: (platform) => `${platform} asked me to slow down.`,
  waitMinutes: (n) => `Try again in ${n} minutes; nothing was lost.`,
  waitAMinute: 'Try again in a minute; nothing was lost.',
  notAnsweringTitle: (platform) => `${platform} is not answering; try again shortly.`,
  runAgainLine: 'Run the command again in a minute.',
  theBot: 'the bot',
};

const pl = new Intl.PluralRules('pl');
/** Polish nouns after a number: 1 "członek", 2–4 "członków"… chosen by the CLDR plural category. */
const plForm = (n: number, one: string, few: string, many: string) => {
  const c = pl.select(n);
  return c === 'one' ? one : c === 'few' ? few : many;
};

/** Portuguese contracts a preposition with "este": "neste canal", "deste canal". */
const PT_HERE = 'este canal';
const em = (where: string) => (where === PT_HERE ? 'neste canal' : `em ${where}`);
const de = (where: string) => (where === PT_HERE ? 'deste canal' : `de ${where}`);

export const PRESENTER_WORDS: Record<Locale, PresenterWords> = {
  en,
  de: {
    named: (name) => `#${name}`,
    here: 'diesem Kanal',
    notScheduled: 'nicht geplant',
    scheduleNone: 'Zeitplan: keiner (mit every:weekly oder every:monthly wird sie regelmäßig neu gepostet)',
    scheduleName: { weekly: 'wöchentlich', monthly: 'monatlich' },
    scheduleEvery: (schedule, next) => `Zeitplan: ${schedule} neu gepostet; nächstes Mal ${next}`,
    confirmationsSoFar: (n) => `Bisherige Bestätigungen: ${n}`,
    confirmations: (n) => `Bestätigungen: ${n}`,
    pinnedSince: (when) => `Angeheftet seit: ${when}`,
    factsCurrent: 'Fakten: aktuell',
    factsUpdating: 'Fakten: Eine Aktualisierung der angehefteten Nachricht ist unterwegs',
    pinnedTitle: (where) => `Erinnerung in ${where} angeheftet.`,
    pinnedIntro:
      'Mitglieder können auf „Ich habe es ausgeschaltet“ klicken, um gezählt zu werden; die Nachricht bleibt aktuell, wenn sich die Fakten ändern.',
    refreshedTitle: (where) => `Erinnerung in ${where} aktualisiert.`,
    refreshedIntro:
      'Sie war schon angeheftet: Ich habe sie an Ort und Stelle aktualisiert, es gibt also weiterhin eine angeheftete Erinnerung.',
    busyTitle: 'Ich aktualisiere die Erinnerung in diesem Kanal bereits.',
    tryInAMinute: 'Versuchen Sie es in einer Minute noch einmal.',
    unpinnedTitle: (where) => `Erinnerung in ${where} gelöst.`,
    unpinnedIntro: 'Die Nachricht bleibt im Verlauf des Kanals, aber nicht mehr angeheftet.',
    unpinnedStoppedIntro:
      'Auch ihr Zeitplan ist beendet. Die Nachricht bleibt im Verlauf des Kanals, aber nicht mehr angeheftet.',
    forgottenTitle: (where) => `Erinnerung in ${where} entfernt.`,
    forgottenIntro:
      'Ich konnte die Nachricht nicht mehr erreichen, es gab also nichts mehr zu lösen. Ein Zeitplan ist beendet.',
    unpinRefused: [
      'Ich habe den Zeitplan beendet, aber die Nachricht ist noch angeheftet.',
      'Lösen Sie sie von Hand, oder führen Sie /linkedin-reminder unpin erneut aus, sobald ich die Berechtigung habe.',
    ],
    notPinnedTitle: (where) => `In ${where} ist keine Erinnerung angeheftet.`,
    notPinnedIntro:
      'Eine Moderatorin oder ein Moderator kann mit /linkedin-reminder pin eine anheften (mit every:monthly wird sie monatlich neu gepostet).',
    pendingTitle: (where) => `Die Erinnerung in ${where} ist noch nicht angeheftet.`,
    pendingIntro:
      'Der letzte Versuch, sie anzuheften, ist fehlgeschlagen. Führen Sie /linkedin-reminder pin erneut aus: Dabei wird dieselbe Nachricht verwendet.',
    alreadyCountedTitle: 'Sie wurden schon gezählt. Danke!',
    alreadyCountedIntro: (n) =>
      `${n} ${n === 1 ? 'Mitglied' : 'Mitglieder'} in diesem Kanal ${n === 1 ? 'hat' : 'haben'} es ausgeschaltet. Jede Person zählt einmal.`,
    countedTitle: 'Danke! Sie wurden gezählt.',
    firstIntro: 'Sie sind die erste Person in diesem Kanal, die es ausgeschaltet hat.',
    othersIntro: (n) =>
      `Sie und ${n} ${n === 1 ? 'weitere Person' : 'weitere Personen'} in diesem Kanal haben es ausgeschaltet.`,
    inactiveTitle: 'Danke, dass Sie es ausgeschaltet haben!',
    inactiveIntro: 'Diese Erinnerung ist hier nicht mehr aktiv, daher konnte ich Sie nicht mitzählen.',
    noChannelTitle: 'Erinnerungen gehören in einen Server- oder Workspace-Kanal.',
    noChannelIntro:
      'Führen Sie /linkedin-reminder pin in dem Kanal aus, in dem sie bleiben soll, nicht in einer Direktnachricht.',
    internalTitle: 'Bei mir ist etwas schiefgelaufen.',
    internalLine:
      'Bitte versuchen Sie es in einer Minute noch einmal. Wenn es weiter scheitert, sagen Sie es der Person, die diesen Bot betreibt.',
    pinLimitDiscord: 'Dieser Kanal hat schon 250 angeheftete Nachrichten (das Limit von Discord).',
    pinLimitSlack: 'Dieser Kanal hat schon zu viele angeheftete Nachrichten.',
    pinLimitLine: 'Lösen Sie eine ältere Nachricht und führen Sie dann /linkedin-reminder pin erneut aus.',
    permissionTitle: (permission) => `Ich brauche in diesem Kanal die Berechtigung „${permission}“.`,
    permissionLine:
      'Ein Server-Admin kann sie meiner Rolle in den Kanaleinstellungen (Berechtigungen) geben; führen Sie dann /linkedin-reminder pin erneut aus.',
    scopeTitle: (scope) => `Mir fehlt hier die Berechtigung ${scope}.`,
    scopeLine: (scope) =>
      `Ein Workspace-Admin kann der Slack-App den Scope ${scope} hinzufügen und die App im Workspace neu installieren; führen Sie dann /linkedin-reminder pin erneut aus.`,
    notAllowedTitle: 'Ich darf in diesem Kanal nicht posten oder anheften.',
    slackReason: (reason) => `Begründung von Slack: ${reason}.`,
    slackReasons: {
      'pin-limit': 'Der Kanal hat sein Limit für angeheftete Nachrichten erreicht',
      'channel-archived': 'Der Kanal ist archiviert',
      'workspace-setting': 'Eine Workspace-Einstellung verbietet es',
      'app-uninstalled': 'Die App ist in diesem Workspace nicht mehr installiert',
    },
    notAllowedLine:
      'Ein Workspace-Admin kann die App mit den Scopes chat:write und pins:write neu installieren oder Apps das Posten in diesem Kanal erlauben.',
    inviteTitle: (handle) => `Laden Sie mich zuerst ein: Geben Sie /invite @${handle} in diesem Kanal ein.`,
    thenPinAgain: 'Führen Sie dann /linkedin-reminder pin erneut aus.',
    cannotSeeTitle: 'Ich kann diesen Kanal nicht sehen oder nicht darin posten.',
    cannotSeeLine:
      'Geben Sie meiner Rolle hier View Channel, Send Messages und Pin Messages, und führen Sie dann /linkedin-reminder pin erneut aus.',
    cannotFindTitle: 'Ich finde diesen Kanal oder die Erinnerungsnachricht nicht.',
    cannotFindLine: (handle) =>
      `Ist der Kanal privat, laden Sie mich mit /invite @${handle} ein; führen Sie dann /linkedin-reminder pin erneut aus.`,
    goneTitle: 'Der Kanal oder die Erinnerungsnachricht ist nicht mehr da.',
    goneLine: 'Führen Sie /linkedin-reminder pin erneut aus, um eine neue zu posten.',
    slowDownTitle: (platform) => `${platform} hat mich gebeten, langsamer zu machen.`,
    waitMinutes: (n) => `Versuchen Sie es in ${n} Minuten noch einmal; es ging nichts verloren.`,
    waitAMinute: 'Versuchen Sie es in einer Minute noch einmal; es ging nichts verloren.',
    notAnsweringTitle: (platform) => `${platform} antwortet nicht; versuchen Sie es gleich noch einmal.`,
    runAgainLine: 'Führen Sie den Befehl in einer Minute noch einmal aus.',
    theBot: 'der Bot',
  },
  fr: {
    named: (name) => `#${name}`,
    here: 'ce salon',
    notScheduled: 'non planifié',
    scheduleNone: 'Planification : aucune (ajoutez every:weekly ou every:monthly pour le republier)',
    scheduleName: { weekly: 'chaque semaine', monthly: 'chaque mois' },
    scheduleEvery: (schedule, next) => `Planification : republié ${schedule} ; prochaine publication ${next}`,
    confirmationsSoFar: (n) => `Confirmations jusqu'ici : ${n}`,
    confirmations: (n) => `Confirmations : ${n}`,
    pinnedSince: (when) => `Épinglé depuis : ${when}`,
    factsCurrent: 'Faits : à jour',
    factsUpdating: 'Faits : une mise à jour du message épinglé est en cours',
    pinnedTitle: (where) => `Rappel épinglé dans ${where}.`,
    pinnedIntro:
      'Les membres peuvent cliquer sur « Je l’ai désactivé » pour être comptés ; le message reste à jour quand les faits changent.',
    refreshedTitle: (where) => `Rappel mis à jour dans ${where}.`,
    refreshedIntro:
      'Il était déjà épinglé : je l’ai mis à jour sur place, il n’y a donc toujours qu’un seul rappel épinglé.',
    busyTitle: 'Je suis déjà en train de mettre à jour le rappel de ce salon.',
    tryInAMinute: 'Réessayez dans une minute.',
    unpinnedTitle: (where) => `Rappel désépinglé dans ${where}.`,
    unpinnedIntro: 'Le message reste dans l’historique du salon, sans être épinglé.',
    unpinnedStoppedIntro:
      'Sa planification est arrêtée aussi. Le message reste dans l’historique du salon, sans être épinglé.',
    forgottenTitle: (where) => `Rappel retiré pour ${where}.`,
    forgottenIntro:
      'Je ne pouvais plus atteindre le message, il n’y avait donc plus rien à désépingler. Toute planification est arrêtée.',
    unpinRefused: [
      'J’ai arrêté la planification, mais le message est toujours épinglé.',
      'Désépinglez-le à la main, ou relancez /linkedin-reminder unpin une fois que j’aurai la permission.',
    ],
    notPinnedTitle: (where) => `Aucun rappel n'est épinglé dans ${where}.`,
    notPinnedIntro:
      'Un modérateur peut en épingler un avec /linkedin-reminder pin (ajoutez every:monthly pour le republier chaque mois).',
    pendingTitle: (where) => `Le rappel de ${where} n'est pas encore épinglé.`,
    pendingIntro:
      'La dernière tentative d’épinglage a échoué. Relancez /linkedin-reminder pin : le même message sera réutilisé.',
    alreadyCountedTitle: 'Votre confirmation était déjà comptée. Merci !',
    alreadyCountedIntro: (n) =>
      `${n} ${n === 1 ? 'membre de ce salon l’a désactivé' : 'membres de ce salon l’ont désactivé'}. Chaque personne compte une fois.`,
    countedTitle: 'Merci ! Votre confirmation est comptée.',
    firstIntro: 'Personne dans ce salon ne l’avait désactivé avant vous.',
    othersIntro: (n) =>
      `Vous et ${n} ${n === 1 ? 'autre personne' : 'autres personnes'} de ce salon l’avez désactivé.`,
    inactiveTitle: 'Merci de l’avoir désactivé !',
    inactiveIntro: 'Ce rappel n’est plus actif ici, je n’ai donc pas pu vous ajouter à son décompte.',
    noChannelTitle: 'Les rappels vivent dans un salon de serveur ou d’espace de travail.',
    noChannelIntro:
      'Lancez /linkedin-reminder pin dans le salon où il doit rester, pas dans un message privé.',
    internalTitle: "Quelque chose s'est mal passé de mon côté.",
    internalLine: 'Réessayez dans une minute. Si cela échoue encore, prévenez la personne qui gère ce bot.',
    pinLimitDiscord: 'Ce salon a déjà 250 messages épinglés (la limite de Discord).',
    pinLimitSlack: 'Ce salon a déjà trop de messages épinglés.',
    pinLimitLine: 'Désépinglez un message plus ancien, puis relancez /linkedin-reminder pin.',
    permissionTitle: (permission) => `J'ai besoin de la permission « ${permission} » dans ce salon.`,
    permissionLine:
      'Un admin du serveur peut l’accorder à mon rôle dans les paramètres du salon (Permissions), puis relancez /linkedin-reminder pin.',
    scopeTitle: (scope) => `Il me manque la permission ${scope} ici.`,
    scopeLine: (scope) =>
      `Un admin de l'espace de travail peut ajouter le scope ${scope} à l'app Slack et la réinstaller dans l'espace de travail ; relancez ensuite /linkedin-reminder pin.`,
    notAllowedTitle: "Je n'ai pas le droit de publier ou d'épingler dans ce salon.",
    slackReason: (reason) => `Raison donnée par Slack : ${reason}.`,
    slackReasons: {
      'pin-limit': 'le salon a atteint sa limite de messages épinglés',
      'channel-archived': 'le salon est archivé',
      'workspace-setting': "un paramètre de l'espace de travail l'interdit",
      'app-uninstalled': "l'app n'est plus installée dans cet espace de travail",
    },
    notAllowedLine:
      "Un admin de l'espace de travail peut réinstaller l'app avec les scopes chat:write et pins:write, ou autoriser les apps à publier dans ce salon.",
    inviteTitle: (handle) => `Invitez-moi d'abord : tapez /invite @${handle} dans ce salon.`,
    thenPinAgain: 'Relancez ensuite /linkedin-reminder pin.',
    cannotSeeTitle: 'Je ne peux pas voir ce salon ou y publier.',
    cannotSeeLine:
      'Donnez ici à mon rôle View Channel, Send Messages et Pin Messages, puis relancez /linkedin-reminder pin.',
    cannotFindTitle: 'Je ne trouve pas ce salon ou le message de rappel.',
    cannotFindLine: (handle) =>
      `Si le salon est privé, invitez-moi avec /invite @${handle} ; relancez ensuite /linkedin-reminder pin.`,
    goneTitle: "Le salon ou le message de rappel n'existe plus.",
    goneLine: 'Relancez /linkedin-reminder pin pour en publier un nouveau.',
    slowDownTitle: (platform) => `${platform} m'a demandé de ralentir.`,
    waitMinutes: (n) => `Réessayez dans ${n} minutes ; rien n'a été perdu.`,
    waitAMinute: "Réessayez dans une minute ; rien n'a été perdu.",
    notAnsweringTitle: (platform) => `${platform} ne répond pas ; réessayez sous peu.`,
    runAgainLine: 'Relancez la commande dans une minute.',
    theBot: 'le bot',
  },
  it: {
    named: (name) => `#${name}`,
    here: 'questo canale',
    notScheduled: 'non programmato',
    scheduleNone: 'Programmazione: nessuna (aggiungi every:weekly o every:monthly per ripubblicarlo)',
    scheduleName: { weekly: 'ogni settimana', monthly: 'ogni mese' },
    scheduleEvery: (schedule, next) =>
      `Programmazione: ripubblicato ${schedule}; prossima pubblicazione ${next}`,
    confirmationsSoFar: (n) => `Conferme finora: ${n}`,
    confirmations: (n) => `Conferme: ${n}`,
    pinnedSince: (when) => `Fissato dal: ${when}`,
    factsCurrent: 'Fatti: aggiornati',
    factsUpdating: 'Fatti: un aggiornamento del messaggio fissato è in arrivo',
    pinnedTitle: (where) => `Promemoria fissato in ${where}.`,
    pinnedIntro:
      'I membri possono cliccare su "L’ho disattivato" per essere contati; il messaggio resta aggiornato quando i fatti cambiano.',
    refreshedTitle: (where) => `Promemoria aggiornato in ${where}.`,
    refreshedIntro:
      'Era già fissato: l’ho aggiornato sul posto, quindi c’è sempre un solo promemoria fissato.',
    busyTitle: 'Sto già aggiornando il promemoria in questo canale.',
    tryInAMinute: 'Riprova tra un minuto.',
    unpinnedTitle: (where) => `Promemoria rimosso dai fissati in ${where}.`,
    unpinnedIntro: 'Il messaggio resta nella cronologia del canale, non più fissato.',
    unpinnedStoppedIntro:
      'Anche la sua programmazione è ferma. Il messaggio resta nella cronologia del canale, non più fissato.',
    forgottenTitle: (where) => `Promemoria eliminato per ${where}.`,
    forgottenIntro:
      'Non riuscivo più a raggiungere il messaggio, quindi non c’era più niente da togliere dai fissati. Ogni programmazione è ferma.',
    unpinRefused: [
      'Ho fermato la programmazione, ma il messaggio è ancora fissato.',
      'Toglilo dai fissati a mano, oppure esegui di nuovo /linkedin-reminder unpin quando avrò il permesso.',
    ],
    notPinnedTitle: (where) => `Nessun promemoria è fissato in ${where}.`,
    notPinnedIntro:
      'Un moderatore può fissarne uno con /linkedin-reminder pin (aggiungi every:monthly per ripubblicarlo ogni mese).',
    pendingTitle: (where) => `Il promemoria in ${where} non è ancora fissato.`,
    pendingIntro:
      'L’ultimo tentativo di fissarlo non è riuscito. Esegui di nuovo /linkedin-reminder pin: riutilizza lo stesso messaggio.',
    alreadyCountedTitle: 'La tua conferma era già stata contata. Grazie!',
    alreadyCountedIntro: (n) =>
      `${n} ${n === 1 ? 'membro di questo canale l’ha disattivato' : 'membri di questo canale l’hanno disattivato'}. Ogni persona conta una volta.`,
    countedTitle: 'Grazie! La tua conferma è stata contata.',
    firstIntro: 'Nessuno in questo canale l’aveva disattivato prima di te.',
    othersIntro: (n) =>
      `Tu e ${n === 1 ? 'un’altra persona' : `altre ${n} persone`} in questo canale l’avete disattivato.`,
    inactiveTitle: 'Grazie per averlo disattivato!',
    inactiveIntro: 'Questo promemoria non è più attivo qui, quindi non ho potuto aggiungerti al conteggio.',
    noChannelTitle: 'I promemoria stanno in un canale di un server o di un workspace.',
    noChannelIntro:
      'Esegui /linkedin-reminder pin nel canale in cui deve restare, non in un messaggio diretto.',
    internalTitle: 'Qualcosa è andato storto da parte mia.',
    internalLine: 'Riprova tra un minuto. Se continua a non funzionare, avvisa chi gestisce questo bot.',
    pinLimitDiscord: 'Quel canale ha già 250 messaggi fissati (il limite di Discord).',
    pinLimitSlack: 'Quel canale ha già troppi messaggi fissati.',
    pinLimitLine: 'Togli dai fissati un messaggio più vecchio, poi esegui di nuovo /linkedin-reminder pin.',
    permissionTitle: (permission) => `Mi serve il permesso "${permission}" in questo canale.`,
    permissionLine:
      'Un admin del server può darlo al mio ruolo nelle impostazioni del canale (Permessi); poi esegui di nuovo /linkedin-reminder pin.',
    scopeTitle: (scope) => `Qui mi manca il permesso ${scope}.`,
    scopeLine: (scope) =>
      `Un admin del workspace può aggiungere lo scope ${scope} all'app Slack e reinstallarla nel workspace; poi esegui di nuovo /linkedin-reminder pin.`,
    notAllowedTitle: 'Non posso pubblicare o fissare messaggi in questo canale.',
    slackReason: (reason) => `Motivo indicato da Slack: ${reason}.`,
    slackReasons: {
      'pin-limit': 'il canale ha raggiunto il limite di messaggi fissati',
      'channel-archived': 'il canale è archiviato',
      'workspace-setting': 'un’impostazione del workspace lo vieta',
      'app-uninstalled': 'l’app non è più installata in questo workspace',
    },
    notAllowedLine:
      'Un admin del workspace può reinstallare l’app con gli scope chat:write e pins:write, oppure permettere alle app di pubblicare in questo canale.',
    inviteTitle: (handle) => `Prima invitami: scrivi /invite @${handle} in questo canale.`,
    thenPinAgain: 'Poi esegui di nuovo /linkedin-reminder pin.',
    cannotSeeTitle: 'Non riesco a vedere questo canale o a pubblicarci.',
    cannotSeeLine:
      'Dai qui al mio ruolo View Channel, Send Messages e Pin Messages, poi esegui di nuovo /linkedin-reminder pin.',
    cannotFindTitle: 'Non trovo questo canale o il messaggio del promemoria.',
    cannotFindLine: (handle) =>
      `Se il canale è privato, invitami con /invite @${handle}; poi esegui di nuovo /linkedin-reminder pin.`,
    goneTitle: 'Il canale o il messaggio del promemoria non esiste più.',
    goneLine: 'Esegui di nuovo /linkedin-reminder pin per pubblicarne uno nuovo.',
    slowDownTitle: (platform) => `${platform} mi ha chiesto di rallentare.`,
    waitMinutes: (n) => `Riprova tra ${n} minuti; non si è perso niente.`,
    waitAMinute: 'Riprova tra un minuto; non si è perso niente.',
    notAnsweringTitle: (platform) => `${platform} non risponde; riprova tra poco.`,
    runAgainLine: 'Esegui di nuovo il comando tra un minuto.',
    theBot: 'il bot',
  },
  nl: {
    named: (name) => `#${name}`,
    here: 'dit kanaal',
    notScheduled: 'niet gepland',
    scheduleNone: 'Schema: geen (voeg every:weekly of every:monthly toe om haar opnieuw te plaatsen)',
    scheduleName: { weekly: 'wekelijks', monthly: 'maandelijks' },
    scheduleEvery: (schedule, next) => `Schema: ${schedule} opnieuw geplaatst; volgende keer ${next}`,
    confirmationsSoFar: (n) => `Bevestigingen tot nu toe: ${n}`,
    confirmations: (n) => `Bevestigingen: ${n}`,
    pinnedSince: (when) => `Vastgezet sinds: ${when}`,
    factsCurrent: 'Feiten: actueel',
    factsUpdating: 'Feiten: een update van het vastgezette bericht is onderweg',
    pinnedTitle: (where) => `Herinnering vastgezet in ${where}.`,
    pinnedIntro:
      'Leden kunnen op "Ik heb het uitgezet" klikken om geteld te worden; het bericht blijft actueel als de feiten veranderen.',
    refreshedTitle: (where) => `Herinnering bijgewerkt in ${where}.`,
    refreshedIntro:
      'Ze was al vastgezet: ik heb haar ter plekke bijgewerkt, dus er is nog steeds één vastgezette herinnering.',
    busyTitle: 'Ik ben de herinnering in dit kanaal al aan het bijwerken.',
    tryInAMinute: 'Probeer het over een minuut opnieuw.',
    unpinnedTitle: (where) => `Herinnering losgemaakt in ${where}.`,
    unpinnedIntro: 'Het bericht blijft in de geschiedenis van het kanaal staan, niet meer vastgezet.',
    unpinnedStoppedIntro:
      'Ook het schema is gestopt. Het bericht blijft in de geschiedenis van het kanaal staan, niet meer vastgezet.',
    forgottenTitle: (where) => `Herinnering verwijderd voor ${where}.`,
    forgottenIntro:
      'Ik kon het bericht niet meer bereiken, dus er was niets meer los te maken. Een eventueel schema is gestopt.',
    unpinRefused: [
      'Ik heb het schema gestopt, maar het bericht is nog vastgezet.',
      'Maak het zelf los, of voer /linkedin-reminder unpin opnieuw uit zodra ik de machtiging heb.',
    ],
    notPinnedTitle: (where) => `Er is geen herinnering vastgezet in ${where}.`,
    notPinnedIntro:
      'Een moderator kan er een vastzetten met /linkedin-reminder pin (voeg every:monthly toe om haar maandelijks opnieuw te plaatsen).',
    pendingTitle: (where) => `De herinnering in ${where} is nog niet vastgezet.`,
    pendingIntro:
      'De laatste poging om haar vast te zetten is mislukt. Voer /linkedin-reminder pin opnieuw uit: het gebruikt hetzelfde bericht.',
    alreadyCountedTitle: 'Je was al meegeteld. Bedankt!',
    alreadyCountedIntro: (n) =>
      `${n} ${n === 1 ? 'lid in dit kanaal heeft' : 'leden in dit kanaal hebben'} het uitgezet. Iedereen telt één keer.`,
    countedTitle: 'Bedankt! Je telt mee.',
    firstIntro: 'Je bent de eerste in dit kanaal die het heeft uitgezet.',
    othersIntro: (n) => `Jij en ${n} ${n === 1 ? 'ander' : 'anderen'} in dit kanaal hebben het uitgezet.`,
    inactiveTitle: 'Bedankt dat je het hebt uitgezet!',
    inactiveIntro: 'Deze herinnering is hier niet meer actief, dus ik kon je niet meetellen.',
    noChannelTitle: 'Herinneringen horen in een server- of workspacekanaal.',
    noChannelIntro:
      'Voer /linkedin-reminder pin uit in het kanaal waar ze moet blijven, niet in een privébericht.',
    internalTitle: 'Er ging aan mijn kant iets mis.',
    internalLine:
      'Probeer het over een minuut opnieuw. Blijft het misgaan, laat het dan weten aan wie deze bot beheert.',
    pinLimitDiscord: 'Dat kanaal heeft al 250 vastgezette berichten (de limiet van Discord).',
    pinLimitSlack: 'Dat kanaal heeft al te veel vastgezette berichten.',
    pinLimitLine: 'Maak een ouder bericht los en voer dan /linkedin-reminder pin opnieuw uit.',
    permissionTitle: (permission) => `Ik heb in dit kanaal de machtiging "${permission}" nodig.`,
    permissionLine:
      'Een serverbeheerder kan die aan mijn rol geven in de kanaalinstellingen (Machtigingen); voer daarna /linkedin-reminder pin opnieuw uit.',
    scopeTitle: (scope) => `Ik mis hier de machtiging ${scope}.`,
    scopeLine: (scope) =>
      `Een workspacebeheerder kan de scope ${scope} aan de Slack-app toevoegen en de app opnieuw in de workspace installeren; voer daarna /linkedin-reminder pin opnieuw uit.`,
    notAllowedTitle: 'Ik mag in dit kanaal niets plaatsen of vastzetten.',
    slackReason: (reason) => `De reden van Slack: ${reason}.`,
    slackReasons: {
      'pin-limit': 'het kanaal heeft zijn limiet voor vastgezette berichten bereikt',
      'channel-archived': 'het kanaal is gearchiveerd',
      'workspace-setting': 'een instelling van de workspace verbiedt het',
      'app-uninstalled': 'de app is niet meer geïnstalleerd in deze workspace',
    },
    notAllowedLine:
      'Een workspacebeheerder kan de app opnieuw installeren met de scopes chat:write en pins:write, of apps toestaan in dit kanaal te posten.',
    inviteTitle: (handle) => `Nodig me eerst uit: typ /invite @${handle} in dit kanaal.`,
    thenPinAgain: 'Voer daarna /linkedin-reminder pin opnieuw uit.',
    cannotSeeTitle: 'Ik kan dit kanaal niet zien of er niet in posten.',
    cannotSeeLine:
      'Geef mijn rol hier View Channel, Send Messages en Pin Messages, en voer daarna /linkedin-reminder pin opnieuw uit.',
    cannotFindTitle: 'Ik kan dit kanaal of het herinneringsbericht niet vinden.',
    cannotFindLine: (handle) =>
      `Is het kanaal privé, nodig me dan uit met /invite @${handle}; voer daarna /linkedin-reminder pin opnieuw uit.`,
    goneTitle: 'Het kanaal of het herinneringsbericht bestaat niet meer.',
    goneLine: 'Voer /linkedin-reminder pin opnieuw uit om een nieuwe te plaatsen.',
    slowDownTitle: (platform) => `${platform} vroeg me het rustiger aan te doen.`,
    waitMinutes: (n) => `Probeer het over ${n} minuten opnieuw; er is niets verloren gegaan.`,
    waitAMinute: 'Probeer het over een minuut opnieuw; er is niets verloren gegaan.',
    notAnsweringTitle: (platform) => `${platform} antwoordt niet; probeer het zo opnieuw.`,
    runAgainLine: 'Voer de opdracht over een minuut opnieuw uit.',
    theBot: 'de bot',
  },
  'pt-BR': {
    named: (name) => `#${name}`,
    here: PT_HERE,
    notScheduled: 'não programado',
    scheduleNone: 'Programação: nenhuma (adicione every:weekly ou every:monthly para republicá-lo)',
    scheduleName: { weekly: 'toda semana', monthly: 'todo mês' },
    scheduleEvery: (schedule, next) => `Programação: republicado ${schedule}; próxima publicação ${next}`,
    confirmationsSoFar: (n) => `Confirmações até agora: ${n}`,
    confirmations: (n) => `Confirmações: ${n}`,
    pinnedSince: (when) => `Fixado desde: ${when}`,
    factsCurrent: 'Fatos: atualizados',
    factsUpdating: 'Fatos: uma atualização da mensagem fixada está a caminho',
    pinnedTitle: (where) => `Lembrete fixado ${em(where)}.`,
    pinnedIntro:
      'Os membros podem clicar em "Já desativei" para serem contados; a mensagem se mantém atualizada quando os fatos mudam.',
    refreshedTitle: (where) => `Lembrete atualizado ${em(where)}.`,
    refreshedIntro:
      'Ele já estava fixado: atualizei no próprio lugar, então continua havendo um só lembrete fixado.',
    busyTitle: 'Já estou atualizando o lembrete deste canal.',
    tryInAMinute: 'Tente de novo em um minuto.',
    unpinnedTitle: (where) => `Lembrete desafixado ${em(where)}.`,
    unpinnedIntro: 'A mensagem continua no histórico do canal, mas não está mais fixada.',
    unpinnedStoppedIntro:
      'A programação também foi parada. A mensagem continua no histórico do canal, mas não está mais fixada.',
    forgottenTitle: (where) => `Lembrete removido ${de(where)}.`,
    forgottenIntro:
      'Não consegui mais acessar a mensagem, então não havia nada para desafixar. Qualquer programação foi parada.',
    unpinRefused: [
      'Parei a programação, mas a mensagem continua fixada.',
      'Desafixe-a manualmente, ou execute /linkedin-reminder unpin de novo quando eu tiver a permissão.',
    ],
    notPinnedTitle: (where) => `Nenhum lembrete está fixado ${em(where)}.`,
    notPinnedIntro:
      'Um moderador pode fixar um com /linkedin-reminder pin (adicione every:monthly para republicá-lo todo mês).',
    pendingTitle: (where) => `O lembrete ${de(where)} ainda não foi fixado.`,
    pendingIntro:
      'A última tentativa de fixá-lo falhou. Execute /linkedin-reminder pin de novo: a mesma mensagem é reaproveitada.',
    alreadyCountedTitle: 'Sua confirmação já tinha sido contada. Obrigado!',
    alreadyCountedIntro: (n) =>
      `${n} ${n === 1 ? 'membro deste canal desativou' : 'membros deste canal desativaram'}. Cada pessoa conta uma vez.`,
    countedTitle: 'Obrigado! Sua confirmação foi contada.',
    firstIntro: 'Ninguém neste canal tinha desativado antes de você.',
    othersIntro: (n) => `Você e ${n === 1 ? 'mais 1 pessoa' : `mais ${n} pessoas`} deste canal desativaram.`,
    inactiveTitle: 'Obrigado por desativar!',
    inactiveIntro: 'Este lembrete não está mais ativo aqui, então não consegui incluir você na contagem.',
    noChannelTitle: 'Lembretes ficam em um canal de servidor ou de workspace.',
    noChannelIntro:
      'Execute /linkedin-reminder pin no canal onde ele deve ficar, não em uma mensagem direta.',
    internalTitle: 'Algo deu errado do meu lado.',
    internalLine: 'Tente de novo em um minuto. Se continuar falhando, avise quem administra este bot.',
    pinLimitDiscord: 'Esse canal já tem 250 mensagens fixadas (o limite do Discord).',
    pinLimitSlack: 'Esse canal já tem mensagens fixadas demais.',
    pinLimitLine: 'Desafixe uma mensagem mais antiga e execute /linkedin-reminder pin de novo.',
    permissionTitle: (permission) => `Preciso da permissão "${permission}" neste canal.`,
    permissionLine:
      'Um admin do servidor pode concedê-la ao meu cargo nas configurações do canal (Permissões); depois execute /linkedin-reminder pin de novo.',
    scopeTitle: (scope) => `Está faltando a permissão ${scope} aqui.`,
    scopeLine: (scope) =>
      `Um admin do workspace pode adicionar o escopo ${scope} ao app do Slack e reinstalar o app no workspace; depois execute /linkedin-reminder pin de novo.`,
    notAllowedTitle: 'Não tenho permissão para publicar ou fixar neste canal.',
    slackReason: (reason) => `Motivo do Slack: ${reason}.`,
    slackReasons: {
      'pin-limit': 'o canal atingiu o limite de mensagens fixadas',
      'channel-archived': 'o canal está arquivado',
      'workspace-setting': 'uma configuração do workspace proíbe isso',
      'app-uninstalled': 'o app não está mais instalado neste workspace',
    },
    notAllowedLine:
      'Um admin do workspace pode reinstalar o app com os escopos chat:write e pins:write, ou permitir que apps publiquem neste canal.',
    inviteTitle: (handle) => `Primeiro me convide: digite /invite @${handle} neste canal.`,
    thenPinAgain: 'Depois execute /linkedin-reminder pin de novo.',
    cannotSeeTitle: 'Não consigo ver este canal ou publicar nele.',
    cannotSeeLine:
      'Dê ao meu cargo View Channel, Send Messages e Pin Messages aqui, depois execute /linkedin-reminder pin de novo.',
    cannotFindTitle: 'Não encontro este canal ou a mensagem do lembrete.',
    cannotFindLine: (handle) =>
      `Se o canal for privado, me convide com /invite @${handle}; depois execute /linkedin-reminder pin de novo.`,
    goneTitle: 'O canal ou a mensagem do lembrete não existe mais.',
    goneLine: 'Execute /linkedin-reminder pin de novo para publicar um novo.',
    slowDownTitle: (platform) => `O ${platform} me pediu para ir mais devagar.`,
    waitMinutes: (n) => `Tente de novo em ${n} minutos; nada foi perdido.`,
    waitAMinute: 'Tente de novo em um minuto; nada foi perdido.',
    notAnsweringTitle: (platform) => `O ${platform} não está respondendo; tente de novo daqui a pouco.`,
    runAgainLine: 'Execute o comando de novo em um minuto.',
    theBot: 'o bot',
  },
  es: {
    named: (name) => `#${name}`,
    here: 'este canal',
    notScheduled: 'sin programar',
    scheduleNone: 'Programación: ninguna (añade every:weekly o every:monthly para volver a publicarlo)',
    scheduleName: { weekly: 'cada semana', monthly: 'cada mes' },
    scheduleEvery: (schedule, next) =>
      `Programación: se vuelve a publicar ${schedule}; próxima publicación ${next}`,
    confirmationsSoFar: (n) => `Confirmaciones hasta ahora: ${n}`,
    confirmations: (n) => `Confirmaciones: ${n}`,
    pinnedSince: (when) => `Fijado desde: ${when}`,
    factsCurrent: 'Datos: al día',
    factsUpdating: 'Datos: hay una actualización en camino para el mensaje fijado',
    pinnedTitle: (where) => `Recordatorio fijado en ${where}.`,
    pinnedIntro:
      'Los miembros pueden hacer clic en "Ya lo he desactivado" para contar; el mensaje se mantiene al día cuando cambian los datos.',
    refreshedTitle: (where) => `Recordatorio actualizado en ${where}.`,
    refreshedIntro:
      'Ya estaba fijado: lo he actualizado en su sitio, así que sigue habiendo un solo recordatorio fijado.',
    busyTitle: 'Ya estoy actualizando el recordatorio de este canal.',
    tryInAMinute: 'Inténtalo de nuevo en un minuto.',
    unpinnedTitle: (where) => `Recordatorio desfijado en ${where}.`,
    unpinnedIntro: 'El mensaje sigue en el historial del canal, ya sin fijar.',
    unpinnedStoppedIntro:
      'Su programación también se ha detenido. El mensaje sigue en el historial del canal, ya sin fijar.',
    forgottenTitle: (where) => `Recordatorio eliminado de ${where}.`,
    forgottenIntro:
      'Ya no podía acceder al mensaje, así que no quedaba nada que desfijar. Cualquier programación se ha detenido.',
    unpinRefused: [
      'He detenido la programación, pero el mensaje sigue fijado.',
      'Desfíjalo a mano, o vuelve a ejecutar /linkedin-reminder unpin cuando tenga el permiso.',
    ],
    notPinnedTitle: (where) => `No hay ningún recordatorio fijado en ${where}.`,
    notPinnedIntro:
      'Un moderador puede fijar uno con /linkedin-reminder pin (añade every:monthly para volver a publicarlo cada mes).',
    pendingTitle: (where) => `El recordatorio de ${where} aún no está fijado.`,
    pendingIntro:
      'El último intento de fijarlo falló. Vuelve a ejecutar /linkedin-reminder pin: reutiliza el mismo mensaje.',
    alreadyCountedTitle: 'Tu confirmación ya estaba contada. ¡Gracias!',
    alreadyCountedIntro: (n) =>
      `${n} ${n === 1 ? 'miembro de este canal lo ha desactivado' : 'miembros de este canal lo han desactivado'}. Cada persona cuenta una vez.`,
    countedTitle: '¡Gracias! Tu confirmación ya cuenta.',
    firstIntro: 'Nadie en este canal lo había desactivado antes que tú.',
    othersIntro: (n) =>
      `Tú y ${n} ${n === 1 ? 'persona más' : 'personas más'} de este canal lo habéis desactivado.`,
    inactiveTitle: '¡Gracias por desactivarlo!',
    inactiveIntro: 'Este recordatorio ya no está activo aquí, así que no he podido sumarte al recuento.',
    noChannelTitle: 'Los recordatorios viven en un canal de servidor o de espacio de trabajo.',
    noChannelIntro:
      'Ejecuta /linkedin-reminder pin en el canal donde debe quedarse, no en un mensaje directo.',
    internalTitle: 'Algo ha fallado por mi parte.',
    internalLine: 'Inténtalo de nuevo en un minuto. Si sigue fallando, avisa a quien gestiona este bot.',
    pinLimitDiscord: 'Ese canal ya tiene 250 mensajes fijados (el límite de Discord).',
    pinLimitSlack: 'Ese canal ya tiene demasiados mensajes fijados.',
    pinLimitLine: 'Desfija un mensaje más antiguo y vuelve a ejecutar /linkedin-reminder pin.',
    permissionTitle: (permission) => `Necesito el permiso "${permission}" en este canal.`,
    permissionLine:
      'Un administrador del servidor puede dárselo a mi rol en los ajustes del canal (Permisos); después vuelve a ejecutar /linkedin-reminder pin.',
    scopeTitle: (scope) => `Aquí me falta el permiso ${scope}.`,
    scopeLine: (scope) =>
      `Un administrador del espacio de trabajo puede añadir el scope ${scope} a la app de Slack y reinstalarla en el espacio de trabajo; después vuelve a ejecutar /linkedin-reminder pin.`,
    notAllowedTitle: 'No puedo publicar ni fijar mensajes en este canal.',
    slackReason: (reason) => `Motivo de Slack: ${reason}.`,
    slackReasons: {
      'pin-limit': 'el canal ha alcanzado su límite de mensajes fijados',
      'channel-archived': 'el canal está archivado',
      'workspace-setting': 'un ajuste del espacio de trabajo lo prohíbe',
      'app-uninstalled': 'la app ya no está instalada en este espacio de trabajo',
    },
    notAllowedLine:
      'Un administrador del espacio de trabajo puede reinstalar la app con los scopes chat:write y pins:write, o permitir que las apps publiquen en este canal.',
    inviteTitle: (handle) => `Invítame primero: escribe /invite @${handle} en este canal.`,
    thenPinAgain: 'Después vuelve a ejecutar /linkedin-reminder pin.',
    cannotSeeTitle: 'No puedo ver este canal ni publicar en él.',
    cannotSeeLine:
      'Da a mi rol View Channel, Send Messages y Pin Messages aquí, y después vuelve a ejecutar /linkedin-reminder pin.',
    cannotFindTitle: 'No encuentro este canal ni el mensaje del recordatorio.',
    cannotFindLine: (handle) =>
      `Si el canal es privado, invítame con /invite @${handle}; después vuelve a ejecutar /linkedin-reminder pin.`,
    goneTitle: 'El canal o el mensaje del recordatorio ya no existe.',
    goneLine: 'Vuelve a ejecutar /linkedin-reminder pin para publicar uno nuevo.',
    slowDownTitle: (platform) => `${platform} me ha pedido que vaya más despacio.`,
    waitMinutes: (n) => `Inténtalo de nuevo dentro de ${n} minutos; no se ha perdido nada.`,
    waitAMinute: 'Inténtalo de nuevo en un minuto; no se ha perdido nada.',
    notAnsweringTitle: (platform) => `${platform} no responde; inténtalo de nuevo en breve.`,
    runAgainLine: 'Vuelve a ejecutar el comando en un minuto.',
    theBot: 'el bot',
  },
  pl: {
    named: (name) => `kanale #${name}`,
    here: 'tym kanale',
    notScheduled: 'niezaplanowane',
    scheduleNone: 'Harmonogram: brak (dodaj every:weekly lub every:monthly, aby publikować je ponownie)',
    scheduleName: { weekly: 'co tydzień', monthly: 'co miesiąc' },
    scheduleEvery: (schedule, next) =>
      `Harmonogram: publikowane ponownie ${schedule}; następna publikacja ${next}`,
    confirmationsSoFar: (n) => `Dotychczasowe potwierdzenia: ${n}`,
    confirmations: (n) => `Potwierdzenia: ${n}`,
    pinnedSince: (when) => `Przypięte od: ${when}`,
    factsCurrent: 'Fakty: aktualne',
    factsUpdating: 'Fakty: aktualizacja przypiętej wiadomości jest w drodze',
    pinnedTitle: (where) => `Przypomnienie przypięte na ${where}.`,
    pinnedIntro:
      'Członkowie mogą kliknąć „Wyłączyłem/wyłączyłam to”, aby zostać policzeni; wiadomość pozostaje aktualna, gdy zmieniają się fakty.',
    refreshedTitle: (where) => `Przypomnienie zaktualizowane na ${where}.`,
    refreshedIntro:
      'Było już przypięte: zaktualizowałem je na miejscu, więc nadal jest jedno przypięte przypomnienie.',
    busyTitle: 'Już aktualizuję przypomnienie na tym kanale.',
    tryInAMinute: 'Spróbuj ponownie za minutę.',
    unpinnedTitle: (where) => `Przypomnienie odpięte na ${where}.`,
    unpinnedIntro: 'Wiadomość zostaje w historii kanału, ale nie jest już przypięta.',
    unpinnedStoppedIntro:
      'Jego harmonogram też został zatrzymany. Wiadomość zostaje w historii kanału, ale nie jest już przypięta.',
    forgottenTitle: (where) => `Przypomnienie usunięte na ${where}.`,
    forgottenIntro:
      'Nie mogłem już dotrzeć do wiadomości, więc nie było czego odpiąć. Każdy harmonogram został zatrzymany.',
    unpinRefused: [
      'Zatrzymałem harmonogram, ale wiadomość jest nadal przypięta.',
      'Odepnij ją ręcznie albo uruchom ponownie /linkedin-reminder unpin, gdy dostanę uprawnienie.',
    ],
    notPinnedTitle: (where) => `Na ${where} nie ma przypiętego przypomnienia.`,
    notPinnedIntro:
      'Moderator może je przypiąć poleceniem /linkedin-reminder pin (dodaj every:monthly, aby publikować je co miesiąc).',
    pendingTitle: (where) => `Przypomnienie na ${where} nie jest jeszcze przypięte.`,
    pendingIntro:
      'Ostatnia próba przypięcia się nie udała. Uruchom ponownie /linkedin-reminder pin: użyje tej samej wiadomości.',
    alreadyCountedTitle: 'Twoje potwierdzenie było już policzone. Dziękuję!',
    alreadyCountedIntro: (n) =>
      `${n} ${plForm(n, 'członek tego kanału wyłączył', 'członków tego kanału wyłączyło', 'członków tego kanału wyłączyło')} to ustawienie. Każda osoba liczy się raz.`,
    countedTitle: 'Dziękuję! Twoje potwierdzenie zostało policzone.',
    firstIntro: 'Jesteś pierwszą osobą na tym kanale, która to wyłączyła.',
    othersIntro: (n) =>
      `Ty i ${n} ${plForm(n, 'inna osoba', 'inne osoby', 'innych osób')} na tym kanale wyłączyliście to.`,
    inactiveTitle: 'Dziękuję za wyłączenie!',
    inactiveIntro: 'To przypomnienie nie jest tu już aktywne, więc nie mogłem dodać Cię do licznika.',
    noChannelTitle: 'Przypomnienia działają na kanale serwera lub przestrzeni roboczej.',
    noChannelIntro:
      'Uruchom /linkedin-reminder pin na kanale, na którym ma zostać, a nie w wiadomości prywatnej.',
    internalTitle: 'Coś poszło nie tak po mojej stronie.',
    internalLine:
      'Spróbuj ponownie za minutę. Jeśli nadal nie działa, powiadom osobę, która prowadzi tego bota.',
    pinLimitDiscord: 'Ten kanał ma już 250 przypiętych wiadomości (limit Discorda).',
    pinLimitSlack: 'Ten kanał ma już za dużo przypiętych wiadomości.',
    pinLimitLine: 'Odepnij starszą wiadomość, a potem uruchom ponownie /linkedin-reminder pin.',
    permissionTitle: (permission) => `Potrzebuję na tym kanale uprawnienia „${permission}”.`,
    permissionLine:
      'Administrator serwera może je nadać mojej roli w ustawieniach kanału (Uprawnienia); potem uruchom ponownie /linkedin-reminder pin.',
    scopeTitle: (scope) => `Brakuje mi tutaj uprawnienia ${scope}.`,
    scopeLine: (scope) =>
      `Administrator przestrzeni roboczej może dodać zakres ${scope} do aplikacji Slack i zainstalować ją ponownie; potem uruchom ponownie /linkedin-reminder pin.`,
    notAllowedTitle: 'Nie mogę publikować ani przypinać na tym kanale.',
    slackReason: (reason) => `Powód podany przez Slacka: ${reason}.`,
    slackReasons: {
      'pin-limit': 'kanał osiągnął limit przypiętych wiadomości',
      'channel-archived': 'kanał jest zarchiwizowany',
      'workspace-setting': 'zabrania tego ustawienie przestrzeni roboczej',
      'app-uninstalled': 'aplikacja nie jest już zainstalowana w tej przestrzeni roboczej',
    },
    notAllowedLine:
      'Administrator przestrzeni roboczej może zainstalować aplikację ponownie z zakresami chat:write i pins:write albo pozwolić aplikacjom publikować na tym kanale.',
    inviteTitle: (handle) => `Najpierw mnie zaproś: wpisz /invite @${handle} na tym kanale.`,
    thenPinAgain: 'Potem uruchom ponownie /linkedin-reminder pin.',
    cannotSeeTitle: 'Nie widzę tego kanału albo nie mogę na nim publikować.',
    cannotSeeLine:
      'Nadaj tu mojej roli View Channel, Send Messages i Pin Messages, a potem uruchom ponownie /linkedin-reminder pin.',
    cannotFindTitle: 'Nie mogę znaleźć tego kanału ani wiadomości z przypomnieniem.',
    cannotFindLine: (handle) =>
      `Jeśli kanał jest prywatny, zaproś mnie przez /invite @${handle}; potem uruchom ponownie /linkedin-reminder pin.`,
    goneTitle: 'Kanału lub wiadomości z przypomnieniem już nie ma.',
    goneLine: 'Uruchom ponownie /linkedin-reminder pin, aby opublikować nowe.',
    slowDownTitle: (platform) => `${platform} poprosił mnie, żebym zwolnił.`,
    waitMinutes: (n) =>
      `Spróbuj ponownie za ${n} ${plForm(n, 'minutę', 'minuty', 'minut')}; nic nie przepadło.`,
    waitAMinute: 'Spróbuj ponownie za minutę; nic nie przepadło.',
    notAnsweringTitle: (platform) => `${platform} nie odpowiada; spróbuj za chwilę.`,
    runAgainLine: 'Uruchom polecenie ponownie za minutę.',
    theBot: 'bot',
  },
};

export function presenterWords(locale: Locale | undefined): PresenterWords {
  return (locale && PRESENTER_WORDS[locale]) || en;
}
