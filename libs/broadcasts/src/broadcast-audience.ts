import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AudienceService, type SegmentInput } from '@tsunagu/audience';
import { todayIn } from '@tsunagu/platform/calendar';
import { Tenant } from '@tsunagu/platform/database';
import type { Broadcast } from './broadcast.entities';
import { BroadcastAudienceKind, MULTICAST_BATCH_SIZE } from './lifecycle';

/** The batch of the n-th recipient (0-based, in registrant order). */
const BATCH_NO = `(row_number() over (order by r.id) - 1) / ${MULTICAST_BATCH_SIZE}`;

/**
 * Who a broadcast reaches, never a family who blocked the account: EVERYONE, every ACTIVE registrant
 * of the channel; SEGMENT, those its segment matches on the tenant's today (ages change with the
 * day), as the audience library reads it; TEST, the staff named, through the LINE accounts they
 * linked to the channel (each one a registrant of it: linking is done by writing to the channel).
 */
@Injectable()
export class BroadcastAudience {
  constructor(private readonly audience: AudienceService) {}

  /** How many families it would reach now. */
  async count(em: EntityManager, broadcast: Broadcast): Promise<number> {
    switch (broadcast.audienceKind) {
      case BroadcastAudienceKind.EVERYONE:
        return this.audience.count(em, broadcast.channelId, null, await this.today(em, broadcast));
      case BroadcastAudienceKind.SEGMENT:
        return this.audience.count(
          em,
          broadcast.channelId,
          broadcast.segment as SegmentInput,
          await this.today(em, broadcast),
        );
      case BroadcastAudienceKind.TEST:
        return (await this.testLineUserIds(em, broadcast)).length;
    }
  }

  /**
   * Freezes the audience into `broadcast_recipient`, numbered into batches of at most 500, in one
   * statement however many (100,000 families are one insert); returns how many. Run once, when
   * sending starts: a family who registers later is not added, one who blocks later is skipped at
   * its batch.
   */
  async freeze(em: EntityManager, broadcast: Broadcast): Promise<number> {
    if (broadcast.audienceKind === BroadcastAudienceKind.EVERYONE) {
      return this.insert(
        em,
        broadcast,
        `select ?::uuid, r.id, r.tenant_id, ${BATCH_NO}, r.line_user_id
           from registrant r where r.channel_id = ? and r.status = 'active'`,
        [broadcast.id, broadcast.channelId],
      );
    }
    const registrantIds =
      broadcast.audienceKind === BroadcastAudienceKind.SEGMENT
        ? (
            await this.audience.recipients(
              em,
              broadcast.channelId,
              broadcast.segment as SegmentInput,
              await this.today(em, broadcast),
            )
          ).map((r) => r.registrantId)
        : null;
    const lineUserIds = registrantIds ? null : await this.testLineUserIds(em, broadcast);
    return this.insert(
      em,
      broadcast,
      `select ?::uuid, r.id, r.tenant_id, ${BATCH_NO}, r.line_user_id
         from registrant r where r.channel_id = ? and r.status = 'active'
          and ${registrantIds ? 'r.id in (select jsonb_array_elements_text(?::jsonb)::uuid)' : 'r.line_user_id in (select jsonb_array_elements_text(?::jsonb))'}`,
      [broadcast.id, broadcast.channelId, JSON.stringify(registrantIds ?? lineUserIds)],
    );
  }

  private async insert(em: EntityManager, broadcast: Broadcast, select: string, params: unknown[]): Promise<number> {
    const rows = await em.execute<{ count: string }[]>(
      `with frozen as (
         insert into broadcast_recipient (broadcast_id, registrant_id, tenant_id, batch_no, line_user_id)
         ${select}
         returning batch_no)
       select count(*) as count from frozen`,
      params,
    );
    return Number(rows[0].count);
  }

  private async testLineUserIds(em: EntityManager, broadcast: Broadcast): Promise<string[]> {
    const linked = await this.audience.testRecipients(em, broadcast.channelId, broadcast.testUserIds);
    return linked.map((l) => l.lineUserId);
  }

  /** The tenant's today: a segment's ages are counted on it. */
  private async today(em: EntityManager, broadcast: Broadcast): Promise<string> {
    const tenant = await em.findOneOrFail(Tenant, { id: broadcast.tenant.id }, { fields: ['timezone'] });
    return todayIn(tenant.timezone);
  }
}
