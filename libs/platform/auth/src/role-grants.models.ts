import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { TenantRole } from '@tsunagu/platform/permissions';
import { MembershipTenant } from './auth.models';
import { RoleGrantDecider, RoleGrantGround, RoleGrantKind, RoleGrantStatus } from './role-grant.entity';

registerEnumType(RoleGrantKind, { name: 'RoleGrantKind' });
registerEnumType(RoleGrantStatus, { name: 'RoleGrantStatus' });
registerEnumType(RoleGrantGround, {
  name: 'RoleGrantGround',
  description: 'Why a grant needs a second person: a self-grant, or a requester who cannot read consultations',
});
registerEnumType(RoleGrantDecider, { name: 'RoleGrantDecider' });

@ObjectType('RoleGrant', {
  description:
    'A grant of a role that reads consultations, which takes effect only once another tenant admin or the platform approves it',
})
export class RoleGrantModel {
  @Field(() => ID)
  id!: string;

  @Field(() => MembershipTenant)
  tenant!: MembershipTenant;

  @Field(() => RoleGrantKind)
  kind!: RoleGrantKind;

  @Field(() => TenantRole)
  role!: TenantRole;

  @Field(() => TenantRole, { nullable: true, description: 'For a role change: the role before' })
  fromRole!: TenantRole | null;

  @Field()
  granteeEmail!: string;

  @Field(() => RoleGrantGround)
  ground!: RoleGrantGround;

  @Field()
  requestedByEmail!: string;

  @Field()
  requestedAt!: Date;

  @Field(() => RoleGrantStatus)
  status!: RoleGrantStatus;

  @Field(() => String, { nullable: true })
  decidedByEmail!: string | null;

  @Field(() => RoleGrantDecider, { nullable: true })
  decidedAs!: RoleGrantDecider | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@InputType()
export class DecideRoleGrantInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true, description: 'Recorded with the decision' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  note?: string | null;
}
