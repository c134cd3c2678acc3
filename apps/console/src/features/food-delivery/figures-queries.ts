import { graphql } from '../../gql';

/** A food-delivery programme's aggregates, as a municipal viewer may see them (small counts hidden). */
export const FOOD_DELIVERY_SUMMARY = graphql(`
  query FoodDeliverySummary($programmeId: ID!) {
    foodDeliverySummary(programmeId: $programmeId) {
      programmeId
      suppressionThreshold
      statuses {
        status
        households {
          display
        }
      }
      rounds {
        roundId
        name
        startsOn
        endsOn
        capacity
        filled {
          display
        }
      }
      donations {
        kind
        donors {
          display
        }
        items {
          display
        }
      }
    }
  }
`);
