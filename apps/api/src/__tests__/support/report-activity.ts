import { randomUUID } from 'node:crypto';
import type { Tenant } from '@tsunagu/platform/database';
import { createLineChannel, ownerQuery } from './line';
import type { TestApp } from './test-app';

/**
 * Hand-made activity for one tenant (Asia/Tokyo, fiscal year from April), written as the owner so
 * that each figure of the report is known in advance.
 */
export class Activity {
  /** The LINE channel (one of the tenant's) this activity happens on. */
  channelId = '';
  constructor(private readonly tenant: Tenant) {}

  async start(t: TestApp, adminToken: string): Promise<this> {
    this.channelId = (await createLineChannel(t, adminToken)).id;
    return this;
  }

  async category(name: string, sortOrder: number): Promise<string> {
    const id = randomUUID();
    await ownerQuery(
      `insert into conversation_category (id, tenant_id, name, name_key, sort_order, created_at, updated_at)
       values ($1, $2, $3, $4, $5, now(), now())`,
      [id, this.tenant.id, name, name, sortOrder],
    );
    return id;
  }

  /** A family that followed at `at`, wrote at `at`, and got a conversation then. */
  async family(at: string, categoryIds: string[] = []): Promise<{ conversationId: string; lineUserId: string }> {
    const registrantId = randomUUID();
    const conversationId = randomUUID();
    const lineUserId = `U${randomUUID().replace(/-/g, '')}`;
    await ownerQuery(
      `insert into registrant (id, tenant_id, channel_id, line_user_id, first_contact_at, last_contact_at, created_at)
       values ($1, $2, $3, $4, $5, $5, $5)`,
      [registrantId, this.tenant.id, this.channelId, lineUserId, at],
    );
    await this.event('follow', lineUserId, at);
    await ownerQuery(
      `insert into conversation (id, tenant_id, registrant_id, category_ids, last_message_at, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $5, $5)`,
      [conversationId, this.tenant.id, registrantId, categoryIds, at],
    );
    await this.message(conversationId, 'in', at);
    return { conversationId, lineUserId };
  }

  /**
   * A referral through its timeline: `steps` are [status, at] after the draft made at `createdAt`;
   * `overdueAt` marks it overdue (the timeline then records sent → sent, as the deadline job does).
   */
  async referral(
    family: { conversationId: string },
    partnerId: string,
    createdAt: string,
    steps: [string, string][],
    extra: { outcome?: string; overdueAt?: string; authorId: string },
  ): Promise<void> {
    const id = randomUUID();
    const [{ registrant_id: registrantId }] = await ownerQuery<{ registrant_id: string }>(
      'select registrant_id from conversation where id = $1',
      [family.conversationId],
    );
    const sentAt = steps.find(([status]) => status === 'sent')?.[1] ?? null;
    await ownerQuery(
      `insert into referral (id, tenant_id, registrant_id, conversation_id, partner_organization_id, status, summary,
         created_by_id, sent_at, overdue_at, outcome, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, '相談の要約', $7, $8, $9, $10, $11, $11)`,
      [
        id,
        this.tenant.id,
        registrantId,
        family.conversationId,
        partnerId,
        steps.at(-1)?.[0] ?? 'draft',
        extra.authorId,
        sentAt,
        extra.overdueAt ?? null,
        extra.outcome ?? null,
        createdAt,
      ],
    );
    const timeline: [string | null, string, string][] = [[null, 'draft', createdAt]];
    let from = 'draft';
    for (const [status, at] of steps) {
      timeline.push([from, status, at]);
      from = status;
    }
    if (extra.overdueAt) timeline.push(['sent', 'sent', extra.overdueAt]);
    for (const [fromStatus, toStatus, at] of timeline) {
      await ownerQuery(
        `insert into referral_event (id, tenant_id, referral_id, partner_organization_id, from_status, to_status,
           actor_side, occurred_at)
         values ($1, $2, $3, $4, $5, $6, 'referrer', $7)`,
        [randomUUID(), this.tenant.id, id, partnerId, fromStatus, toStatus, at],
      );
    }
  }

  async urgent(conversationId: string, at: string): Promise<void> {
    await ownerQuery(`insert into urgent_episode (id, tenant_id, conversation_id, began_at) values ($1, $2, $3, $4)`, [
      randomUUID(),
      this.tenant.id,
      conversationId,
      at,
    ]);
  }

  async block(lineUserId: string, at: string): Promise<void> {
    await ownerQuery(`update registrant set status = 'blocked' where tenant_id = $1 and line_user_id = $2`, [
      this.tenant.id,
      lineUserId,
    ]);
    await this.event('unfollow', lineUserId, at);
  }

  async message(
    conversationId: string,
    direction: 'in' | 'out',
    at: string,
    answers?: { since: string; inHours: boolean },
  ): Promise<void> {
    await ownerQuery(
      `insert into message (id, tenant_id, conversation_id, direction, type, text, sent_at, created_at, answers_since, answers_in_hours)
       values ($1, $2, $3, $4, 'text', '家族の相談本文', $5, $5, $6, $7)`,
      [randomUUID(), this.tenant.id, conversationId, direction, at, answers?.since ?? null, answers?.inHours ?? null],
    );
  }

  private async event(type: string, lineUserId: string, at: string): Promise<void> {
    await ownerQuery(
      `insert into line_webhook_event (id, tenant_id, channel_id, webhook_event_id, type, line_user_id, occurred_at, redelivery, payload, received_at)
       values ($1, $2, $3, $4, $5, $6, $7, false, 'sealed', $7)`,
      [randomUUID(), this.tenant.id, this.channelId, randomUUID().replace(/-/g, ''), type, lineUserId, at],
    );
  }
}
