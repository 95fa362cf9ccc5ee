import { describe, expect, it } from 'vitest';
import { stemPl } from '../../src/ask/stem-pl.js';

describe('ask: the Polish stemmer', () => {
  it('gives the cases of a noun and the forms of a verb one stem', () => {
    expect(new Set(['ustawienia', 'ustawieniach', 'ustawien', 'ustawieniami'].map(stemPl)).size).toBe(1);
    expect(stemPl('wiadomosci')).toBe(stemPl('wiadomosciach'));
    expect(stemPl('trenowania')).toBe(stemPl('trenowanie'));
  });

  it('leaves short words and different words apart', () => {
    expect(stemPl('dla')).toBe('dla');
    expect(stemPl('konto')).not.toBe(stemPl('kontakt'));
  });
});
