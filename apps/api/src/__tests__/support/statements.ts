import { Client } from 'pg';

const CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK);?\s*$/i;

/**
 * Records every message the API's connections send the database (pg's Client.query is what knex,
 * MikroORM and raw statements all go through), but the job queue's polling: pg-boss shares the
 * pool, each of its statements in a bare BEGIN … COMMIT of its own, which is left out with it (the
 * application's own transactions begin with their scope in the BEGIN's message).
 */
export class StatementRecorder {
  private readonly original = Client.prototype.query;
  private seen: { client: Client; text: string }[] | undefined;

  install(): void {
    const { original } = this;
    const record = (client: Client, text: string): void => void this.seen?.push({ client, text });
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
      return { result, statements: withoutJobQueue(this.seen) };
    } finally {
      this.seen = undefined;
    }
  }
}

function withoutJobQueue(seen: { client: Client; text: string }[]): string[] {
  const left = new Set(seen);
  const byClient = new Map<Client, { client: Client; text: string }[]>();
  for (const entry of seen) byClient.set(entry.client, [...(byClient.get(entry.client) ?? []), entry]);
  for (const entries of byClient.values()) {
    entries.forEach((entry, i) => {
      if (entry.text.includes('pgboss')) left.delete(entry);
      if (!CONTROL.test(entry.text)) return;
      // A bare BEGIN or COMMIT around a job-queue statement, or cut off by the window's edge.
      const before = entries[i - 1];
      const after = entries[i + 1];
      const wrapsJobQueue = before?.text.includes('pgboss') || after?.text.includes('pgboss');
      const cutOff = /^\s*BEGIN/i.test(entry.text) ? !after : !before;
      if (wrapsJobQueue || cutOff) left.delete(entry);
    });
  }
  return seen.filter((entry) => left.has(entry)).map((entry) => entry.text);
}
