// A fresh evaluation set, written on 2026-11-30 from the meaning of the topics and guides (src/content/*.ts
// and the `help` lists) by someone who had not read the analyser, the lexicons or any other question file.
// Nothing is tuned on it: it measures how well unseen questions are answered (docs/ASK.md, "Evaluation").
// If a question here fails and anything is changed for it, move it to a tuning file and say so.
// `expect` lists two ids where both answer the question equally well.
import type { Locale } from '../../src/content/types.js';
import type { EvalQuestion, OnTopic } from './eval-set.js';

/** English: direct messages as people type them, each with the id(s) that answer it. */
export const onTopic: readonly OnTopic[] = [
  // overview
  {
    q: "hi! my coworker said linkedin is using everyone's posts to train ai?? how do i make it stop",
    expect: ['overview', 'link'],
  },
  {
    q: "Good morning. Quick one: what's the fastest way to opt out of the linkedin AI training thing? I don't have much time today",
    expect: ['overview', 'link'],
  },
  // desktop
  {
    q: "Hey, I'm on my laptop in chrome right now. Where exactly in the settings do I find the AI data switch?",
    expect: 'desktop',
  },
  {
    q: 'im trying to turn off the generative ai thing on the linkedin website but cant find the data privacy menu. where do i click',
    expect: 'desktop',
  },
  {
    q: 'Helping my dad with his LinkedIn on his PC this weekend. What are the steps to switch the AI training setting off on a computer?',
    expect: 'desktop',
  },
  // mobile
  {
    q: 'how do i do this from the linkedin app on my iphone? i dont see a settings button anywhere',
    expect: 'mobile',
  },
  {
    q: 'hello bot, I only use LinkedIn on my android phone. can i turn off the ai training from inside the app?',
    expect: 'mobile',
  },
  {
    q: 'My wife uses linkedin on her samsung. can you walk me through disabling the AI data option on her phone',
    expect: 'mobile',
  },
  // link
  { q: 'is there a direct url to the ai training toggle? i just want the link pls', expect: 'link' },
  {
    q: 'Can you send me the link that goes straight to the generative AI data setting? I want to share it in our team chat.',
    expect: 'link',
  },
  // objection-form
  {
    q: "I already switched off the toggle, but I also want to object to LinkedIn using my data for its feed AI. I'm in Germany. Is there a form for that?",
    expect: ['objection-form', 'other-ai'],
  },
  { q: 'whats the data processing objection form and who is allowed to use it', expect: 'objection-form' },
  {
    q: "I'm in the UK. Beyond the setting, can I formally object to linkedin processing my data for AI? how?",
    expect: 'objection-form',
  },
  // ads-sharing
  {
    q: 'I keep getting creepy ads on bing that seem to know my job title. is linkedin sharing my info with microsoft for advertising? how do i stop that',
    expect: ['ads-sharing', 'microsoft'],
  },
  {
    q: 'is there a separate setting for ad data being shared? i turned off the ai one but want the ads thing off too',
    expect: 'ads-sharing',
  },
  { q: 'how do i stop linkedin personalising ads with my profile data', expect: 'ads-sharing' },
  // what-data
  {
    q: 'hey there, what exactly do they take for the AI? my posts? my profile pic? my comments?',
    expect: 'what-data',
  },
  {
    q: "Which of my information gets fed into linkedin's ai models? Asking for my small business page too",
    expect: 'what-data',
  },
  {
    q: 'does linkedin use my resume and the answers i gave to job screening questions for training its ai??',
    expect: 'what-data',
  },
  // not-used
  {
    q: 'are my private messages used for training? I talk to recruiters a lot in DMs',
    expect: ['not-used', 'myths'],
  },
  {
    q: 'My daughter is 16 and just made a LinkedIn profile. Will they train AI on her stuff?',
    expect: 'not-used',
  },
  { q: 'do they use my salary info or credit card details for the ai', expect: 'not-used' },
  // default
  { q: 'wait, was this switched on automatically? I never agreed to anything', expect: ['default', 'why'] },
  {
    q: 'Is the AI training setting on by default for everyone, or did I accidentally enable it myself?',
    expect: 'default',
  },
  // opt-out-effect
  {
    q: "If I turn it off now, will they delete what they've already trained on my data?",
    expect: ['opt-out-effect', 'myths'],
  },
  {
    q: 'what actually changes once i switch the toggle off? can i still use the ai writing assistant after?',
    expect: 'opt-out-effect',
  },
  {
    q: 'I have two linkedin accounts, one personal and one for work. does switching it off on one cover both?',
    expect: ['opt-out-effect', 'link'],
  },
  // other-ai
  { q: "does the toggle also stop linkedin's AI from recommending posts in my feed?", expect: 'other-ai' },
  {
    q: 'What about the recruiter AI, the hiring assistant thing that reads profiles? Does turning the setting off stop that too?',
    expect: 'other-ai',
  },
  // privacy
  {
    q: 'how does linkedin protect my personal data when training? do they anonymize it or anything?',
    expect: 'privacy',
  },
  {
    q: 'linkedin claims they minimise personal info in their training data. has anyone actually verified that',
    expect: 'privacy',
  },
  // regions
  {
    q: 'Hallo, I live in the Netherlands. Does this AI training even apply in Europe? I thought GDPR blocked it',
    expect: 'regions',
  },
  {
    q: "im in canada, is linkedin training on canadian members' data or was that paused?",
    expect: 'regions',
  },
  { q: 'does any of this apply to users in hong kong?', expect: 'regions' },
  // timeline
  {
    q: 'when did all this start? like what date did linkedin begin the ai training',
    expect: ['timeline', 'default'],
  },
  {
    q: 'can you give me a timeline of what happened with linkedin and ai training, the key dates',
    expect: 'timeline',
  },
  // microsoft
  { q: 'does microsoft get my linkedin posts to train copilot or their own AI?', expect: 'microsoft' },
  {
    q: "I'm in London. Someone said LinkedIn sends UK members' content to Microsoft for AI training, true? can I stop it?",
    expect: 'microsoft',
  },
  {
    q: "is openai involved in this? are linkedin's models from microsoft azure",
    expect: ['microsoft', 'privacy'],
  },
  // get-copy
  {
    q: 'how can i download all the data linkedin has on me? i want to see what they have',
    expect: 'get-copy',
  },
  { q: 'can I request my data archive from the app on my phone?', expect: 'get-copy' },
  // why
  { q: 'why is everyone so upset about this linkedin ai thing? seems overblown to me', expect: 'why' },
  {
    q: "Our comms team is asking why we should tell staff to switch this off. What's the big deal, in short?",
    expect: 'why',
  },
  // myths
  {
    q: 'My friend said you have to redo the opt-out every 60 days or it switches back on. Is that true?',
    expect: 'myths',
  },
  {
    q: "saw a post saying the irish regulator approved linkedin's AI training. fact or fake?",
    expect: ['myths', 'regions'],
  },
  // sources
  { q: 'where do you get your information from? are these official linkedin sources?', expect: 'sources' },
  { q: 'what sources is this bot based on and how recent are they', expect: 'sources' },
  // about
  { q: 'Do you store my questions? what do you keep about me, bot?', expect: 'about' },
  { q: "hey, when I click the 'I've turned it off' button, what do you record?", expect: 'about' },
  { q: 'Can this bot see my LinkedIn account or change the setting for me?', expect: 'about' },
];

/** English requests the bot must not answer, many sharing words with its subject. */
export const offTopic: readonly string[] = [
  'how do I turn off meta ai in instagram?',
  'does chatgpt train on my conversations? how do i opt out there',
  'any tips to make my linkedin profile stand out to recruiters for my job search?',
  'how much does linkedin premium cost per month?',
  'how do i delete my old facebook account',
  "hey bot, how's your day going? tell me something fun",
  'can you write a linkedin post announcing my new job?',
  'how do i turn off google gemini in gmail',
  'my cousin wants to close his linkedin account completely, how does he do that?',
  'whats the best time of day to post on linkedin for engagement',
  'how do I turn off read receipts on linkedin messages',
  'how do I stop getting so many linkedin email notifications',
  'can you help me train a machine learning model in python',
  'does microsoft teams record my meetings for ai? how to disable copilot in teams',
  "what's the weather in berlin tomorrow",
  'how do i change my linkedin profile picture on my phone',
  'is linkedin learning worth it for data science courses',
  'how do i stop x from using my tweets to train grok',
  'how do I remove a connection on linkedin without them knowing',
  'how do i hide my active status on linkedin',
];

/** Every other locale: 8 on-topic questions and 3 off-topic ones (`expect: null`), as a native speaker types. */
export const otherLocales: Readonly<Record<Exclude<Locale, 'en'>, readonly EvalQuestion[]>> = {
  de: [
    {
      q: 'Hallo! Wie schalte ich das KI-Training von LinkedIn in der App auf dem Handy aus?',
      expect: 'mobile',
    },
    {
      q: 'Welche Daten von mir nutzt LinkedIn eigentlich für die KI? Auch meine Kommentare?',
      expect: 'what-data',
    },
    { q: 'Kurze Frage: werden meine privaten Nachrichten fürs Training verwendet?', expect: 'not-used' },
    {
      q: 'Wenn ich das jetzt abschalte, wird das, was schon trainiert wurde, dann gelöscht?',
      expect: ['opt-out-effect', 'myths'],
    },
    { q: 'Ich wohne in Deutschland. Gilt das überhaupt in der EU, und seit wann?', expect: 'regions' },
    {
      q: 'Gibt es ein Formular, um der Verarbeitung meiner Daten für andere KI-Zwecke zu widersprechen?',
      expect: 'objection-form',
    },
    { q: 'Was speicherst du eigentlich über mich?', expect: 'about' },
    {
      q: 'Bekommt Microsoft meine LinkedIn-Beiträge, um seine eigene KI zu trainieren?',
      expect: 'microsoft',
    },
    { q: 'Wie kann ich bei WhatsApp die Meta KI ausschalten?', expect: null },
    { q: 'Schreib mir bitte ein Anschreiben für eine Bewerbung als Projektleiter', expect: null },
    { q: 'Was kostet LinkedIn Premium im Monat?', expect: null },
  ],
  fr: [
    {
      q: "Bonjour, comment désactiver l'entraînement de l'IA sur LinkedIn depuis mon ordinateur ?",
      expect: 'desktop',
    },
    { q: "C'etait activé par défaut ?? je n'ai jamais donné mon accord", expect: ['default', 'why'] },
    { q: 'Vous avez le lien direct vers le paramètre svp ?', expect: 'link' },
    {
      q: "Est-ce que LinkedIn partage mes données avec Microsoft pour la pub ? Comment j'arrête ça",
      expect: ['ads-sharing', 'microsoft'],
    },
    { q: 'Mon fils a 16 ans. Est-ce que ses données servent à entraîner leur IA ?', expect: 'not-used' },
    { q: "Pourquoi tout le monde s'inquiète autant de ce réglage ?", expect: 'why' },
    { q: "Quelles sont tes sources ? C'est officiel ?", expect: 'sources' },
    {
      q: "Le réglage couvre aussi l'IA qui choisit ce que je vois dans mon fil d'actualité ?",
      expect: 'other-ai',
    },
    { q: 'Comment désactiver Copilot dans Windows 11 ?', expect: null },
    { q: 'Donne-moi des conseils pour trouver un emploi grâce à LinkedIn', expect: null },
    { q: 'Quel temps fera-t-il à Paris demain ?', expect: null },
  ],
  it: [
    {
      q: "Ciao, come faccio a disattivare l'addestramento dell'IA di LinkedIn dal telefono?",
      expect: 'mobile',
    },
    { q: "Quali dati miei usano per addestrare l'intelligenza artificiale?", expect: 'what-data' },
    { q: 'Come posso scaricare una copia dei miei dati da LinkedIn?', expect: 'get-copy' },
    { q: 'Quando è iniziato tutto questo? Mi servono le date principali', expect: 'timeline' },
    { q: 'È vero che bisogna ripetere la disattivazione ogni 60 giorni?', expect: 'myths' },
    { q: 'Come protegge LinkedIn i dati personali quando addestra i modelli?', expect: 'privacy' },
    { q: "Vivo in Italia, l'addestramento vale anche per l'UE?", expect: 'regions' },
    { q: 'Questo bot registra le mie domande?', expect: 'about' },
    { q: 'Come si disattiva Meta AI su Instagram?', expect: null },
    { q: 'Scrivimi un post per LinkedIn sulla mia promozione', expect: null },
    { q: 'Come cancello il mio account Facebook?', expect: null },
  ],
  nl: [
    { q: 'Hoi, hoe zet ik de AI-training van LinkedIn uit op mijn laptop?', expect: 'desktop' },
    { q: 'Worden mijn privéberichten gebruikt om AI te trainen?', expect: 'not-used' },
    { q: 'Stond dit standaard aan? Ik heb nooit toestemming gegeven', expect: ['default', 'why'] },
    {
      q: 'De AP zei dat we het voor november moesten uitzetten, klopt dat?',
      expect: ['regions', 'timeline'],
    },
    {
      q: 'Wat gebeurt er als ik de instelling uitzet? Wordt eerdere training ongedaan gemaakt?',
      expect: 'opt-out-effect',
    },
    { q: 'Is er een directe link naar de instelling?', expect: 'link' },
    {
      q: 'Deelt LinkedIn mijn gegevens met Microsoft voor advertenties?',
      expect: ['ads-sharing', 'microsoft'],
    },
    { q: 'Waar haal je je informatie vandaan?', expect: 'sources' },
    { q: 'Hoe zet ik Gemini uit in Gmail?', expect: null },
    { q: 'Wat kost LinkedIn Premium per maand?', expect: null },
    { q: 'Vertel me een grap', expect: null },
  ],
  'pt-BR': [
    { q: 'Oi, como desativo o treinamento de IA do LinkedIn no celular?', expect: 'mobile' },
    { q: 'O LinkedIn usa minhas mensagens privadas pra treinar IA?', expect: 'not-used' },
    { q: 'Quais dados meus eles usam no treinamento?', expect: 'what-data' },
    {
      q: 'Se eu desligar agora eles apagam o que ja treinaram com meus dados?',
      expect: ['opt-out-effect', 'myths'],
    },
    { q: 'Por que o pessoal ta tão preocupado com isso?', expect: 'why' },
    { q: 'A Microsoft recebe meus posts do LinkedIn pra treinar a IA dela?', expect: 'microsoft' },
    {
      q: 'Existe algum formulário pra me opor ao uso dos meus dados em outras IAs?',
      expect: 'objection-form',
    },
    { q: 'Vc guarda alguma coisa sobre mim?', expect: 'about' },
    { q: 'Como desativo a Meta AI no WhatsApp?', expect: null },
    { q: 'Me dá dicas pra conseguir emprego pelo LinkedIn', expect: null },
    { q: 'Quanto custa o LinkedIn Premium?', expect: null },
  ],
  es: [
    {
      q: 'Hola, ¿cómo hago para que LinkedIn no use mis datos para entrenar la IA desde el ordenador?',
      expect: 'desktop',
    },
    { q: 'Esto venia activado por defecto? Yo nunca acepté nada', expect: ['default', 'why'] },
    { q: '¿Cómo descargo una copia de mis datos de LinkedIn?', expect: 'get-copy' },
    { q: '¿Cuáles son las fechas importantes de todo esto?', expect: 'timeline' },
    { q: '¿El ajuste también cubre la IA de seguridad y la de recomendaciones?', expect: 'other-ai' },
    { q: 'Vivo en España, ¿esto aplica en la UE?', expect: 'regions' },
    {
      q: '¿Es verdad que una demanda demostró que usaron los InMail para entrenar la IA?',
      expect: ['myths', 'not-used'],
    },
    { q: '¿De dónde sacas la información?', expect: 'sources' },
    { q: '¿Cómo desactivo Meta AI en Instagram?', expect: null },
    { q: 'Escríbeme una carta de presentación para un puesto de marketing', expect: null },
    { q: '¿Cómo borro mi cuenta de TikTok?', expect: null },
  ],
  pl: [
    { q: 'Cześć, jak wyłączyć trenowanie AI na LinkedInie w aplikacji na telefonie?', expect: 'mobile' },
    { q: 'Jakie moje dane LinkedIn wykorzystuje do trenowania AI?', expect: 'what-data' },
    { q: 'Czy to było domyślnie włączone?', expect: 'default' },
    {
      q: 'Czy LinkedIn udostępnia moje dane Microsoftowi do reklam?',
      expect: ['ads-sharing', 'microsoft'],
    },
    { q: 'Jak LinkedIn chroni moje dane osobowe przy trenowaniu modeli?', expect: 'privacy' },
    { q: 'Czy jest bezpośredni link do tego ustawienia?', expect: 'link' },
    {
      q: 'Czy wyłączenie usuwa dane, na których już trenowali?',
      expect: ['opt-out-effect', 'myths'],
    },
    { q: 'Co ten bot o mnie przechowuje?', expect: 'about' },
    { q: 'Jak wyłączyć Meta AI na Messengerze?', expect: null },
    { q: 'Napisz mi list motywacyjny', expect: null },
    { q: 'Jaka będzie jutro pogoda w Warszawie?', expect: null },
  ],
};
