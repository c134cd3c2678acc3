import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { JobsService } from '@tsunagu/platform/jobs';
import type { Broadcast } from './broadcast.entities';

/** The queue that starts a broadcast's delivery (`{ tenantId, broadcastId }`), due at its schedule. */
export const BROADCAST_START_QUEUE = 'broadcast.start';
/** The queue of a broadcast's batches (`{ tenantId, broadcastId, batchNo }`). */
export const BROADCAST_BATCH_QUEUE = 'broadcast.batch';

/** The queue of a broadcast's tests to staff's linked LINE accounts. */
export const BROADCAST_TEST_QUEUE = 'broadcast.test';

/** LINE user ids of staff (not families), and the key chosen when the test was asked for. */
export interface BroadcastTestJob {
  tenantId: string;
  broadcastId: string;
  lineUserIds: string[];
  retryKey: string;
}

export interface BroadcastStartJob {
  tenantId: string;
  broadcastId: string;
}

/** Hands an approved broadcast to delivery, in the approval's transaction: at once or at its time. */
@Injectable()
export class BroadcastSchedule {
  constructor(private readonly jobs: JobsService) {}

  async start(em: EntityManager, broadcast: Broadcast): Promise<void> {
    const seconds = broadcast.scheduledAt ? Math.ceil((broadcast.scheduledAt.getTime() - Date.now()) / 1000) : 0;
    const job: BroadcastStartJob = { tenantId: broadcast.tenant.id, broadcastId: broadcast.id };
    await this.jobs.enqueue(em, BROADCAST_START_QUEUE, job, seconds > 0 ? { startAfterSeconds: seconds } : {});
  }
}
