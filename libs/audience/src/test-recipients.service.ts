import { Injectable } from '@nestjs/common';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { NotFoundError } from '@tsunagu/platform/errors';
import { AuditTrail } from '@tsunagu/platform/audit';
import { LineChannel } from '@tsunagu/channels';
import { TestRecipient, TestRecipientLinkCode } from './audience.entities';
import type { TestRecipientChannelModel, TestRecipientLinkCodeModel } from './audience.models';
import { LINK_CODE_MINUTES, linkCodeHash, newLinkCode } from './survey';

/**
 * Staff members' own LINE accounts as test recipients: the console shows a one-time code, the staff
 * member sends it to the channel from their LINE, and the event processor links that LINE user
 * (SurveyHandler.text). Codes are stored hashed and last 15 minutes.
 */
@Injectable()
export class TestRecipientsService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly audit: AuditTrail,
  ) {}

  /** Every channel of the tenant with who is linked on it. */
  async list(userId: string): Promise<TestRecipientChannelModel[]> {
    const em = this.tenantDb.em;
    const channels = await em.find(LineChannel, { tenant: this.tenantDb.tenantId }, { orderBy: { name: 'asc' } });
    const rows = await em.execute<
      { channel_id: string; user_id: string; display_name: string | null; linked_at: Date }[]
    >(
      `select t.channel_id, t.user_id, u.display_name, t.linked_at
         from test_recipient t left join app_user u on u.id = t.user_id
        order by t.linked_at, t.user_id`,
    );
    return channels.map((channel) => {
      const recipients = rows
        .filter((r) => r.channel_id === channel.id)
        .map((r) => ({ userId: r.user_id, displayName: r.display_name, linkedAt: new Date(r.linked_at) }));
      return {
        channelId: channel.id,
        channelName: channel.name,
        recipients,
        linkedByMe: recipients.some((r) => r.userId === userId),
      };
    });
  }

  /** A new one-time code for `userId` on the channel; their earlier unused codes stop working. */
  async createCode(userId: string, channelId: string): Promise<TestRecipientLinkCodeModel> {
    const em = this.tenantDb.em;
    const channel = await em.findOne(LineChannel, { id: channelId, tenant: this.tenantDb.tenantId });
    if (!channel) throw new NotFoundError('CHANNEL_NOT_FOUND', 'No such channel');
    await em.nativeDelete(TestRecipientLinkCode, { channel: channelId, userId, usedAt: null });
    const code = newLinkCode();
    const expiresAt = new Date(Date.now() + LINK_CODE_MINUTES * 60_000);
    em.create(TestRecipientLinkCode, {
      tenant: em.getReference(Tenant, this.tenantDb.tenantId),
      channel,
      userId,
      codeHash: linkCodeHash(code),
      expiresAt,
    });
    await em.flush();
    await this.audit.record('test_recipient.code_created', { type: 'line_channel', id: channelId }, { userId });
    return { code, expiresAt };
  }

  /** Unlinks the user's own LINE account from the channel (true when one was linked). */
  async unlink(userId: string, channelId: string): Promise<boolean> {
    const em = this.tenantDb.em;
    const deleted = await em.nativeDelete(TestRecipient, {
      channel: channelId,
      userId,
      tenant: this.tenantDb.tenantId,
    });
    if (deleted) {
      await this.audit.record('test_recipient.unlinked', { type: 'line_channel', id: channelId }, { userId });
    }
    return deleted > 0;
  }
}
