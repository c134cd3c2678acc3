import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Broadcast } from './broadcast.entities';
import { BroadcastAudienceKind, MULTICAST_BATCH_SIZE } from './lifecycle';

/**
 * Who a broadcast reaches. EVERYONE is every ACTIVE registrant of the channel (a family who blocked
 * the account never receives anything); TEST the staff named (their linked LINE accounts); SEGMENT
 * is read by the audience library.
 */
@Injectable()
export class BroadcastAudience {
  /** How many families it would reach now. */
  async count(em: EntityManager, broadcast: Broadcast): Promise<number> {
    switch (broadcast.audienceKind) {
      case BroadcastAudienceKind.EVERYONE: {
        const [{ count }] = await em.execute<{ count: string }[]>(
          `select count(*) as count from registrant where channel_id = ? and status = 'active'`,
          [broadcast.channelId],
        );
        return Number(count);
      }
      case BroadcastAudienceKind.TEST:
        return broadcast.testUserIds.length;
      case BroadcastAudienceKind.SEGMENT:
        return 0;
    }
  }

  /**
   * Freezes the audience into `broadcast_recipient`, numbered into batches of at most 500 in one
   * statement (100,000 families are one insert, not 100,000); returns how many. Run once, when
   * sending starts: a family who registers later is not added, one who blocks later is skipped at
   * its batch.
   */
  async freeze(em: EntityManager, broadcast: Broadcast): Promise<number> {
    if (broadcast.audienceKind !== BroadcastAudienceKind.EVERYONE) {
      throw new Error(`the ${broadcast.audienceKind} audience cannot be frozen yet`);
    }
    const rows = await em.execute<{ count: string }[]>(
      `with frozen as (
         insert into broadcast_recipient (broadcast_id, registrant_id, tenant_id, batch_no, line_user_id)
         select ?, r.id, r.tenant_id, (row_number() over (order by r.id) - 1) / ${MULTICAST_BATCH_SIZE}, r.line_user_id
           from registrant r where r.channel_id = ? and r.status = 'active'
         returning batch_no)
       select count(*) as count from frozen`,
      [broadcast.id, broadcast.channelId],
    );
    return Number(rows[0].count);
  }
}
