import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ConnectionType, PageArgs } from '@tsunagu/platform/graphql';
import { NotificationKind } from './triage.entities';

registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType('KeywordRule', { description: 'A word that marks a conversation URGENT' })
export class KeywordRuleModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Matched after NFKC normalisation, katakana folded to hiragana, case and spaces ignored' })
  keyword!: string;

  @Field()
  createdAt!: Date;
}

@InputType()
export class UpsertKeywordRuleInput {
  @Field(() => ID, { nullable: true, description: 'The rule to change; left out, a new rule' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  keyword!: string;
}

@InputType()
export class DeleteKeywordRuleInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType()
export class CrisisContactInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  name!: string;

  @Field({ description: 'Digits, with - + ( ) and spaces: 189, 0120-279-338' })
  @Matches(/^[0-9０-９+\-－() ]{2,20}$/, { message: 'phone must be a telephone number' })
  phone!: string;

  @Field(() => String, { nullable: true, description: 'e.g. 24時間・無料' })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsString()
  @MaxLength(50)
  note?: string | null;
}

@ObjectType('CrisisContact', { description: 'A number families are given in a crisis out of hours' })
export class CrisisContactModel {
  @Field(() => ID, {
    description:
      'Names the contact as it is now (derived from its name, number and note): a change gives it a new id, so an edit or removal made on a stale copy answers NOT_FOUND instead of touching another contact',
  })
  id!: string;

  @Field()
  name!: string;

  @Field()
  phone!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@InputType()
export class AddCrisisContactInput {
  @Field(() => CrisisContactInput)
  @ValidateNested()
  @Type(() => CrisisContactInput)
  contact!: CrisisContactInput;
}

@InputType()
export class UpdateCrisisContactInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => CrisisContactInput)
  @ValidateNested()
  @Type(() => CrisisContactInput)
  contact!: CrisisContactInput;
}

@InputType()
export class RemoveCrisisContactInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class MatchingKeywordRuleArgs {
  @Field({ description: 'A sentence as a family might write it (1 to 5,000 characters)' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  text!: string;
}

@ObjectType('InboxSettings', { description: "The tenant's crisis and escalation settings" })
export class InboxSettingsModel {
  @Field(() => [CrisisContactModel], { description: 'In the order they are given to families' })
  crisisContacts!: CrisisContactModel[];

  @Field(() => [String], { description: 'Emailed when nobody acknowledges an urgent conversation in time' })
  escalationEmails!: string[];

  @Field(() => Int)
  escalationMinutes!: number;
}

@InputType()
export class UpdateInboxSettingsInput {
  @Field(() => [CrisisContactInput], {
    nullable: true,
    description:
      'Replaces the whole list; to change one contact, use addCrisisContact, updateCrisisContact, removeCrisisContact',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CrisisContactInput)
  crisisContacts?: CrisisContactInput[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEmail({}, { each: true })
  escalationEmails?: string[];

  @Field(() => Int, { nullable: true, description: 'Minutes, 1 to 1440' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1440)
  escalationMinutes?: number;
}

@InputType()
export class SetOnDutyInput {
  @Field()
  @IsBoolean()
  onDuty!: boolean;
}

@ObjectType('OnDutyStatus')
export class OnDutyStatusModel {
  @Field()
  onDuty!: boolean;
}

@ObjectType('Notification', { description: 'An in-app notice about a conversation (never its content)' })
export class NotificationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => ID, { nullable: true, description: 'The conversation it is about (urgent, escalated)' })
  conversationId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The referral it is about (referral kinds)' })
  referralId!: string | null;

  @Field(() => ID, { nullable: true, description: "The counsellor's task it is about (task kinds)" })
  taskId!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}

@ObjectType('NotificationConnection')
export class NotificationConnection extends ConnectionType(NotificationModel, 'Notification') {}

@ArgsType()
export class NotificationsArgs extends PageArgs {}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'These notifications; left out, all of them' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids?: string[];
}
