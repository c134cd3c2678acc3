import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@tsunagu/platform/graphql';

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
