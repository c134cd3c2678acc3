import { graphql } from '../../gql';

export const CASE_RECORD_SETTINGS = graphql(`
  query CaseRecordSettings {
    caseRecordSettings {
      retentionYears
    }
  }
`);

export const UPDATE_CASE_RECORD_SETTINGS = graphql(`
  mutation UpdateCaseRecordSettings($input: UpdateCaseRecordSettingsInput!) {
    updateCaseRecordSettings(input: $input) {
      retentionYears
    }
  }
`);

export const FAMILY_ERASURE_PLAN = graphql(`
  query FamilyErasurePlan($registrantId: ID!) {
    familyErasurePlan(registrantId: $registrantId) {
      registrantId
      displayName
      erased {
        item
        count
      }
      kept {
        item
        count
      }
    }
  }
`);

export const EXPORT_FAMILY_RECORD = graphql(`
  mutation ExportFamilyRecord($input: ExportFamilyRecordInput!) {
    exportFamilyRecord(input: $input) {
      url
      expiresAt
    }
  }
`);

export const ERASE_FAMILY = graphql(`
  mutation EraseFamily($input: EraseFamilyInput!) {
    eraseFamily(input: $input) {
      cases
      messages
      keptReferrals
      keptConsents
      foodHouseholds
    }
  }
`);
