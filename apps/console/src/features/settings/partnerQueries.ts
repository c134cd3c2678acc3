import { graphql } from '../../gql';

export const PARTNER_LIST = graphql(`
  query PartnerDirectoryList($filter: PartnerOrganizationFilter, $after: String) {
    partnerOrganizations(first: 50, filter: $filter, after: $after) {
      edges {
        node {
          id
          name
          services {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PARTNER_DETAIL = graphql(`
  query PartnerDirectoryDetail($id: ID!) {
    partnerOrganization(id: $id) {
      id
      name
      description
      email
      website
      phones {
        id
        number
        type
        description
      }
      services {
        id
        name
        description
        status
        serviceAreas
        minimumAge
        maximumAge
        categories {
          id
          name
        }
      }
      locations {
        id
        name
        type
        description
        url
        address {
          postalCode
          prefecture
          city
          addressLine
        }
      }
      contacts {
        id
        name
        title
        department
        email
        phones {
          id
          number
          type
          description
        }
      }
    }
    serviceCategories {
      id
      name
    }
  }
`);

export const CREATE_ORGANIZATION = graphql(`
  mutation PartnerCreateOrganization($input: CreatePartnerOrganizationInput!) {
    createPartnerOrganization(input: $input) {
      id
      name
    }
  }
`);

export const UPDATE_ORGANIZATION = graphql(`
  mutation PartnerUpdateOrganization($input: UpdatePartnerOrganizationInput!) {
    updatePartnerOrganization(input: $input) {
      id
      name
    }
  }
`);

export const CREATE_SERVICE = graphql(`
  mutation PartnerCreateService($input: CreatePartnerServiceInput!) {
    createPartnerService(input: $input) {
      id
    }
  }
`);

export const UPDATE_SERVICE = graphql(`
  mutation PartnerUpdateService($input: UpdatePartnerServiceInput!) {
    updatePartnerService(input: $input) {
      id
    }
  }
`);

export const CREATE_LOCATION = graphql(`
  mutation PartnerCreateLocation($input: CreatePartnerLocationInput!) {
    createPartnerLocation(input: $input) {
      id
    }
  }
`);

export const UPDATE_LOCATION = graphql(`
  mutation PartnerUpdateLocation($input: UpdatePartnerLocationInput!) {
    updatePartnerLocation(input: $input) {
      id
    }
  }
`);

export const CREATE_CONTACT = graphql(`
  mutation PartnerCreateContact($input: CreatePartnerContactInput!) {
    createPartnerContact(input: $input) {
      id
    }
  }
`);

export const UPDATE_CONTACT = graphql(`
  mutation PartnerUpdateContact($input: UpdatePartnerContactInput!) {
    updatePartnerContact(input: $input) {
      id
    }
  }
`);

export const EXPORT_HSDS = graphql(`
  query PartnerDirectoryHsds {
    partnerDirectoryHsds
  }
`);

export const IMPORT_HSDS = graphql(`
  mutation PartnerImportHsds($input: ImportPartnerDirectoryHsdsInput!) {
    importPartnerDirectoryHsds(input: $input) {
      created
      updated
      errors {
        index
        id
        messages
      }
    }
  }
`);

export const REFERRAL_SETTINGS = graphql(`
  query PartnerReferralSettings {
    referralSettings {
      responseBusinessDays
    }
  }
`);

export const UPDATE_REFERRAL_SETTINGS = graphql(`
  mutation PartnerUpdateReferralSettings($input: UpdateReferralSettingsInput!) {
    updateReferralSettings(input: $input) {
      responseBusinessDays
    }
  }
`);
