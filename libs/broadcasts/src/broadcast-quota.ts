import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';

/** A channel's monthly message quota: `limit` null on an unlimited plan. */
export interface ChannelQuota {
  limit: number | null;
  used: number;
}

/**
 * Reads a channel's quota and this month's consumption before an approval. The LINE-facing
 * reading (`LineMessagingClient.quota()`/`consumption()`) replaces this provider when it lands;
 * until then every channel reads as unlimited.
 */
@Injectable()
export class BroadcastQuota {
  async read(_em: EntityManager, _channelId: string): Promise<ChannelQuota> {
    return { limit: null, used: 0 };
  }
}
