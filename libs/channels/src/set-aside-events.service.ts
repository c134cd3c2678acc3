import { Injectable } from '@nestjs/common';
import { PlatformDb } from '@tsunagu/platform/database';
import {
  connectionFromRows,
  decodeCursor,
  encodeCursor,
  parsePosition,
  type Connection,
  type Position,
} from '@tsunagu/platform/graphql';
import type { SetAsideWebhookEvent } from './set-aside-event.model';

interface Row {
  id: string;
  tenant_id: string;
  tenant_slug: string;
  channel_id: string;
  line_channel_id: string;
  webhook_event_id: string;
  type: string;
  reason: string;
  occurred_at: Date;
  received_at: Date;
  set_aside_at: Date;
  /** The keyset position as PostgreSQL writes it (a Date would round the microseconds). */
  at: string;
}

/** The events set aside, across tenants, on the platform path: never the sealed body or the family's id. */
@Injectable()
export class SetAsideWebhookEvents {
  constructor(private readonly platformDb: PlatformDb) {}

  async list(first: number, after: string | null | undefined): Promise<Connection<SetAsideWebhookEvent>> {
    const position = after ? decodeCursor<Position>(after, parsePosition) : undefined;
    const rows = await this.platformDb.run('platform admin: webhook events set aside', (em) =>
      em.execute<Row[]>(
        `select e.id, e.tenant_id, t.slug as tenant_slug, e.channel_id, c.line_channel_id, e.webhook_event_id,
           e.type, e.set_aside_reason as reason, e.occurred_at, e.received_at, e.set_aside_at,
           e.set_aside_at::text as at
         from line_webhook_event e
         join tenant t on t.id = e.tenant_id
         join line_channel c on c.id = e.channel_id
         where e.set_aside_at is not null
           ${position ? 'and (e.set_aside_at, e.id) < (?::timestamptz, ?::uuid)' : ''}
         order by e.set_aside_at desc, e.id desc
         limit ?`,
        [...(position ? [position.at, position.id] : []), first + 1],
      ),
    );
    return connectionFromRows(
      rows,
      first,
      (row) => encodeCursor({ at: row.at, id: row.id }),
      (row) => ({
        id: row.id,
        tenantId: row.tenant_id,
        tenantSlug: row.tenant_slug,
        channelId: row.channel_id,
        lineChannelId: row.line_channel_id,
        webhookEventId: row.webhook_event_id,
        type: row.type,
        reason: row.reason,
        occurredAt: new Date(row.occurred_at),
        receivedAt: new Date(row.received_at),
        setAsideAt: new Date(row.set_aside_at),
      }),
    );
  }
}
