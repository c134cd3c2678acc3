import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { PlatformRole, TenantRole } from './roles';

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

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`' })
  accessToken!: string;

  @Field()
  expiresAt!: Date;
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
}
