// An in-memory ChannelPort: remembers every message, pin and call, and can be told to fail with any
// PlatformError kind, so the reminder service can be tested without a platform.
import {
  type ChannelAddress,
  type ChannelPort,
  PlatformError,
  type PlatformErrorFields,
  type PlatformErrorKind,
  type PostedMessage,
} from '../../src/core/ports.js';
import type { Reply } from '../../src/core/reply.js';

export type PortOp = 'post' | 'edit' | 'pin' | 'unpin';

export interface FakeMessage {
  id: string;
  channelId: string;
  reply: Reply;
  pinned: boolean;
  edits: number;
}

export interface FakeCall {
  op: PortOp;
  channelId: string;
  messageId?: string;
}

export const PIN_LIMIT = 250;

export function platformError(kind: PlatformErrorKind, fields: PlatformErrorFields = {}): PlatformError {
  return new PlatformError(kind, `fake ${kind}`, fields);
}

export class FakeChannelPort implements ChannelPort {
  readonly messages = new Map<string, FakeMessage>();
  readonly calls: FakeCall[] = [];
  private readonly failures = new Map<PortOp, PlatformError[]>();
  private readonly always = new Map<PortOp, PlatformError>();
  private seq = 0;

  constructor(private readonly opts: { latencyMs?: number } = {}) {}

  /** The next `times` calls of `op` fail with this error (kind or a ready-made PlatformError). */
  failNext(op: PortOp, err: PlatformErrorKind | PlatformError, times = 1): this {
    const e = typeof err === 'string' ? platformError(err) : err;
    const list = this.failures.get(op) ?? [];
    for (let i = 0; i < times; i++) list.push(e);
    this.failures.set(op, list);
    return this;
  }

  /** Every call of `op` fails until `heal(op)`. */
  failAlways(op: PortOp, err: PlatformErrorKind | PlatformError): this {
    this.always.set(op, typeof err === 'string' ? platformError(err) : err);
    return this;
  }

  heal(op?: PortOp): this {
    if (op) {
      this.always.delete(op);
      this.failures.delete(op);
    } else {
      this.always.clear();
      this.failures.clear();
    }
    return this;
  }

  private async enter(op: PortOp, channelId: string, messageId?: string): Promise<void> {
    this.calls.push({ op, channelId, ...(messageId ? { messageId } : {}) });
    const ms = this.opts.latencyMs ?? 0;
    if (ms > 0) await new Promise((r) => setTimeout(r, ms));
    else await Promise.resolve();
    const scripted = this.failures.get(op)?.shift();
    if (scripted) throw scripted;
    const always = this.always.get(op);
    if (always) throw always;
  }

  private existing(channelId: string, messageId: string): FakeMessage {
    const m = this.messages.get(messageId);
    if (!m || m.channelId !== channelId)
      throw platformError('not-found', { missing: 'message', code: 10008 });
    return m;
  }

  async post({ channelId }: ChannelAddress, reply: Reply): Promise<PostedMessage> {
    await this.enter('post', channelId);
    const id = `m${++this.seq}`;
    this.messages.set(id, { id, channelId, reply, pinned: false, edits: 0 });
    return { id };
  }

  async edit({ channelId }: ChannelAddress, messageId: string, reply: Reply): Promise<void> {
    await this.enter('edit', channelId, messageId);
    const m = this.existing(channelId, messageId);
    m.reply = reply;
    m.edits++;
  }

  /** Idempotent like Discord's PUT pins: pinning a pinned message succeeds and changes nothing. */
  async pin({ channelId }: ChannelAddress, messageId: string): Promise<void> {
    await this.enter('pin', channelId, messageId);
    const m = this.existing(channelId, messageId);
    if (m.pinned) return;
    if (this.pinned(channelId).length >= PIN_LIMIT) {
      throw new PlatformError('missing-permission', 'Maximum number of pins reached (250)', {
        reason: 'pin-limit',
        code: 30003,
      });
    }
    m.pinned = true;
  }

  async unpin({ channelId }: ChannelAddress, messageId: string): Promise<void> {
    await this.enter('unpin', channelId, messageId);
    this.existing(channelId, messageId).pinned = false;
  }

  /** Removes a message as a person deleting it would. */
  deleteMessage(messageId: string): void {
    this.messages.delete(messageId);
  }

  pinned(channelId: string): FakeMessage[] {
    return [...this.messages.values()].filter((m) => m.channelId === channelId && m.pinned);
  }

  inChannel(channelId: string): FakeMessage[] {
    return [...this.messages.values()].filter((m) => m.channelId === channelId);
  }

  count(op: PortOp, channelId?: string): number {
    return this.calls.filter((c) => c.op === op && (channelId === undefined || c.channelId === channelId))
      .length;
  }
}
