import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { TenantRole } from '@tsunagu/platform/permissions';
import { ConnectionType, PageArgs } from '@tsunagu/platform/graphql';
import { SegmentInput, SegmentModel } from '@tsunagu/audience';
import { BroadcastMessageKind, BroadcastStatisticsState } from './broadcast.entities';
import { BroadcastAudienceKind, BroadcastStatus, MAX_BROADCAST_MESSAGES } from './lifecycle';

registerEnumType(BroadcastStatus, { name: 'BroadcastStatus' });
registerEnumType(BroadcastAudienceKind, { name: 'BroadcastAudienceKind' });
registerEnumType(BroadcastMessageKind, { name: 'BroadcastMessageKind' });
registerEnumType(BroadcastStatisticsState, {
  name: 'BroadcastStatisticsState',
  valuesMap: {
    PENDING: { description: 'Not read from LINE yet' },
    READY: { description: 'As LINE last counted them' },
    NOT_AVAILABLE: { description: "The channel's LINE plan gives no statistics" },
    FAILED: { description: 'LINE refused the read (the channel needs attention)' },
  },
});

@ObjectType('LineEmoji', { description: 'A LINE emoji placed at a `$` of a text message' })
export class LineEmojiModel {
  @Field(() => Int, { description: 'Index of its `$` in the text (UTF-16)' })
  index!: number;

  @Field()
  productId!: string;

  @Field()
  emojiId!: string;
}

@ObjectType('BroadcastMessage', { description: 'One message of a broadcast, exactly as it will be sent' })
export class BroadcastMessageModel {
  @Field(() => BroadcastMessageKind)
  kind!: BroadcastMessageKind;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => [LineEmojiModel], { nullable: true })
  emojis!: LineEmojiModel[] | null;

  @Field(() => String, { nullable: true })
  imageUrl!: string | null;

  @Field(() => String, { nullable: true })
  previewImageUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'LINK: the title the family sees' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'LINK: the address it opens' })
  url!: string | null;
}

@ObjectType('BroadcastPerson')
export class BroadcastPersonModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Display name; `(former member)` once they left the tenant' })
  displayName!: string;
}

@ObjectType('BroadcastFailure')
export class BroadcastFailureModel {
  @Field({ description: "LINE's answer to the refused batches" })
  reason!: string;

  @Field(() => Int, { description: 'Families in those batches' })
  count!: number;
}

@ObjectType('BroadcastFigures', { description: 'What delivery has done so far; fills in while SENDING' })
export class BroadcastFiguresModel {
  @Field(() => Int, { description: 'Families in the frozen audience' })
  audience!: number;

  @Field(() => Int)
  sent!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => Int, { description: 'Families who blocked the account after the audience was frozen' })
  skipped!: number;

  @Field(() => Int, { description: 'Not yet sent' })
  pending!: number;

  @Field(() => [BroadcastFailureModel])
  failures!: BroadcastFailureModel[];

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Seconds, to the millisecond, from the start of sending to its end (or until now)',
  })
  durationSeconds!: number | null;
}

@ObjectType('BroadcastLinkStatistics', { description: 'Taps of a link in one bubble, as LINE counted them' })
export class BroadcastLinkStatisticsModel {
  @Field(() => Int, { description: 'The bubble (message) it is in, from 1' })
  seq!: number;

  @Field()
  url!: string;

  @Field(() => Int, { nullable: true, description: 'Taps; null when fewer than 20 people are behind them' })
  clicks!: number | null;

  @Field(() => Int, { nullable: true, description: 'People who tapped it; null when fewer than 20' })
  uniqueClicks!: number | null;
}

@ObjectType('BroadcastStatistics', {
  description:
    "LINE's statistics of a sent broadcast's aggregation unit: read daily for the 14 days LINE updates them, and when asked",
})
export class BroadcastStatisticsModel {
  @Field(() => BroadcastStatisticsState)
  state!: BroadcastStatisticsState;

  @Field(() => Int, {
    nullable: true,
    description: 'Families who opened it (saw at least one bubble); null when fewer than 20, or not read yet',
  })
  opens!: number | null;

  @Field(() => Int, { nullable: true, description: 'Families who tapped any link; null when fewer than 20' })
  clickers!: number | null;

  @Field(() => [BroadcastLinkStatisticsModel])
  links!: BroadcastLinkStatisticsModel[];

  @Field(() => Date, { nullable: true, description: 'When LINE last answered with figures' })
  readAt!: Date | null;

  @Field({ description: 'A read asked for is waiting for LINE' })
  refreshing!: boolean;

  @Field({ description: 'Read after LINE stopped updating them (14 days after sending): they no longer change' })
  final!: boolean;

  @Field(() => Date, { nullable: true, description: 'When a read may be asked for again; null: now' })
  nextRequestAt!: Date | null;
}

@ObjectType('Broadcast', { description: 'A push of up to five messages to registered families of a channel' })
export class BroadcastModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  channelId!: string;

  @Field({ description: "The staff's name for it; never sent" })
  title!: string;

  @Field(() => [BroadcastMessageModel])
  messages!: BroadcastMessageModel[];

  @Field(() => BroadcastAudienceKind)
  audienceKind!: BroadcastAudienceKind;

  @Field(() => SegmentModel, { nullable: true, description: 'SEGMENT: who it goes to' })
  segment!: SegmentModel | null;

  @Field(() => [ID], { description: 'TEST: the staff whose linked LINE accounts receive it' })
  testUserIds!: string[];

  @Field(() => Int, {
    description: 'Families it goes to: counted now until sending starts, then the frozen audience; 0 once cancelled',
  })
  recipientCount!: number;

  @Field(() => Date, { nullable: true, description: 'When it goes; null: as soon as it is approved' })
  scheduledAt!: Date | null;

  @Field({ description: 'Delivered without a sound or notice (quiet hours)' })
  notificationDisabled!: boolean;

  @Field(() => String, { nullable: true, description: "LINE's customAggregationUnits name" })
  aggregationUnit!: string | null;

  @Field(() => BroadcastStatus)
  status!: BroadcastStatus;

  @Field({ description: 'Whether the viewer may approve or send it back now' })
  viewerMayApprove!: boolean;

  @Field(() => BroadcastPersonModel)
  composedBy!: BroadcastPersonModel;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => BroadcastPersonModel, { nullable: true })
  approvedBy!: BroadcastPersonModel | null;

  @Field(() => Date, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => BroadcastPersonModel, { nullable: true, description: 'Who last sent it back to draft' })
  rejectedBy!: BroadcastPersonModel | null;

  @Field(() => String, { nullable: true })
  rejectionReason!: string | null;

  @Field(() => BroadcastPersonModel, { nullable: true })
  cancelledBy!: BroadcastPersonModel | null;

  @Field(() => Date, { nullable: true })
  cancelledAt!: Date | null;

  @Field(() => BroadcastFiguresModel, { nullable: true, description: 'Once sending has started' })
  figures!: BroadcastFiguresModel | null;

  @Field(() => BroadcastStatisticsModel, {
    nullable: true,
    description: 'Once sent with an aggregation unit: how many opened it and tapped its links, as LINE counts them',
  })
  statistics!: BroadcastStatisticsModel | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('BroadcastConnection')
export class BroadcastConnection extends ConnectionType(BroadcastModel, 'Broadcast') {}

@ArgsType()
export class BroadcastsArgs extends PageArgs {
  @Field(() => BroadcastStatus, { nullable: true })
  @IsOptional()
  @IsEnum(BroadcastStatus)
  status?: BroadcastStatus | null;
}

@InputType()
export class LineEmojiInput {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  index!: number;

  @Field()
  @IsString()
  @MaxLength(24)
  productId!: string;

  @Field()
  @IsString()
  @MaxLength(8)
  emojiId!: string;
}

@InputType()
export class BroadcastMessageInput {
  @Field(() => BroadcastMessageKind)
  @IsEnum(BroadcastMessageKind)
  kind!: BroadcastMessageKind;

  @Field(() => String, { nullable: true, description: 'TEXT' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  text?: string | null;

  @Field(() => [LineEmojiInput], { nullable: true, description: 'TEXT: LINE emoji at `$` characters' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => LineEmojiInput)
  emojis?: LineEmojiInput[] | null;

  @Field(() => String, { nullable: true, description: 'IMAGE: https address' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  imageUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'IMAGE: https address of the preview (the image if left out)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  previewImageUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'LINK: the title shown' })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'LINK: https address' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  url?: string | null;
}

@InputType({ isAbstract: true })
class BroadcastFieldsInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  channelId!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  title!: string;

  @Field(() => [BroadcastMessageInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BROADCAST_MESSAGES)
  @ValidateNested({ each: true })
  @Type(() => BroadcastMessageInput)
  messages!: BroadcastMessageInput[];

  @Field(() => BroadcastAudienceKind)
  @IsEnum(BroadcastAudienceKind)
  audienceKind!: BroadcastAudienceKind;

  @Field(() => SegmentInput, { nullable: true, description: 'SEGMENT: who it goes to (`audienceCount` counts it)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SegmentInput)
  segment?: SegmentInput | null;

  @Field(() => [ID], { nullable: true, description: 'TEST: staff users' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  testUserIds?: string[] | null;

  @Field(() => Date, {
    nullable: true,
    description: 'An instant (ISO 8601 with its offset); null: as soon as approved',
  })
  @IsOptional()
  @IsDate()
  scheduledAt?: Date | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  notificationDisabled?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Up to 30 letters, digits or underscores' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  aggregationUnit?: string | null;
}

@InputType()
export class CreateBroadcastInput extends BroadcastFieldsInput {}

@InputType()
export class UpdateBroadcastInput extends BroadcastFieldsInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  id!: string;
}

@InputType()
export class BroadcastIdInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  id!: string;
}

@InputType()
export class RejectBroadcastInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  id!: string;

  @Field({ description: 'What the composer should change' })
  @IsString()
  @MaxLength(1000)
  reason!: string;
}

@InputType()
export class SendTestBroadcastInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  id!: string;

  @Field(() => [ID], {
    nullable: true,
    description: "Staff whose linked LINE accounts receive it; the sender's own if left out",
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  userIds?: string[] | null;
}

@ObjectType('BroadcastTestSent')
export class BroadcastTestSentModel {
  @Field(() => Int, { description: 'LINE accounts the test was queued for' })
  recipients!: number;
}

@ObjectType('BroadcastSettings')
export class BroadcastSettingsModel {
  @Field(() => [TenantRole], { description: 'Roles whose holders approve broadcasts' })
  approverRoles!: TenantRole[];

  @Field(() => [ID], { description: 'Users named as approvers besides those roles' })
  approverUserIds!: string[];

  @Field({ description: 'Whether an approver may approve a broadcast they composed' })
  allowSelfApproval!: boolean;
}

@InputType()
export class UpdateBroadcastSettingsInput {
  @Field(() => [TenantRole])
  @ArrayMaxSize(2)
  @IsEnum(TenantRole, { each: true })
  approverRoles!: TenantRole[];

  @Field(() => [ID])
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  approverUserIds!: string[];

  @Field()
  @IsBoolean()
  allowSelfApproval!: boolean;
}

@ObjectType('BroadcastEvents', { description: 'Broadcasts whose status or figures changed' })
export class BroadcastEventsModel {
  @Field({ description: 'The newest change’s time: refetch what changed after it when resuming' })
  cursor!: Date;

  @Field({ description: 'Some changes were not delivered: refetch `broadcasts`' })
  missed!: boolean;

  @Field(() => [BroadcastModel])
  broadcasts!: BroadcastModel[];
}

@ObjectType('BroadcastChannel', { description: 'A LINE channel a broadcast may go out on' })
export class BroadcastChannelModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Int, { description: 'Families who can receive now (ACTIVE registrants): the EVERYONE audience' })
  reachableFamilies!: number;
}
