// Polish evaluation set for `/linkedin-ai ask`, written the way people type in a Polish-speaking server or
// workspace (lowercase, often without Polish diacritics, typos, English loanwords), independently of the
// content's ask examples: do not copy these into src/content/pl.ts. They are the tuning part;
// the held-out part is held-out-<locale>.ts.
import type { OnTopic } from './questions.js';

type Question = OnTopic | { q: string; expect: null };

const all: readonly Question[] = [
  { q: 'jak zrezygnowac z trenowania ai na linkedinie', expect: 'overview' },
  { q: 'nie chce zeby linkedin bral moje dane do AI, co robic?', expect: 'overview' },
  { q: 'wylaczenie trenowania ai linkedin jak', expect: 'overview' },
  { q: 'gdzie to znajde na stronie linkedin na komputerze', expect: 'desktop' },
  { q: 'instrukcja dla przegladarki na laptopie prosze', expect: 'desktop' },
  { q: 'nie moge znalezc ustawien i prywatnosci na kompie, gdzie to jest', expect: 'desktop' },
  { q: 'jak to wylaczyc na iphonie', expect: 'mobile' },
  { q: 'kroki w aplikacji na androida', expect: 'mobile' },
  { q: 'w apce na telefonie gdzie jest ta opcja', expect: 'mobile' },
  { q: 'daj bezposredni link', expect: 'link' },
  { q: 'jest jakis adres url do tego ustawienia?', expect: 'link' },
  { q: 'gdzie znajde formularz do sprzeciwu wobec przetwarzania moich danych', expect: 'objection-form' },
  { q: 'jak zlozyc sprzeciw z rodo do linkedina', expect: 'objection-form' },
  {
    q: 'jak zablokowac przekazywanie moich danych do microsoftu na reklamy',
    expect: 'ads-sharing',
  },
  { q: 'wylaczyc spersonalizowane reklamy microsoftu', expect: 'ads-sharing' },
  { q: 'jakie moje dane w ogole biora do trenowania', expect: 'what-data' },
  { q: 'czy moje posty i komentarze ida do AI?', expect: 'what-data' },
  { q: 'czy wykorzystuja moje cv', expect: 'what-data' },
  { q: 'czy czytaja moje prywatne wiadomosci', expect: 'not-used' },
  { q: 'inmaile sa uzywane do ai?', expect: 'not-used' },
  // The under-18 fact is in both not-used and privacy.
  { q: 'moja corka ma 15 lat, czy jej profil jest wykorzystywany', expect: ['not-used', 'privacy'] },
  { q: 'czy to bylo od poczatku automatycznie wlaczone', expect: 'default' },
  { q: 'nigdy sie nie zgadzalem, czemu to jest wlaczone', expect: 'default' },
  { q: 'jak wylacze to usuna dane na ktorych juz trenowali?', expect: 'opt-out-effect' },
  { q: 'co sie dzieje po przestawieniu przelacznika', expect: 'opt-out-effect' },
  { q: 'czy przelacznik dziala tez na algorytm feedu', expect: 'other-ai' },
  { q: 'czy ai dalej bedzie uzywane do wykrywania spamu na moim koncie', expect: 'other-ai' },
  { q: 'czy dane sa anonimizowane przed trenowaniem', expect: 'privacy' },
  { q: 'jak linkedin chroni dane osobowe w danych treningowych', expect: 'privacy' },
  { q: 'mieszkam w polsce, czy mnie to dotyczy', expect: 'regions' },
  { q: 'czy teraz to obowiazuje tez w ue mimo rodo', expect: 'regions' },
  { q: 'co na to irlandzki urzad ochrony danych', expect: 'regions' },
  { q: 'od kiedy to wszystko trwa', expect: 'timeline' },
  { q: 'jakie sa najwazniejsze daty', expect: 'timeline' },
  { q: 'czy microsoft trenuje swoje ai na postach z linkedina', expect: 'microsoft' },
  { q: 'czy moje dane trafiaja do copilota', expect: 'microsoft' },
  { q: 'jak sciagnac wszystkie moje dane z linkedina', expect: 'get-copy' },
  { q: 'ile sie czeka na archiwum danych', expect: 'get-copy' },
  { q: 'czemu to w ogole jest wazne', expect: 'why' },
  { q: 'oplaca sie to wylaczac', expect: 'why' },
  { q: 'serio trzeba to wylaczac co 60 dni?', expect: 'myths' },
  { q: 'prawda ze ustawienie resetuje sie po dwoch miesiacach', expect: 'myths' },
  { q: 'czy nie bylo pozwu w sprawie inmaili', expect: ['myths', 'timeline'] },
  // Off-topic: the bot must not pretend to answer these.
  { q: 'jak usunac konto na facebooku', expect: null },
  { q: 'napisz mi list motywacyjny do pracy', expect: null },
  { q: 'jaka bedzie jutro pogoda w warszawie', expect: null },
  { q: 'jak zdobyc wiecej obserwujacych na linkedinie', expect: null },
  { q: 'opowiedz mi kawal', expect: null },
  // Added on 2026-11-30 for tuning: requests about other LinkedIn features and other apps.
  { q: 'jak zmienić hasło na linkedinie', expect: null },
  { q: 'jak dezaktywować konto na tiktoku', expect: null },
  { q: 'czy warto kupić linkedin premium', expect: null },
  { q: 'jak wytresować psa', expect: null },
  { q: 'napisz post o moim awansie', expect: null },
  { q: 'jak wyłączyć powiadomienia w aplikacji', expect: null },
  // Held out until checkpoint 2 (2026-11-30), where they failed; tuning questions since.
  { q: 'czy moje rozmowy z rekruterami na inmailu idą do trenowania ai?', expect: ['not-used', 'myths'] },
  { q: 'skąd masz te informacje, jakie są źródła?', expect: 'sources' },
  { q: 'jak zmienić zdjęcie profilowe na linkedinie', expect: null },
];

/** All of them: the third that was held out until 2026-11-30 had been looked at; held-out-<locale>.ts replaces it. */
export const tuning: readonly Question[] = all;
