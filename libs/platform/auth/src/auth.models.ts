import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PlatformRole, TenantRole } from '@tsunagu/platform/permissions';

registerEnumType(PlatformRole, { name: 'PlatformRole', description: 'Roles held by the user across the platform' });
registerEnumType(TenantRole, { name: 'TenantRole', description: 'Roles held through a membership in one tenant' });

@InputType()
export class LoginInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password!: string;
}

@ObjectType({ description: 'The answer of a sign-in step: tokens, or what must happen first' })
export class AuthPayload {
  @Field(() => String, {
    nullable: true,
    description: 'Send as `Authorization: Bearer <accessToken>`. With mfaEnrollmentRequired, it can only enrol in MFA.',
  })
  accessToken!: string | null;

  @Field(() => String, { nullable: true, description: 'Exchange with `refreshToken` for a new pair; single use' })
  refreshToken!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the access token expires' })
  expiresAt!: Date | null;

  @Field({ description: 'Call `verifyMfa` with `mfaToken` and a code to finish signing in' })
  mfaRequired!: boolean;

  @Field(() => String, { nullable: true })
  mfaToken!: string | null;

  @Field({ description: 'This account must enrol in MFA (`enrollMfa`, `confirmMfa`) before anything else' })
  mfaEnrollmentRequired!: boolean;
}

@InputType()
export class VerifyMfaInput {
  @Field()
  @IsString()
  @MaxLength(2048)
  mfaToken!: string;

  @Field({ description: 'The 6-digit code of the authenticator app, or a recovery code' })
  @IsString()
  @MinLength(6)
  @MaxLength(32)
  code!: string;
}

@InputType()
export class RefreshTokenInput {
  @Field(() => String, {
    nullable: true,
    description: 'The refresh token; leave it out to use the refresh cookie (web console)',
  })
  @IsOptional()
  @IsString()
  @MinLength(20)
  @MaxLength(256)
  refreshToken?: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(1024)
  currentPassword!: string;

  @Field()
  @IsString()
  @MaxLength(1024)
  newPassword!: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @IsString()
  @MinLength(20)
  @MaxLength(256)
  token!: string;

  @Field()
  @IsString()
  @MaxLength(1024)
  newPassword!: string;
}

@InputType()
export class ConfirmMfaInput {
  @Field()
  @IsString()
  @Matches(/^\s*\d{3}\s?\d{3}\s*$/, { message: 'code must be the 6 digits of your authenticator app' })
  code!: string;
}

@InputType()
export class RevokeSessionInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  id!: string;
}

@ObjectType()
export class MfaEnrollmentModel {
  @Field({ description: 'Show as a QR code to the authenticator app' })
  otpauthUri!: string;

  @Field(() => [String], { description: 'Ten one-time codes for when the authenticator is lost; shown once' })
  recoveryCodes!: string[];
}

@ObjectType()
export class ConfirmMfaPayload {
  @Field()
  mfaEnabled!: boolean;

  @Field(() => AuthPayload, { nullable: true, description: 'A full session, when you signed in only to enrol' })
  auth!: AuthPayload | null;
}

@ObjectType('Session', { description: 'A signed-in device' })
export class SessionModel {
  @Field(() => ID)
  id!: string;

  @Field()
  createdAt!: Date;

  @Field()
  lastUsedAt!: Date;

  @Field()
  expiresAt!: Date;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field(() => String, { nullable: true })
  userAgent!: string | null;

  @Field({ description: 'The session of this request' })
  current!: boolean;
}

@ObjectType({ description: 'The tenant of a membership' })
export class MembershipTenant {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  nameJa!: string;

  @Field()
  nameEn!: string;
}

@ObjectType('Membership')
export class MembershipModel {
  @Field(() => ID)
  id!: string;

  @Field(() => TenantRole)
  role!: TenantRole;

  @Field(() => MembershipTenant)
  tenant!: MembershipTenant;
}

@ObjectType({ description: 'The signed-in user' })
export class CurrentUser {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => [PlatformRole])
  platformRoles!: PlatformRole[];

  @Field(() => [MembershipModel])
  memberships!: MembershipModel[];

  @Field()
  mfaEnabled!: boolean;

  @Field(() => [String], {
    description:
      "What you may do in this request's tenant and on the platform (`tenant:consultations:read`, ...): for showing only what applies; the server still decides every request",
  })
  permissions!: string[];

  @Field(() => Date, {
    nullable: true,
    description: "Until when your emergency access to this request's tenant lasts (platform admins)",
  })
  emergencyAccessUntil!: Date | null;
}
