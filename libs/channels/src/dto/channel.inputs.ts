import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ChannelStatus, Weekday } from '../line-channel.entity';

registerEnumType(ChannelStatus, { name: 'ChannelStatus' });
registerEnumType(Weekday, { name: 'Weekday' });

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
/** Left out: unchanged. An explicit null is refused for required settings and clears optional ones. */
const isPresent = (_: object, value: unknown): boolean => value !== undefined;
const isSet = (_: object, value: unknown): boolean => value !== undefined && value !== null;

@InputType()
@ObjectType('BusinessHoursRange')
export class BusinessHoursRangeInput {
  @Field(() => Weekday)
  @IsEnum(Weekday)
  day!: Weekday;

  @Field({ description: 'HH:MM, in the tenant time zone' })
  @Matches(TIME, { message: 'start must be HH:MM' })
  start!: string;

  @Field({ description: 'HH:MM (24:00 for midnight), after start' })
  @Matches(TIME, { message: 'end must be HH:MM' })
  end!: string;
}

@InputType()
@ObjectType('BusinessHours')
export class BusinessHoursInput {
  @Field(() => [BusinessHoursRangeInput])
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => BusinessHoursRangeInput)
  weekly!: BusinessHoursRangeInput[];

  @Field()
  @IsBoolean()
  closedOnPublicHolidays!: boolean;
}

/** What a channel says by itself; optional on both create and update (null clears it). */
@InputType({ isAbstract: true })
abstract class ChannelRepliesInput {
  @Field(() => String, { nullable: true, description: 'Sent to a family when they add the account' })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(5000)
  welcomeMessage?: string | null;

  @Field(() => BusinessHoursInput, { nullable: true })
  @ValidateIf(isSet)
  @ValidateNested()
  @Type(() => BusinessHoursInput)
  businessHours?: BusinessHoursInput | null;

  @Field(() => String, { nullable: true, description: 'The automatic answer outside business hours' })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(5000)
  outOfHoursReply?: string | null;
}

@InputType()
export class CreateLineChannelInput extends ChannelRepliesInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @Field({ description: "LINE's channel id (digits)" })
  @Matches(/^\d{6,32}$/, { message: 'lineChannelId must be the digits of the LINE channel id' })
  lineChannelId!: string;

  @Field({ description: 'Write-only: 32 hexadecimal characters' })
  @Matches(/^[0-9a-f]{32}$/i, { message: 'channelSecret must be the 32 hexadecimal characters LINE shows' })
  channelSecret!: string;

  @Field({ description: 'Write-only: the long-lived channel access token' })
  @IsString()
  @MinLength(20)
  @MaxLength(1000)
  channelAccessToken!: string;
}

@InputType()
export class UpdateLineChannelInput extends ChannelRepliesInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true })
  @ValidateIf(isPresent)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @Field({ nullable: true, description: 'Write-only' })
  @ValidateIf(isPresent)
  @Matches(/^[0-9a-f]{32}$/i, { message: 'channelSecret must be the 32 hexadecimal characters LINE shows' })
  channelSecret?: string;

  @Field({ nullable: true, description: 'Write-only' })
  @ValidateIf(isPresent)
  @IsString()
  @MinLength(20)
  @MaxLength(1000)
  channelAccessToken?: string;

  @Field(() => ChannelStatus, { nullable: true })
  @ValidateIf(isPresent)
  @IsEnum(ChannelStatus)
  status?: ChannelStatus;
}

@InputType()
export class CheckLineChannelConnectionInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}
