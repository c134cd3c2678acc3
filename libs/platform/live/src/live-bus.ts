import { Logger } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { Listener } from '@tsunagu/platform/database';
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

/**
 * PostgreSQL's LISTEN/NOTIFY: each process holds one dedicated connection that LISTENs on
 * `LIVE_CHANNEL` (reconnecting after a fault, and reporting a gap then), and publishes with
 * `pg_notify` through the ORM's pool once the transaction committed, so the events reach every
 * process (replica) of the database. Payloads carry a tenant id, kinds and ids: no content.
 */
export class PostgresLiveBus extends LiveBus {
  private readonly logger = new Logger('LiveBus');
  private readonly listener: Listener;

  constructor(
    url: string,
    private readonly orm: MikroORM,
  ) {
    super();
    this.listener = new Listener(url, LIVE_CHANNEL, 'live', {
      notification: (payload) => this.received(payload),
      gap: () => this.gap(),
    });
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
    await this.listener.start();
  }

  async stop(): Promise<void> {
    await this.listener.stop();
    this.listeners.clear();
  }

  /** Whether the listening connection is up (for tests and health). */
  get listening(): boolean {
    return this.listener.listening;
  }

  private received(payload: string): void {
    const message = decodeLiveMessage(payload);
    if (!message) {
      this.logger.warn('live updates: a notification that is not ours was dropped');
      return;
    }
    this.deliver(message);
  }
}
