import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { KpiKind, KpiUnit } from './kpis';
import { ProgrammeKind } from './programme.entities';

registerEnumType(ProgrammeKind, { name: 'ProgrammeKind' });
registerEnumType(KpiKind, { name: 'KpiKind', description: 'How a KPI’s actual is computed (docs/programmes.md)' });
registerEnumType(KpiUnit, { name: 'KpiUnit' });

/** Left out: unchanged. Null clears an optional field (and is refused for required ones by the service). */
const isSet = (_: object, value: unknown): boolean => value !== undefined && value !== null;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_KPIS = 20;

@ObjectType('ProgrammeChannel')
export class ProgrammeChannelModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType('ProgrammeStaff')
export class ProgrammeStaffModel {
  @Field(() => ID)
  userId!: string;

  @Field()
  displayName!: string;
}

@ObjectType('ContractKpi', { description: 'A named target of a contract' })
export class ContractKpiModel {
  @Field(() => ID)
  id!: string;

  @Field(() => KpiKind)
  kind!: KpiKind;

  @Field()
  label!: string;

  @Field(() => Int, { description: 'A count, or a percentage for a rate (PERCENT)' })
  target!: number;

  @Field(() => KpiUnit)
  unit!: KpiUnit;

  @Field(() => Int, { nullable: true, description: 'N of "answered within N minutes"' })
  minutes!: number | null;
}

@ObjectType('ProgrammeContract', { description: 'A contract (委託) under which the city commissions a programme' })
export class ProgrammeContractModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  programmeId!: string;

  @Field()
  title!: string;

  @Field({ description: 'The commissioning department: 神戸市こども家庭局' })
  department!: string;

  @Field(() => String, { nullable: true })
  contractNumber!: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  startsOn!: string;

  @Field({ description: 'YYYY-MM-DD, included' })
  endsOn!: string;

  @Field(() => String, { nullable: true, description: 'In yen, as a decimal string' })
  amountYen!: string | null;

  @Field(() => [ContractKpiModel])
  kpis!: ContractKpiModel[];
}

@ObjectType('Programme', {
  description: 'A named programme (事業) the city commissions, with its channels and contracts',
})
export class ProgrammeModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => ProgrammeKind)
  kind!: ProgrammeKind;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'When the programme began (YYYY-MM-DD)' })
  startedOn!: string | null;

  @Field()
  archived!: boolean;

  @Field(() => [ProgrammeChannelModel], { description: 'The LINE channels that serve it' })
  channels!: ProgrammeChannelModel[];

  @Field(() => [ProgrammeStaffModel], { description: 'Members of the tenant who serve it' })
  staff!: ProgrammeStaffModel[];

  @Field(() => [ProgrammeContractModel], { description: 'Newest first' })
  contracts!: ProgrammeContractModel[];
}

@ObjectType('KpiValue')
export class KpiValueModel {
  @Field(() => Float, { nullable: true, description: 'Null when suppressed or not recorded' })
  value!: number | null;

  @Field({ description: 'Below k (or a rate of fewer than k waits): hidden' })
  suppressed!: boolean;

  @Field({ description: 'As shown: `<5`, `x`, or the figure; empty when not recorded' })
  display!: string;
}

@ObjectType('ContractKpiFigure', { description: "A KPI's target against its actual over the contract's period" })
export class ContractKpiFigureModel {
  @Field(() => ContractKpiModel)
  kpi!: ContractKpiModel;

  @Field({ description: 'False where the system does not record this kind of figure' })
  recorded!: boolean;

  @Field(() => KpiValueModel)
  actual!: KpiValueModel;

  @Field(() => Float, { nullable: true, description: 'Actual as a percentage of the target; null when hidden' })
  progress!: number | null;
}

@ObjectType('ContractKpiReport', {
  description: "A contract's KPIs over its period: aggregates only, small counts suppressed",
})
export class ContractKpiReportModel {
  @Field(() => ProgrammeContractModel)
  contract!: ProgrammeContractModel;

  @Field()
  programmeName!: string;

  @Field(() => ID)
  programmeId!: string;

  @Field({ description: '`2025-04-01〜2026-03-31`' })
  periodLabel!: string;

  @Field(() => Float, { description: 'How much of the period has passed, in percent (0–100)' })
  elapsed!: number;

  @Field(() => Int, { description: 'k: counts below it are suppressed' })
  suppressionThreshold!: number;

  @Field()
  generatedAt!: Date;

  @Field(() => [ContractKpiFigureModel])
  figures!: ContractKpiFigureModel[];
}

// Inputs

@InputType({ isAbstract: true })
abstract class ProgrammeFields {
  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(200)
  name?: string | null;

  @Field(() => ProgrammeKind, { nullable: true })
  @ValidateIf(isSet)
  @IsEnum(ProgrammeKind)
  kind?: ProgrammeKind | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @ValidateIf(isSet)
  @Matches(DATE, { message: 'startedOn must be a date (YYYY-MM-DD)' })
  startedOn?: string | null;

  @Field(() => [ID], { nullable: true, description: "The tenant's LINE channels that serve it" })
  @ValidateIf(isSet)
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  channelIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Members of the tenant who serve it' })
  @ValidateIf(isSet)
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  staffUserIds?: string[] | null;
}

@InputType()
export class CreateProgrammeInput extends ProgrammeFields {}

@InputType()
export class UpdateProgrammeInput extends ProgrammeFields {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Boolean, { nullable: true })
  @ValidateIf(isSet)
  @IsBoolean()
  archived?: boolean | null;
}

@InputType()
export class ContractKpiInput {
  @Field(() => KpiKind)
  @IsEnum(KpiKind)
  kind!: KpiKind;

  @Field(() => String, { nullable: true, description: "The contract's words; the kind's name when left out" })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(200)
  label?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  target!: number;

  @Field(() => Int, { nullable: true, description: 'Required for ANSWERED_WITHIN_MINUTES (1–1440)' })
  @ValidateIf(isSet)
  @IsInt()
  @Min(1)
  @Max(1440)
  minutes?: number | null;
}

@InputType({ isAbstract: true })
abstract class ContractFields {
  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(200)
  department?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(100)
  contractNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @ValidateIf(isSet)
  @Matches(DATE, { message: 'startsOn must be a date (YYYY-MM-DD)' })
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, included' })
  @ValidateIf(isSet)
  @Matches(DATE, { message: 'endsOn must be a date (YYYY-MM-DD)' })
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'In yen: digits only' })
  @ValidateIf(isSet)
  @Matches(/^\d{1,15}$/, { message: 'amountYen must be a whole number of yen' })
  amountYen?: string | null;

  @Field(() => [ContractKpiInput], { nullable: true, description: 'The targets, in order; replaces them all' })
  @ValidateIf(isSet)
  @IsArray()
  @ArrayMaxSize(MAX_KPIS)
  @ValidateNested({ each: true })
  @Type(() => ContractKpiInput)
  kpis?: ContractKpiInput[] | null;
}

@InputType()
export class CreateProgrammeContractInput extends ContractFields {
  @Field(() => ID)
  @IsUUID()
  programmeId!: string;
}

@InputType()
export class UpdateProgrammeContractInput extends ContractFields {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}
