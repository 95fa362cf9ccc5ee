// German evaluation set for `/linkedin-ai ask`, written the way people type in a German-speaking server or
// workspace (lowercase, colloquial, typos, English loanwords), independently of the content's ask examples:
// do not copy these into src/content/de.ts. They are the tuning part; the held-out
// part is held-out-<locale>.ts.
import type { OnTopic } from './questions.js';

type Question = OnTopic | { q: string; expect: null };

const all: readonly Question[] = [
  { q: 'wie kann ich bei linkedin dem ki-training widersprechen', expect: 'overview' },
  { q: 'linkedin soll aufhören meine daten für KI zu nehmen, was tun?', expect: 'overview' },
  { q: 'ki training abschalten wie', expect: 'overview' },
  { q: 'wo finde ich das auf der linkedin website am pc', expect: 'desktop' },
  { q: 'anleitung für den browser am laptop bitte', expect: 'desktop' },
  { q: 'Einstellungen & Datenschutz finde ich am rechner nicht, wo ist das', expect: 'desktop' },
  { q: 'wie schalte ich das auf meinem iphone aus', expect: 'mobile' },
  { q: 'android app ausschalten schritte', expect: 'mobile' },
  { q: 'in der handy app wo ist die option', expect: 'mobile' },
  { q: 'schick mal den direkten link', expect: 'link' },
  { q: 'gibts ne url für die einstellung?', expect: 'link' },
  { q: 'wo ist das widerspruchsformular für die datenverarbeitung', expect: 'objection-form' },
  { q: 'widerspruch nach dsgvo gegen linkedin einlegen, wie geht das', expect: 'objection-form' },
  {
    q: 'wie stoppe ich dass linkedin meine daten für werbung an microsoft weitergibt',
    expect: 'ads-sharing',
  },
  { q: 'personalisierte anzeigen von microsoft abschalten', expect: 'ads-sharing' },
  { q: 'welche daten von mir werden eigentlich zum trainieren genommen', expect: 'what-data' },
  { q: 'werden meine posts und kommentare für die KI benutzt?', expect: 'what-data' },
  { q: 'nutzen die meinen lebenslauf', expect: 'what-data' },
  { q: 'lesen die meine privatnachrichten mit', expect: 'not-used' },
  { q: 'werden inmails für die ki verwendet', expect: 'not-used' },
  // The under-18 fact is in both not-used and privacy.
  { q: 'meine tochter ist 15, wird ihr profil genutzt', expect: ['not-used', 'privacy'] },
  { q: 'war das von anfang an automatisch aktiviert', expect: 'default' },
  { q: 'ich hab nie zugestimmt, wieso ist das an', expect: 'default' },
  { q: 'wenn ich es ausschalte, werden die schon trainierten daten gelöscht?', expect: 'opt-out-effect' },
  { q: 'was passiert nachdem ich den schalter umlege', expect: 'opt-out-effect' },
  { q: 'gilt der schalter auch für den feed algorithmus', expect: 'other-ai' },
  { q: 'wird ki weiter für spamerkennung auf meinem konto genutzt', expect: 'other-ai' },
  { q: 'werden meine daten vorm training anonymisiert', expect: 'privacy' },
  { q: 'wie schützt linkedin persönliche daten in den trainingsdaten', expect: 'privacy' },
  { q: 'ich wohne in österreich, betrifft mich das', expect: 'regions' },
  { q: 'gilt das jetzt auch in der EU trotz DSGVO', expect: 'regions' },
  { q: 'was hat die irische datenschutzbehörde dazu gesagt', expect: 'regions' },
  { q: 'seit wann läuft das alles', expect: 'timeline' },
  { q: 'was sind die wichtigsten daten und termine', expect: 'timeline' },
  { q: 'trainiert microsoft seine eigene ki mit linkedin beiträgen', expect: 'microsoft' },
  { q: 'landen meine daten bei copilot', expect: 'microsoft' },
  { q: 'wie kann ich alle meine linkedin daten runterladen', expect: 'get-copy' },
  { q: 'wie lange dauert es bis das datenarchiv kommt', expect: 'get-copy' },
  { q: 'warum ist das überhaupt wichtig', expect: 'why' },
  { q: 'lohnt sich der aufwand das auszuschalten', expect: 'why' },
  { q: 'muss man das wirklich alle 60 tage neu ausschalten?', expect: 'myths' },
  { q: 'stimmt es dass sich die einstellung nach zwei monaten zurücksetzt', expect: 'myths' },
  { q: 'gab es nicht eine klage wegen inmails', expect: ['myths', 'timeline'] },
  // Off-topic: the bot must not pretend to answer these.
  { q: 'wie lösche ich mein facebook konto', expect: null },
  { q: 'schreib mir ein anschreiben für eine bewerbung', expect: null },
  { q: 'wie wird das wetter morgen in berlin', expect: null },
  { q: 'wie bekomme ich mehr follower auf linkedin', expect: null },
  { q: 'erzähl mir einen witz', expect: null },
  // Added on 2026-11-30 for tuning: requests about other LinkedIn features and other apps.
  { q: 'wie ändere ich mein profilbild bei linkedin', expect: null },
  { q: 'wie deaktiviere ich mein facebook profil', expect: null },
  { q: 'lohnt sich linkedin premium', expect: null },
  { q: 'hilf mir, meinen hund zu trainieren', expect: null },
  { q: 'schreib einen beitrag über meine beförderung', expect: null },
  { q: 'wie ändere ich mein passwort', expect: null },
  { q: 'benachrichtigungen in der app abschalten', expect: null },
  // Held out until checkpoint 2 (2026-11-30), where they failed; tuning questions since.
  {
    q: 'wenn ich es jetzt ausschalte, wird das bisherige training rückgängig gemacht?',
    expect: ['opt-out-effect', 'myths'],
  },
  { q: 'woher hast du diese infos, gibt es quellen?', expect: 'sources' },
];

/** All of them: the third that was held out until 2026-11-30 had been looked at; held-out-<locale>.ts replaces it. */
export const tuning: readonly Question[] = all;
