import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
import { ConnectionType, PageArgs } from '@tsunagu/platform/graphql';
import { Allergen } from './allergens';
import { DonorKind, ThanksMethod } from './donation.entities';

registerEnumType(DonorKind, { name: 'DonorKind' });
registerEnumType(ThanksMethod, { name: 'ThanksMethod', description: 'How a donor was thanked' });
registerEnumType(Allergen, {
  name: 'Allergen',
  description: 'The 8 特定原材料 and the 20 特定原材料に準ずるもの (docs/programmes.md)',
});

const isSet = (_: object, value: unknown): boolean => value !== undefined && value !== null;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_ITEMS_PER_DONATION = 50;
export const MAX_QUANTITY = 1_000_000;

@ObjectType('DonorThanks', { description: 'A thank-you sent to a donor' })
export class DonorThanksModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'YYYY-MM-DD' })
  sentOn!: string;

  @Field(() => ThanksMethod)
  method!: ThanksMethod;

  @Field()
  sentBy!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('Donor', {
  description: 'Who gives food: a citizen (name and contact sealed at rest), a company, a food bank',
})
export class DonorModel {
  @Field(() => ID)
  id!: string;

  @Field(() => DonorKind)
  kind!: DonorKind;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  contact!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'The last day an item of theirs was received (YYYY-MM-DD)' })
  lastReceivedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The last thank-you sent (YYYY-MM-DD)' })
  lastThankedOn!: string | null;

  @Field({ description: 'They gave after their last thank-you, or were never thanked for what they gave' })
  needsThanks!: boolean;

  @Field(() => Int, { description: 'Items received from them' })
  itemCount!: number;
}

@ObjectType('DonorConnection')
export class DonorConnection extends ConnectionType(DonorModel, 'Donor') {}

@ObjectType('DonorDetail', { description: 'A donor with their thank-yous, newest first' })
export class DonorDetailModel {
  @Field(() => DonorModel)
  donor!: DonorModel;

  @Field(() => [DonorThanksModel])
  thanks!: DonorThanksModel[];
}

@ObjectType('DonationItem', { description: 'A donated item and what remains of it after allocations to rounds' })
export class DonationItemModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  donorId!: string;

  @Field({ description: "The donor's name (an organisation's, or a citizen's opened for this response)" })
  donorName!: string;

  @Field(() => DonorKind)
  donorKind!: DonorKind;

  @Field(() => ID)
  programmeId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  receivedOn!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  quantity!: number;

  @Field()
  unit!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  bestBefore!: string | null;

  @Field({ description: "Its best-before date is before today in the tenant's time zone" })
  pastBestBefore!: boolean;

  @Field(() => [Allergen])
  allergens!: Allergen[];

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Int, { description: 'Allocated to rounds' })
  allocated!: number;

  @Field(() => Int, { description: 'Quantity less allocations' })
  remaining!: number;
}

@ObjectType('DonationItemConnection')
export class DonationItemConnection extends ConnectionType(DonationItemModel, 'DonationItem') {}

// Arguments

@ArgsType()
export class DonorsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only donors who gave after their last thank-you' })
  @ValidateIf(isSet)
  @IsBoolean()
  needsThanks?: boolean | null;
}

@ArgsType()
export class DonationItemsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  programmeId!: string;
}

// Inputs

@InputType({ isAbstract: true })
abstract class DonorFields {
  @Field(() => String, { nullable: true, description: "A citizen's or organisation's name" })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Address, phone or mail: free text, sealed at rest' })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(500)
  contact?: string | null;

  @Field(() => String, { nullable: true, description: 'Sealed at rest' })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@InputType()
export class CreateDonorInput extends DonorFields {
  @Field(() => DonorKind)
  @IsEnum(DonorKind)
  kind!: DonorKind;
}

@InputType()
export class UpdateDonorInput extends DonorFields {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType()
export class DonationItemInput {
  @Field()
  @IsString()
  @MaxLength(200)
  name!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(MAX_QUANTITY)
  quantity!: number;

  @Field()
  @IsString()
  @MaxLength(20)
  unit!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; left out for food that has none' })
  @ValidateIf(isSet)
  @Matches(DATE, { message: 'bestBefore must be a date (YYYY-MM-DD)' })
  bestBefore?: string | null;

  @Field(() => [Allergen], { nullable: true })
  @ValidateIf(isSet)
  @IsArray()
  @ArrayUnique()
  @IsEnum(Allergen, { each: true })
  allergens?: Allergen[] | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

@InputType({ description: 'Items a donor gave on one day, for one food-delivery programme' })
export class ReceiveDonationInput {
  @Field(() => ID)
  @IsUUID()
  donorId!: string;

  @Field(() => ID)
  @IsUUID()
  programmeId!: string;

  @Field({ description: 'YYYY-MM-DD, not after today' })
  @Matches(DATE, { message: 'receivedOn must be a date (YYYY-MM-DD)' })
  receivedOn!: string;

  @Field(() => [DonationItemInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ITEMS_PER_DONATION)
  @ValidateNested({ each: true })
  @Type(() => DonationItemInput)
  items!: DonationItemInput[];
}

@InputType()
export class RecordDonorThanksInput {
  @Field(() => ID)
  @IsUUID()
  donorId!: string;

  @Field({ description: 'YYYY-MM-DD, not after today' })
  @Matches(DATE, { message: 'sentOn must be a date (YYYY-MM-DD)' })
  sentOn!: string;

  @Field(() => ThanksMethod)
  @IsEnum(ThanksMethod)
  method!: ThanksMethod;

  @Field()
  @IsString()
  @MaxLength(200)
  sentBy!: string;

  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

// Rounds

@ObjectType('DonationRound', { description: 'A round of the food delivery, as the donations screens name it' })
export class DonationRoundModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  programmeId!: string;

  @Field()
  name!: string;

  @Field({ description: 'YYYY-MM-DD' })
  startsOn!: string;

  @Field({ description: 'YYYY-MM-DD, included' })
  endsOn!: string;

  @Field({ description: 'Its allocations may change (planned or packing)' })
  open!: boolean;
}

@ObjectType('RoundDonationLine', { description: 'How much of a donated item goes out in a round' })
export class RoundDonationLineModel {
  @Field(() => ID)
  id!: string;

  @Field(() => DonationItemModel)
  item!: DonationItemModel;

  @Field(() => Int)
  quantity!: number;
}

@ObjectType('RoundDonations', { description: "A round's share of the donated stock" })
export class RoundDonationsModel {
  @Field(() => DonationRoundModel)
  round!: DonationRoundModel;

  @Field(() => [RoundDonationLineModel])
  lines!: RoundDonationLineModel[];
}

@InputType()
export class DonationAllocationLineInput {
  @Field(() => ID)
  @IsUUID()
  itemId!: string;

  @Field(() => Int, { description: "The item's quantity in the round; 0 takes it out" })
  @IsInt()
  @Min(0)
  @Max(MAX_QUANTITY)
  quantity!: number;
}

@InputType({ description: 'Sets how much of each item goes out in a round; other items of the round are unchanged' })
export class AllocateDonationsInput {
  @Field(() => ID)
  @IsUUID()
  roundId!: string;

  @Field(() => [DonationAllocationLineInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => DonationAllocationLineInput)
  lines!: DonationAllocationLineInput[];
}
