import type { DeliveryMethod, EligibilityBasis, EnrolFoodHouseholdInput } from '../../gql/graphql';

export type { DeliveryMethod, EligibilityBasis };

/** What the application page and the staff's enrolment both send about a household. */
export type HouseholdFieldsInput = Omit<EnrolFoodHouseholdInput, 'programmeId'>;
