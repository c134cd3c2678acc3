import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Permission, Public, RequirePermission } from '@tsunagu/platform/permissions';
import {
  AcceptInvitationInput,
  ChangeMembershipRoleInput,
  DeactivateMembershipInput,
  DeactivateUserInput,
  DevOutboxMailModel,
  EmergencyAccessModel,
  InvitationIdInput,
  InvitationModel,
  InvitationPreviewModel,
  InviteUserInput,
  RequestEmergencyAccessInput,
  TenantMemberModel,
} from './accounts.models';
import { AccountsService } from './accounts.service';
import { AuthPayload } from './auth.models';
import { AuthThrottleGuard } from './auth-throttle.guard';
import { InvitationsService } from './invitations.service';
import { RefreshCookie } from './refresh-cookie';

@Resolver()
export class AccountsResolver {
  constructor(
    private readonly invitationsService: InvitationsService,
    private readonly accounts: AccountsService,
    private readonly cookie: RefreshCookie,
  ) {}

  @Public()
  @UseGuards(AuthThrottleGuard)
  @Query(() => InvitationPreviewModel, { description: 'What the invitation of an emailed link invites to' })
  invitation(
    @Args('token', { description: 'The token of the emailed link' }) token: string,
  ): Promise<InvitationPreviewModel> {
    return this.invitationsService.preview(token);
  }

  @RequirePermission(Permission.InviteUsers)
  @Mutation(() => InvitationModel, {
    description: 'Invite someone by email to a role; the link works once, for 72 hours',
  })
  inviteUser(@Args('input') input: InviteUserInput): Promise<InvitationModel> {
    return this.invitationsService.invite(input);
  }

  @RequirePermission(Permission.InviteUsers)
  @Query(() => [InvitationModel], {
    description:
      "A tenant's invitations not accepted or revoked yet, newest first (expired ones too, to resend): its tenant admins and platform admins",
  })
  invitations(
    @Args('tenantSlug', {
      type: () => String,
      nullable: true,
      description: "The tenant (default: the request's tenant)",
    })
    tenantSlug?: string | null,
  ): Promise<InvitationModel[]> {
    return this.invitationsService.pending(tenantSlug ?? undefined);
  }

  @RequirePermission(Permission.InviteUsers)
  @Mutation(() => InvitationModel, {
    description: 'Mail a fresh link for an invitation not accepted yet; the link mailed before stops working',
  })
  resendInvitation(@Args('input') input: InvitationIdInput): Promise<InvitationModel> {
    return this.invitationsService.resend(input.invitationId);
  }

  @RequirePermission(Permission.InviteUsers)
  @Mutation(() => InvitationModel, { description: 'Withdraw an invitation not accepted yet; its link stops working' })
  revokeInvitation(@Args('input') input: InvitationIdInput): Promise<InvitationModel> {
    return this.invitationsService.revoke(input.invitationId);
  }

  @Public()
  @UseGuards(AuthThrottleGuard)
  @Mutation(() => AuthPayload, {
    description: 'Accept an invitation: create the account (or add the role to yours) and sign in',
  })
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Context('req') request: Request,
    @Context('res') response: Response,
  ): Promise<AuthPayload> {
    const client = { ip: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null };
    return this.cookie.deliver(request, response, await this.invitationsService.accept(input, client));
  }

  @RequirePermission(Permission.DeactivateUsers)
  @Mutation(() => Boolean, { description: 'Close an account everywhere; its sessions end at once' })
  async deactivateUser(@Args('input') input: DeactivateUserInput): Promise<boolean> {
    await this.accounts.deactivateUser(input.userId);
    return true;
  }

  @RequirePermission(Permission.ManageMemberships)
  @Query(() => [TenantMemberModel], { description: "The members of this request's tenant" })
  tenantMembers(): Promise<TenantMemberModel[]> {
    return this.accounts.members();
  }

  @RequirePermission(Permission.ManageMemberships)
  @Mutation(() => Boolean, { description: 'Take a role in this tenant away; effective at the next request' })
  async deactivateMembership(@Args('input') input: DeactivateMembershipInput): Promise<boolean> {
    await this.accounts.deactivateMembership(input.membershipId);
    return true;
  }

  @RequirePermission(Permission.ManageMemberships)
  @Mutation(() => Boolean, {
    description:
      "Change a member's role in this tenant; effective at the next request. False: the role reads consultations and you cannot, so the change waits for another admin's approval (pendingRoleGrants)",
  })
  changeMembershipRole(@Args('input') input: ChangeMembershipRoleInput): Promise<boolean> {
    return this.accounts.changeMembershipRole(input.membershipId, input.role);
  }

  @RequirePermission(Permission.RequestEmergencyAccess)
  @Mutation(() => EmergencyAccessModel, {
    description: "An hour's read access to one tenant's content, audited on both sides",
  })
  requestEmergencyAccess(@Args('input') input: RequestEmergencyAccessInput): Promise<EmergencyAccessModel> {
    return this.accounts.requestEmergencyAccess(input.tenantSlug, input.reason);
  }

  @RequirePermission(Permission.ReadDevOutbox)
  @Query(() => [DevOutboxMailModel], { description: 'Mails kept in demo mode instead of being sent' })
  devOutbox(
    @Args('first', { type: () => Int, defaultValue: 50, description: 'At most 200' }) first: number,
  ): Promise<DevOutboxMailModel[]> {
    return this.accounts.devOutbox(first);
  }
}
