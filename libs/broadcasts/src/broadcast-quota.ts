import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LineApiError, LineMessagingClient } from '@tsunagu/channels';
import { ConflictError } from '@tsunagu/platform/errors';

/** A channel's monthly message quota: `limit` null on an unlimited plan. */
export interface ChannelQuota {
  limit: number | null;
  used: number;
}

/** Reads a channel's quota and this month's consumption from LINE, before an approval. */
@Injectable()
export class BroadcastQuota {
  constructor(private readonly line: LineMessagingClient) {}

  async read(em: EntityManager, channelId: string): Promise<ChannelQuota> {
    const token = await this.line.accessToken(em, channelId);
    try {
      const [quota, consumption] = await Promise.all([this.line.quota(token), this.line.consumption(token)]);
      return { limit: quota.type === 'limited' ? quota.value : null, used: consumption.totalUsage };
    } catch (error) {
      if (!(error instanceof LineApiError)) throw error;
      // Approving without knowing the quota could send half a broadcast: refused, nothing written.
      throw new ConflictError('QUOTA_UNAVAILABLE', "LINE did not tell the channel's quota: try again in a moment", [
        { field: 'id', messages: ["LINE did not tell the channel's monthly quota; nothing was approved"] },
      ]);
    }
  }
}
