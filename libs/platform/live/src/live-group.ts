import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Permission } from '@tsunagu/platform/permissions';
import type { LiveConnection, LiveContext } from './live-connection';
import { LIVE_MAX_PENDING_EVENTS, type LiveStream } from './live-hub';

/** What a subscription executes, but for the context (its connection's) and the root (each batch). */
export type LiveExecutionArgs = Omit<ExecutionArgs, 'contextValue' | 'rootValue'>;

/**
 * Subscriptions whose answers are the same: one stream of events, each batch read once (with the
 * access of one of them, all alike) and the result sent to every one. A subscription whose answer
 * depends on its user is a group of its own (`key` undefined).
 */
export class LiveGroup {
  readonly members = new Set<LiveSubscription>();

  constructor(
    /** What its members have in common (`LiveSubscriptionServer`), or undefined for a group of one. */
    readonly key: string | undefined,
    readonly source: LiveStream,
  ) {}

  /** The member whose access reads the next batch (any: their access is alike). */
  get reader(): LiveSubscription | undefined {
    return this.members.values().next().value;
  }
}

/**
 * One client's subscription, as graphql-ws iterates it: the answers its group read, in order. While
 * the client is slow to take them, answers wait (up to `LIVE_MAX_PENDING_EVENTS` events); beyond,
 * they are dropped and the group's next answer says `missed`. `fail()` ends it with an error (its
 * permission is gone), `return()` at once.
 */
export class LiveSubscription implements AsyncIterableIterator<ExecutionResult> {
  private results: { result: ExecutionResult; events: number }[] = [];
  private pendingEvents = 0;
  private waiter: { resolve(result: IteratorResult<ExecutionResult>): void; reject(error: Error): void } | undefined;
  /** The error the next `next()` throws. */
  private failure: Error | undefined;
  private finished = false;

  /** The group it reads with, set when it joins one and whenever its access changes (`LiveSubscriptionServer`). */
  group!: LiveGroup;

  constructor(
    readonly context: LiveContext,
    /** The schema, document, operation and variables it executes with. */
    readonly args: LiveExecutionArgs,
    /** The permission the subscription needs: checked again whenever its connection's access changes. */
    readonly permission: Permission,
    /** Called once, when it ends: it leaves its group and connection. */
    private readonly onEnd: (subscription: LiveSubscription) => void,
  ) {}

  get connection(): LiveConnection {
    return this.context.live;
  }

  /** An answer read for the group, about `events` events. */
  deliver(result: ExecutionResult, events: number): void {
    if (this.finished) return;
    const waiter = this.waiter;
    if (waiter) {
      this.waiter = undefined;
      waiter.resolve({ done: false, value: result });
    } else if (this.pendingEvents + events > LIVE_MAX_PENDING_EVENTS) {
      this.results = [];
      this.pendingEvents = 0;
      this.group.source.markMissed();
    } else {
      this.results.push({ result, events });
      this.pendingEvents += events;
    }
  }

  fail(error: Error): void {
    if (this.finished) return;
    this.finish();
    const waiter = this.waiter;
    this.waiter = undefined;
    if (waiter) waiter.reject(error);
    else this.failure = error;
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    const failure = this.failure;
    if (failure) {
      this.failure = undefined;
      return Promise.reject(failure);
    }
    if (this.finished) return Promise.resolve({ done: true, value: undefined });
    const first = this.results.shift();
    if (first) {
      this.pendingEvents -= first.events;
      return Promise.resolve({ done: false, value: first.result });
    }
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    this.finish();
    this.failure = undefined;
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.resolve({ done: true, value: undefined });
    return { done: true, value: undefined };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.results = [];
    this.pendingEvents = 0;
    this.onEnd(this);
  }
}
