// Polish version of about-en.ts: what this bot itself stores and logs. Same entries in the same order as
// about-en.ts; keep it true to the code in src/reminders (storage) and src/log.ts (logging).

export const aboutBot = {
  title: 'O tym bocie i twojej prywatności',
  intro:
    'Ten bot objaśnia ustawienia LinkedIn. Nie widzi twojego konta LinkedIn i nie może go zmienić; tylko ty możesz wyłączyć to ustawienie.',
  stores: [
    'Nic o tobie, gdy zadajesz pytanie lub otwierasz instrukcję: pytania dostają odpowiedź i są zapominane.',
    'Dla przypiętego przypomnienia: platformę, identyfikator serwera lub przestrzeni roboczej, identyfikator kanału, identyfikator wiadomości, harmonogram, wersję treści i liczbę potwierdzeń.',
    'Gdy klikniesz „Wyłączyłem/wyłączyłam to”: skrót (hash) twojego identyfikatora użytkownika utworzony z kluczem (HMAC z sekretem przechowywanym w bazie danych tej instalacji), tylko po to, by policzyć każdą osobę raz. Nigdy twojej nazwy ani surowego identyfikatora.',
  ],
  logs: [
    'Logi zawierają nazwy poleceń i tematów, czasy wykonania i błędy. Na poziomie info nigdy treści wiadomości, pytań, tokenów ani surowych identyfikatorów użytkowników.',
    'Odpięcie przypomnienia zatrzymuje jego harmonogram; jego zahashowane potwierdzenia są usuwane razem z nim.',
  ],
  code: 'Bot ma otwarty kod źródłowy: osoba prowadząca tę instalację może pokazać ci jego konfigurację.',
} as const;
