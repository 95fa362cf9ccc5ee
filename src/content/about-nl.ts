// Dutch version of about-en.ts: what this bot itself stores and logs. Same entries in the same order as
// about-en.ts; keep it true to the code in src/reminders (storage) and src/log.ts (logging).

export const aboutBot = {
  title: 'Over deze bot en je privacy',
  intro:
    'Deze bot legt LinkedIn-instellingen uit. Hij kan je LinkedIn-account niet zien of wijzigen; alleen jij kunt de instelling uitzetten.',
  stores: [
    'Niets over jou als je een vraag stelt of een uitleg opent: vragen worden beantwoord en vergeten.',
    'Voor een vastgezette herinnering: het platform, de server- of workspace-id, de kanaal-id, de bericht-id, het schema, de contentversie en het aantal bevestigingen.',
    'Als je op “Ik heb het uitgezet” klikt: een hash van je gebruikers-id met een geheime sleutel (HMAC; de sleutel staat in de database van deze installatie), alleen om elke persoon één keer te tellen. Nooit je naam of je onbewerkte id.',
  ],
  logs: [
    'De logs bevatten namen van commando’s en onderwerpen, tijden en fouten. Op het info-niveau nooit berichttekst, vragen, tokens of onbewerkte gebruikers-id’s.',
    'Als een herinnering wordt losgemaakt, stopt haar schema; haar gehashte bevestigingen worden met haar verwijderd.',
  ],
  code: 'De bot is open source: wie deze installatie beheert, kan je de configuratie laten zien.',
} as const;
