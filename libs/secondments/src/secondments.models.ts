import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ConnectionType, PageArgs } from '@tsunagu/platform/graphql';
import { SecondmentStatus } from './secondment.entities';

registerEnumType(SecondmentStatus, { name: 'SecondmentStatus' });

/** Views of the roster, by status: who is seconded now, and who has come back. */
export enum SecondmentView {
  /** ACTIVE or EXTENDED */
  CURRENT = 'CURRENT',
  /** COMPLETED or ENDED_EARLY: the alumni, with their return placement */
  ALUMNI = 'ALUMNI',
}
registerEnumType(SecondmentView, { name: 'SecondmentView' });

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = { message: 'a real date as YYYY-MM-DD' };
const SLUG = /^[a-z][a-z0-9-]{1,38}[a-z0-9]$/;

@ObjectType('SecondedStaff')
export class SecondedStaffModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: '氏名' })
  name!: string;

  @Field({ description: 'ふりがな' })
  nameKana!: string;

  @Field()
  homeDepartment!: string;

  @Field()
  jobTitle!: string;

  @Field(() => String, { nullable: true })
  employeeNumber!: string | null;
}

@ObjectType('SecondmentCity')
export class SecondmentCityModel {
  @Field()
  slug!: string;

  @Field()
  nameJa!: string;
}

@ObjectType('SecondmentAssignment')
export class SecondmentAssignmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => SecondmentCityModel, { description: 'The city the work is for' })
  city!: SecondmentCityModel;

  @Field()
  programme!: string;

  @Field(() => ID, { nullable: true, description: "When the programme is one of the city's LINE channels" })
  lineChannelId!: string | null;

  @Field()
  role!: string;

  @Field(() => Int, { description: 'Share of their time, in percent' })
  timeShare!: number;

  @Field()
  startsOn!: string;

  @Field()
  endsOn!: string;
}

@ObjectType('SecondmentCheckIn', { description: 'Interview notes: NPO admins and the person themself only' })
export class SecondmentCheckInModel {
  @Field(() => ID)
  id!: string;

  @Field()
  heldOn!: string;

  @Field(() => Int, { description: '1 (struggling) to 5 (thriving)' })
  wellbeing!: number;

  @Field(() => String, { nullable: true })
  learningGoals!: string | null;

  @Field(() => String, { nullable: true })
  issues!: string | null;

  @Field(() => String, { nullable: true })
  notes!: string | null;
}

@ObjectType('Secondment', { description: 'A secondment (研修派遣) of a municipal employee to the NPO' })
export class SecondmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => SecondedStaffModel)
  staff!: SecondedStaffModel;

  @Field(() => SecondmentCityModel, { description: 'The home municipality, which owns the record' })
  homeCity!: SecondmentCityModel;

  @Field()
  hostOrganization!: string;

  @Field()
  hostDepartment!: string;

  @Field()
  startsOn!: string;

  @Field()
  endsOn!: string;

  @Field(() => Int, { description: 'The fiscal year it starts in (the home city’s fiscal calendar)' })
  fiscalYear!: number;

  @Field({ description: '令和7年度 (FY2025)' })
  fiscalYearLabel!: string;

  @Field()
  legalBasis!: string;

  @Field(() => String, { nullable: true })
  memorandumTitle!: string | null;

  @Field(() => String, { nullable: true })
  memorandumSignedOn!: string | null;

  @Field(() => String, { nullable: true })
  memorandumReference!: string | null;

  @Field(() => String, { nullable: true })
  memorandumUrl!: string | null;

  @Field(() => String, { nullable: true })
  duties!: string | null;

  @Field(() => SecondmentStatus)
  status!: SecondmentStatus;

  @Field(() => String, { nullable: true })
  endedEarlyOn!: string | null;

  @Field(() => String, { nullable: true })
  endReason!: string | null;

  @Field(() => String, { nullable: true })
  mentorName!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The mentor's account: they read this secondment and write check-ins",
  })
  mentorUserId!: string | null;

  @Field(() => String, { nullable: true })
  returnDepartment!: string | null;

  @Field(() => String, { nullable: true })
  returnRole!: string | null;

  @Field(() => [SecondmentAssignmentModel])
  assignments!: SecondmentAssignmentModel[];

  @Field(() => [SecondmentCheckInModel], { nullable: true, description: 'Null for the home city' })
  checkIns!: SecondmentCheckInModel[] | null;
}

@ObjectType('SecondmentConnection')
export class SecondmentConnection extends ConnectionType(SecondmentModel, 'Secondment') {}

@InputType()
export class SecondmentsFilter {
  @Field(() => Int, { nullable: true, description: 'Secondments overlapping this fiscal year' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear?: number;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(SLUG)
  homeTenantSlug?: string;

  @Field(() => SecondmentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SecondmentStatus)
  status?: SecondmentStatus;

  @Field(() => SecondmentView, { nullable: true, description: 'CURRENT: seconded now; ALUMNI: back home' })
  @IsOptional()
  @IsEnum(SecondmentView)
  view?: SecondmentView;
}

@ArgsType()
export class SecondmentsArgs extends PageArgs {
  @Field(() => SecondmentsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SecondmentsFilter)
  filter?: SecondmentsFilter | null;
}

@InputType()
export class SecondedStaffInput {
  @Field({ description: '氏名 (kanji)' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @Field({ description: 'ふりがな' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  nameKana!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  homeDepartment!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  jobTitle!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  employeeNumber?: string;

  @Field(() => ID, { nullable: true, description: 'Their tsunagu account, if any' })
  @IsOptional()
  @IsUUID()
  userId?: string;
}

@InputType()
export class CreateSecondmentInput {
  @Field({ description: 'The home municipality (a tenant), which owns the record' })
  @Matches(SLUG)
  homeTenantSlug!: string;

  @Field(() => ID, { nullable: true, description: 'A person already on the roster; or `staff`' })
  @IsOptional()
  @IsUUID()
  staffId?: string;

  @Field(() => SecondedStaffInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SecondedStaffInput)
  staff?: SecondedStaffInput;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  hostOrganization!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  hostDepartment!: string;

  @Field({ nullable: true, description: 'Default: the first day of the current fiscal year of the home city' })
  @IsOptional()
  @Matches(DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  startsOn?: string;

  @Field({ nullable: true, description: 'Default: the last day of the fiscal year it starts in' })
  @IsOptional()
  @Matches(DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  endsOn?: string;

  @Field({ nullable: true, description: 'Default: 地方公務員法第39条第1項 研修派遣' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  legalBasis?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  memorandumTitle?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  memorandumSignedOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  memorandumReference?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  memorandumUrl?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  duties?: string;

  @Field(() => SecondmentStatus, { nullable: true, description: 'Default: PLANNED' })
  @IsOptional()
  @IsEnum(SecondmentStatus)
  status?: SecondmentStatus;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  mentorName?: string;

  @Field(() => ID, { nullable: true, description: "The mentor's account, when they have one" })
  @IsOptional()
  @IsUUID()
  mentorUserId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  returnDepartment?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  returnRole?: string;
}

@InputType()
export class UpdateSecondmentInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  hostDepartment?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  startsOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  endsOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  legalBasis?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  duties?: string;

  @Field(() => SecondmentStatus, { nullable: true, description: 'ENDED_EARLY only through endSecondmentEarly' })
  @IsOptional()
  @IsEnum(SecondmentStatus)
  status?: SecondmentStatus;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  mentorName?: string;

  @Field(() => ID, { nullable: true, description: "The mentor's account, when they have one" })
  @IsOptional()
  @IsUUID()
  mentorUserId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  returnDepartment?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  returnRole?: string;
}

@InputType()
export class EndSecondmentEarlyInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ description: 'The last day (YYYY-MM-DD)' })
  @Matches(DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  date!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason!: string;
}

@InputType()
export class AddSecondmentAssignmentInput {
  @Field(() => ID)
  @IsUUID()
  secondmentId!: string;

  @Field({ description: 'The city the work is for (a tenant, possibly not the home one)' })
  @Matches(SLUG)
  citySlug!: string;

  @Field({
    nullable: true,
    description:
      "The programme there, as text (おやこよりそいチャット山形, 文京区こども宅食); default: the LINE channel's name",
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  programme?: string;

  @Field(() => ID, { nullable: true, description: "The programme as one of that city's LINE channels" })
  @IsOptional()
  @IsUUID()
  lineChannelId?: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  role!: string;

  @Field(() => Int, { description: 'Share of their time, 1 to 100 percent' })
  @IsInt()
  @Min(1)
  @Max(100)
  timeShare!: number;

  @Field({ nullable: true, description: "Default: the secondment's start" })
  @IsOptional()
  @Matches(DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  startsOn?: string;

  @Field({ nullable: true, description: "Default: the secondment's end" })
  @IsOptional()
  @Matches(DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  endsOn?: string;
}

@InputType()
export class AddSecondmentCheckInInput {
  @Field(() => ID)
  @IsUUID()
  secondmentId!: string;

  @Field()
  @Matches(DATE, DATE_MESSAGE)
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  heldOn!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(5)
  wellbeing!: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  learningGoals?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  issues?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

@ObjectType('SecondmentHostDepartment', { description: 'The current roster of one host department' })
export class SecondmentHostDepartmentModel {
  @Field()
  hostOrganization!: string;

  @Field()
  hostDepartment!: string;

  @Field(() => [SecondmentModel])
  secondments!: SecondmentModel[];
}

@ObjectType('RosterReview', { description: "A city's confirmation of its secondment roster" })
export class RosterReviewModel {
  @Field()
  reviewedAt!: Date;

  @Field({ description: 'The display name of the tenant admin who reviewed it' })
  reviewerName!: string;
}

@ObjectType('RosterCity', {
  description: 'An active city, as the NPO chooses it on the roster, with its roster review',
})
export class RosterCityModel {
  @Field({ description: 'What homeTenantSlug and citySlug take' })
  slug!: string;

  @Field()
  nameJa!: string;

  @Field()
  nameEn!: string;

  @Field({ description: "The city's time zone, in which its review is dated" })
  timezone!: string;

  @Field(() => RosterReviewModel, { nullable: true, description: 'None when the city never reviewed its roster' })
  lastRosterReview!: RosterReviewModel | null;

  @Field({
    description: "Never reviewed, or last reviewed before the current fiscal year began in the city's calendar",
  })
  rosterReviewDue!: boolean;
}

@InputType()
export class ExportSecondmentRosterInput {
  @Field(() => Int, { description: 'Secondments overlapping this fiscal year' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear!: number;
}
