import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { DeliveryMethod, DeliveryOutcome, Observation, RoundStatus } from './food-delivery.entities';
import { AgeBand } from './packing';
// Registers DeliveryMethod and RoundStatus as GraphQL enums, which the models below use too.
import './food-delivery.models';

registerEnumType(DeliveryOutcome, {
  name: 'DeliveryOutcome',
  description: 'DELIVERED: 配達済み; ABSENT: 不在; REDELIVERY_ARRANGED: 再配達手配済み; REFUSED: 受取辞退',
});
registerEnumType(Observation, {
  name: 'DeliveryObservation',
  description:
    '様子 at the door (hand deliveries): FINE: 問題なし; CONCERN: 気になる; URGENT: 緊急 (both open a counsellor task)',
});
registerEnumType(AgeBand, {
  name: 'ChildAgeBand',
  description: 'INFANT 0–2, PRESCHOOL 3–5, PRIMARY 6–11, LOWER_SECONDARY 12–14, UPPER_SECONDARY 15–17, ADULT 18+',
});

const POSTAL_CODE = /^\d{3}-?\d{4}$/;
const PHONE = /^0[\d-]{9,12}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

@ObjectType('FoodRoundPerson')
export class FoodRoundPersonModel {
  @Field(() => ID)
  userId!: string;

  @Field()
  displayName!: string;
}

@ObjectType('FoodRoundSummary')
export class FoodRoundSummaryModel {
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

  @Field(() => RoundStatus)
  status!: RoundStatus;
}

@ObjectType('AllergenWarning', { description: "A planned item a household's allergies warn about" })
export class AllergenWarningModel {
  @Field()
  itemName!: string;

  @Field({ description: "The household's word that matched (folded: hiragana, NFKC)" })
  allergen!: string;
}

@ObjectType('AgeBandCount')
export class AgeBandCountModel {
  @Field(() => AgeBand)
  band!: AgeBand;

  @Field(() => Int)
  children!: number;
}

@ObjectType('PackingHousehold')
export class PackingHouseholdModel {
  @Field(() => ID, { description: "The household's place in the round" })
  placeId!: string;

  @Field(() => ID)
  householdId!: string;

  @Field()
  name!: string;

  @Field()
  area!: string;

  @Field(() => Int)
  children!: number;

  @Field(() => [Int], { description: "The children's ages in years on the round's first day, youngest first" })
  childrenAges!: number[];

  @Field(() => [AgeBand])
  ageBands!: AgeBand[];

  @Field(() => String, { nullable: true })
  allergies!: string | null;

  @Field(() => [AllergenWarningModel])
  warnings!: AllergenWarningModel[];

  @Field(() => DeliveryMethod, { description: 'As assigned, else as the family prefers' })
  method!: DeliveryMethod;
}

@ObjectType('PackingItem')
export class PackingItemModel {
  @Field()
  name!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => [String], { description: 'As declared on the planned item (empty when it declares none)' })
  allergens!: string[];

  @Field(() => Float, { nullable: true, description: 'The quantity per household of the round (null: none in it)' })
  perHousehold!: number | null;

  @Field(() => Int, { description: 'Households whose allergies warn about this item (pack theirs without it)' })
  warnedHouseholds!: number;
}

@ObjectType('PackingList')
export class PackingListModel {
  @Field(() => Int)
  households!: number;

  @Field(() => Int)
  children!: number;

  @Field(() => [AgeBandCountModel])
  ageBands!: AgeBandCountModel[];

  @Field(() => Int)
  householdsWithAllergies!: number;

  @Field(() => [PackingItemModel])
  items!: PackingItemModel[];

  @Field(() => [PackingHouseholdModel], { description: 'By area, then name' })
  rows!: PackingHouseholdModel[];
}

@ObjectType('RoundDelivery', { description: "A household's delivery in a round: assignment, outcome, observation" })
export class RoundDeliveryModel {
  @Field(() => ID)
  placeId!: string;

  @Field(() => ID)
  householdId!: string;

  @Field()
  name!: string;

  @Field()
  area!: string;

  @Field(() => DeliveryMethod)
  preferredMethod!: DeliveryMethod;

  @Field(() => String, { nullable: true })
  preferredTimes!: string | null;

  @Field()
  visitConsent!: boolean;

  @Field(() => DeliveryMethod, { nullable: true, description: 'Null: not assigned yet' })
  method!: DeliveryMethod | null;

  @Field(() => FoodRoundPersonModel, { nullable: true, description: 'Who hands it over (hand deliveries)' })
  assignee!: FoodRoundPersonModel | null;

  @Field(() => DeliveryOutcome, { nullable: true })
  outcome!: DeliveryOutcome | null;

  @Field(() => Date, { nullable: true })
  outcomeAt!: Date | null;

  @Field(() => FoodRoundPersonModel, { nullable: true })
  outcomeBy!: FoodRoundPersonModel | null;

  @Field(() => Observation, { nullable: true })
  observation!: Observation | null;

  @Field(() => String, { nullable: true })
  observationNote!: string | null;

  @Field(() => Date, { nullable: true })
  observedAt!: Date | null;

  @Field(() => FoodRoundPersonModel, { nullable: true })
  observedBy!: FoodRoundPersonModel | null;

  @Field(() => ID, { nullable: true, description: 'The counsellor task the observation opened' })
  taskId!: string | null;

  @Field({ description: 'Whether that task is still open' })
  taskOpen!: boolean;
}

@ObjectType('RoundArea', { description: "One area of the round's households, for assigning by area" })
export class RoundAreaModel {
  @Field()
  area!: string;

  @Field(() => Int)
  households!: number;

  @Field(() => Int)
  hand!: number;

  @Field(() => Int)
  courier!: number;

  @Field(() => Int)
  unassigned!: number;
}

@ObjectType('FoodRoundOperations')
export class FoodRoundOperationsModel {
  @Field(() => FoodRoundSummaryModel)
  round!: FoodRoundSummaryModel;

  @Field(() => PackingListModel)
  packing!: PackingListModel;

  @Field(() => [RoundDeliveryModel], { description: 'By area, then name' })
  deliveries!: RoundDeliveryModel[];

  @Field(() => [RoundAreaModel])
  areas!: RoundAreaModel[];

  @Field(() => [FoodRoundPersonModel], {
    description: 'Who may be assigned hand deliveries: active tenant admins, coordinators and counsellors',
  })
  deliverers!: FoodRoundPersonModel[];

  @Field(() => Int, { description: 'Households the courier file would hold' })
  courierHouseholds!: number;
}

@InputType()
export class AssignFoodDeliveriesInput {
  @Field(() => ID)
  @IsUUID()
  roundId!: string;

  @Field(() => DeliveryMethod)
  @IsEnum(DeliveryMethod)
  method!: DeliveryMethod;

  @Field(() => ID, { nullable: true, description: 'Required for HAND (a staff or volunteer member); none for COURIER' })
  @IsOptional()
  @IsUUID()
  assigneeUserId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'These places of the round; or `area`' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  placeIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Every household of the round in this area; or `placeIds`' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  area?: string | null;
}

@InputType()
export class RecordFoodDeliveryInput {
  @Field(() => ID)
  @IsUUID()
  roundId!: string;

  @Field(() => ID)
  @IsUUID()
  householdId!: string;

  @Field(() => DeliveryOutcome)
  @IsEnum(DeliveryOutcome)
  outcome!: DeliveryOutcome;

  @Field(() => Observation, { nullable: true, description: 'Hand deliveries only' })
  @IsOptional()
  @IsEnum(Observation)
  observation?: Observation | null;

  @Field(() => String, { nullable: true, description: 'A short note on the observation (at most 500 characters)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  observationNote?: string | null;
}

@InputType()
export class CourierSenderInput {
  @Field({ description: 'ご依頼主名: the programme office' })
  @IsString()
  @MinLength(1)
  @MaxLength(32)
  name!: string;

  @Field()
  @Matches(PHONE, { message: 'a phone number is 10 or 11 digits starting with 0' })
  phone!: string;

  @Field()
  @Matches(POSTAL_CODE, { message: 'a postal code is NNN-NNNN' })
  postalCode!: string;

  @Field({ description: 'ご依頼主住所: prefecture, city and street' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  address!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  building?: string | null;
}

@InputType()
export class ExportFoodCourierCsvInput {
  @Field(() => ID)
  @IsUUID()
  roundId!: string;

  @Field({ description: '出荷予定日 `YYYY-MM-DD`' })
  @Matches(DATE, { message: 'a date is YYYY-MM-DD' })
  shipOn!: string;

  @Field(() => CourierSenderInput)
  @ValidateNested()
  @Type(() => CourierSenderInput)
  sender!: CourierSenderInput;

  @Field(() => String, { nullable: true, description: '品名１ (default 食品)' })
  @IsOptional()
  @IsString()
  @MaxLength(25)
  itemName?: string | null;

  @Field(() => String, { nullable: true, description: '請求先顧客コード (B2クラウド: 10 or 12 digits)' })
  @IsOptional()
  @Matches(/^\d{10}(\d{2})?$/, { message: 'a customer code is 10 or 12 digits' })
  billingCustomerCode?: string | null;

  @Field(() => String, { nullable: true, description: '請求先分類コード' })
  @IsOptional()
  @Matches(/^\d{0,3}$/, { message: 'at most 3 digits' })
  billingClassCode?: string | null;

  @Field(() => String, { nullable: true, description: '運賃管理番号 (2 digits)' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: '2 digits' })
  freightNumber?: string | null;
}

@ObjectType('FoodCourierExport')
export class FoodCourierExportModel {
  @Field()
  url!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => Int)
  households!: number;

  @Field(() => Int, { description: 'Characters Shift_JIS lacks, written as 〓: check those labels' })
  replacedCharacters!: number;
}
