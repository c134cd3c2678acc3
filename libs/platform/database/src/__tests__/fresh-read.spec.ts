import { FreshRead } from '../fresh-read';

/** A read whose statements the test answers one at a time, recording when each was sent. */
function controlledRead() {
  const sent: { answer: (value: number) => void; fail: (error: Error) => void }[] = [];
  let value = 0;
  const read = new FreshRead<number>(
    () =>
      new Promise<number>((resolve, reject) => {
        sent.push({ answer: (v) => resolve(v), fail: reject });
      }),
  );
  return {
    read,
    sent,
    /** Answers the statement in flight with the next value. */
    answer: async () => {
      sent[sent.length - 1].answer(++value);
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

describe('FreshRead', () => {
  it('answers every caller that asked before a statement went out with that statement, and no one earlier', async () => {
    const { read, sent, answer } = controlledRead();
    const first = read.current();
    const second = read.current();
    // The first call sends at once; the second waits for the statement after it.
    expect(sent).toHaveLength(1);
    const third = read.current();
    await answer();
    await expect(first).resolves.toBe(1);
    // Asked while the first statement was in flight: answered by the next one, sent only now.
    expect(sent).toHaveLength(2);
    await answer();
    await expect(second).resolves.toBe(2);
    await expect(third).resolves.toBe(2);
    expect(sent).toHaveLength(2);
  });

  it('shares one statement among many concurrent callers', async () => {
    const { read, sent, answer } = controlledRead();
    const leader = read.current();
    const followers = Array.from({ length: 50 }, () => read.current());
    await answer();
    await answer();
    await expect(leader).resolves.toBe(1);
    await expect(Promise.all(followers)).resolves.toEqual(Array(50).fill(2));
    expect(sent).toHaveLength(2);
  });

  it('fails only the callers of a failed statement and goes on with the next', async () => {
    const { read, sent, answer } = controlledRead();
    const failed = read.current();
    const next = read.current();
    sent[0].fail(new Error('connection lost'));
    await expect(failed).rejects.toThrow('connection lost');
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent).toHaveLength(2);
    await answer();
    await expect(next).resolves.toBe(1);
    // Idle again: the next caller sends at once.
    const later = read.current();
    expect(sent).toHaveLength(3);
    await answer();
    await expect(later).resolves.toBe(2);
  });
});
