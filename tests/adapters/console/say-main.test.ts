// Black-box: runs the built entry point as `npm start -- say` would, and checks stdout and exit codes.
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function say(...args: string[]) {
  return sayWith({}, ...args);
}

function sayWith(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, ['dist/main.js', 'say', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('say', () => {
  it('prints the mobile guide as text and exits 0', () => {
    const r = say('/linkedin-optout mobile');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Data for Generative AI Improvement');
    expect(r.out).toContain('https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
    expect(r.err).toBe('');
  });

  it('prints the neutral reply as json with command, topic id and content version', () => {
    const r = say('/linkedin-ai what-data', '--format', 'json');
    expect(r.code).toBe(0);
    const reply = JSON.parse(r.out);
    expect(reply).toMatchObject({ command: 'linkedin-ai', subcommand: 'what-data', understood: true });
    expect(reply.contentVersion).toMatch(/^[0-9a-f]{12}$/);
  });

  it('prints the Discord message body and the Slack Block Kit payload', () => {
    const d = JSON.parse(say('/linkedin-optout desktop', '--format', 'discord').out);
    expect(d.embeds[0].title).toContain('desktop');
    expect(d.allowed_mentions).toEqual({ parse: [] });
    expect(Array.isArray(d.components)).toBe(true);
    const s = JSON.parse(say('/linkedin-optout desktop', '--format', 'slack').out);
    expect(Array.isArray(s.blocks)).toBe(true);
    expect(s.blocks[0].type).toBe('header');
  });

  it('exits 2 for input it does not understand, still printing the choices', () => {
    const r = say('/linkedin-ai whatdata');
    expect(r.code).toBe(2);
    expect(r.out).toContain('what-data');
    const empty = say('');
    expect(empty.code).toBe(2);
  });

  it('rejects an unknown format on stderr with a usage exit code', () => {
    const r = say('/linkedin-ai myths', '--format', 'xml');
    expect(r.code).toBe(64);
    expect(r.err).toContain('--format must be one of');
    expect(r.out).toBe('');
  });

  it('never prints a stack trace for hostile input', () => {
    const r = say(`/linkedin-ai ask ${'\u0007\u001b[2J'.repeat(50)}${'ä'.repeat(3000)}`);
    expect(r.code).toBe(2);
    expect(r.out + r.err).not.toMatch(/\n\s+at /);
  });

  it('exits quietly when the reader closes the pipe early (say … | head)', async () => {
    const child = spawn(
      process.execPath,
      ['dist/main.js', 'say', '/linkedin-ai timeline', '--format', 'json'],
      {
        env: { PATH: process.env.PATH ?? '' },
      },
    );
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (c) => {
      err += c;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  });

  it('answers in German with --locale de, naming the menus as LinkedIn shows them in German', () => {
    const r = say('/linkedin-optout desktop', '--locale', 'de');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /„Einstellungen & Datenschutz“[\s\S]*„Datenschutz“[\s\S]*„Daten zur Verbesserung generativer KI“/,
    );
    expect(r.out).not.toContain('Settings & Privacy');
  });

  it('reads LANG, lets --locale win over it, and answers an unknown code in English', () => {
    expect(sayWith({ LANG: 'de_DE.UTF-8' }, '/linkedin-optout desktop').out).toContain(
      '„Einstellungen & Datenschutz“',
    );
    const flagWins = sayWith({ LANG: 'de_DE.UTF-8' }, '/linkedin-optout desktop', '--locale', 'en');
    expect(flagWins.out).toContain('Settings & Privacy');
    const unknown = say('/linkedin-optout desktop', '--locale', 'xx');
    expect(unknown.code).toBe(0);
    expect(unknown.out).toContain('Settings & Privacy');
    // Three processes: room for a loaded machine.
  }, 30_000);

  it('shows the Spanish guide’s uncertain labels with the English ones beside them', () => {
    const r = say('/linkedin-optout desktop', '--locale', 'es');
    expect(r.code).toBe(0);
    expect(r.out).toContain('«Configuración y privacidad» (Settings & Privacy)');
    expect(r.out).toContain('«Datos para mejorar la IA generativa» (Data for Generative AI Improvement)');
    // A label every source agrees on stands alone.
    expect(r.out).toContain('«Privacidad de datos»');
    expect(r.out).not.toContain('«Privacidad de datos» (');
  });
});
