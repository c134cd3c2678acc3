import { Logger } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client, type Notification } from 'pg';
import { applicationName, CONNECT_TIMEOUT_MS } from '@tsunagu/platform/database';
import { decodeLiveMessage, encodeLiveMessage, type LiveMessage } from './live-event';

/** The one channel every process of a database listens on. */
export const LIVE_CHANNEL = 'tsunagu_live';

export interface LiveBusListener {
  /** Events of one tenant, after their transaction committed. */
  message(message: LiveMessage): void;
  /**
   * Events may have been lost (the listening connection dropped and came back): subscribers must
   * refetch what they show.
   */
  gap(): void;
}

/** Carries committed transactions' events to every subscriber of the tenant, in this process or others. */
export abstract class LiveBus {
  protected readonly listeners = new Set<LiveBusListener>();

  listen(listener: LiveBusListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  abstract publish(message: LiveMessage): Promise<void>;
  abstract start(): Promise<void>;
  abstract stop(): Promise<void>;

  protected deliver(message: LiveMessage): void {
    for (const listener of this.listeners) listener.message(message);
  }

  protected gap(): void {
    for (const listener of this.listeners) listener.gap();
  }
}

/**
 * The embedded database's bus: one process owns the database, so publishers and subscribers meet
 * in memory (LISTEN would be session state, which the embedded database shares between connections).
 */
export class InProcessLiveBus extends LiveBus {
  async publish(message: LiveMessage): Promise<void> {
    // Delivered after the publisher's after-commit work, as a notification would be.
    setImmediate(() => this.deliver(message));
  }

  async start(): Promise<void> {
    // nothing to open
  }

  async stop(): Promise<void> {
    this.listeners.clear();
  }
}

const RECONNECT_MIN_MS = 250;
const RECONNECT_MAX_MS = 5_000;

/**
 * PostgreSQL's LISTEN/NOTIFY: each process holds one dedicated connection that LISTENs on
 * `LIVE_CHANNEL` (reconnecting after a fault, and reporting a gap then), and publishes with
 * `pg_notify` through the ORM's pool once the transaction committed, so the events reach every
 * process (replica) of the database. Payloads carry a tenant id, kinds and ids: no content.
 */
export class PostgresLiveBus extends LiveBus {
  private readonly logger = new Logger('LiveBus');
  private client: Client | undefined;
  private stopped = false;
  private retryMs = RECONNECT_MIN_MS;
  private retryTimer: NodeJS.Timeout | undefined;
  private connecting: Promise<void> | undefined;

  constructor(
    private readonly url: string,
    private readonly orm: MikroORM,
  ) {
    super();
  }

  async publish(message: LiveMessage): Promise<void> {
    const payloads = encodeLiveMessage(message);
    if (payloads.length === 0) return;
    const sql = `select ${payloads.map(() => 'pg_notify(?, ?)').join(', ')}`;
    await this.orm.em.getConnection().execute(
      sql,
      payloads.flatMap((payload) => [LIVE_CHANNEL, payload]),
    );
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
    this.listeners.clear();
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
      application_name: `${applicationName(this.url)}-live`,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      // Notice a dead connection (a failover without a reset) within a minute.
      keepAlive: true,
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, undefined));
    client.on('notification', (notification: Notification) => this.received(notification));
    try {
      await client.connect();
      await client.query(`listen ${LIVE_CHANNEL}`);
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      this.logger.warn({ err: { type: errorType(error) } }, 'live updates: cannot listen yet');
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
    // Whatever was published while nobody listened is gone: subscribers refetch.
    if (reconnected) this.gap();
  }

  private received(notification: Notification): void {
    if (notification.channel !== LIVE_CHANNEL || !notification.payload) return;
    const message = decodeLiveMessage(notification.payload);
    if (!message) {
      this.logger.warn('live updates: a notification that is not ours was dropped');
      return;
    }
    this.deliver(message);
  }

  private lost(client: Client, error: unknown): void {
    if (this.client !== client) return;
    this.client = undefined;
    client.removeAllListeners('notification');
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    this.logger.warn({ err: { type: errorType(error) } }, 'live updates: the listening connection was lost');
    this.gap();
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
