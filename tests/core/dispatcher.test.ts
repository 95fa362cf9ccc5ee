import { describe, expect, it } from 'vitest';
import { ask, parse } from '../helpers.js';

describe('dispatcher parsing', () => {
  it('reads the same command line with or without slash, any case and extra spaces', () => {
    for (const line of [
      '/linkedin-optout desktop',
      'linkedin-optout desktop',
      '  /LinkedIn-OptOut   DESKTOP  ',
    ]) {
      const inv = parse(line);
      expect(inv.command).toBe('linkedin-optout');
      expect(inv.subcommand).toBe('desktop');
    }
  });

  it('maps mobile aliases to mobile', () => {
    for (const alias of ['ios', 'android', 'app', 'phone', 'mobile']) {
      expect(parse(`/linkedin-optout ${alias}`).subcommand).toBe('mobile');
    }
  });

  it('reads reminder schedules in every accepted spelling', () => {
    for (const line of ['pin every:monthly', 'pin every=monthly', 'pin every monthly', 'pin monthly']) {
      expect(parse(`/linkedin-reminder ${line}`).options.every).toBe('monthly');
    }
  });

  it('reads the pin language in any order beside the schedule, keeping the code as spelled', () => {
    for (const line of [
      'pin language:pt-br every:weekly',
      'pin every:weekly language:PT-BR',
      'pin weekly language=pt-BR',
    ]) {
      const inv = parse(`/linkedin-reminder ${line}`);
      expect(inv.options).toEqual({ every: 'weekly', language: 'pt-BR' });
    }
    expect(parse('/linkedin-reminder pin language:de').options).toEqual({ language: 'de' });
  });

  it('refuses a pin language it does not speak, offering the ones it does', async () => {
    const reply = await ask('/linkedin-reminder pin language:sv');
    expect(reply.understood).toBe(false);
    expect(JSON.stringify(reply)).toContain('language:de');
  });

  it('suggests the closest topic first for a typo', async () => {
    const reply = await ask('/linkedin-ai whatdata');
    expect(reply.understood).toBe(false);
    const first = reply.sections[0];
    expect(first?.kind).toBe('bullets');
    expect(first?.kind === 'bullets' && first.items[0]).toMatch(/^what-data:/);
  });
});
