import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@tsunagu/platform/graphql';
import { PartnerLocationType, PartnerServiceStatus, PhoneType } from './partner.entities';

registerEnumType(PartnerServiceStatus, { name: 'PartnerServiceStatus' });
registerEnumType(PartnerLocationType, { name: 'PartnerLocationType' });
registerEnumType(PhoneType, { name: 'PhoneType' });

@ObjectType('Phone')
export class PhoneModel {
  @Field(() => ID)
  id!: string;

  @Field()
  number!: string;

  @Field(() => PhoneType, { nullable: true })
  type!: PhoneType | null;

  @Field(() => String, { nullable: true, description: 'e.g. 平日9時〜17時' })
  description!: string | null;
}

@ObjectType('ServiceCategory', { description: "A term of the tenant's taxonomy of services" })
export class ServiceCategoryModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  sortOrder!: number;
}

@ObjectType('PartnerAddress', { description: 'A postal address in Japan' })
export class PartnerAddressModel {
  @Field({ description: '〒 as 650-0001' })
  postalCode!: string;

  @Field({ description: '都道府県' })
  prefecture!: string;

  @Field({ description: '市区町村 (city and ward)' })
  city!: string;

  @Field({ description: 'The rest: 町名, 番地, building' })
  addressLine!: string;
}

@ObjectType('PartnerLocation')
export class PartnerLocationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => PartnerLocationType)
  type!: PartnerLocationType;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Virtual locations: the address online' })
  url!: string | null;

  @Field(() => PartnerAddressModel, { nullable: true, description: 'Physical locations' })
  address!: PartnerAddressModel | null;
}

@ObjectType('PartnerService')
export class PartnerServiceModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => PartnerServiceStatus)
  status!: PartnerServiceStatus;

  @Field(() => String, { nullable: true, description: 'Who the service is for' })
  eligibilityDescription!: string | null;

  @Field(() => Int, { nullable: true })
  minimumAge!: number | null;

  @Field(() => Int, { nullable: true })
  maximumAge!: number | null;

  @Field(() => String, { nullable: true })
  feesDescription!: string | null;

  @Field(() => [String], { description: 'BCP 47 codes: ja, en, vi, ...' })
  languages!: string[];

  @Field(() => [String], { description: 'Ward or city names the service covers' })
  serviceAreas!: string[];

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => [ServiceCategoryModel], { description: 'By sortOrder, then name' })
  categories!: ServiceCategoryModel[];

  @Field(() => [ID], { description: "The organisation's locations where the service is offered" })
  locationIds!: string[];
}

@ObjectType('PartnerContact')
export class PartnerContactModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID, { nullable: true, description: 'Set when the contact is for this one service' })
  serviceId!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  department!: string | null;

  @Field(() => String, { nullable: true, description: 'Referral notifications go here' })
  email!: string | null;

  @Field(() => [PhoneModel])
  phones!: PhoneModel[];
}

@ObjectType('PartnerOrganization', { description: 'A referral partner: an agency families can be referred to' })
export class PartnerOrganizationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => [PhoneModel])
  phones!: PhoneModel[];

  @Field(() => [PartnerServiceModel], { description: 'By name' })
  services!: PartnerServiceModel[];

  @Field(() => [PartnerLocationModel])
  locations!: PartnerLocationModel[];

  @Field(() => [PartnerContactModel])
  contacts!: PartnerContactModel[];

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('PartnerOrganizationConnection')
export class PartnerOrganizationConnection extends ConnectionType(PartnerOrganizationModel, 'PartnerOrganization') {}

@ObjectType('HsdsImportError', { description: 'Why one organisation of the file was not imported' })
export class HsdsImportErrorModel {
  @Field(() => Int, { description: "The organisation's position in `organizations`, from 0" })
  index!: number;

  @Field(() => String, { nullable: true, description: 'Its HSDS id, when it has one' })
  id!: string | null;

  @Field(() => [String])
  messages!: string[];
}

@ObjectType('HsdsImportResult')
export class HsdsImportResultModel {
  @Field(() => Int, { description: 'Organisations created' })
  created!: number;

  @Field(() => Int, { description: 'Organisations that existed (same HSDS id) and were updated' })
  updated!: number;

  @Field(() => [HsdsImportErrorModel], { description: 'Organisations not imported; nothing of them was written' })
  errors!: HsdsImportErrorModel[];
}
