import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ConnectionType, PageArgs } from '@tsunagu/platform/graphql';
import {
  AutomaticReply,
  ConversationPriority,
  ConversationStatus,
  DeliveryStatus,
  MessageDirection,
  RegistrantStatus,
} from './conversation.entities';
import { MediaStatus } from './message-media.entity';
import { ConversationCategoryModel } from './inbox-settings.models';

registerEnumType(ConversationStatus, { name: 'ConversationStatus' });
registerEnumType(ConversationPriority, { name: 'ConversationPriority' });
registerEnumType(MessageDirection, { name: 'MessageDirection' });
registerEnumType(RegistrantStatus, { name: 'RegistrantStatus' });
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus' });
registerEnumType(AutomaticReply, { name: 'AutomaticReply' });
registerEnumType(MediaStatus, { name: 'MediaStatus' });

@ObjectType('Registrant', { description: 'A family: a LINE user of one of the tenant channels' })
export class RegistrantModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'From the LINE profile' })
  displayName!: string | null;

  @Field(() => RegistrantStatus)
  status!: RegistrantStatus;

  @Field({ description: 'When the family first reached the channel (added it or wrote)' })
  since!: Date;
}

@ObjectType('Assignee', { description: 'The counsellor in charge' })
export class AssigneeModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;
}

@ObjectType('MessageMedia', {
  description: 'The content of an image, video, audio or file message, fetched from LINE on arrival',
})
export class MessageMediaModel {
  @Field(() => ID)
  id!: string;

  @Field(() => MediaStatus)
  status!: MediaStatus;

  @Field(() => String, { nullable: true, description: 'As LINE gave it; null until fetched' })
  contentType!: string | null;

  @Field(() => Int, { nullable: true, description: 'Bytes; null until fetched' })
  size!: number | null;

  @Field(() => String, { nullable: true, description: 'File messages only' })
  fileName!: string | null;

  @Field({ description: 'GET it with the same bearer token and X-Tenant (READY only; each view is audited)' })
  url!: string;
}

@ObjectType('Message')
export class MessageModel {
  @Field(() => ID)
  id!: string;

  @Field(() => MessageDirection)
  direction!: MessageDirection;

  @Field({
    description:
      'text, image, sticker, location, file, audio, video, or postback (a button the family tapped; its data as text)',
  })
  type!: string;

  @Field(() => String, { nullable: true, description: 'Text messages only; null once unsent' })
  text!: string | null;

  @Field()
  sentAt!: Date;

  @Field()
  unsent!: boolean;

  @Field(() => DeliveryStatus, { nullable: true, description: 'Outbound messages: what became of them' })
  deliveryStatus!: DeliveryStatus | null;

  @Field(() => AutomaticReply, { nullable: true, description: 'Set when the system sent it by itself, and why' })
  automatic!: AutomaticReply | null;
  @Field(() => MessageMediaModel, { nullable: true, description: 'Image, video, audio and file messages' })
  media!: MessageMediaModel | null;
}

@InputType()
export class ReplyToConversationInput {
  @Field(() => ID)
  @IsUUID()
  conversationId!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  text!: string;
}

@ObjectType('ConversationChannel', { description: 'The LINE channel a family writes through' })
export class ConversationChannelModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType('Conversation', { description: "A registrant's thread with the counsellors" })
export class ConversationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ConversationStatus)
  status!: ConversationStatus;

  @Field(() => ConversationPriority)
  priority!: ConversationPriority;

  @Field(() => Int)
  unreadCount!: number;

  @Field()
  lastMessageAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: "Since when an urgent episode awaits a counsellor's acknowledgement; null when none does",
  })
  urgentSince!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The keyword rule that began the urgent episode, as the tenant wrote it; null with urgentSince',
  })
  urgentKeyword!: string | null;

  @Field(() => ConversationChannelModel)
  channel!: ConversationChannelModel;

  @Field({
    description:
      "Whether it is now outside the business hours of the family's channel (in the tenant's time zone); " +
      'false when the channel has none',
  })
  outOfHours!: boolean;

  @Field(() => [ID])
  categoryIds!: string[];

  @Field(() => [ConversationCategoryModel], { description: 'By sortOrder, then name' })
  categories!: ConversationCategoryModel[];

  @Field(() => RegistrantModel)
  registrant!: RegistrantModel;

  @Field(() => AssigneeModel, { nullable: true })
  assignee!: AssigneeModel | null;

  @Field(() => MessageModel, { nullable: true })
  lastMessage!: MessageModel | null;
}

@ObjectType('ConversationConnection')
export class ConversationConnection extends ConnectionType(ConversationModel, 'Conversation') {}

@ObjectType('MessageConnection')
export class MessageConnection extends ConnectionType(MessageModel, 'Message') {}

@InputType()
export class ConversationFilter {
  @Field(() => ConversationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ConversationStatus)
  status?: ConversationStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only conversations nobody is assigned to; false: only assigned ones. Not with assigneeId',
  })
  @IsOptional()
  @IsBoolean()
  unassigned?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only conversations whose urgent episode awaits acknowledgement (the urgent banner); false: none',
  })
  @IsOptional()
  @IsBoolean()
  awaitingAcknowledgement?: boolean;

  @Field(() => ID, { nullable: true, description: 'Only families who write through this LINE channel (its id)' })
  @IsOptional()
  @IsUUID()
  lineChannelId?: string;

  @Field(() => ConversationPriority, { nullable: true })
  @IsOptional()
  @IsEnum(ConversationPriority)
  priority?: ConversationPriority;

  @Field(() => [ID], { nullable: true, description: 'Conversations in any of these categories' })
  @IsOptional()
  @IsUUID('all', { each: true })
  categoryIds?: string[];

  @Field({ nullable: true, description: 'Display names and message text; two characters are enough (虐待, DV)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class ConversationsArgs extends PageArgs {
  @Field(() => ConversationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConversationFilter)
  filter?: ConversationFilter | null;
}

@ArgsType()
export class MessagesArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  conversationId!: string;
}

@InputType()
export class SetConversationStatusInput {
  @Field(() => ID)
  @IsUUID()
  conversationId!: string;

  @Field(() => ConversationStatus)
  @IsEnum(ConversationStatus)
  status!: ConversationStatus;
}

@InputType()
export class SetConversationPriorityInput {
  @Field(() => ID)
  @IsUUID()
  conversationId!: string;

  @Field(() => ConversationPriority)
  @IsEnum(ConversationPriority)
  priority!: ConversationPriority;
}

@InputType()
export class AssignConversationInput {
  @Field(() => ID)
  @IsUUID()
  conversationId!: string;

  @Field(() => ID, { nullable: true, description: 'A counsellor of this tenant; null to unassign' })
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  assigneeId!: string | null;
}

@InputType()
export class AcknowledgeConversationInput {
  @Field(() => ID)
  @IsUUID()
  conversationId!: string;
}

@InputType()
export class RetryReplyInput {
  @Field(() => ID, { description: "A counsellor's reply whose deliveryStatus is FAILED or UNKNOWN" })
  @IsUUID()
  messageId!: string;
}
