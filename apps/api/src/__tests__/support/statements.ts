import { Client } from 'pg';

/**
 * Records every message the API's connections send the database (pg's Client.query is what knex,
 * MikroORM and raw statements all go through), but the job queue's polling: pg-boss shares the
 * pool, each of its statements one message naming its schema.
 */
export class StatementRecorder {
  private readonly original = Client.prototype.query;
  private seen: string[] | undefined;

  install(): void {
    const { original } = this;
    const record = (text: string): void => void this.seen?.push(text);
    Client.prototype.query = function (this: Client, ...args: unknown[]) {
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string } | undefined)?.text;
      if (typeof text === 'string') record(text);
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
      return { result, statements: this.seen.filter((text) => !text.includes('pgboss')) };
    } finally {
      this.seen = undefined;
    }
  }
}
