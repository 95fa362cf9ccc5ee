// The member's language on Discord: the interaction's `locale` picks the reply's language, through the real
// HTTP endpoint with signed requests. Discord sends the English command names whatever the member's language.
import { describe, expect, it } from 'vitest';
import { getContent } from '../../../src/content/index.js';
import { fixture, useDiscordHttpApp } from './helpers.js';

const suite = useDiscordHttpApp();
const { signer } = suite;

async function desktopIn(locale: string | undefined) {
  const p = fixture('command-optout-desktop');
  if (locale === undefined) delete p.locale;
  else p.locale = locale;
  const body = JSON.stringify(p);
  const res = await fetch(suite.url, { method: 'POST', body, headers: signer.headers(body) });
  expect(res.status).toBe(200);
  const json = (await res.json()) as { data: { embeds: { title: string }[] } };
  return json.data.embeds[0]?.title;
}

describe('the interaction locale', () => {
  it('answers a member whose Discord is in French in French', async () => {
    const title = await desktopIn('fr');
    expect(title).toContain(getContent('fr').guides.desktop?.title);
    expect(title).not.toContain(getContent('en').guides.desktop?.title);
    // Metrics keep the canonical (English) labels whatever the member's language.
    const metrics = await (await fetch(`http://127.0.0.1:${suite.app.address.port}/metrics`)).text();
    expect(metrics).toMatch(/bot_commands_total\{[^}]*subcommand="desktop"/);
    expect(metrics).not.toMatch(/ordinateur|Le désactiver/);
  });

  it('maps es-419 and es-ES to Spanish, and answers an unknown or missing locale in English', async () => {
    const es = getContent('es').guides.desktop?.title;
    expect(await desktopIn('es-419')).toContain(es);
    expect(await desktopIn('es-ES')).toContain(es);
    expect(await desktopIn('ja')).toContain(getContent('en').guides.desktop?.title);
    expect(await desktopIn(undefined)).toContain(getContent('en').guides.desktop?.title);
  });

  it('refuses an expired button in the member’s language', async () => {
    const p = fixture('button-expired');
    p.locale = 'fr';
    const body = JSON.stringify(p);
    const res = await fetch(suite.url, { method: 'POST', body, headers: signer.headers(body) });
    const json = (await res.json()) as { data: { embeds: { title: string; footer: { text: string } }[] } };
    expect(json.data.embeds[0]?.title).toBe('Ce bouton a expiré.');
    expect(json.data.embeds[0]?.footer.text).toMatch(/^Faits vérifiés le /);
  });
});
