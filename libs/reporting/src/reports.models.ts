import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@tsunagu/platform/graphql';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import { MetricGroup, MetricUnit } from './report';
import { ReportRunStatus, ReportTrigger } from './report.entities';
import { ReportFormat } from './report-files';

registerEnumType(MetricGroup, { name: 'MetricGroup' });
registerEnumType(MetricUnit, { name: 'MetricUnit' });
registerEnumType(ReportFormat, { name: 'ReportFormat' });

@ObjectType('ReportValue')
export class ReportValueModel {
  @Field(() => Float, { nullable: true, description: 'Null when suppressed, or when there is nothing to measure' })
  value!: number | null;

  @Field({ description: 'A small count (below k) or one hidden so that it cannot be worked out from totals' })
  suppressed!: boolean;

  @Field({ description: 'As shown in the files: `<5` when suppressed' })
  display!: string;
}

@ObjectType('ReportColumn')
export class ReportColumnModel {
  @Field({ description: '`2025-04`, or `total` for the fiscal year' })
  key!: string;

  @Field({ description: '`2025年4月`, `年度計`' })
  label!: string;

  @Field()
  labelEn!: string;
}

@ObjectType('ReportRow')
export class ReportRowModel {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field()
  labelEn!: string;

  @Field(() => [ReportValueModel], { description: 'One per column' })
  values!: ReportValueModel[];
}

@ObjectType('ReportTable')
export class ReportTableModel {
  @Field({ description: '`consultations.opened`' })
  key!: string;

  @Field(() => MetricGroup)
  group!: MetricGroup;

  @Field()
  title!: string;

  @Field()
  titleEn!: string;

  @Field(() => MetricUnit)
  unit!: MetricUnit;

  @Field(() => [ReportColumnModel])
  columns!: ReportColumnModel[];

  @Field(() => [ReportRowModel])
  rows!: ReportRowModel[];
}

@ObjectType('Report', { description: 'Activity of a tenant over a period: counts and statistics only, never a family' })
export class ReportModel {
  @Field()
  tenantName!: string;

  @Field(() => String, { nullable: true, description: 'The programme the report is cut to; null for the whole tenant' })
  programmeName!: string | null;

  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => Int, { nullable: true, description: 'The calendar month, for a one-month report' })
  month!: number | null;

  @Field({ description: '`令和7年度 (FY2025)` or `2025年4月`' })
  periodLabel!: string;

  @Field()
  periodLabelEn!: string;

  @Field()
  generatedAt!: Date;

  @Field(() => Int, { nullable: true, description: 'k, when small counts are suppressed; null for exact counts' })
  suppressionThreshold!: number | null;

  @Field(() => [ReportTableModel])
  tables!: ReportTableModel[];
}

@ObjectType('PlatformReportFigure', { description: "One of a city's fiscal-year figures" })
export class PlatformReportFigureModel {
  @Field({ description: 'The table and row: `consultations.opened.total`' })
  key!: string;

  @Field({ description: "The table's title" })
  title!: string;

  @Field()
  titleEn!: string;

  @Field({ description: "The row's label" })
  label!: string;

  @Field()
  labelEn!: string;

  @Field(() => MetricUnit)
  unit!: MetricUnit;

  @Field(() => ReportValueModel, { description: "The fiscal-year total, suppressed at the city's own k" })
  value!: ReportValueModel;
}

@ObjectType('PlatformCityReport', { description: "A city's fiscal year in the platform report" })
export class PlatformCityReportModel {
  @Field()
  tenantSlug!: string;

  @Field()
  tenantName!: string;

  @Field()
  tenantNameEn!: string;

  @Field(() => Int, { description: "The city's k: its figures below it are suppressed" })
  suppressionThreshold!: number;

  @Field(() => [PlatformReportFigureModel], {
    description: "A breakdown's total, or each row of a table without one, for the whole year",
  })
  figures!: PlatformReportFigureModel[];
}

@ObjectType('PlatformReport', {
  description: "Every tenant's fiscal year summed (suppressed at the strictest k), with each city's own figures",
})
export class PlatformReportModel extends ReportModel {
  @Field(() => [PlatformCityReportModel], { description: 'Each city, suppressed at its own k; ordered by slug' })
  cities!: PlatformCityReportModel[];
}

@ArgsType()
export class TenantReportArgs {
  @Field(() => Int, { description: 'The fiscal year, by the year it starts in (2025 for 令和7年度)' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'A calendar month (1–12) of that fiscal year; none: the whole year',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  month?: number | null;

  @Field({ defaultValue: false, description: 'Exact counts, without suppression: tenant admins only' })
  @IsBoolean()
  exact!: boolean;

  @Field(() => ID, {
    nullable: true,
    description: "A programme: the report cut to its LINE channels' families (no secondments table)",
  })
  @IsOptional()
  @IsUUID()
  programmeId?: string | null;
}

/** A report's period: a fiscal year, or one calendar month of it. */
@InputType()
export class RunReportNowInput {
  @Field(() => Int, { description: 'The fiscal year, by the year it starts in (2025 for 令和7年度)' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'A calendar month (1–12) of that fiscal year; none: the whole year',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  month?: number | null;
}

@InputType()
export class ExportTenantReportInput extends RunReportNowInput {
  @Field(() => ReportFormat)
  @IsEnum(ReportFormat)
  format!: ReportFormat;

  @Field({ defaultValue: false, description: 'Exact counts, without suppression: tenant admins only' })
  @IsBoolean()
  exact!: boolean;

  @Field(() => ID, { nullable: true, description: "A programme: the report cut to its LINE channels' families" })
  @IsOptional()
  @IsUUID()
  programmeId?: string | null;
}

@ObjectType('ReportSettings')
export class ReportSettingsModel {
  @Field(() => [MetricGroup], { description: 'The metric groups reports include' })
  groups!: MetricGroup[];

  @Field(() => Int, { description: 'k: counts below it are suppressed (at least 3; default 5)' })
  suppressionThreshold!: number;

  @Field(() => [String], { description: "The city liaisons' email addresses, who receive the scheduled reports" })
  recipients!: string[];

  @Field(() => Int, {
    nullable: true,
    description: "Day of the month (1–28, tenant's time zone) the previous month's report is sent; null: none",
  })
  scheduleDay!: number | null;

  @Field({ description: 'ja or en' })
  language!: string;
}

@InputType()
export class UpdateReportSettingsInput {
  @Field(() => [MetricGroup], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  @IsEnum(MetricGroup, { each: true })
  groups?: MetricGroup[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(3)
  @Max(100)
  suppressionThreshold?: number;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsEmail({}, { each: true })
  recipients?: string[];

  @Field(() => Int, { nullable: true, description: 'null: no scheduled report' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(28)
  scheduleDay?: number | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(['ja', 'en'])
  language?: 'ja' | 'en';
}

registerEnumType(ReportTrigger, { name: 'ReportTrigger' });
registerEnumType(ReportRunStatus, { name: 'ReportRunStatus' });

@ObjectType('ReportRun', { description: 'A report sent by mail: by the schedule, or by a tenant admin now' })
export class ReportRunModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => Int, { nullable: true })
  month!: number | null;

  @Field({ description: '`令和7年度 (FY2025)` or `2025年4月`' })
  periodLabel!: string;

  @Field(() => ReportTrigger)
  trigger!: ReportTrigger;

  @Field(() => ReportRunStatus)
  status!: ReportRunStatus;

  @Field(() => Int)
  recipientCount!: number;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}

@ObjectType('ReportRunConnection')
export class ReportRunConnection extends ConnectionType(ReportRunModel, 'ReportRun') {}
