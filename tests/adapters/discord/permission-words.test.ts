// The Discord permission check's words: every locale has them all; permission names stay as Discord spells them.
import { describe, expect, it } from 'vitest';
import { PERMISSION_WORDS } from '../../../src/adapters/discord/permission-words.js';
import { permissionsReply } from '../../../src/adapters/discord/permissions.js';
import { expectWordsParity, sectionLines, testContext } from '../../helpers.js';

describe('permission words', () => {
  it('have every key in every locale, with the placeholders English has', () => {
    expectWordsParity(PERMISSION_WORDS, 'permission');
  });

  it('list the permissions in the member language, with the names Discord shows', () => {
    const reply = permissionsReply(testContext({ locale: 'nl' }), 'linkedin-reminder', 'pin', [
      'PinMessages',
    ]);
    expect(reply.title).toBe('Ik heb in dit kanaal nog een paar machtigingen nodig');
    expect(sectionLines(reply.sections[0])).toContain(
      '❌ Pin Messages: om de herinnering vast te zetten en los te maken',
    );
    expect(sectionLines(reply.sections[0])[0]).toBe(
      '✅ View Channel: om het kanaal te zien waarin de herinnering komt',
    );
  });
});
