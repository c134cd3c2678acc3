/** The one part of knex's internals used here: its PostgreSQL transaction (see scoped-transaction.ts). */
declare module 'knex/lib/dialects/postgres/execution/pg-transaction' {
  import type { Knex } from 'knex';

  export default class PgTransaction {
    constructor(
      client: Knex.Client,
      container: (transaction: Knex.Transaction) => void,
      config: { userParams: object; doNotRejectOnRollback: boolean },
    );
    protected trxClient: { query(connection: unknown, sql: string): Promise<unknown> };
    begin(connection: unknown): Promise<unknown>;
    catch(onRejected: (error: unknown) => void): Promise<unknown>;
  }
}
