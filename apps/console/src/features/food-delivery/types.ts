import type {
  DeliveryMethod,
  EligibilityBasis,
  EnrolFoodHouseholdInput,
  UpdateFoodHouseholdInput,
} from '../../gql/graphql';

export type { DeliveryMethod, EligibilityBasis };

/** What the application page and the staff's enrolment both send about a household. */
export type HouseholdFieldsInput = Omit<EnrolFoodHouseholdInput, 'programmeId'>;

/** What editing a household sends: null for the address leaves the sealed one as it is. */
export type HouseholdEditInput = Omit<UpdateFoodHouseholdInput, 'id'>;
