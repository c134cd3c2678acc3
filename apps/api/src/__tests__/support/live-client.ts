import { WebSocket } from 'ws';
import { recordSent } from '@tsunagu/platform/testing';

export interface LiveMessage {
  id?: string;
  type: string;
  payload?: unknown;
}

export interface LiveClose {
  code: number;
  reason: string;
}

/**
 * A bare graphql-ws (`graphql-transport-ws`) client, so tests see every message and the close code
 * and reason as sent (the library's client retries and hides them).
 */
export class LiveClient {
  readonly messages: LiveMessage[] = [];
  closed: LiveClose | undefined;
  private readonly waiters = new Set<() => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      this.messages.push(JSON.parse(data.toString('utf8')) as LiveMessage);
      this.wake();
    });
    socket.on('close', (code: number, reason: Buffer) => {
      this.closed = { code, reason: reason.toString('utf8') };
      this.wake();
    });
  }

  /** Opens a socket to `baseUrl`'s /graphql and sends `connection_init` with `params`. */
  static async connect(baseUrl: string, params: Record<string, unknown> | undefined): Promise<LiveClient> {
    recordSent(params);
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const client = new LiveClient(socket);
    client.send({ type: 'connection_init', ...(params ? { payload: params } : {}) });
    return client;
  }

  /** Connects with a user's token, as the console does. */
  static async as(baseUrl: string, token: string, tenant?: string): Promise<LiveClient> {
    return LiveClient.connect(baseUrl, { authorization: `Bearer ${token}`, ...(tenant ? { tenant } : {}) });
  }

  send(message: object): void {
    this.socket.send(JSON.stringify(message));
  }

  subscribe(id: string, query: string, variables: Record<string, unknown> = {}): void {
    recordSent(variables);
    this.send({ id, type: 'subscribe', payload: { query, variables } });
  }

  /** Waits until `done` holds of the messages received (or the socket closed), or the time runs out. */
  async until(done: (client: LiveClient) => boolean, ms = 20_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!done(this) && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(200, deadline - Date.now()));
        this.waiters.add(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async acknowledged(): Promise<boolean> {
    await this.until((c) => c.has('connection_ack') || c.closed !== undefined);
    return this.has('connection_ack');
  }

  async closedWith(ms = 20_000): Promise<LiveClose | undefined> {
    await this.until((c) => c.closed !== undefined, ms);
    return this.closed;
  }

  has(type: string, id?: string): boolean {
    return this.messages.some((m) => m.type === type && (id === undefined || m.id === id));
  }

  /** The `data` of every `next` of subscription `id`. */
  data<T>(id: string): T[] {
    return this.messages
      .filter((m) => m.type === 'next' && m.id === id)
      .map((m) => (m.payload as { data?: T }).data)
      .filter((d): d is T => d !== undefined && d !== null);
  }

  /** The error codes sent for subscription `id` (in `next` or `error` messages). */
  errorCodes(id: string): string[] {
    return this.messages
      .filter((m) => m.id === id && (m.type === 'next' || m.type === 'error'))
      .flatMap((m) => {
        const errors = m.type === 'error' ? m.payload : (m.payload as { errors?: unknown }).errors;
        return Array.isArray(errors)
          ? errors.map((e: { extensions?: { code?: string } }) => e.extensions?.code ?? '')
          : [];
      });
  }

  close(): void {
    if (this.socket.readyState === this.socket.OPEN || this.socket.readyState === this.socket.CONNECTING) {
      this.socket.close(1000);
    }
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
    this.waiters.clear();
  }
}
