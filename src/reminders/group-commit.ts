// Group commit: writes that arrive while one is in flight wait and go together as the next one, so many
// concurrent writers cost one database round trip per batch instead of one each, and nobody waits longer than
// the write ahead of them.

interface Waiting<T> {
  item: T;
  done: () => void;
  fail: (err: unknown) => void;
}

export class GroupCommit<T> {
  private waiting: Waiting<T>[] = [];
  private writing = false;

  constructor(private readonly write: (items: T[]) => Promise<void>) {}

  /** Resolves once the write that carried `item` succeeded; rejects with its error if it failed. */
  add(item: T): Promise<void> {
    return new Promise((done, fail) => {
      this.waiting.push({ item, done, fail });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0);
      try {
        await this.write(batch.map((w) => w.item));
        for (const w of batch) w.done();
      } catch (err) {
        for (const w of batch) w.fail(err);
      }
    }
    this.writing = false;
  }
}
