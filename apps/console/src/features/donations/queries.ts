import { graphql } from '../../gql';

export const DONATION_ITEM_FIELDS = graphql(`
  fragment DonationItemFields on DonationItem {
    id
    donorId
    donorName
    donorKind
    receivedOn
    name
    quantity
    unit
    bestBefore
    pastBestBefore
    allergens
    note
    allocated
    remaining
  }
`);

/** The programme the donations screens belong to (its name for the heading). */
export const DONATION_PROGRAMME = graphql(`
  query DonationProgramme($id: ID!) {
    programme(id: $id) {
      id
      name
      kind
    }
  }
`);

export const DONATION_STOCK = graphql(`
  query DonationStock($programmeId: ID!) {
    donationStock(programmeId: $programmeId) {
      ...DonationItemFields
    }
  }
`);

export const DONORS = graphql(`
  query Donors($needsThanks: Boolean, $after: String) {
    donors(first: 100, needsThanks: $needsThanks, after: $after) {
      edges {
        node {
          id
          kind
          name
          contact
          note
          lastReceivedOn
          lastThankedOn
          needsThanks
          itemCount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CREATE_DONOR = graphql(`
  mutation CreateDonor($input: CreateDonorInput!) {
    createDonor(input: $input) {
      id
      name
    }
  }
`);

export const RECEIVE_DONATION = graphql(`
  mutation ReceiveDonation($input: ReceiveDonationInput!) {
    receiveDonation(input: $input) {
      ...DonationItemFields
    }
  }
`);

export const RECORD_THANKS = graphql(`
  mutation RecordDonorThanks($input: RecordDonorThanksInput!) {
    recordDonorThanks(input: $input) {
      id
      sentOn
      method
      sentBy
    }
  }
`);

export const DONATION_ROUNDS = graphql(`
  query DonationRounds($programmeId: ID!) {
    donationRounds(programmeId: $programmeId) {
      id
      name
      startsOn
      endsOn
      open
    }
  }
`);

export const ROUND_DONATIONS = graphql(`
  query RoundDonations($roundId: ID!) {
    roundDonations(roundId: $roundId) {
      round {
        id
        name
        startsOn
        endsOn
        open
      }
      lines {
        id
        quantity
        item {
          ...DonationItemFields
        }
      }
    }
  }
`);

export const ALLOCATE_DONATIONS = graphql(`
  mutation AllocateDonations($input: AllocateDonationsInput!) {
    allocateDonations(input: $input) {
      round {
        id
      }
      lines {
        id
        quantity
      }
    }
  }
`);
