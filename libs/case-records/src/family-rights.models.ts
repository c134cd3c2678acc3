import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ErasureItem, KeptItem } from './family-rights.service';

registerEnumType(ErasureItem, { name: 'FamilyErasureItem', description: 'A kind of data an erasure deletes' });
registerEnumType(KeptItem, {
  name: 'FamilyKeptItem',
  description: 'A kind of data an erasure keeps because the city must keep it (docs/operations.md)',
});

@ObjectType('CaseRecordSettings')
export class CaseRecordSettingsModel {
  @Field(() => Int, { description: 'Years a closed case is kept after closing, then deleted with its history' })
  retentionYears!: number;
}

@InputType()
export class UpdateCaseRecordSettingsInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(30)
  retentionYears!: number;
}

@ObjectType('FamilyErasedCount')
export class FamilyErasedCountModel {
  @Field(() => ErasureItem) item!: ErasureItem;
  @Field(() => Int) count!: number;
}

@ObjectType('FamilyKeptCount')
export class FamilyKeptCountModel {
  @Field(() => KeptItem) item!: KeptItem;
  @Field(() => Int) count!: number;
}

@ObjectType('FamilyErasurePlan', { description: 'What erasing a family deletes and what it keeps, with counts' })
export class FamilyErasurePlanModel {
  @Field(() => ID) registrantId!: string;
  @Field(() => String, { nullable: true, description: 'What to type to confirm (the id when the family has no name)' })
  displayName!: string | null;
  @Field(() => [FamilyErasedCountModel]) erased!: FamilyErasedCountModel[];
  @Field(() => [FamilyKeptCountModel]) kept!: FamilyKeptCountModel[];
}

@ObjectType('FamilyErasure', { description: 'What an erasure deleted and kept: counts only' })
export class FamilyErasureModel {
  @Field(() => Int) cases!: number;
  @Field(() => Int) assessments!: number;
  @Field(() => Int, { description: "History rows of the family's case" }) changes!: number;
  @Field(() => Int) messages!: number;
  @Field(() => Int) attributes!: number;
  @Field(() => Int) draftReferrals!: number;
  @Field(() => Int, { description: 'Referrals sent to a partner, kept without the conversation' })
  keptReferrals!: number;
  @Field(() => Int) keptConsents!: number;
  @Field(() => Int, {
    description:
      'Food-delivery households anonymised: no name, address, needs or notes; WITHDRAWN; rounds kept as counts',
  })
  foodHouseholds!: number;
  @Field(() => Int, { description: 'Counsellor tasks about the family, kept without its label and notes' })
  counsellorTasks!: number;
}

@InputType()
export class ExportFamilyRecordInput {
  @Field(() => ID)
  @IsUUID()
  registrantId!: string;
}

@InputType()
export class EraseFamilyInput {
  @Field(() => ID)
  @IsUUID()
  registrantId!: string;

  @Field({ description: "The family's display name as shown (its id when it has none), typed to confirm" })
  @IsString()
  @MaxLength(200)
  confirmation!: string;
}
