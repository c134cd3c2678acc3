import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { AnyRole, TenantRole } from '@tsunagu/platform/permissions';
import { MembershipTenant } from './auth.models';

registerEnumType(AnyRole, { name: 'Role', description: 'Any role: platform roles and tenant roles' });

export enum InvitationStatus {
  /** A role that reads consultations: mailed once another admin approves (`pendingRoleGrants`). */
  AWAITING_APPROVAL = 'awaiting_approval',
  PENDING = 'pending',
  ACCEPTED = 'accepted',
  EXPIRED = 'expired',
  /** Withdrawn by an admin: its link no longer works. */
  REVOKED = 'revoked',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@InputType()
export class InviteUserInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field(() => AnyRole)
  @IsEnum(AnyRole)
  role!: AnyRole;

  @Field({ nullable: true, description: "For a tenant role: the tenant (default: the request's tenant)" })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]{1,38}[a-z0-9]$/, { message: 'tenantSlug is not a valid tenant slug' })
  tenantSlug?: string;

  @Field(() => ID, {
    nullable: true,
    description: "For PARTNER_USER (required, and only for it): the tenant's partner organisation the user works for",
  })
  @IsOptional()
  @IsUUID()
  partnerOrganizationId?: string;
}

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => AnyRole)
  role!: AnyRole;

  @Field(() => MembershipTenant, { nullable: true })
  tenant!: MembershipTenant | null;

  @Field(() => ID, { nullable: true, description: 'For PARTNER_USER: the partner organisation' })
  partnerOrganizationId!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  expiresAt!: Date;

  @Field(() => String, { nullable: true, description: 'The display name of who sent the invitation' })
  invitedByName!: string | null;

  @Field(() => InvitationStatus)
  status!: InvitationStatus;
}

@InputType()
export class InvitationIdInput {
  @Field(() => ID)
  @IsUUID()
  invitationId!: string;
}

@ObjectType('InvitationPreview', { description: 'What an invitation link invites to, for the page that accepts it' })
export class InvitationPreviewModel {
  @Field()
  email!: string;

  @Field(() => AnyRole)
  role!: AnyRole;

  @Field(() => MembershipTenant, { nullable: true })
  tenant!: MembershipTenant | null;

  @Field()
  expiresAt!: Date;

  @Field({ description: 'The email has an account: accepting asks for its current password' })
  accountExists!: boolean;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @MinLength(20)
  @MaxLength(256)
  token!: string;

  @Field({ description: 'A new password; or, when the email already has an account, its current password' })
  @IsString()
  @MaxLength(1024)
  password!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  displayName!: string;
}

@InputType()
export class DeactivateUserInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;
}

@InputType()
export class DeactivateMembershipInput {
  @Field(() => ID)
  @IsUUID()
  membershipId!: string;
}

@InputType()
export class ChangeMembershipRoleInput {
  @Field(() => ID)
  @IsUUID()
  membershipId!: string;

  @Field(() => TenantRole)
  @IsEnum(TenantRole)
  role!: TenantRole;
}

@ObjectType('TenantMember', { description: "A membership of the request's tenant, with its user" })
export class TenantMemberModel {
  @Field(() => ID, { description: 'The membership id' })
  id!: string;

  @Field(() => TenantRole)
  role!: TenantRole;

  @Field()
  active!: boolean;

  @Field(() => ID)
  userId!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;
}

@InputType()
export class RequestEmergencyAccessInput {
  @Field()
  @Matches(/^[a-z][a-z0-9-]{1,38}[a-z0-9]$/, { message: 'tenantSlug is not a valid tenant slug' })
  tenantSlug!: string;

  @Field({ description: 'Why the content must be read now; shown to the tenant in its audit trail' })
  @IsString()
  @MinLength(20)
  @MaxLength(1000)
  reason!: string;
}

@ObjectType('EmergencyAccess')
export class EmergencyAccessModel {
  @Field(() => ID)
  id!: string;

  @Field(() => MembershipTenant)
  tenant!: MembershipTenant;

  @Field()
  reason!: string;

  @Field()
  grantedAt!: Date;

  @Field()
  expiresAt!: Date;
}

@ObjectType('DevOutboxMail', { description: 'A mail kept instead of sent (demo mode, no SMTP server)' })
export class DevOutboxMailModel {
  @Field(() => ID)
  id!: string;

  @Field()
  to!: string;

  @Field()
  subject!: string;

  @Field()
  body!: string;

  @Field()
  createdAt!: Date;
}
