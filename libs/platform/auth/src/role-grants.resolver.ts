import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission, RequirePermission } from '@tsunagu/platform/permissions';
import { DecideRoleGrantInput, RoleGrantModel } from './role-grants.models';
import { RoleGrantsService } from './role-grants.service';

@Resolver()
export class RoleGrantsResolver {
  constructor(private readonly grants: RoleGrantsService) {}

  @RequirePermission(Permission.ApproveRoleGrants)
  @Query(() => [RoleGrantModel], {
    description:
      "Grants of roles that read consultations waiting for a decision: a tenant admin sees this tenant's, a platform admin every tenant's (or X-Tenant's)",
  })
  pendingRoleGrants(): Promise<RoleGrantModel[]> {
    return this.grants.pending();
  }

  @RequirePermission(Permission.ApproveRoleGrants)
  @Mutation(() => RoleGrantModel, {
    description:
      'Approve a pending role grant (not one you asked for or that is to you): the invitation is mailed, or the role changed',
  })
  approveRoleGrant(@Args('input') input: DecideRoleGrantInput): Promise<RoleGrantModel> {
    return this.grants.approve(input.id, input.note);
  }

  @RequirePermission(Permission.ApproveRoleGrants)
  @Mutation(() => RoleGrantModel, { description: 'Reject a pending role grant: nothing is granted' })
  rejectRoleGrant(@Args('input') input: DecideRoleGrantInput): Promise<RoleGrantModel> {
    return this.grants.reject(input.id, input.note);
  }
}
