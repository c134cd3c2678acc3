import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  DeliveryMethod,
  EligibilityBasis,
  HouseholdSource,
  HouseholdStatus,
  RoundStatus,
} from './food-delivery.entities';
import { DonorKind } from './donations/donation.entities';

registerEnumType(HouseholdStatus, { name: 'FoodHouseholdStatus' });
registerEnumType(EligibilityBasis, {
  name: 'EligibilityBasis',
  description: 'CHILD_REARING_ALLOWANCE: 児童扶養手当; SCHOOL_ATTENDANCE_AID: 就学援助; OTHER: その他 (with a note)',
});
registerEnumType(DeliveryMethod, {
  name: 'DeliveryMethod',
  description: 'COURIER: 宅配便; HAND: 手渡し (staff or volunteer)',
});
registerEnumType(HouseholdSource, { name: 'FoodHouseholdSource' });
registerEnumType(RoundStatus, { name: 'FoodRoundStatus' });

const isSet = (_: object, value: unknown): boolean => value !== undefined && value !== null;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const MAX_CHILDREN = 10;
export const MAX_PLANNED_ITEMS = 50;

// Households

@ObjectType('FoodRoundPlace', { description: 'A round a household has a place in' })
export class FoodRoundPlaceModel {
  @Field(() => ID)
  roundId!: string;

  @Field()
  roundName!: string;

  @Field()
  startsOn!: string;

  @Field()
  endsOn!: string;
}

@ObjectType('FoodHousehold', {
  description: 'A household of a food-delivery programme; its address is read apart (foodHouseholdAddress), audited',
})
export class FoodHouseholdModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  programmeId!: string;

  @Field(() => ID, { nullable: true, description: 'The LINE family who applied; null for a household staff enrolled' })
  registrantId!: string | null;

  @Field(() => HouseholdSource)
  source!: HouseholdSource;

  @Field()
  name!: string;

  @Field({ description: 'A coarse area (ward, district) for assigning deliveries' })
  area!: string;

  @Field(() => [String], { description: 'Birth year-months of the children, YYYY-MM' })
  childrenBirthMonths!: string[];

  @Field(() => EligibilityBasis)
  eligibilityBasis!: EligibilityBasis;

  @Field(() => String, { nullable: true })
  eligibilityNote!: string | null;

  @Field(() => String, { nullable: true })
  allergies!: string | null;

  @Field(() => DeliveryMethod)
  preferredMethod!: DeliveryMethod;

  @Field(() => String, { nullable: true })
  preferredTimes!: string | null;

  @Field()
  visitConsent!: boolean;

  @Field(() => HouseholdStatus)
  status!: HouseholdStatus;

  @Field(() => String, { nullable: true, description: 'Why INELIGIBLE (or WITHDRAWN)' })
  statusReason!: string | null;

  @Field({ description: 'The waitlist is in this order' })
  appliedAt!: Date;

  @Field(() => Date, { nullable: true })
  enrolledAt!: Date | null;

  @Field()
  statusChangedAt!: Date;

  @Field(() => Int, { nullable: true, description: 'Place on the waitlist (1 = promoted first), when WAITLISTED' })
  waitlistPosition!: number | null;

  @Field(() => [FoodRoundPlaceModel], { description: 'The rounds it has a place in, oldest first' })
  rounds!: FoodRoundPlaceModel[];
}

@ObjectType('FoodHouseholdEdge')
export class FoodHouseholdEdge {
  @Field()
  cursor!: string;

  @Field(() => FoodHouseholdModel)
  node!: FoodHouseholdModel;
}

@ObjectType('FoodHouseholdPageInfo')
export class FoodHouseholdPageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType('FoodHouseholdConnection', { description: 'In order of application (the waitlist order)' })
export class FoodHouseholdConnection {
  @Field(() => [FoodHouseholdEdge])
  edges!: FoodHouseholdEdge[];

  @Field(() => FoodHouseholdPageInfo)
  pageInfo!: FoodHouseholdPageInfo;

  @Field(() => Int, { description: 'Households matching the filter' })
  totalCount!: number;
}

@ObjectType('FoodHouseholdAddress', { description: 'Decrypted on request; every read is audited' })
export class FoodHouseholdAddressModel {
  @Field()
  postalCode!: string;

  @Field()
  prefecture!: string;

  @Field()
  city!: string;

  @Field()
  street!: string;

  @Field(() => String, { nullable: true })
  building!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;
}

@InputType()
export class FoodAddressInput {
  @Field({ description: '〒NNN-NNNN: NNN-NNNN or NNNNNNN, full-width digits accepted' })
  @IsString()
  @MaxLength(20)
  postalCode!: string;

  @Field({ description: 'One of the 47 prefectures: 東京都' })
  @IsString()
  @MaxLength(10)
  prefecture!: string;

  @Field({ description: '市区町村' })
  @IsString()
  @MaxLength(200)
  city!: string;

  @Field({ description: '町名・番地' })
  @IsString()
  @MaxLength(200)
  street!: string;

  @Field(() => String, { nullable: true, description: '建物名・部屋番号' })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(200)
  building?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(30)
  phone?: string | null;
}

/** What a household tells about itself: the application page and the staff's enrolment. */
@InputType({ isAbstract: true })
export class HouseholdFields {
  @Field()
  @IsString()
  @MaxLength(200)
  name!: string;

  @Field(() => FoodAddressInput)
  @ValidateNested()
  @Type(() => FoodAddressInput)
  address!: FoodAddressInput;

  @Field(() => String, { nullable: true, description: 'Coarse area for assignment; the city (市区町村) when left out' })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(100)
  area?: string | null;

  @Field(() => [String], { description: 'YYYY-MM of each child' })
  @IsArray()
  @ArrayMaxSize(MAX_CHILDREN)
  @Matches(YEAR_MONTH, { each: true, message: 'each child is a year-month, YYYY-MM' })
  childrenBirthMonths!: string[];

  @Field(() => EligibilityBasis)
  @IsEnum(EligibilityBasis)
  eligibilityBasis!: EligibilityBasis;

  @Field(() => String, { nullable: true, description: 'Required for OTHER' })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(500)
  eligibilityNote?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(500)
  allergies?: string | null;

  @Field(() => DeliveryMethod)
  @IsEnum(DeliveryMethod)
  preferredMethod!: DeliveryMethod;

  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(200)
  preferredTimes?: string | null;

  @Field()
  @IsBoolean()
  visitConsent!: boolean;
}

@InputType()
export class EnrolFoodHouseholdInput extends HouseholdFields {
  @Field(() => ID)
  @IsUUID()
  programmeId!: string;
}

/** Staff correct a household: left-out (or null) fields are unchanged; an empty text clears a note. */
@InputType()
export class UpdateFoodHouseholdInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(200)
  name?: string | null;

  @Field(() => FoodAddressInput, {
    nullable: true,
    description: 'The whole address, sealed again; left out, the sealed address stays as it is (never opened)',
  })
  @ValidateIf(isSet)
  @ValidateNested()
  @Type(() => FoodAddressInput)
  address?: FoodAddressInput | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(100)
  area?: string | null;

  @Field(() => [String], { nullable: true, description: 'YYYY-MM of each child; replaces the list' })
  @ValidateIf(isSet)
  @IsArray()
  @ArrayMaxSize(MAX_CHILDREN)
  @Matches(YEAR_MONTH, { each: true, message: 'each child is a year-month, YYYY-MM' })
  childrenBirthMonths?: string[] | null;

  @Field(() => EligibilityBasis, { nullable: true })
  @ValidateIf(isSet)
  @IsEnum(EligibilityBasis)
  eligibilityBasis?: EligibilityBasis | null;

  @Field(() => String, { nullable: true, description: 'Required for OTHER; empty clears it' })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(500)
  eligibilityNote?: string | null;

  @Field(() => String, { nullable: true, description: 'Empty clears it' })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(500)
  allergies?: string | null;

  @Field(() => DeliveryMethod, { nullable: true })
  @ValidateIf(isSet)
  @IsEnum(DeliveryMethod)
  preferredMethod?: DeliveryMethod | null;

  @Field(() => String, { nullable: true, description: 'Empty clears it' })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(200)
  preferredTimes?: string | null;

  @Field(() => Boolean, { nullable: true })
  @ValidateIf(isSet)
  @IsBoolean()
  visitConsent?: boolean | null;
}

@InputType()
export class SubmitFoodApplicationInput extends HouseholdFields {
  @Field({ description: "The city's slug, from the link" })
  @IsString()
  @MaxLength(64)
  tenantSlug!: string;

  @Field({ description: 'The one-time token of the link sent on LINE' })
  @IsString()
  @MaxLength(100)
  token!: string;
}

@InputType()
export class FoodHouseholdIdInput {
  @Field(() => ID)
  @IsUUID()
  householdId!: string;
}

@InputType()
export class DecideFoodHouseholdInput {
  @Field(() => ID)
  @IsUUID()
  householdId!: string;

  @Field(() => String, { nullable: true, description: 'Required to make it INELIGIBLE; kept for WITHDRAWN' })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(500)
  reason?: string | null;
}

@ObjectType('FoodApplicationForm', { description: 'What the application page shows for a valid link' })
export class FoodApplicationFormModel {
  @Field()
  tenantName!: string;

  @Field()
  programmeName!: string;

  @Field()
  expiresAt!: Date;
}

@ObjectType('FoodApplicationReceipt')
export class FoodApplicationReceiptModel {
  @Field()
  programmeName!: string;

  @Field()
  appliedAt!: Date;
}

// Rounds

@ObjectType('FoodPlannedItem')
export class PlannedItemModel {
  @Field()
  name!: string;

  @Field(() => Int)
  quantity!: number;
}

@InputType()
export class PlannedItemInput {
  @Field()
  @IsString()
  @MaxLength(200)
  name!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  quantity!: number;
}

@ObjectType('FoodRound')
export class FoodRoundModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  programmeId!: string;

  @Field()
  name!: string;

  @Field()
  startsOn!: string;

  @Field()
  endsOn!: string;

  @Field(() => Int)
  capacity!: number;

  @Field(() => Int, { description: 'Households with a place in it' })
  filled!: number;

  @Field(() => [PlannedItemModel])
  plannedItems!: PlannedItemModel[];

  @Field(() => RoundStatus)
  status!: RoundStatus;
}

@InputType()
export class CreateFoodRoundInput {
  @Field(() => ID)
  @IsUUID()
  programmeId!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  name!: string;

  @Field()
  @Matches(DATE)
  startsOn!: string;

  @Field()
  @Matches(DATE)
  endsOn!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100_000)
  capacity!: number;

  @Field(() => [PlannedItemInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_PLANNED_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => PlannedItemInput)
  plannedItems?: PlannedItemInput[] | null;
}

@InputType()
export class UpdateFoodRoundInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @Matches(DATE)
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @Matches(DATE)
  endsOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Never below the places taken; raising it promotes the waitlist' })
  @ValidateIf(isSet)
  @IsInt()
  @Min(0)
  @Max(100_000)
  capacity?: number | null;

  @Field(() => [PlannedItemInput], { nullable: true, description: 'Replaces the planned items' })
  @ValidateIf(isSet)
  @IsArray()
  @ArrayMaxSize(MAX_PLANNED_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => PlannedItemInput)
  plannedItems?: PlannedItemInput[] | null;
}

@InputType()
export class ChangeFoodRoundStatusInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => RoundStatus, {
    description:
      'PLANNED → PACKING → DELIVERING → COMPLETED (every household with an outcome); PACKING → PLANNED; PLANNED or PACKING → CANCELLED (places released)',
  })
  @IsEnum(RoundStatus)
  status!: RoundStatus;
}

// Aggregates

@ObjectType('FoodFigure', { description: 'A count, or hidden (`<k`) when below the report’s threshold' })
export class FoodFigureModel {
  @Field(() => Int, { nullable: true })
  value!: number | null;

  @Field()
  suppressed!: boolean;

  @Field()
  display!: string;
}

@ObjectType('FoodStatusCount')
export class FoodStatusCountModel {
  @Field(() => HouseholdStatus)
  status!: HouseholdStatus;

  @Field(() => FoodFigureModel)
  households!: FoodFigureModel;
}

@ObjectType('FoodRoundFigures')
export class FoodRoundFiguresModel {
  @Field(() => ID)
  roundId!: string;

  @Field()
  name!: string;

  @Field()
  startsOn!: string;

  @Field()
  endsOn!: string;

  @Field(() => Int)
  capacity!: number;

  @Field(() => FoodFigureModel)
  filled!: FoodFigureModel;
}

@ObjectType('FoodDonationFigures', {
  description: 'What one kind of donor gave the programme, since it began: counts, small ones hidden',
})
export class FoodDonationFiguresModel {
  @Field(() => DonorKind)
  kind!: DonorKind;

  @Field(() => FoodFigureModel, { description: 'Donors of this kind who gave the programme items' })
  donors!: FoodFigureModel;

  @Field(() => FoodFigureModel, { description: 'Items received (one per donation recorded, whatever its quantity)' })
  items!: FoodFigureModel;
}

@ObjectType('FoodDeliverySummary', { description: 'Aggregates of a food-delivery programme: no household is named' })
export class FoodDeliverySummaryModel {
  @Field(() => ID)
  programmeId!: string;

  @Field()
  programmeName!: string;

  @Field(() => Int)
  suppressionThreshold!: number;

  @Field(() => [FoodStatusCountModel])
  statuses!: FoodStatusCountModel[];

  @Field(() => [FoodRoundFiguresModel])
  rounds!: FoodRoundFiguresModel[];

  @Field(() => [FoodDonationFiguresModel], { description: 'Every kind of donor, in a fixed order' })
  donations!: FoodDonationFiguresModel[];
}
