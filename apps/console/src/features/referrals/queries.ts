import { graphql } from '../../gql';

/** A referral as the family card, its page and the live events show it. */
export const REFERRAL_ITEM = graphql(`
  fragment ReferralItem on Referral {
    id
    status
    createdAt
    sentAt
    respondBy
    overdue
    responseBusinessDaysLeft
    summary
    familyDisplayName
    conversationId
    partnerOrganization {
      id
      name
    }
    timeline {
      toStatus
      fromStatus
      occurredAt
      actorName
      actorSide
      reason
      note
    }
  }
`);

export const FAMILY = graphql(`
  query Family($id: ID!) {
    conversation(id: $id) {
      id
      registrant {
        id
        displayName
        status
        since
      }
      consents {
        id
        partnerOrganizationId
        partnerOrganizationName
        purpose
        method
        obtainedOn
        obtainedByName
        withdrawnAt
      }
      referrals {
        ...ReferralItem
      }
    }
  }
`);

export const PARTNER_CHOICES = graphql(`
  query PartnerChoices {
    serviceCategories {
      id
      name
    }
    partnerAreas
  }
`);

export const PARTNERS = graphql(`
  query Partners($filter: PartnerOrganizationFilter) {
    partnerOrganizations(first: 50, filter: $filter) {
      edges {
        node {
          id
          name
          services {
            id
            name
            serviceAreas
            categories {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const RECORD_CONSENT = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      id
    }
  }
`);

export const CREATE_REFERRAL = graphql(`
  mutation CreateReferral($input: CreateReferralInput!) {
    createReferral(input: $input) {
      id
    }
  }
`);

export const SEND_REFERRAL = graphql(`
  mutation SendReferral($input: ReferralIdInput!) {
    sendReferral(input: $input) {
      ...ReferralItem
    }
  }
`);

export const REFERRAL = graphql(`
  query Referral($id: ID!) {
    referral(id: $id) {
      ...ReferralItem
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
    }
  }
`);

/**
 * A note on a referral, from either side. Its answer replaces the referral's timeline in the cache with
 * every field either side's page reads of it, so both pages show the note at once.
 */
export const ADD_REFERRAL_NOTE = graphql(`
  mutation AddReferralNote($input: AddReferralNoteInput!) {
    addReferralNote(input: $input) {
      id
      status
      timeline {
        toStatus
        fromStatus
        occurredAt
        actorName
        actorSide
        reason
        note
      }
    }
  }
`);

export const REFERRAL_EVENTS = graphql(`
  subscription ReferralEvents {
    referralEvents {
      missed
      referrals {
        ...ReferralItem
      }
    }
  }
`);
