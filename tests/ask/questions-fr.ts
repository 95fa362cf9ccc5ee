// French evaluation set for `/linkedin-ai ask`, written the way people type in a French-speaking server or
// workspace (France, Belgium, Switzerland, Quebec: lowercase, missing accents, slang, typos), independently of
// the content's ask examples: do not copy these into src/content/fr.ts. They are the tuning part;
// the held-out part is held-out-<locale>.ts.
import type { OnTopic } from './questions.js';

type Question = OnTopic | { q: string; expect: null };

const all: readonly Question[] = [
  { q: "comment je fais pour que linkedin arrete d'entrainer son ia avec mes trucs", expect: 'overview' },
  { q: "je veux refuser que linkedin utilise mes données pour l'IA, comment faire ?", expect: 'overview' },
  { q: 'desactiver ia linkedin comment', expect: 'overview' },
  { q: 'où trouver le réglage sur le site linkedin depuis mon ordi', expect: 'desktop' },
  { q: 'les étapes sur chrome avec mon macbook svp', expect: 'desktop' },
  { q: 'sur pc je vois pas le menu confidentialité des données, il est où', expect: 'desktop' },
  { q: 'comment je le désactive sur mon iphone', expect: 'mobile' },
  { q: "étapes pour l'appli android stp", expect: 'mobile' },
  { q: "j'utilise linkedin seulement sur mon cell, c'est où l'option ?", expect: 'mobile' },
  { q: 'balance juste le lien vers le bouton', expect: 'link' },
  { q: "t'as un lien direct que je peux partager à mon équipe ?", expect: 'link' },
  { q: "comment je remplis le formulaire d'opposition au traitement", expect: 'objection-form' },
  { q: "je veux exercer mon droit d'opposition rgpd contre linkedin", expect: 'objection-form' },
  { q: 'comment empecher linkedin de filer mes infos à microsoft pour la pub', expect: 'ads-sharing' },
  { q: 'désactiver la pub ciblée faite avec mes données linkedin', expect: 'ads-sharing' },
  { q: "quel genre de données ils utilisent vraiment pour l'entrainement", expect: 'what-data' },
  { q: "mes publications et mes commentaires servent à entraîner l'ia ?", expect: 'what-data' },
  { q: 'ils utilisent ma photo et mon expérience pro ?', expect: 'what-data' },
  { q: 'ils utilisent mes DM ?', expect: 'not-used' },
  { q: "l'ia lit mes messages privés ?", expect: 'not-used' },
  // The under-18 fact is in both not-used and privacy.
  {
    q: 'ma fille a 15 ans et un compte linkedin, ses données sont utilisées ?',
    expect: ['not-used', 'privacy'],
  },
  { q: "c'était activé par défaut pour tout le monde ?", expect: 'default' },
  { q: "j'ai jamais donné mon consentement, pourquoi c'est activé", expect: 'default' },
  { q: 'si je désactive, ils effacent ce qui a déjà été entraîné ?', expect: 'opt-out-effect' },
  { q: 'que se passe-t-il une fois le bouton désactivé', expect: 'opt-out-effect' },
  { q: "le réglage couvre aussi l'algorithme du fil d'actu ?", expect: 'other-ai' },
  { q: "ils vont continuer à utiliser l'ia pour les recommandations après ?", expect: 'other-ai' },
  { q: "ils anonymisent mes données avant l'entraînement ?", expect: 'privacy' },
  { q: "les noms sont masqués dans les données d'entraînement ?", expect: 'privacy' },
  { q: "j'habite en belgique, ça me concerne ?", expect: 'regions' },
  { q: "l'ue est exclue de l'entraînement de l'ia ou pas", expect: 'regions' },
  { q: "je suis au québec, est-ce que c'est suspendu ici", expect: 'regions' },
  { q: 'ça a commencé quand tout ça', expect: 'timeline' },
  { q: 'les dates importantes svp', expect: 'timeline' },
  { q: 'microsoft entraîne sa propre ia avec les posts linkedin ?', expect: 'microsoft' },
  { q: 'mes données partent chez copilot ?', expect: 'microsoft' },
  { q: 'comment télécharger toutes mes données linkedin', expect: 'get-copy' },
  { q: "combien de temps avant de recevoir l'archive de mes données", expect: 'get-copy' },
  { q: "pourquoi c'est important au fond", expect: 'why' },
  { q: 'pourquoi les gens sont si remontés contre ça', expect: 'why' },
  { q: 'faut refaire le opt out tous les 60 jours ?', expect: 'myths' },
  { q: "un pote dit que ça se réinitialise au bout de deux mois, c'est vrai", expect: 'myths' },
  { q: 'y a pas eu un procès à cause des inmail ?', expect: ['myths', 'timeline'] },
  // Off-topic: the bot must not pretend to answer these.
  { q: 'comment supprimer mon compte facebook', expect: null },
  { q: 'écris-moi une lettre de motivation', expect: null },
  { q: 'quel temps fera-t-il demain à paris', expect: null },
  { q: "comment avoir plus d'abonnés sur linkedin", expect: null },
  { q: 'raconte-moi une blague', expect: null },
  // Added on 2026-11-30 for tuning: requests about other LinkedIn features and other apps.
  { q: 'comment changer ma photo de profil linkedin', expect: null },
  { q: 'comment désactiver mon compte instagram', expect: null },
  { q: 'linkedin premium ça vaut le coup ?', expect: null },
  { q: 'comment dresser mon chien', expect: null },
  { q: 'rédige-moi un post pour mon anniversaire de boîte', expect: null },
  { q: "j'ai oublié mon mot de passe linkedin", expect: null },
  { q: 'comment arrêter les e-mails de linkedin', expect: null },
];

/** All of them: the third that was held out until 2026-11-30 had been looked at; held-out-<locale>.ts replaces it. */
export const tuning: readonly Question[] = all;
