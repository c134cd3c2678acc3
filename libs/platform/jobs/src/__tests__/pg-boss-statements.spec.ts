import PgBoss from 'pg-boss';
import { isCompletionStatement } from '../pg-boss-statements';

describe('the statements pg-boss runs without awaiting them', () => {
  /** The statements a PgBoss instance sends through `executeSql` for `act`. */
  const statementsOf = async (act: (boss: PgBoss) => Promise<unknown>): Promise<string[]> => {
    const texts: string[] = [];
    const boss = new PgBoss({
      db: {
        executeSql: async (text: string) => {
          texts.push(text);
          return { rows: [{ count: 0 }] };
        },
      },
      schema: 'pgboss',
      migrate: false,
      schedule: false,
      supervise: false,
    });
    await act(boss);
    return texts;
  };
  const id = '5f0e6a4c-3f0e-4b61-9d39-2a8f8d2b1c11';

  it('recognises how a job is recorded as completed or failed', async () => {
    for (const act of [
      (boss: PgBoss) => boss.complete('line.event', id),
      (boss: PgBoss) => boss.fail('line.event', id, { message: 'x' }),
    ]) {
      const texts = await statementsOf(act);
      expect(texts).toHaveLength(1);
      expect(isCompletionStatement(texts[0], 'pgboss')).toBe(true);
      expect(isCompletionStatement(texts[0], 'another_schema')).toBe(false);
    }
  });

  it('does not take fetching or enqueueing for one', async () => {
    const texts = await statementsOf(async (boss) => {
      await boss.send('line.event', { a: 1 }).catch(() => undefined);
      await boss.fetch('line.event').catch(() => undefined);
    });
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.some((text) => isCompletionStatement(text, 'pgboss'))).toBe(false);
  });
});
