import { graphql } from '../../gql';

/** Everything the wizard shows, in one tenant request. */
export const ONBOARDING_STATE = graphql(`
  query OnboardingState {
    onboardingChecklist {
      complete
      items {
        item
        done
        missing
      }
    }
    tenant {
      id
      nameJa
      nameEn
      timezone
      fiscalYearStartMonth
      mfaRequiredRoles
      status
    }
    lineChannels {
      id
      name
      lineChannelId
      webhookUrl
      status
      channelAccessTokenLast4
    }
    reportSettings {
      recipients
    }
  }
`);

export const SAVE_TENANT_SETTINGS = graphql(`
  mutation SaveTenantSettings($input: UpdateTenantSettingsInput!) {
    updateTenantSettings(input: $input) {
      id
      nameJa
      nameEn
      timezone
      fiscalYearStartMonth
      mfaRequiredRoles
    }
  }
`);

export const CONNECT_LINE_CHANNEL = graphql(`
  mutation ConnectLineChannel($input: CreateLineChannelInput!) {
    createLineChannel(input: $input) {
      id
    }
  }
`);

export const CHECK_LINE_CONNECTION = graphql(`
  mutation CheckLineConnection($input: CheckLineChannelConnectionInput!) {
    checkLineChannelConnection(input: $input) {
      ok
      botDisplayName
      problem
      detail
    }
  }
`);

export const ADD_PARTNER_ORGANIZATION = graphql(`
  mutation OnboardingAddPartnerOrganization($input: CreatePartnerOrganizationInput!) {
    createPartnerOrganization(input: $input) {
      id
    }
  }
`);

export const ADD_PARTNER_SERVICE = graphql(`
  mutation OnboardingAddPartnerService($input: CreatePartnerServiceInput!) {
    createPartnerService(input: $input) {
      id
    }
  }
`);

export const MARK_ROSTER_REVIEWED = graphql(`
  mutation OnboardingMarkRosterReviewed {
    markRosterReviewed
  }
`);

export const SAVE_REPORT_RECIPIENTS = graphql(`
  mutation OnboardingSaveReportRecipients($input: UpdateReportSettingsInput!) {
    updateReportSettings(input: $input) {
      recipients
    }
  }
`);
