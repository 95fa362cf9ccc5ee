// The receiver's own checks of a Slack request, against what Bolt's verifySlackRequest accepted before them.
import { createHmac } from 'node:crypto';
import { verifySlackRequest } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { isSlashCommand, parseSlackBody, validSignature } from '../../../src/adapters/slack/receiver.js';

const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const TS = 1531420618;
const BODY = 'token=x&team_id=T1&channel_id=C1&user_id=U1&command=%2Flinkedin-ai&text=what-data';
const hex = createHmac('sha256', SECRET).update(`v0:${TS}:${BODY}`).digest('hex');

function bolt(header: string): boolean {
  try {
    verifySlackRequest({
      signingSecret: SECRET,
      body: BODY,
      headers: { 'x-slack-signature': header, 'x-slack-request-timestamp': TS },
      nowMilliseconds: TS * 1000,
    });
    return true;
  } catch {
    return false;
  }
}

describe('validSignature', () => {
  it("accepts and refuses exactly the headers Bolt's verifySlackRequest did", () => {
    const headers = [
      `v0=${hex}`,
      `v0=${hex}=trailing`,
      `v0=${hex.toUpperCase()}`,
      `v0=${hex.slice(0, -1)}`,
      `v0=${hex}0`,
      `v1=${hex}`,
      `v0=`,
      'v0',
      hex,
      '',
      `v0=${hex.replace(/^./, hex[0] === 'a' ? 'b' : 'a')}`,
      `v0=${'é'.repeat(32)}`,
    ];
    const verdicts = headers.map((h) => validSignature(SECRET, h, TS, BODY));
    expect(verdicts).toEqual(headers.map(bolt));
    expect(verdicts.filter(Boolean)).toHaveLength(2);
  });

  it('signs the timestamp and the body', () => {
    expect(validSignature(SECRET, `v0=${hex}`, TS + 1, BODY)).toBe(false);
    expect(validSignature(SECRET, `v0=${hex}`, TS, `${BODY}x`)).toBe(false);
    expect(validSignature(`${SECRET}x`, `v0=${hex}`, TS, BODY)).toBe(false);
  });
});

describe('isSlashCommand', () => {
  const form = (fields: Record<string, string>) => ({ ...fields });
  const good = { command: '/linkedin-ai', team_id: 'T1', channel_id: 'C1', user_id: 'U1' };

  it('takes a command with its ids, filling in a missing text', () => {
    const fields = form(good);
    expect(isSlashCommand(fields)).toBe(true);
    expect(fields.text).toBe('');
    const withText = form({ ...good, text: 'what-data', extra: 'kept' });
    expect(isSlashCommand(withText)).toBe(true);
    expect(withText).toMatchObject({ text: 'what-data', extra: 'kept' });
  });

  it('refuses a form without a /name command or with an empty id', () => {
    for (const bad of [
      { ...good, command: 'linkedin-ai' },
      { ...good, command: '/' },
      { ...good, command: '/linkedin ai' },
      { ...good, team_id: '' },
      { ...good, channel_id: '' },
      { ...good, user_id: '' },
    ]) {
      expect(isSlashCommand(form(bad)), JSON.stringify(bad)).toBe(false);
    }
    const { user_id: _, ...noUser } = good;
    expect(isSlashCommand(form(noUser))).toBe(false);
  });

  it('is what parseSlackBody answers a form with', () => {
    expect(parseSlackBody('application/x-www-form-urlencoded', BODY)).toEqual({
      ok: true,
      body: {
        token: 'x',
        team_id: 'T1',
        channel_id: 'C1',
        user_id: 'U1',
        command: '/linkedin-ai',
        text: 'what-data',
      },
    });
    expect(parseSlackBody('application/x-www-form-urlencoded', 'command=%2Fx&team_id=T1')).toEqual({
      ok: false,
      error: 'not a slash command or interaction',
    });
  });
});
