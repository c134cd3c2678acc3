/**
 * A value read from the database by a statement sent after the caller asked, shared by every caller
 * that asked before that statement went out. Under concurrent load one round trip answers many
 * requests, yet no caller is answered by a statement sent before it asked: whatever committed
 * before a request arrived is seen by the read that answers it.
 *
 * At most one statement is in flight; callers arriving meanwhile wait for the next one, which is
 * sent as soon as the one in flight returns.
 */
export class FreshRead<T> {
  private inFlight = false;
  private waiting: { resolve: (value: T) => void; reject: (error: unknown) => void }[] = [];

  constructor(private readonly read: () => Promise<T>) {}

  current(): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      if (!this.inFlight) void this.send();
    });
  }

  private async send(): Promise<void> {
    const batch = this.waiting;
    this.waiting = [];
    this.inFlight = true;
    try {
      const value = await this.read();
      for (const caller of batch) caller.resolve(value);
    } catch (error) {
      for (const caller of batch) caller.reject(error);
    } finally {
      this.inFlight = false;
      if (this.waiting.length > 0) void this.send();
    }
  }
}
