import { graphql } from '../../gql';

export const TENANT_ONBOARDING = graphql(`
  query PlatformTenantOnboarding {
    tenantOnboarding {
      tenant {
        id
        slug
        nameJa
        nameEn
        localGovernmentCode
        prefecture
        status
      }
      checklist {
        complete
        items {
          item
          done
          missing
        }
      }
    }
  }
`);

export const CREATE_TENANT = graphql(`
  mutation PlatformCreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      id
      slug
    }
  }
`);

export const ACTIVATE_TENANT = graphql(`
  mutation PlatformActivateTenant($input: ActivateTenantInput!) {
    activateTenant(input: $input) {
      id
      status
    }
  }
`);

export const REQUEST_EMERGENCY_ACCESS = graphql(`
  mutation PlatformRequestEmergencyAccess($input: RequestEmergencyAccessInput!) {
    requestEmergencyAccess(input: $input) {
      id
      reason
      grantedAt
      expiresAt
    }
  }
`);
