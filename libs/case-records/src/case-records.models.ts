import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsISO8601,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ConnectionType, JsonScalar, PageArgs } from '@tsunagu/platform/graphql';
import { CaseStatus } from './case-record.entities';
import { FieldKind, MigrationOutcome } from './template';

registerEnumType(FieldKind, { name: 'AssessmentFieldKind', description: 'The kind of an assessment field' });
registerEnumType(CaseStatus, { name: 'CaseStatus' });
registerEnumType(MigrationOutcome, {
  name: 'AssessmentMigrationOutcome',
  description: 'What moving an assessment to another template version does to one field',
});

@ObjectType('AssessmentChoice')
export class AssessmentChoiceModel {
  @Field() value!: string;
  @Field() label!: string;
}

@ObjectType('AssessmentField')
export class AssessmentFieldModel {
  @Field({ description: 'Unique in its template version; the key of its value in `values`' })
  key!: string;
  @Field() label!: string;
  @Field(() => FieldKind) kind!: FieldKind;
  @Field() required!: boolean;
  @Field(() => String, { nullable: true }) help!: string | null;
  @Field({ description: 'Whether aggregate reports may count this field' }) reportable!: boolean;
  @Field(() => [AssessmentChoiceModel]) choices!: AssessmentChoiceModel[];
  @Field(() => [AssessmentFieldModel], { description: "A TABLE's columns (never tables)" })
  columns!: AssessmentFieldModel[];
}

@ObjectType('AssessmentSection')
export class AssessmentSectionModel {
  @Field() key!: string;
  @Field() title!: string;
  @Field(() => [AssessmentFieldModel]) fields!: AssessmentFieldModel[];
}

@ObjectType('AssessmentTemplateVersion', { description: 'One published version of a template: never changed' })
export class AssessmentTemplateVersionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) templateId!: string;
  @Field() templateName!: string;
  @Field(() => Int) version!: number;
  @Field() publishedAt!: Date;
  @Field(() => [AssessmentSectionModel]) sections!: AssessmentSectionModel[];
  @Field(() => JsonScalar, {
    description:
      'The same sections as one JSON document (kinds in UPPER_SNAKE): a form reads it as one field, where the nested lists of `sections` count against the query cost limit',
  })
  definition!: unknown;
}

@ObjectType('AssessmentTemplate')
export class AssessmentTemplateModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() createdAt!: Date;
  @Field(() => AssessmentTemplateVersionModel, { description: 'The newest version: new assessments use it' })
  latestVersion!: AssessmentTemplateVersionModel;
  @Field(() => [AssessmentTemplateVersionModel], { description: 'Newest first' })
  versions!: AssessmentTemplateVersionModel[];
}

@ObjectType('CaseAssessment')
export class CaseAssessmentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseRecordId!: string;
  @Field(() => AssessmentTemplateVersionModel, { description: 'The version it was written against' })
  templateVersion!: AssessmentTemplateVersionModel;
  @Field(() => JsonScalar, {
    description: 'Values by field key: text, numbers, YYYY-MM-DD, YYYY-MM, choice values, booleans, 0–3, table rows',
  })
  values!: unknown;
  @Field(() => String, { nullable: true, description: 'The first text filled in, cut to 120 characters' })
  summary!: string | null;
  @Field(() => ID) createdById!: string;
  @Field(() => String, { nullable: true }) createdByName!: string | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('CaseRecord', { description: "A family's case (アセスメントシート)" })
export class CaseRecordModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) registrantId!: string;
  @Field(() => String, { nullable: true }) familyName!: string | null;
  @Field(() => [String], { description: "The family's tags" }) labels!: string[];
  @Field(() => ID, { nullable: true, description: "The family's conversation" }) conversationId!: string | null;
  @Field(() => CaseStatus) status!: CaseStatus;
  @Field(() => ID, { nullable: true }) responsibleUserId!: string | null;
  @Field(() => String, { nullable: true }) responsibleName!: string | null;
  @Field(() => Int, { nullable: true, description: '0 (none) to 3 (high)' }) risk!: number | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) nextReviewOn!: string | null;
  @Field({ description: 'The review date has come (today or before) and the case is not closed' })
  reviewDue!: boolean;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => CaseAssessmentModel, { nullable: true }) latestAssessment!: CaseAssessmentModel | null;
  /** Its assessments when read with the case (not a field: `assessments` is resolved from it). */
  readAssessments?: CaseAssessmentModel[];
}

@ObjectType('CaseRecordConnection')
export class CaseRecordConnection extends ConnectionType(CaseRecordModel, 'CaseRecord') {}

@ObjectType('CaseRecordChange', { description: 'One change of a case, field by field' })
export class CaseRecordChangeModel {
  @Field(() => ID) id!: string;
  @Field({ description: '`status`, `risk`, `assessment`, `templateVersion` or `values.<field>[<row>].<column>`' })
  field!: string;
  @Field(() => ID, { nullable: true }) assessmentId!: string | null;
  @Field(() => JsonScalar, { nullable: true }) before!: unknown;
  @Field(() => JsonScalar, { nullable: true }) after!: unknown;
  @Field(() => String, {
    nullable: true,
    description: "An assessment field's section title, as its template version of the time names it",
  })
  section!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "An assessment field's label as its template version of the time names it; the template's name for `assessment` and `templateVersion`",
  })
  label!: string | null;
  @Field(() => Int, { nullable: true, description: "A table cell's row, counted from 1" }) row!: number | null;
  @Field(() => String, { nullable: true, description: "A table cell's column label" }) column!: string | null;
  @Field(() => FieldKind, { nullable: true, description: "An assessment field's (or column's) kind" })
  kind!: FieldKind | null;
  @Field(() => JsonScalar, {
    nullable: true,
    description:
      '`before` as a person reads it: choices by their labels, table cells likewise, the responsible counsellor by name, a version by its number',
  })
  beforeShown!: unknown;
  @Field(() => JsonScalar, { nullable: true, description: '`after` as a person reads it' }) afterShown!: unknown;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field() changedAt!: Date;
}

@ObjectType('CaseRecordChangeConnection')
export class CaseRecordChangeConnection extends ConnectionType(CaseRecordChangeModel, 'CaseRecordChange') {}

@ObjectType('AssessmentMigrationStep')
export class AssessmentMigrationStepModel {
  @Field() field!: string;
  @Field() label!: string;
  @Field(() => MigrationOutcome) outcome!: MigrationOutcome;
  @Field(() => JsonScalar, { nullable: true }) before!: unknown;
  @Field(() => JsonScalar, { nullable: true }) after!: unknown;
}

@ObjectType('AssessmentMigrationPreview')
export class AssessmentMigrationPreviewModel {
  @Field(() => ID) assessmentId!: string;
  @Field(() => AssessmentTemplateVersionModel) from!: AssessmentTemplateVersionModel;
  @Field(() => AssessmentTemplateVersionModel) to!: AssessmentTemplateVersionModel;
  @Field(() => [AssessmentMigrationStepModel]) steps!: AssessmentMigrationStepModel[];
  @Field(() => JsonScalar, { description: 'The values the new version would keep' }) values!: unknown;
}

// Inputs

@InputType('AssessmentChoiceInput')
export class AssessmentChoiceInput {
  @Field() @IsString() @MinLength(1) @MaxLength(100) value!: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) label!: string;
}

@InputType('AssessmentFieldInput')
export class AssessmentFieldInput {
  @Field() @IsString() @MaxLength(64) key!: string;
  @Field() @IsString() @MaxLength(200) label!: string;
  @Field(() => FieldKind) @IsEnum(FieldKind) kind!: FieldKind;
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() required = false;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) help?: string | null;
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() reportable = false;
  @Field(() => [AssessmentChoiceInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AssessmentChoiceInput)
  choices?: AssessmentChoiceInput[] | null;
  @Field(() => [AssessmentFieldInput], { nullable: true, description: "A TABLE's columns" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => AssessmentFieldInput)
  columns?: AssessmentFieldInput[] | null;
}

@InputType('AssessmentSectionInput')
export class AssessmentSectionInput {
  @Field() @IsString() @MaxLength(64) key!: string;
  @Field() @IsString() @MaxLength(200) title!: string;
  @Field(() => [AssessmentFieldInput])
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AssessmentFieldInput)
  fields!: AssessmentFieldInput[];
}

@InputType()
export class CreateAssessmentTemplateInput {
  @Field() @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @Field(() => [AssessmentSectionInput])
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => AssessmentSectionInput)
  sections!: AssessmentSectionInput[];
}

@InputType()
export class PublishAssessmentTemplateVersionInput {
  @Field(() => ID) @IsUUID() templateId!: string;
  @Field(() => [AssessmentSectionInput])
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => AssessmentSectionInput)
  sections!: AssessmentSectionInput[];
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Publish even though filled fields are removed or changed: existing assessments keep their version until migrated',
  })
  @IsBoolean()
  allowBreakingChanges = false;
}

@InputType('CaseRecordFilter')
export class CaseRecordFilter {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(3) risk?: number | null;
  @Field({ nullable: true, description: 'Cases whose review date has come (true) or not (false)' })
  @IsOptional()
  @IsBoolean()
  reviewDue?: boolean;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() responsibleUserId?: string | null;
  @Field(() => CaseStatus, { nullable: true }) @IsOptional() @IsEnum(CaseStatus) status?: CaseStatus | null;
  @Field({ nullable: true, description: "Family name, the assessments' text or a tag (two characters are enough)" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class CaseRecordsArgs extends PageArgs {
  @Field(() => CaseRecordFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseRecordFilter)
  filter?: CaseRecordFilter | null;
}

@ArgsType()
export class CaseRecordHistoryArgs extends PageArgs {
  @Field(() => ID) @IsUUID() caseRecordId!: string;
}

@InputType()
export class OpenCaseRecordInput {
  @Field(() => ID) @IsUUID() registrantId!: string;
  @Field(() => ID, { nullable: true, description: 'A counsellor of the tenant; the caller when left out' })
  @IsOptional()
  @IsUUID()
  responsibleUserId?: string | null;
}

@InputType()
export class UpdateCaseRecordInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => CaseStatus, { nullable: true }) @IsOptional() @IsEnum(CaseStatus) status?: CaseStatus;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() responsibleUserId?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(3) risk?: number | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null clears it' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'nextReviewOn must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  nextReviewOn?: string | null;
}

@InputType()
export class AddAssessmentInput {
  @Field(() => ID) @IsUUID() caseRecordId!: string;
  @Field(() => ID) @IsUUID() templateVersionId!: string;
  @Field(() => JsonScalar, { description: 'Values by field key, checked against the template version' })
  @IsObject()
  values!: Record<string, unknown>;
}

@InputType()
export class UpdateAssessmentInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => JsonScalar, {
    description: 'Every value of the assessment (replaces them), checked against its version',
  })
  @IsObject()
  values!: Record<string, unknown>;
}

@InputType()
export class MigrateAssessmentInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => ID, { nullable: true, description: "The template's newest version when left out" })
  @IsOptional()
  @IsUUID()
  toVersionId?: string | null;
  @Field(() => JsonScalar, { nullable: true, description: 'Values for the fields the preview asks for' })
  @IsOptional()
  @IsObject()
  values?: Record<string, unknown> | null;
}
