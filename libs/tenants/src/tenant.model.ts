import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TenantStatus } from '@tsunagu/platform/database';

registerEnumType(TenantStatus, { name: 'TenantStatus' });

@ObjectType('Tenant', { description: 'A municipality using tsunagu' })
export class TenantModel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  nameJa!: string;

  @Field()
  nameEn!: string;

  @Field({ description: '全国地方公共団体コード (6 digits, the last a check digit)' })
  localGovernmentCode!: string;

  @Field()
  prefecture!: string;

  @Field()
  timezone!: string;

  @Field(() => Int)
  fiscalYearStartMonth!: number;

  @Field(() => TenantStatus)
  status!: TenantStatus;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType({ description: 'What a tenant still has to configure before it goes live' })
export class OnboardingChecklist {
  @Field({ description: 'At least one LINE channel is configured' })
  channels!: boolean;

  @Field({ description: 'At least one active referral partner service exists' })
  partners!: boolean;

  @Field({ description: 'The secondment roster was reviewed or has a secondment' })
  roster!: boolean;

  @Field({ description: 'Reporting has at least one recipient' })
  reporting!: boolean;

  @Field({ description: 'Every item above is done' })
  complete!: boolean;
}
