// A workspace's default language: who may choose it, what a member whose language is unknown gets, and how
// long a replica keeps an answer.
import { describe, expect, it } from 'vitest';
import { WorkspaceLanguages } from '../../src/core/workspace-language.js';
import { MemoryWorkspaceSettings } from '../../src/storage/workspace-settings.js';

function setup() {
  let t = 0;
  const store = new MemoryWorkspaceSettings();
  const languages = new WorkspaceLanguages(store, { now: () => t, ttlMs: 1_000 });
  return { store, languages, advance: (ms: number) => (t += ms) };
}

describe('workspace languages', () => {
  it('answers English until a manager chooses, then the choice', async () => {
    const { languages } = setup();
    expect(await languages.fallback('T1')).toBe('en');
    expect(await languages.choose('T1', 'nl', async () => true)).toEqual({ kind: 'saved', locale: 'nl' });
    expect(await languages.fallback('T1')).toBe('nl');
    expect(await languages.fallback('T2')).toBe('en');
  });

  it('refuses a member who does not manage the workspace, and changes nothing when the platform cannot say', async () => {
    const { languages } = setup();
    expect(await languages.choose('T1', 'de', false)).toEqual({ kind: 'refused' });
    expect(await languages.choose('T1', 'de', async () => 'unknown')).toEqual({ kind: 'unknown' });
    expect(await languages.fallback('T1')).toBe('en');
    expect(await languages.mayChoose(async () => 'unknown')).toBe(false);
    expect(await languages.mayChoose(true)).toBe(true);
  });

  it('sees another replica’s choice once its cached answer is older than the TTL', async () => {
    const { store, languages, advance } = setup();
    expect(await languages.fallback('T1')).toBe('en');
    await store.setDefaultLocale('T1', 'pl');
    expect(await languages.fallback('T1')).toBe('en');
    advance(1_001);
    expect(await languages.fallback('T1')).toBe('pl');
  });

  it('answers English when the store fails, and says it could not save', async () => {
    const failing = {
      defaultLocale: async () => {
        throw new Error('down');
      },
      setDefaultLocale: async () => {
        throw new Error('down');
      },
    };
    const languages = new WorkspaceLanguages(failing);
    expect(await languages.fallback('T1')).toBe('en');
    expect(await languages.choose('T1', 'es', true)).toEqual({ kind: 'failed' });
  });
});
