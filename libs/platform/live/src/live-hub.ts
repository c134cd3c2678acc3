import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Permission } from '@tsunagu/platform/permissions';
import { LiveBus } from './live-bus';
import type { LiveEvent, LiveEventKind, LiveMessage } from './live-event';

/** How long a subscriber's first event waits for others to join it (one read for several). */
export const LIVE_COALESCE_MS = 10;
/** Events a subscriber may have waiting; beyond, they are dropped and the subscriber told to refetch. */
export const LIVE_MAX_PENDING_EVENTS = 5_000;

export interface LiveBatchEvent {
  kind: LiveEventKind;
  ids: string[];
  /** When it was published (ms since the epoch). */
  at: number;
}

/**
 * What a subscription's resolver receives: the events that arrived since its last answer (oldest
 * first), and whether some were lost. The resolver re-reads the rows in the subscriber's tenant
 * transaction and says, with `nothingVisible()`, when none of them is for this subscriber, so
 * that nothing is sent.
 */
export class LiveBatch {
  private visible = true;

  constructor(
    readonly events: LiveBatchEvent[],
    /** Events were dropped (a gap on the bus, a subscriber far behind): refetch what is shown. */
    readonly missed: boolean,
  ) {}

  /** The newest event's time, or now: the cursor a client resumes from. */
  get cursor(): Date {
    const last = this.events[this.events.length - 1];
    return new Date(last ? last.at : Date.now());
  }

  nothingVisible(): void {
    this.visible = false;
  }

  get worthSending(): boolean {
    return this.visible || this.missed;
  }
}

/** The connection a subscription belongs to, as the hub needs it. */
export interface LiveSubscriber {
  readonly tenantId: string;
}

export interface LiveStreamOptions {
  /**
   * What the subscription answers depends only on the subscriber's access (tenant, partner
   * organisation, roles) and its document and variables, never on who the user is (no rows of
   * their own, no read audited in their name): subscribers alike share one read of each batch.
   * Otherwise each subscription reads for itself.
   */
  shared?: boolean;
}

/**
 * The events of a subscription (or of a group of subscriptions that read alike): an async iterator
 * of batches. Events wait (up to `LIVE_MAX_PENDING_EVENTS`) while the previous batch is being read
 * and sent, so a busy reader reads many events at once rather than falling further behind.
 * `return()` ends it at once.
 */
export class LiveStream implements AsyncIterableIterator<LiveBatch> {
  private events: LiveBatchEvent[] = [];
  private missed = false;
  private closed = false;
  private waiter: ((result: IteratorResult<LiveBatch>) => void) | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    /** The permission the subscription needs: checked again whenever the subscriber's access changes. */
    readonly permission: Permission,
    readonly accepts: (event: LiveEvent) => boolean,
    /** See `LiveStreamOptions.shared`. */
    readonly shared: boolean,
    private readonly onClose: (stream: LiveStream) => void,
  ) {}

  push(message: LiveMessage): void {
    if (this.closed) return;
    let added = false;
    for (const event of message.events) {
      if (!this.accepts(event)) continue;
      if (this.events.length >= LIVE_MAX_PENDING_EVENTS) {
        this.missed = true;
        break;
      }
      this.events.push({ kind: event.kind, ids: event.ids, at: message.at });
      added = true;
    }
    if (added || this.missed) this.wake();
  }

  /** Events may have been lost: the next batch says so. */
  markMissed(): void {
    if (this.closed) return;
    this.missed = true;
    this.wake();
  }

  next(): Promise<IteratorResult<LiveBatch>> {
    if (this.closed) return Promise.resolve({ done: true, value: undefined });
    if (this.events.length > 0 || this.missed) return Promise.resolve({ done: false, value: this.take() });
    return new Promise((resolve) => {
      this.waiter = resolve;
    });
  }

  async return(): Promise<IteratorResult<LiveBatch>> {
    this.close();
    return { done: true, value: undefined };
  }

  async throw(error: unknown): Promise<IteratorResult<LiveBatch>> {
    this.close();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private take(): LiveBatch {
    const batch = new LiveBatch(this.events, this.missed);
    this.events = [];
    this.missed = false;
    return batch;
  }

  /** A waiting reader gets the events after a short while, so that the next ones join them. */
  private wake(): void {
    if (!this.waiter || this.timer) return;
    this.timer = setTimeout(() => this.flush(), LIVE_COALESCE_MS);
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const waiter = this.waiter;
    if (!waiter) return;
    this.waiter = undefined;
    waiter(this.closed ? { done: true, value: undefined } : { done: false, value: this.take() });
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.events = [];
    this.flush();
    this.onClose(this);
  }
}

/**
 * Hands each committed transaction's events to the subscriptions of its tenant, and only of its
 * tenant: a stream is registered under its subscriber's tenant, which the access guard set from
 * the subscriber's memberships.
 */
@Injectable()
export class LiveHub implements OnModuleInit, OnModuleDestroy {
  private readonly byTenant = new Map<string, Set<LiveStream>>();
  private unlisten: (() => void) | undefined;

  constructor(private readonly bus: LiveBus) {}

  onModuleInit(): void {
    this.unlisten = this.bus.listen({
      message: (message) => {
        const streams = this.byTenant.get(message.tenantId);
        if (streams) for (const stream of streams) stream.push(message);
      },
      gap: () => {
        for (const streams of this.byTenant.values()) for (const stream of streams) stream.markMissed();
      },
    });
  }

  onModuleDestroy(): void {
    this.unlisten?.();
  }

  /** A new stream of `subscriber`'s tenant, with the events `accepts` lets through. */
  open(
    subscriber: LiveSubscriber,
    permission: Permission,
    accepts: (event: LiveEvent) => boolean,
    options: LiveStreamOptions = {},
  ): LiveStream {
    const tenantId = subscriber.tenantId;
    const stream = new LiveStream(permission, accepts, options.shared ?? false, (closed) => {
      const streams = this.byTenant.get(tenantId);
      streams?.delete(closed);
      if (streams?.size === 0) this.byTenant.delete(tenantId);
    });
    let streams = this.byTenant.get(tenantId);
    if (!streams) {
      streams = new Set();
      this.byTenant.set(tenantId, streams);
    }
    streams.add(stream);
    return stream;
  }

  /** Subscriptions open in this process (for tests and operations). */
  get size(): number {
    let size = 0;
    for (const streams of this.byTenant.values()) size += streams.size;
    return size;
  }
}
