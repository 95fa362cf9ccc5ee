// The workspace language store on SQLite, PostgreSQL and in memory: one row per workspace, kept across
// replicas and restarts, forgotten on request.
import { afterEach, describe, expect, it } from 'vitest';
import {
  MemoryWorkspaceSettings,
  type WorkspaceSettingsStore,
} from '../../src/storage/workspace-settings.js';
import { DIALECTS } from './dialects.js';

async function behaves(store: WorkspaceSettingsStore) {
  expect(await store.defaultLocale('T0TEAM001')).toBeUndefined();
  await store.setDefaultLocale('T0TEAM001', 'de');
  expect(await store.defaultLocale('T0TEAM001')).toBe('de');
  // Choosing again replaces the choice; another workspace is untouched.
  await store.setDefaultLocale('T0TEAM001', 'pt-BR');
  expect(await store.defaultLocale('T0TEAM001')).toBe('pt-BR');
  expect(await store.defaultLocale('T0TEAM002')).toBeUndefined();
  await store.setDefaultLocale('T0TEAM001', null);
  expect(await store.defaultLocale('T0TEAM001')).toBeUndefined();
}

describe('workspace settings in memory', () => {
  it('keeps one language per workspace', async () => {
    await behaves(new MemoryWorkspaceSettings());
  });
});

describe.each(DIALECTS)('workspace settings on $name', (dialect) => {
  afterEach(() => dialect.cleanup());

  it.skipIf(dialect.skip)('keeps one language per workspace, seen by every replica', async () => {
    const db = await dialect.fresh();
    const a = await db.open();
    await behaves(a.workspaceSettings);
    await a.workspaceSettings.setDefaultLocale('T0TEAM009', 'fr');
    const b = await db.open();
    expect(await b.workspaceSettings.defaultLocale('T0TEAM009')).toBe('fr');
  });
});
