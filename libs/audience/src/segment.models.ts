import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/** How conditions (or groups) combine. */
export enum SegmentMatch {
  ALL = 'all',
  ANY = 'any',
}
registerEnumType(SegmentMatch, {
  name: 'SegmentMatch',
  description: 'ALL: every one must hold (AND); ANY: at least one (OR)',
});

export enum SegmentConditionKind {
  /** The family has any of `choices` for a single choice, multiple choice or area attribute. */
  CHOICES = 'choices',
  /** The family has a year-month of the attribute whose age on the day is in [ageFrom, ageTo]. */
  AGE = 'age',
  /** The family has any of `tags`. */
  TAGS = 'tags',
}
registerEnumType(SegmentConditionKind, { name: 'SegmentConditionKind' });

/** The most an age band may reach: families' children, not adults. */
export const MAX_AGE = 30;

@InputType({
  description:
    'One condition. CHOICES: attributeKey and choices (any of them); AGE: attributeKey of a year-month attribute with ageFrom..ageTo, in full years counted from the first day of the month, on the day asked; TAGS: tags (any of them)',
})
export class SegmentConditionInput {
  @Field(() => SegmentConditionKind)
  @IsEnum(SegmentConditionKind)
  kind!: SegmentConditionKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  attributeKey?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  choices?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Inclusive, in full years' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_AGE)
  ageFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Inclusive, in full years' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_AGE)
  ageTo?: number | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(30, { each: true })
  tags?: string[] | null;
}

@InputType({ description: 'Conditions combined by `match`' })
export class SegmentGroupInput {
  @Field(() => SegmentMatch)
  @IsEnum(SegmentMatch)
  match!: SegmentMatch;

  @Field(() => [SegmentConditionInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SegmentConditionInput)
  conditions!: SegmentConditionInput[];
}

/**
 * Who a broadcast goes to: groups of conditions, the groups combined by `match`. Two levels (any of
 * groups of all of conditions, or the reverse) say "0–2 years in 中央区, or 3–5 years in 灘区"; deeper
 * nesting is not offered, since a composer must read the segment back at a glance.
 */
@InputType({
  description:
    'Who a broadcast reaches: groups of conditions, the groups combined by `match` (ALL: AND, ANY: OR). Families that blocked the account are never reached',
})
export class SegmentInput {
  @Field(() => SegmentMatch)
  @IsEnum(SegmentMatch)
  match!: SegmentMatch;

  @Field(() => [SegmentGroupInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => SegmentGroupInput)
  groups!: SegmentGroupInput[];
}

@ObjectType('SegmentCondition')
export class SegmentConditionModel {
  @Field(() => SegmentConditionKind)
  kind!: SegmentConditionKind;

  @Field(() => String, { nullable: true })
  attributeKey?: string | null;

  @Field(() => [String], { nullable: true })
  choices?: string[] | null;

  @Field(() => Int, { nullable: true })
  ageFrom?: number | null;

  @Field(() => Int, { nullable: true })
  ageTo?: number | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;
}

@ObjectType('SegmentGroup')
export class SegmentGroupModel {
  @Field(() => SegmentMatch)
  match!: SegmentMatch;

  @Field(() => [SegmentConditionModel])
  conditions!: SegmentConditionModel[];
}

@ObjectType('Segment', {
  description: 'A stored segment, as SegmentInput gave it (the same shape: a stored input is returned as is)',
})
export class SegmentModel {
  @Field(() => SegmentMatch)
  match!: SegmentMatch;

  @Field(() => [SegmentGroupModel])
  groups!: SegmentGroupModel[];
}
