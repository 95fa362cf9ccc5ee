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

  it('suggests the closest topic first for a typo', async () => {
    const reply = await ask('/linkedin-ai whatdata');
    expect(reply.understood).toBe(false);
    const first = reply.sections[0];
    expect(first?.kind).toBe('bullets');
    expect(first?.kind === 'bullets' && first.items[0]).toMatch(/^what-data:/);
  });
});
