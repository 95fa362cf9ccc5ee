import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../src/reminders/group-commit.js';

/** A write that stays open until the test lets it finish, recording what it carried. */
function gatedWriter() {
  const batches: number[][] = [];
  const gates: { open: () => void; fail: (err: Error) => void }[] = [];
  const write = (items: number[]) =>
    new Promise<void>((open, fail) => {
      batches.push(items);
      gates.push({ open, fail });
    });
  const settle = async () => new Promise<void>((r) => setImmediate(r));
  return { batches, gates, write, settle };
}

describe('GroupCommit', () => {
  it('writes the first item at once and everything that arrived meanwhile as one next write', async () => {
    const w = gatedWriter();
    const group = new GroupCommit(w.write);
    const done: number[] = [];
    const adds = [1, 2, 3, 4].map((n) => group.add(n).then(() => done.push(n)));
    await w.settle();
    expect(w.batches).toEqual([[1]]);
    w.gates[0]?.open();
    await w.settle();
    expect(done).toEqual([1]);
    expect(w.batches).toEqual([[1], [2, 3, 4]]);
    w.gates[1]?.open();
    await Promise.all(adds);
    expect(done).toEqual([1, 2, 3, 4]);
  });

  it('a failed write rejects only the items it carried; the next write still goes', async () => {
    const w = gatedWriter();
    const group = new GroupCommit(w.write);
    const first = group.add(1);
    const second = group.add(2);
    await w.settle();
    w.gates[0]?.fail(new Error('database down'));
    await expect(first).rejects.toThrow('database down');
    await w.settle();
    expect(w.batches).toEqual([[1], [2]]);
    w.gates[1]?.open();
    await expect(second).resolves.toBeUndefined();
  });
});
