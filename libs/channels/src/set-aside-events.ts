import { Injectable } from '@nestjs/common';
import { Args, ArgsType, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { PlatformDb } from '@tsunagu/platform/database';
import {
  ConnectionType,
  connectionFromRows,
  decodeCursor,
  encodeCursor,
  PageArgs,
  parsePosition,
  type Connection,
  type Position,
} from '@tsunagu/platform/graphql';
import { Permission, RequirePermission } from '@tsunagu/platform/permissions';

@ObjectType({
  description:
    'A LINE webhook event that can never be processed, kept with the reason and not tried again. Its content stays sealed.',
})
export class SetAsideWebhookEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  tenantId!: string;

  @Field()
  tenantSlug!: string;

  @Field(() => ID, { description: 'Our id of the channel' })
  channelId!: string;

  @Field({ description: "LINE's id of the channel" })
  lineChannelId!: string;

  @Field({ description: "LINE's id of the event (to find it in LINE's logs)" })
  webhookEventId!: string;

  @Field({ description: "LINE's event type (message, follow, ...)" })
  type!: string;

  @Field({ description: 'Why: a rule of the event shape and where it failed, or the kind of failure' })
  reason!: string;

  @Field({ description: 'When LINE says it happened' })
  occurredAt!: Date;

  @Field()
  receivedAt!: Date;

  @Field()
  setAsideAt!: Date;
}

@ObjectType('SetAsideWebhookEventConnection')
export class SetAsideWebhookEventConnection extends ConnectionType(SetAsideWebhookEvent, 'SetAsideWebhookEvent') {}

@ArgsType()
export class SetAsideWebhookEventsArgs extends PageArgs {}

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

@Resolver(() => SetAsideWebhookEvent)
export class SetAsideWebhookEventsResolver {
  constructor(private readonly events: SetAsideWebhookEvents) {}

  @RequirePermission(Permission.ReadSetAsideWebhookEvents)
  @Query(() => SetAsideWebhookEventConnection, {
    description:
      'Platform admins: LINE webhook events that can never be processed, newest first, with why (never their content)',
  })
  setAsideWebhookEvents(@Args() args: SetAsideWebhookEventsArgs): Promise<Connection<SetAsideWebhookEvent>> {
    return this.events.list(args.first, args.after);
  }
}
