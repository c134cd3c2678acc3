import { graphql } from '../../gql';

/** One row of the partner's list: what to decide first (new ones, their deadline) and the family as shared. */
export const PARTNER_REFERRAL_ROW = graphql(`
  fragment PartnerReferralRow on Referral {
    id
    status
    sentAt
    respondBy
    overdue
    responseBusinessDaysLeft
    familyDisplayName
    outcome
    partnerOrganization {
      id
      name
    }
  }
`);

/**
 * The agency's referrals matching `filter`, newest first (the API shows a partner user only those sent to
 * its organisation): the list asks for the awaiting ones and the rest apart, each paged on its own.
 */
export const PARTNER_REFERRALS = graphql(`
  query PartnerReferrals($filter: ReferralFilter!, $after: String) {
    referrals(first: 50, after: $after, filter: $filter) {
      edges {
        node {
          ...PartnerReferralRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One referral as the partner reads it: the snapshot that was shared, where it may go next, and its timeline. */
export const PARTNER_REFERRAL_DETAIL = graphql(`
  fragment PartnerReferralDetail on Referral {
    ...PartnerReferralRow
    summary
    shareActive
    sharedMessages {
      direction
      text
      sentAt
    }
    sharedAssessmentFields {
      key
      section
      label
      kind
      value
      columns {
        key
        label
        kind
      }
    }
    nextStatuses
    declineReason
    closeReason
    timeline {
      toStatus
      occurredAt
      actorName
      actorSide
      reason
      note
    }
  }
`);

export const PARTNER_REFERRAL = graphql(`
  query PartnerReferral($id: ID!) {
    referral(id: $id) {
      ...PartnerReferralDetail
    }
  }
`);

export const ACCEPT_REFERRAL = graphql(`
  mutation AcceptReferral($input: ReferralIdInput!) {
    acceptReferral(input: $input) {
      ...PartnerReferralDetail
    }
  }
`);

export const DECLINE_REFERRAL = graphql(`
  mutation DeclineReferral($input: ReferralReasonInput!) {
    declineReferral(input: $input) {
      ...PartnerReferralDetail
    }
  }
`);

export const START_REFERRAL = graphql(`
  mutation StartReferral($input: ReferralIdInput!) {
    startReferral(input: $input) {
      ...PartnerReferralDetail
    }
  }
`);

export const COMPLETE_REFERRAL = graphql(`
  mutation CompleteReferral($input: CompleteReferralInput!) {
    completeReferral(input: $input) {
      ...PartnerReferralDetail
    }
  }
`);

export const CLOSE_REFERRAL = graphql(`
  mutation CloseReferral($input: CloseReferralInput!) {
    closeReferral(input: $input) {
      ...PartnerReferralDetail
    }
  }
`);
