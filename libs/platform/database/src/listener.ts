import { Logger } from '@nestjs/common';
import { Client, type Notification } from 'pg';
import { applicationName, CONNECT_TIMEOUT_MS } from './orm-options';

const RECONNECT_MIN_MS = 250;
const RECONNECT_MAX_MS = 5_000;

export interface ListenerHandlers {
  /** A notification on the channel (its payload). */
  notification(payload: string): void;
  /**
   * Notifications may have been lost: the connection dropped, or came back after it had.
   */
  gap(): void;
}

/**
 * A dedicated PostgreSQL connection that LISTENs on one channel, reconnecting after a fault (with
 * backoff) and reporting a gap then. Notifications are sent with `pg_notify` through the ORM's pool.
 */
export class Listener {
  private readonly logger: Logger;
  private client: Client | undefined;
  private stopped = false;
  private retryMs = RECONNECT_MIN_MS;
  private retryTimer: NodeJS.Timeout | undefined;
  private connecting: Promise<void> | undefined;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    /** Names the connection (`<application>-<name>`) and the log lines. */
    private readonly name: string,
    private readonly handlers: ListenerHandlers,
  ) {
    this.logger = new Logger(`Listener ${name}`);
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.connecting?.catch(() => undefined);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /** Whether the listening connection is up (for tests and health). */
  get listening(): boolean {
    return this.client !== undefined;
  }

  private connect(): Promise<void> {
    this.connecting ??= this.open().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private async open(): Promise<void> {
    const client = new Client({
      connectionString: this.url,
      application_name: `${applicationName(this.url)}-${this.name}`,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      // Notice a dead connection (a failover without a reset) within a minute.
      keepAlive: true,
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, undefined));
    client.on('notification', (notification: Notification) => {
      if (notification.channel === this.channel && notification.payload) {
        this.handlers.notification(notification.payload);
      }
    });
    try {
      await client.connect();
      await client.query(`listen ${this.channel}`);
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      this.logger.warn({ err: { type: errorType(error) } }, 'cannot listen yet');
      this.scheduleReconnect();
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    const reconnected = this.retryMs > RECONNECT_MIN_MS;
    this.client = client;
    this.retryMs = RECONNECT_MIN_MS;
    // Whatever was notified while nobody listened is gone.
    if (reconnected) this.handlers.gap();
  }

  private lost(client: Client, error: unknown): void {
    if (this.client !== client) return;
    this.client = undefined;
    client.removeAllListeners('notification');
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    this.logger.warn({ err: { type: errorType(error) } }, 'the listening connection was lost');
    this.handlers.gap();
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.retryTimer) return;
    const delay = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, RECONNECT_MAX_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.connect();
    }, delay);
    this.retryTimer.unref();
  }
}

function errorType(error: unknown): string {
  if (!error) return 'end';
  const code = (error as { code?: unknown }).code;
  return error instanceof Error ? `${error.name}${typeof code === 'string' ? ` ${code}` : ''}` : typeof error;
}
