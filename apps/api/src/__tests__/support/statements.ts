import { Client } from 'pg';

/**
 * Records every message the API's own connections send the database (pg's Client.query is what
 * knex, MikroORM and raw statements all go through), but the job queue's: pg-boss polls on its own
 * pool meanwhile, and a client that ever sent a pgboss statement is taken for one of its.
 */
export class StatementRecorder {
  private readonly original = Client.prototype.query;
  private readonly jobQueueClients = new WeakSet<Client>();
  private seen: { client: Client; text: string }[] | undefined;

  install(): void {
    const { original, jobQueueClients } = this;
    const record = (client: Client, text: string): void => {
      if (text.includes('pgboss')) jobQueueClients.add(client);
      this.seen?.push({ client, text });
    };
    Client.prototype.query = function (this: Client, ...args: unknown[]) {
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string } | undefined)?.text;
      if (typeof text === 'string') record(this, text);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof Client.prototype.query;
  }

  uninstall(): void {
    Client.prototype.query = this.original;
  }

  /** The statements the API sent while `fn` ran. */
  async during<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    this.seen = [];
    try {
      const result = await fn();
      const statements = this.seen.filter(({ client }) => !this.jobQueueClients.has(client)).map((s) => s.text);
      return { result, statements };
    } finally {
      this.seen = undefined;
    }
  }
}
