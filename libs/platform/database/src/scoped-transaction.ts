import type { Knex } from 'knex';
// knex's own PostgreSQL transaction, which MikroORM's queries run in: extended only in how it begins.
import PgTransaction from 'knex/lib/dialects/postgres/execution/pg-transaction';

interface TransactionConnection {
  query(text: string): Promise<unknown>;
}

/**
 * A knex transaction whose BEGIN travels with its first statement (entering the tenant's or the
 * platform's scope) as one message of the simple query protocol: one round trip instead of two,
 * on every request. Should the message fail, the connection is rolled back before knex returns it
 * to the pool, never left inside a failed transaction.
 */
class ScopedPgTransaction extends PgTransaction {
  /** Set right after construction; knex begins on a later tick. */
  firstStatement = '';

  override async begin(connection: TransactionConnection): Promise<void> {
    try {
      await this.trxClient.query(connection, `BEGIN;\n${this.firstStatement}`);
    } catch (error) {
      await this.trxClient.query(connection, 'ROLLBACK').catch(() => undefined);
      throw error;
    }
  }
}

/** Opens a transaction on `knex` whose first statement is `firstStatement` (fully formatted SQL). */
export function beginWith(knex: Knex, firstStatement: string): Promise<Knex.Transaction> {
  return new Promise<Knex.Transaction>((resolve, reject) => {
    const transaction = new ScopedPgTransaction(knex.client, resolve, { userParams: {}, doNotRejectOnRollback: true });
    transaction.firstStatement = firstStatement;
    transaction.catch(reject);
  });
}
