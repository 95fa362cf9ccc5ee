// German version of about-en.ts: what this bot itself stores and logs. Same entries in the same order as
// about-en.ts; keep it true to the code in src/reminders (storage) and src/log.ts (logging).

export const aboutBot = {
  title: 'Über diesen Bot und Ihre Privatsphäre',
  intro:
    'Dieser Bot erklärt LinkedIn-Einstellungen. Er kann Ihr LinkedIn-Konto weder sehen noch ändern; nur Sie selbst können die Einstellung ausschalten.',
  stores: [
    'Nichts über Sie, wenn Sie eine Frage stellen oder eine Anleitung öffnen: Fragen werden beantwortet und vergessen.',
    'Für eine angeheftete Erinnerung: die Plattform, die Server- oder Workspace-ID, die Kanal-ID, die Nachrichten-ID, den Zeitplan, die Inhaltsversion und die Zahl der Bestätigungen.',
    'Wenn Sie auf „Ich habe es ausgeschaltet“ klicken: einen mit einem geheimen Schlüssel gebildeten Hash Ihrer Nutzer-ID (HMAC; der Schlüssel liegt in der Datenbank dieser Installation), nur damit jede Person einmal gezählt wird. Nie Ihren Namen oder Ihre unveränderte ID.',
  ],
  logs: [
    'Die Logs enthalten Befehls- und Themennamen, Laufzeiten und Fehler. Auf der Info-Ebene nie Nachrichtentexte, Fragen, Tokens oder unveränderte Nutzer-IDs.',
    'Wird eine Erinnerung gelöst, endet ihr Zeitplan; ihre gehashten Bestätigungen werden mit ihr gelöscht.',
  ],
  code: 'Der Bot ist Open Source: Wer diese Installation betreibt, kann Ihnen die Konfiguration zeigen.',
} as const;
