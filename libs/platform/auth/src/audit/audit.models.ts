import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ConnectionType, PageArgs } from '@tsunagu/platform/graphql';

/** Action names and target types: dotted lower-case identifiers such as `tenant.settings.updated`. */
const ACTION_PATTERN = /^[a-z0-9_.:-]+$/;

@ObjectType('AuditEvent', { description: "One entry of an audit trail (a tenant's, or the platform's)" })
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Position in the tenant chain, from 1 (a 64-bit integer, as text)' })
  seq!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The acting user, if a user acted' })
  actorUserId!: string | null;

  @Field({ description: 'The actor as auditors see it: the email at the time, or `system`' })
  actorLabel!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The acting person's display name, as the reader sees people today: a tenant's trail names its " +
      'current members only (anyone else: null, see actorLabel); null for the system',
  })
  actorName!: string | null;

  @Field({ description: 'What happened, e.g. `auth.login.succeeded`, `tenant.settings.updated`' })
  action!: string;

  @Field(() => String, { nullable: true })
  targetType!: string | null;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The display name of the person the event is about, when its target is one (`user`, `membership`) ' +
      'the reader may see; otherwise null',
  })
  subjectName!: string | null;

  @Field(() => String, { nullable: true, description: 'The request id (X-Request-Id) of the audited request' })
  requestId!: string | null;

  @Field(() => String, { nullable: true, description: 'The client address of the audited request' })
  ip!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Identifiers and outcomes recorded with the event, as a JSON object in text with its keys sorted ' +
      '(values are strings, numbers, booleans or null), e.g. `{"fields":"nameEn"}`; null when none',
  })
  details!: string | null;

  @Field({ description: 'SHA-256 (hex) over prevHash and the event: the link of the chain' })
  hash!: string;

  @Field({ description: 'The hash of the previous event of the chain (64 zeros for the first)' })
  prevHash!: string;
}

@ObjectType('AuditEventConnection')
export class AuditEventConnection extends ConnectionType(AuditEventModel, 'AuditEvent') {}

@InputType({ description: 'Every field is optional; the fields given must all match' })
export class AuditEventFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(ACTION_PATTERN, { message: 'action must be an action name such as tenant.settings.updated' })
  action?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorUserId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(ACTION_PATTERN, { message: 'targetType must be a target type such as tenant' })
  targetType?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  targetId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Events at or after this instant' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Events before this instant (exclusive)' })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditEventFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEventFilter)
  filter?: AuditEventFilter | null;
}

@InputType()
export class ExportAuditEventsInput {
  @Field(() => AuditEventFilter, { nullable: true, description: 'The events to export; all of them when left out' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEventFilter)
  filter?: AuditEventFilter | null;
}

@ObjectType({ description: 'The result of recomputing an audit chain' })
export class AuditChainVerification {
  @Field({ description: 'Every event fits its predecessor: nothing was edited or deleted' })
  ok!: boolean;

  @Field(() => String, { nullable: true, description: 'The seq of the first event that does not fit' })
  brokenAt!: string | null;

  @Field(() => Int, { description: 'How many events were checked before the end or the break' })
  checked!: number;
}
