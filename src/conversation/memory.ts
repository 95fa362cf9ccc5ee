// The only thing the bot remembers of a conversation: the id of the last topic it answered, per
// conversation key ("slack:T1:C1:<thread_ts>", "discord:dm:<channel id>"), in memory, for a while. Never
// the text. Bounded: past `maxConversations` the least recently answered conversation is forgotten.

export const TOPIC_MEMORY_TTL_MS = 30 * 60 * 1000;
export const TOPIC_MEMORY_MAX_CONVERSATIONS = 10_000;

export interface TopicMemoryOptions {
  ttlMs?: number;
  maxConversations?: number;
  /** Milliseconds since the epoch; injectable for tests. */
  now?: () => number;
}

interface Remembered {
  topic: string;
  expiresAt: number;
}

export class TopicMemory {
  private readonly byKey = new Map<string, Remembered>();
  private readonly ttlMs: number;
  private readonly max: number;
  private readonly now: () => number;

  constructor(opts: TopicMemoryOptions = {}) {
    this.ttlMs = opts.ttlMs ?? TOPIC_MEMORY_TTL_MS;
    this.max = Math.max(1, opts.maxConversations ?? TOPIC_MEMORY_MAX_CONVERSATIONS);
    this.now = opts.now ?? Date.now;
  }

  /** The last topic of this conversation, if it was answered less than the TTL ago. */
  get(key: string): string | undefined {
    const hit = this.byKey.get(key);
    if (!hit) return undefined;
    if (hit.expiresAt <= this.now()) {
      this.byKey.delete(key);
      return undefined;
    }
    return hit.topic;
  }

  remember(key: string, topic: string): void {
    // Re-inserted so that the Map's order is the order of last use: the first key is the one to evict.
    this.byKey.delete(key);
    this.byKey.set(key, { topic, expiresAt: this.now() + this.ttlMs });
    while (this.byKey.size > this.max) {
      const oldest = this.byKey.keys().next().value;
      if (oldest === undefined) break;
      this.byKey.delete(oldest);
    }
  }

  forget(key: string): void {
    this.byKey.delete(key);
  }

  /** Conversations held now, expired ones included until they are looked up. */
  get size(): number {
    return this.byKey.size;
  }
}
