import { Injectable } from '@nestjs/common';
import { AccessService } from '@tsunagu/platform/auth';
import { AuditTrail } from '@tsunagu/platform/audit';
import { TenantDb } from '@tsunagu/platform/database';
import { BadUserInputError, NotFoundError } from '@tsunagu/platform/errors';
import { isUuid } from '@tsunagu/platform/graphql';
import { Broadcast } from './broadcast.entities';
import { BroadcastStatus } from './lifecycle';

/**
 * A test of a broadcast: its messages to staff's own linked LINE accounts, before approval. Which
 * LINE account a staff user has linked is the audience library's (`testRecipients`); until it is
 * wired in, a test finds no linked account and says so.
 */
@Injectable()
export class BroadcastTests {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly access: AccessService,
    private readonly audit: AuditTrail,
  ) {}

  async send(id: string, userIds: string[] | null): Promise<number> {
    const em = this.tenantDb.em;
    const broadcast = isUuid(id) ? await em.findOne(Broadcast, { id, tenant: this.tenantDb.tenantId }) : null;
    if (!broadcast) throw new NotFoundError('BROADCAST_NOT_FOUND', 'No such broadcast');
    if (broadcast.status === BroadcastStatus.CANCELLED) {
      throw new BadUserInputError([{ field: 'id', messages: ['this broadcast is cancelled'] }], 'BROADCAST_CANCELLED');
    }
    const staff = [...new Set(userIds ?? [this.access.current().userId])];
    const linked = await this.linkedAccounts(staff);
    if (linked.length === 0) {
      throw new BadUserInputError(
        [{ field: 'userIds', messages: ['none of these staff has linked a LINE account to receive tests'] }],
        'NO_LINKED_LINE_ACCOUNT',
        'No linked LINE account to send the test to',
      );
    }
    await this.audit.record(
      'broadcast.test_sent',
      { type: 'broadcast', id: broadcast.id },
      { recipients: linked.length },
    );
    return linked.length;
  }

  private async linkedAccounts(_userIds: string[]): Promise<string[]> {
    return [];
  }
}
