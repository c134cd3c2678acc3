import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AudienceService } from '@tsunagu/audience';
import { AccessService } from '@tsunagu/platform/auth';
import { AuditTrail } from '@tsunagu/platform/audit';
import { TenantDb } from '@tsunagu/platform/database';
import { BadUserInputError, NotFoundError } from '@tsunagu/platform/errors';
import { isUuid } from '@tsunagu/platform/graphql';
import { JobsService } from '@tsunagu/platform/jobs';
import { Broadcast } from './broadcast.entities';
import { BROADCAST_TEST_QUEUE, type BroadcastTestJob } from './broadcast-schedule';
import { BroadcastStatus } from './lifecycle';

/**
 * A test of a broadcast: its messages, as they are now, to staff's own LINE accounts linked to its
 * channel (the audience library's test recipients), before it is approved. Sent by a job with a retry
 * key chosen here, so it reaches each account once however often the job is tried.
 */
@Injectable()
export class BroadcastTests {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly access: AccessService,
    private readonly audit: AuditTrail,
    private readonly audience: AudienceService,
    private readonly jobs: JobsService,
  ) {}

  async send(id: string, userIds: string[] | null): Promise<number> {
    const em = this.tenantDb.em;
    const broadcast = isUuid(id) ? await em.findOne(Broadcast, { id, tenant: this.tenantDb.tenantId }) : null;
    if (!broadcast) throw new NotFoundError('BROADCAST_NOT_FOUND', 'No such broadcast');
    if (broadcast.status === BroadcastStatus.CANCELLED) {
      throw new BadUserInputError([{ field: 'id', messages: ['this broadcast is cancelled'] }], 'BROADCAST_CANCELLED');
    }
    const staff = [...new Set(userIds ?? [this.access.current().userId])];
    const linked = await this.audience.testRecipients(em, broadcast.channelId, staff);
    if (linked.length === 0) {
      throw new BadUserInputError(
        [
          {
            field: 'userIds',
            messages: ["none of these staff has linked a LINE account to this broadcast's channel (アカウント)"],
          },
        ],
        'NO_LINKED_LINE_ACCOUNT',
        'No linked LINE account to send the test to',
      );
    }
    const job: BroadcastTestJob = {
      tenantId: this.tenantDb.tenantId,
      broadcastId: broadcast.id,
      lineUserIds: linked.map((l) => l.lineUserId),
      retryKey: randomUUID(),
    };
    await this.jobs.enqueue(em, BROADCAST_TEST_QUEUE, job);
    await this.audit.record(
      'broadcast.test_sent',
      { type: 'broadcast', id: broadcast.id },
      { recipients: linked.length },
    );
    return linked.length;
  }
}
