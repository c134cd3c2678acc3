import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
  MinLength,
  ValidateNested,
} from 'class-validator';
import { AttributeKind } from './audience.entities';

registerEnumType(AttributeKind, {
  name: 'RegistrantAttributeKind',
  description:
    'SINGLE_CHOICE: one choice; MULTIPLE_CHOICE: any choices; YEAR_MONTH: year-months YYYY-MM, several allowed (a child each); AREA: one area of a list',
});

@ObjectType('RegistrantAttribute', {
  description: 'Something a tenant records of its families (子どもの生年月, お住まいの区, ...)',
})
export class RegistrantAttributeModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Stable ASCII key segments name (`child_birth_month`); never changes' })
  key!: string;

  @Field()
  label!: string;

  @Field(() => AttributeKind)
  kind!: AttributeKind;

  @Field(() => [String], { description: 'Choice labels in display order (choices and areas); empty for year-months' })
  choices!: string[];

  @Field()
  askedInSurvey!: boolean;

  @Field(() => String, { nullable: true, description: "The survey's question; the label is asked when null" })
  question!: string | null;

  @Field(() => Int)
  sortOrder!: number;
}

@ObjectType('AudienceSchema', { description: "What a segment can name: the tenant's attributes and the tags in use" })
export class AudienceSchemaModel {
  @Field(() => [RegistrantAttributeModel], { description: 'By sortOrder, then label' })
  attributes!: RegistrantAttributeModel[];

  @Field(() => [String], { description: 'Every tag given to a family of the tenant, in Japanese order' })
  tags!: string[];
}

@InputType()
export class CreateRegistrantAttributeInput {
  @Field({ description: 'Lower-case ASCII letters, digits and _, starting with a letter; unique in the tenant' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,39}$/)
  key!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  label!: string;

  @Field(() => AttributeKind)
  @IsEnum(AttributeKind)
  kind!: AttributeKind;

  @Field(() => [String], {
    nullable: true,
    description: 'Choice labels, 1 to 20 characters each (a LINE button label)',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  choices?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  askedInSurvey?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  question?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  sortOrder?: number | null;
}

@InputType({
  description: 'Changes to an attribute; its key and kind never change. A choice taken away is taken off every family',
})
export class UpdateRegistrantAttributeInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  label?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  choices?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  askedInSurvey?: boolean | null;

  @Field(() => String, { nullable: true, description: 'An empty text clears it' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  question?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  sortOrder?: number | null;
}

@InputType()
export class DeleteRegistrantAttributeInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ObjectType('FamilyAttributeValue')
export class FamilyAttributeValueModel {
  @Field()
  attributeKey!: string;

  @Field(() => [String], { description: 'Choice labels, or year-months YYYY-MM (oldest first)' })
  values!: string[];
}

@ObjectType('FamilyProfile', { description: 'What the tenant knows of a family: attribute values and tags' })
export class FamilyProfileModel {
  @Field(() => ID)
  registrantId!: string;

  @Field(() => [FamilyAttributeValueModel], { description: 'Only attributes with values' })
  values!: FamilyAttributeValueModel[];

  @Field(() => [String])
  tags!: string[];
}

@InputType()
export class FamilyAttributeValueInput {
  @Field()
  @IsString()
  @MaxLength(40)
  attributeKey!: string;

  @Field(() => [String], { description: 'Replaces the values; an empty list clears them' })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  values!: string[];
}

@InputType({ description: "Replaces the given attributes' values, and the tags when given" })
export class UpdateFamilyProfileInput {
  @Field(() => ID)
  @IsUUID()
  registrantId!: string;

  @Field(() => [FamilyAttributeValueInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FamilyAttributeValueInput)
  values?: FamilyAttributeValueInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Up to 20 tags, 1 to 30 characters each' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  tags?: string[] | null;
}

@ObjectType('TestRecipientLinkCode', { description: 'Send this code to the channel from your LINE to link it' })
export class TestRecipientLinkCodeModel {
  @Field()
  code!: string;

  @Field()
  expiresAt!: Date;
}

@InputType()
export class TestRecipientChannelInput {
  @Field(() => ID)
  @IsUUID()
  channelId!: string;
}

@ObjectType('TestRecipient', {
  description: "A staff member's own LINE account linked to a channel, for test broadcasts",
})
export class TestRecipientModel {
  @Field(() => ID)
  userId!: string;

  @Field(() => String, { nullable: true })
  displayName!: string | null;

  @Field()
  linkedAt!: Date;
}

@ObjectType('TestRecipientChannel')
export class TestRecipientChannelModel {
  @Field(() => ID)
  channelId!: string;

  @Field()
  channelName!: string;

  @Field(() => [TestRecipientModel])
  recipients!: TestRecipientModel[];

  @Field({ description: 'Whether the signed-in user is linked on this channel' })
  linkedByMe!: boolean;
}
