import { graphql } from '../../gql';

/** A round's operations: the packing list, the deliveries with their outcomes, the areas, who may deliver. */
export const ROUND_OPERATIONS = graphql(`
  query FoodRoundOperations($roundId: ID!) {
    foodRoundOperations(roundId: $roundId) {
      round {
        id
        name
        startsOn
        endsOn
        capacity
        status
      }
      packing {
        households
        children
        householdsWithAllergies
        ageBands {
          band
          children
        }
        items {
          name
          quantity
          allergens
          perHousehold
          warnedHouseholds
        }
        rows {
          placeId
          householdId
          name
          area
          children
          childrenAges
          allergies
          warnings {
            itemName
            allergen
          }
          method
        }
      }
      deliveries {
        ...RoundDeliveryFields
      }
      areas {
        area
        households
        hand
        courier
        unassigned
      }
      deliverers {
        userId
        displayName
      }
      courierHouseholds
    }
  }
`);

export const ROUND_DELIVERY_FIELDS = graphql(`
  fragment RoundDeliveryFields on RoundDelivery {
    placeId
    householdId
    name
    area
    preferredMethod
    preferredTimes
    visitConsent
    method
    assignee {
      userId
      displayName
    }
    outcome
    outcomeAt
    outcomeBy {
      userId
      displayName
    }
    observation
    observationNote
    observedAt
    taskId
    taskOpen
  }
`);

export const ASSIGN_DELIVERIES = graphql(`
  mutation AssignFoodDeliveries($input: AssignFoodDeliveriesInput!) {
    assignFoodDeliveries(input: $input) {
      courierHouseholds
    }
  }
`);

export const RECORD_DELIVERY = graphql(`
  mutation RecordFoodDelivery($input: RecordFoodDeliveryInput!) {
    recordFoodDelivery(input: $input) {
      placeId
      taskId
    }
  }
`);

export const EXPORT_COURIER_CSV = graphql(`
  mutation ExportFoodCourierCsv($input: ExportFoodCourierCsvInput!) {
    exportFoodCourierCsv(input: $input) {
      url
      expiresAt
      households
      replacedCharacters
    }
  }
`);

export const CHANGE_ROUND_STATUS = graphql(`
  mutation ChangeFoodRoundStatus($input: ChangeFoodRoundStatusInput!) {
    changeFoodRoundStatus(input: $input) {
      id
      status
      filled
    }
  }
`);
