import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '@tsunagu/platform/graphql';
import { PartnerLocationType, PartnerServiceStatus, PhoneType } from '../partner.entities';
import { JsonScalar } from '@tsunagu/platform/graphql';

/** Left out: unchanged. Null clears an optional field (and is refused for required ones by the service). */
const isSet = (_: object, value: unknown): boolean => value !== undefined && value !== null;
const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };
/** BCP 47 as HSDS expects: `ja`, `en`, `pt-BR`, `zh-Hans`. */
const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const MAX_AGE = 150;

@InputType()
export class PhoneInput {
  @Field()
  @IsString()
  @Matches(/^[0-9+\-() ]{3,30}$/, { message: 'number must be digits, spaces, +, - or parentheses' })
  number!: string;

  @Field(() => PhoneType, { nullable: true })
  @ValidateIf(isSet)
  @IsEnum(PhoneType)
  type?: PhoneType | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(200)
  description?: string | null;
}

@InputType()
export class PartnerAddressInput {
  @Field({ description: '〒 as 650-0001' })
  @Matches(/^\d{3}-?\d{4}$/, { message: 'postalCode must be seven digits, as 650-0001' })
  postalCode!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(10)
  prefecture!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  city!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  addressLine!: string;
}

/** The organisation's own fields, optional on update (the service refuses a null or empty name). */
@InputType({ isAbstract: true })
abstract class OrganizationFields {
  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsUrl(URL_OPTIONS)
  @MaxLength(500)
  website?: string | null;

  @Field(() => [PhoneInput], { nullable: true, description: 'Replaces the list' })
  @ValidateIf(isSet)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => PhoneInput)
  phones?: PhoneInput[] | null;
}

@InputType()
export class CreatePartnerOrganizationInput extends OrganizationFields {
  @Field()
  @IsString()
  @MaxLength(200)
  name!: string;
}

@InputType()
export class UpdatePartnerOrganizationInput extends OrganizationFields {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsString()
  @MaxLength(200)
  name?: string | null;
}

@InputType({ isAbstract: true })
abstract class ServiceFields {
  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => PartnerServiceStatus, { nullable: true, description: 'ACTIVE when left out' })
  @ValidateIf((_, v) => v !== undefined)
  @IsEnum(PartnerServiceStatus)
  status?: PartnerServiceStatus | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(2000)
  eligibilityDescription?: string | null;

  @Field(() => Int, { nullable: true })
  @ValidateIf(isSet)
  @IsInt()
  @Min(0)
  @Max(MAX_AGE)
  minimumAge?: number | null;

  @Field(() => Int, { nullable: true, description: 'Not below minimumAge' })
  @ValidateIf(isSet)
  @IsInt()
  @Min(0)
  @Max(MAX_AGE)
  maximumAge?: number | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(2000)
  feesDescription?: string | null;

  @Field(() => [String], { nullable: true, description: 'BCP 47 codes: ja, en, vi, ...' })
  @ValidateIf(isSet)
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(LANGUAGE_CODE, { each: true, message: 'languages must be BCP 47 codes such as ja or en' })
  languages?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Ward or city names: 中央区, 神戸市' })
  @ValidateIf(isSet)
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(50, { each: true })
  serviceAreas?: string[] | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsUrl(URL_OPTIONS)
  @MaxLength(500)
  url?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Service categories of this tenant; replaces the list' })
  @ValidateIf(isSet)
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  categoryIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Locations of the service's organisation; replaces the list" })
  @ValidateIf(isSet)
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  locationIds?: string[] | null;
}

@InputType()
export class CreatePartnerServiceInput extends ServiceFields {
  @Field(() => ID)
  @IsUUID()
  organizationId!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  name!: string;
}

@InputType()
export class UpdatePartnerServiceInput extends ServiceFields {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsString()
  @MaxLength(200)
  name?: string | null;
}

@InputType({ isAbstract: true })
abstract class LocationFields {
  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for VIRTUAL locations' })
  @ValidateIf(isSet)
  @IsUrl(URL_OPTIONS)
  @MaxLength(500)
  url?: string | null;

  @Field(() => PartnerAddressInput, { nullable: true })
  @ValidateIf(isSet)
  @ValidateNested()
  @Type(() => PartnerAddressInput)
  address?: PartnerAddressInput | null;
}

@InputType()
export class CreatePartnerLocationInput extends LocationFields {
  @Field(() => ID)
  @IsUUID()
  organizationId!: string;

  @Field(() => PartnerLocationType)
  @IsEnum(PartnerLocationType)
  type!: PartnerLocationType;
}

@InputType()
export class UpdatePartnerLocationInput extends LocationFields {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => PartnerLocationType, { nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsEnum(PartnerLocationType)
  type?: PartnerLocationType | null;
}

@InputType({ isAbstract: true })
abstract class ContactFields {
  @Field(() => ID, { nullable: true, description: 'A service of the same organisation; null: the whole organisation' })
  @ValidateIf(isSet)
  @IsUUID()
  serviceId?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf(isSet)
  @IsString()
  @MaxLength(200)
  name?: string | null;

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
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @Field(() => [PhoneInput], { nullable: true, description: 'Replaces the list' })
  @ValidateIf(isSet)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => PhoneInput)
  phones?: PhoneInput[] | null;
}

@InputType()
export class CreatePartnerContactInput extends ContactFields {
  @Field(() => ID)
  @IsUUID()
  organizationId!: string;
}

@InputType()
export class UpdatePartnerContactInput extends ContactFields {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType()
export class PartnerOrganizationFilter {
  @Field({ nullable: true, description: 'In organisation and service names; two characters are enough (DV)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  search?: string;

  @Field(() => ID, { nullable: true, description: 'Organisations with a service in this category' })
  @IsOptional()
  @IsUUID()
  categoryId?: string;

  @Field(() => Int, { nullable: true, description: 'Organisations with a service whose age limits admit this age' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_AGE)
  age?: number;

  @Field({ nullable: true, description: 'Organisations with a service covering this ward or city (中央区)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  area?: string;

  @Field(() => PartnerServiceStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PartnerServiceStatus)
  status?: PartnerServiceStatus;
}

@ArgsType()
export class PartnerOrganizationsArgs extends PageArgs {
  @Field(() => PartnerOrganizationFilter, {
    nullable: true,
    description: 'The service conditions (category, age, area, status) apply to one same service',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartnerOrganizationFilter)
  filter?: PartnerOrganizationFilter | null;
}

@InputType()
export class CreateServiceCategoryInput {
  @Field()
  @IsString()
  @MaxLength(50)
  name!: string;
}

@InputType()
export class UpdateServiceCategoryInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  sortOrder?: number;
}

@InputType()
export class DeleteServiceCategoryInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType()
export class ImportPartnerDirectoryHsdsInput {
  @Field(() => JsonScalar, { description: 'An array of HSDS 3.0 organisations, as partnerDirectoryHsds returns' })
  @IsArray()
  @ArrayMaxSize(500)
  organizations!: unknown[];
}
