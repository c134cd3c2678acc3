import { graphql } from '../../gql';

/** A secondment as a roster row shows it. */
export const SECONDMENT_ROW = graphql(`
  fragment SecondmentRow on Secondment {
    id
    status
    startsOn
    endsOn
    endedEarlyOn
    fiscalYearLabel
    hostOrganization
    hostDepartment
    returnDepartment
    returnRole
    staff {
      id
      name
      nameKana
      homeDepartment
    }
    homeCity {
      slug
      nameJa
    }
  }
`);

export const SECONDMENTS = graphql(`
  query Secondments($filter: SecondmentsFilter, $after: String) {
    secondments(first: 50, after: $after, filter: $filter) {
      edges {
        node {
          ...SecondmentRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CURRENT_ROSTER = graphql(`
  query CurrentSecondmentRoster {
    currentSecondmentRoster {
      hostOrganization
      hostDepartment
      secondments {
        ...SecondmentRow
      }
    }
  }
`);

export const SECONDMENT = graphql(`
  query Secondment($id: ID!) {
    secondment(id: $id) {
      ...SecondmentRow
      fiscalYear
      legalBasis
      memorandumTitle
      memorandumSignedOn
      memorandumReference
      duties
      endReason
      mentorName
      staff {
        id
        jobTitle
        employeeNumber
      }
      assignments {
        id
        programme
        role
        timeShare
        startsOn
        endsOn
        city {
          slug
          nameJa
        }
      }
      checkIns {
        id
        heldOn
        wellbeing
        learningGoals
        issues
        notes
      }
    }
  }
`);

export const CREATE_SECONDMENT = graphql(`
  mutation CreateSecondment($input: CreateSecondmentInput!) {
    createSecondment(input: $input) {
      id
    }
  }
`);

export const UPDATE_SECONDMENT = graphql(`
  mutation UpdateSecondment($input: UpdateSecondmentInput!) {
    updateSecondment(input: $input) {
      id
    }
  }
`);

export const END_SECONDMENT_EARLY = graphql(`
  mutation EndSecondmentEarly($input: EndSecondmentEarlyInput!) {
    endSecondmentEarly(input: $input) {
      id
    }
  }
`);

export const ADD_ASSIGNMENT = graphql(`
  mutation AddSecondmentAssignment($input: AddSecondmentAssignmentInput!) {
    addSecondmentAssignment(input: $input) {
      id
    }
  }
`);

export const ADD_CHECK_IN = graphql(`
  mutation AddSecondmentCheckIn($input: AddSecondmentCheckInInput!) {
    addSecondmentCheckIn(input: $input) {
      id
    }
  }
`);

export const EXPORT_ROSTER = graphql(`
  mutation ExportSecondmentRoster($input: ExportSecondmentRosterInput!) {
    exportSecondmentRoster(input: $input) {
      url
    }
  }
`);

/** The active cities the NPO chooses from, by name, with each one's roster review. */
export const SECONDMENT_CITIES = graphql(`
  query SecondmentCities {
    secondmentCities {
      slug
      nameJa
      nameEn
      timezone
      lastRosterReview {
        reviewedAt
        reviewerName
      }
      rosterReviewDue
    }
  }
`);
