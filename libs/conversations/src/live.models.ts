import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConversationModel, MessageModel } from './conversation.models';
import { NotificationModel } from './triage.models';

/** What happened to a conversation, as the inbox subscription tells it. */
export enum InboxEventKind {
  MESSAGE_RECEIVED = 'MESSAGE_RECEIVED',
  MESSAGE_SENT = 'MESSAGE_SENT',
  DELIVERY_UPDATED = 'DELIVERY_UPDATED',
  CONVERSATION_OPENED = 'CONVERSATION_OPENED',
  CONVERSATION_REOPENED = 'CONVERSATION_REOPENED',
  CONVERSATION_UPDATED = 'CONVERSATION_UPDATED',
}
registerEnumType(InboxEventKind, {
  name: 'InboxEventKind',
  description:
    'MESSAGE_RECEIVED: a family wrote; MESSAGE_SENT: a reply (a counsellor’s or automatic) was queued; ' +
    'DELIVERY_UPDATED: what became of a reply changed; CONVERSATION_OPENED: a family’s first conversation; ' +
    'CONVERSATION_REOPENED: a resolved conversation opened again; CONVERSATION_UPDATED: status, priority, ' +
    'assignee or categories changed',
});

@ObjectType('InboxEvent', { description: 'One change to a conversation, re-read for the subscriber' })
export class InboxEventModel {
  @Field(() => InboxEventKind)
  kind!: InboxEventKind;

  @Field({ description: 'When the change was committed' })
  at!: Date;

  @Field(() => ConversationModel, { description: 'The conversation as it is now, as the inbox page shows it' })
  conversation!: ConversationModel;

  @Field(() => MessageModel, {
    nullable: true,
    description: 'The message received or sent, or whose delivery changed (MESSAGE_* and DELIVERY_UPDATED)',
  })
  message!: MessageModel | null;
}

@ObjectType('InboxEvents', {
  description:
    'Changes to the inbox since the last answer, oldest first. After a reconnection (or when `missed`), ' +
    'refetch what is shown: events published while the socket was closed are not replayed',
})
export class InboxEventsModel {
  @Field({ description: 'The newest change’s time: refetch what changed after it when resuming' })
  cursor!: Date;

  @Field({ description: 'Some changes were not delivered (the server fell behind or lost its channel): refetch' })
  missed!: boolean;

  @Field(() => [InboxEventModel])
  events!: InboxEventModel[];
}

@ObjectType('NotificationEvents', { description: 'New notifications of the signed-in user, oldest first' })
export class NotificationEventsModel {
  @Field()
  cursor!: Date;

  @Field({ description: 'Some notifications were not delivered: refetch `notifications`' })
  missed!: boolean;

  @Field(() => [NotificationModel])
  notifications!: NotificationModel[];
}
