import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  Matches,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ConnectionType, JsonScalar, PageArgs } from '@tsunagu/platform/graphql';
import { FieldKind } from '@tsunagu/case-records';
import { ReferralCloseReason, ReferralOutcome, ReferralSide, ReferralStatus } from './lifecycle';
import { ConsentMethod } from './referral.entities';

registerEnumType(ReferralStatus, { name: 'ReferralStatus' });
registerEnumType(ReferralOutcome, { name: 'ReferralOutcome' });
registerEnumType(ReferralCloseReason, { name: 'ReferralCloseReason' });
registerEnumType(ReferralSide, { name: 'ReferralSide', description: 'Who moved a referral' });
registerEnumType(ConsentMethod, { name: 'ConsentMethod' });

@ObjectType('ReferralConsent', { description: "A family's consent to share with one partner for one purpose" })
export class ReferralConsentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnerOrganizationId!: string;

  @Field()
  partnerOrganizationName!: string;

  @Field()
  purpose!: string;

  @Field(() => ConsentMethod)
  method!: ConsentMethod;

  @Field({ description: 'The date it was obtained (YYYY-MM-DD)' })
  obtainedOn!: string;

  @Field(() => ID, { description: 'The counsellor who obtained it' })
  obtainedById!: string;

  @Field({ description: "The counsellor's display name; `(former member)` once they left the tenant" })
  obtainedByName!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Date, { nullable: true })
  withdrawnAt!: Date | null;
}

@ObjectType('SharedMessage', { description: 'A message the counsellor chose to share, as it was when sent' })
export class SharedMessageModel {
  @Field({ description: '`in` from the family, `out` from the counsellors' })
  direction!: string;

  @Field()
  text!: string;

  @Field()
  sentAt!: Date;
}

@ObjectType('SharedAssessmentColumn', { description: "A shared table's column, labelled as in its template version" })
export class SharedAssessmentColumnModel {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field(() => FieldKind)
  kind!: FieldKind;
}

@ObjectType('SharedAssessmentField', {
  description:
    "A field of the family's latest assessment the counsellor chose to share, as it was when sent: labels of the assessment's template version",
})
export class SharedAssessmentFieldModel {
  @Field()
  key!: string;

  @Field({ description: "The section's title" })
  section!: string;

  @Field()
  label!: string;

  @Field(() => FieldKind)
  kind!: FieldKind;

  @Field(() => JsonScalar, {
    description:
      'The value: a choice by its label (a list of labels for MULTIPLE_CHOICE), a TABLE as rows keyed by column, dates as YYYY-MM-DD, YEAR_MONTH as YYYY-MM, YES_NO a boolean, RISK_SCALE 0–3',
  })
  value!: unknown;

  @Field(() => [SharedAssessmentColumnModel], { description: "A TABLE's columns, in order" })
  columns!: SharedAssessmentColumnModel[];
}

@ObjectType('ReferralEvent', { description: 'One step of the timeline both sides see' })
export class ReferralEventModel {
  @Field(() => ReferralStatus, { nullable: true })
  fromStatus!: ReferralStatus | null;

  @Field(() => ReferralStatus)
  toStatus!: ReferralStatus;

  @Field(() => ReferralSide)
  actorSide!: ReferralSide;

  @Field(() => ID, {
    nullable: true,
    description: "The user; null for the system, and for a partner user on the referring side's steps",
  })
  actorId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The user's display name; null for the system. A partner user sees its own organisation's users by name and the referring side as the tenant's counselling desk (`神戸市 相談窓口`), never the counsellor",
  })
  actorName!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'An outcome, a close reason, `overdue`, `note`: a note added without a change of status (`fromStatus` = `toStatus`, the text in `note`), or `assessment_shared`: the labels of the assessment fields shared when sent, in `note`',
  })
  reason!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  occurredAt!: Date;
}

@ObjectType('ReferralPartner')
export class ReferralPartnerModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType('Referral', {
  description:
    'A family referred to a partner (つなぐ). A partner user sees only what was shared: the summary, the display name if chosen and the chosen messages, never the conversation.',
})
export class ReferralModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ReferralStatus)
  status!: ReferralStatus;

  @Field(() => [ReferralStatus], { description: 'Where it may go next' })
  nextStatuses!: ReferralStatus[];

  @Field(() => ReferralPartnerModel)
  partnerOrganization!: ReferralPartnerModel;

  @Field(() => ID, { nullable: true })
  partnerServiceId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The conversation: for the referring side only' })
  conversationId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The consent it was sent under: for the referring side only' })
  consentId!: string | null;

  @Field(() => String, { nullable: true, description: 'Written for the partner; null once consent is withdrawn' })
  summary!: string | null;

  @Field(() => String, { nullable: true })
  familyDisplayName!: string | null;

  @Field(() => [SharedMessageModel])
  sharedMessages!: SharedMessageModel[];

  @Field(() => [SharedAssessmentFieldModel], {
    description: "The fields of the family's latest assessment shared with the partner, as they were when sent",
  })
  sharedAssessmentFields!: SharedAssessmentFieldModel[];

  @Field(() => Boolean, { description: 'Whether the partner still sees what was shared' })
  shareActive!: boolean;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The last business day to accept or decline (YYYY-MM-DD)' })
  respondBy!: string | null;

  @Field(() => Boolean, { description: 'Sent, and its response deadline has passed' })
  overdue!: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      "While SENT: business days left to accept or decline, by the tenant's calendar and today in its time zone (0 on the last day); negative once overdue, by the business days since (at least -1). Null otherwise",
  })
  responseBusinessDaysLeft!: number | null;

  @Field(() => ReferralOutcome, { nullable: true })
  outcome!: ReferralOutcome | null;

  @Field(() => ReferralCloseReason, { nullable: true })
  closeReason!: ReferralCloseReason | null;

  @Field(() => String, { nullable: true })
  declineReason!: string | null;

  @Field(() => String, { nullable: true })
  recallReason!: string | null;

  @Field(() => [ReferralEventModel])
  timeline!: ReferralEventModel[];

  @Field()
  createdAt!: Date;
}

@ObjectType('ReferralConnection')
export class ReferralConnection extends ConnectionType(ReferralModel, 'Referral') {}

@ObjectType('ReferralSettings')
export class ReferralSettingsModel {
  @Field(() => Int, { description: 'Business days (weekends and Japanese holidays excluded) to accept or decline' })
  responseBusinessDays!: number;
}

@InputType()
export class UpdateReferralSettingsInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(30)
  responseBusinessDays!: number;
}

@InputType()
export class ReferralFilter {
  @Field(() => ReferralStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ReferralStatus)
  status?: ReferralStatus;

  @Field(() => [ReferralStatus], {
    nullable: true,
    description: 'Any of these statuses (with `status` too, both apply): e.g. all but SENT after the awaiting ones',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @IsEnum(ReferralStatus, { each: true })
  statuses?: ReferralStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnerOrganizationId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only sent referrals past their response deadline' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'The referrals made from this conversation (the referring side only; a partner user is refused)',
  })
  @IsOptional()
  @IsUUID()
  conversationId?: string;
}

@ArgsType()
export class ReferralsArgs extends PageArgs {
  @Field(() => ReferralFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReferralFilter)
  filter?: ReferralFilter | null;
}

@InputType()
export class RecordConsentInput {
  @Field(() => ID, { description: "The family's conversation" })
  @IsUUID()
  conversationId!: string;

  @Field(() => ID)
  @IsUUID()
  partnerOrganizationId!: string;

  @Field({ description: 'What the family agreed to share for (1 to 500 characters)' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  purpose!: string;

  @Field(() => ConsentMethod)
  @IsEnum(ConsentMethod)
  method!: ConsentMethod;

  @Field({ description: 'YYYY-MM-DD, not in the future' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'obtainedOn must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  obtainedOn!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType()
export class WithdrawConsentInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType()
export class CreateReferralInput {
  @Field(() => ID)
  @IsUUID()
  conversationId!: string;

  @Field(() => ID)
  @IsUUID()
  partnerOrganizationId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnerServiceId?: string;

  @Field(() => ID, { nullable: true, description: 'Left out, sending uses the latest consent for this partner' })
  @IsOptional()
  @IsUUID()
  consentId?: string;

  @Field({ description: 'Written for the partner: the minimum they need (1 to 4000 characters)' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  summary!: string;

  @Field({ nullable: true, description: "Share the family's LINE display name (default false)" })
  @IsOptional()
  @IsBoolean()
  shareDisplayName?: boolean;

  @Field(() => [ID], { nullable: true, description: 'Messages of the conversation to share (text only)' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  sharedMessageIds?: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      "Keys of filled fields of the family's latest assessment to share (their values are read when sent); BAD_USER_INPUT (NOT_IN_LATEST_ASSESSMENT) for any other",
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  sharedAssessmentFields?: string[];
}

@InputType()
export class ReferralIdInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType()
export class ReferralReasonInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason!: string;
}

@InputType()
export class AddReferralNoteInput {
  @Field(() => ID)
  @IsUUID()
  referralId!: string;

  @Field({ description: 'What the other side should know (1 to 2000 characters); both sides read it' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  text!: string;
}

@InputType()
export class CompleteReferralInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => ReferralOutcome)
  @IsEnum(ReferralOutcome)
  outcome!: ReferralOutcome;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType()
export class CloseReferralInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => ReferralCloseReason)
  @IsEnum(ReferralCloseReason)
  reason!: ReferralCloseReason;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@ObjectType('ReferralEvents', {
  description: 'Referrals whose status or timeline changed, as `referral(id)` shows them',
})
export class ReferralEventsModel {
  @Field({ description: 'The newest change’s time: refetch what changed after it when resuming' })
  cursor!: Date;

  @Field({ description: 'Some changes were not delivered: refetch `referrals`' })
  missed!: boolean;

  @Field(() => [ReferralModel])
  referrals!: ReferralModel[];
}
