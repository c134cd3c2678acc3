import { graphql } from '../../gql';

/** One page of a programme's households, in order of application (the waitlist's order). */
export const FOOD_HOUSEHOLDS = graphql(`
  query FoodHouseholds($programmeId: ID!, $statuses: [FoodHouseholdStatus!], $first: Int, $after: String) {
    foodHouseholds(programmeId: $programmeId, statuses: $statuses, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          area
          status
          source
          appliedAt
          waitlistPosition
          preferredMethod
          rounds {
            roundId
            roundName
          }
        }
      }
    }
  }
`);

export const FOOD_HOUSEHOLD = graphql(`
  query FoodHousehold($id: ID!) {
    foodHousehold(id: $id) {
      id
      programmeId
      registrantId
      source
      name
      area
      childrenBirthMonths
      eligibilityBasis
      eligibilityNote
      allergies
      preferredMethod
      preferredTimes
      visitConsent
      status
      statusReason
      appliedAt
      enrolledAt
      statusChangedAt
      waitlistPosition
      rounds {
        roundId
        roundName
        startsOn
        endsOn
      }
    }
  }
`);

export const FOOD_HOUSEHOLD_ADDRESS = graphql(`
  query FoodHouseholdAddress($householdId: ID!) {
    foodHouseholdAddress(householdId: $householdId) {
      postalCode
      prefecture
      city
      street
      building
      phone
    }
  }
`);

export const FOOD_ROUNDS = graphql(`
  query FoodRounds($programmeId: ID!) {
    foodRounds(programmeId: $programmeId) {
      id
      name
      startsOn
      endsOn
      capacity
      filled
      status
      plannedItems {
        name
        quantity
      }
    }
  }
`);

export const FOOD_PROGRAMME = graphql(`
  query FoodProgramme($id: ID!) {
    programme(id: $id) {
      id
      name
      kind
    }
  }
`);

export const CREATE_FOOD_ROUND = graphql(`
  mutation CreateFoodRound($input: CreateFoodRoundInput!) {
    createFoodRound(input: $input) {
      id
      filled
    }
  }
`);

export const MARK_ELIGIBLE = graphql(`
  mutation MarkFoodHouseholdEligible($input: DecideFoodHouseholdInput!) {
    markFoodHouseholdEligible(input: $input) {
      id
      status
    }
  }
`);

export const MARK_INELIGIBLE = graphql(`
  mutation MarkFoodHouseholdIneligible($input: DecideFoodHouseholdInput!) {
    markFoodHouseholdIneligible(input: $input) {
      id
      status
      statusReason
    }
  }
`);

export const APPROVE = graphql(`
  mutation ApproveFoodHousehold($input: DecideFoodHouseholdInput!) {
    approveFoodHousehold(input: $input) {
      id
      status
    }
  }
`);

export const WITHDRAW = graphql(`
  mutation WithdrawFoodHousehold($input: DecideFoodHouseholdInput!) {
    withdrawFoodHousehold(input: $input) {
      id
      status
    }
  }
`);

export const ENROL = graphql(`
  mutation EnrolFoodHousehold($input: EnrolFoodHouseholdInput!) {
    enrolFoodHousehold(input: $input) {
      id
    }
  }
`);

export const APPLICATION_FORM = graphql(`
  query FoodApplicationForm($tenantSlug: String!, $token: String!) {
    foodApplicationForm(tenantSlug: $tenantSlug, token: $token) {
      tenantName
      programmeName
      expiresAt
    }
  }
`);

export const SUBMIT_APPLICATION = graphql(`
  mutation SubmitFoodApplication($input: SubmitFoodApplicationInput!) {
    submitFoodApplication(input: $input) {
      programmeName
      appliedAt
    }
  }
`);

export const UPDATE_HOUSEHOLD = graphql(`
  mutation UpdateFoodHousehold($input: UpdateFoodHouseholdInput!) {
    updateFoodHousehold(input: $input) {
      id
      name
    }
  }
`);
