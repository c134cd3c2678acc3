import { graphql } from '../../gql';

export const TENANT_MEMBERS = graphql(`
  query MembersList {
    tenantMembers {
      id
      role
      active
      userId
      email
      displayName
    }
  }
`);

/** Invitations are read on the platform path: in a request of their own, never with tenant queries. */
export const PENDING_INVITATIONS = graphql(`
  query PendingInvitations($tenantSlug: String) {
    invitations(tenantSlug: $tenantSlug) {
      id
      email
      role
      status
      expiresAt
      invitedByName
    }
  }
`);

export const INVITE_MEMBER = graphql(`
  mutation InviteMember($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      email
      status
    }
  }
`);

export const RESEND_INVITATION = graphql(`
  mutation ResendInvitation($input: InvitationIdInput!) {
    resendInvitation(input: $input) {
      id
      status
      expiresAt
    }
  }
`);

export const REVOKE_INVITATION = graphql(`
  mutation RevokeInvitation($input: InvitationIdInput!) {
    revokeInvitation(input: $input) {
      id
      status
    }
  }
`);

export const CHANGE_MEMBERSHIP_ROLE = graphql(`
  mutation ChangeMemberRole($input: ChangeMembershipRoleInput!) {
    changeMembershipRole(input: $input)
  }
`);

export const DEACTIVATE_MEMBERSHIP = graphql(`
  mutation DeactivateMember($input: DeactivateMembershipInput!) {
    deactivateMembership(input: $input)
  }
`);

export const INVITABLE_PARTNERS = graphql(`
  query InvitablePartners {
    partnerOrganizations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
