import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TenantStatus } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';

registerEnumType(TenantStatus, { name: 'TenantStatus' });

export enum OnboardingItemName {
  CHANNELS = 'channels',
  PARTNERS = 'partners',
  ROSTER = 'roster',
  REPORTING = 'reporting',
}
registerEnumType(OnboardingItemName, { name: 'OnboardingItem', description: 'An item of the onboarding checklist' });

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

  @Field(() => [TenantRole], { description: 'Tenant roles whose holders must sign in with MFA' })
  mfaRequiredRoles!: readonly string[];

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

  @Field(() => [OnboardingChecklistItem], {
    description: 'The same items, each with what is missing and how to fix it',
  })
  items!: OnboardingChecklistItem[];
}

@ObjectType({ description: 'One item of the onboarding checklist' })
export class OnboardingChecklistItem {
  @Field(() => OnboardingItemName)
  item!: OnboardingItemName;

  @Field()
  done!: boolean;

  @Field(() => String, { nullable: true, description: 'What is still missing (null when done)' })
  missing!: string | null;

  @Field(() => [String], { description: 'The operations that complete this item' })
  fixWith!: string[];
}

@ObjectType({ description: "A tenant with its onboarding checklist, for the platform's list of tenants" })
export class TenantOnboarding {
  @Field(() => TenantModel)
  tenant!: TenantModel;

  @Field(() => OnboardingChecklist)
  checklist!: OnboardingChecklist;
}
