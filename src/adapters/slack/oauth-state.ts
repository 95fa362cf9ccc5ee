// The OAuth `state`: signed with SLACK_STATE_SECRET (HMAC-SHA256), valid for ten minutes and accepted once.
// Signed, so nobody can mint one; short-lived and single-use, so a state seen in a log or a browser history
// cannot start a second installation. @slack/oauth also ties it to the browser with a cookie.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { InstallURLOptions, StateStore } from '@slack/oauth';
import { MemoryUsedStates, type UsedStates } from '../../storage/oauth-states.js';

export const STATE_TTL_MS = 10 * 60_000;

export class InvalidStateError extends Error {
  constructor(reason: string) {
    super(`OAuth state refused: ${reason}`);
    this.name = 'InvalidStateError';
  }
}

interface StatePayload {
  n: string;
  exp: number;
  o: InstallURLOptions;
}

export class SignedStateStore implements StateStore {
  constructor(
    private readonly secret: string,
    private readonly used: UsedStates = new MemoryUsedStates(),
  ) {}

  private sign(data: string): Buffer {
    return createHmac('sha256', this.secret).update(data).digest();
  }

  async generateStateParam(installOptions: InstallURLOptions, now: Date): Promise<string> {
    const payload: StatePayload = {
      n: randomBytes(16).toString('base64url'),
      exp: now.getTime() + STATE_TTL_MS,
      o: installOptions,
    };
    const data = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `${data}.${this.sign(data).toString('base64url')}`;
  }

  async verifyStateParam(now: Date, state: string): Promise<InstallURLOptions> {
    const [data, mac, ...rest] = state.split('.');
    if (!data || !mac || rest.length) throw new InvalidStateError('malformed');
    const expected = this.sign(data);
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new InvalidStateError('bad signature');
    let payload: StatePayload;
    try {
      payload = JSON.parse(Buffer.from(data, 'base64url').toString('utf8')) as StatePayload;
    } catch {
      throw new InvalidStateError('malformed');
    }
    if (typeof payload.exp !== 'number' || payload.exp < now.getTime())
      throw new InvalidStateError('expired');
    if (!(await this.used.firstUse(payload.n, payload.exp))) throw new InvalidStateError('already used');
    return payload.o;
  }
}
