import { graphql } from '../../gql';

/** The case on a conversation's family card: its state and newest assessment, no values. */
export const FAMILY_CASE = graphql(`
  query FamilyCase($id: ID!) {
    conversation(id: $id) {
      id
      registrant {
        id
      }
      caseRecord {
        id
        status
        risk
        nextReviewOn
        reviewDue
        responsibleName
        latestAssessment {
          id
          summary
          createdAt
          templateVersion {
            id
            templateName
            version
          }
        }
      }
    }
  }
`);

export const CASE_RECORDS = graphql(`
  query CaseRecords($first: Int!, $after: String, $filter: CaseRecordFilter) {
    caseRecords(first: $first, after: $after, filter: $filter) {
      edges {
        node {
          id
          familyName
          status
          risk
          nextReviewOn
          reviewDue
          responsibleName
          updatedAt
          latestAssessment {
            id
            summary
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    counsellors {
      id
      displayName
    }
  }
`);

export const TEMPLATE_VERSION = graphql(`
  fragment TemplateVersionFields on AssessmentTemplateVersion {
    id
    templateId
    templateName
    version
    publishedAt
    definition
  }
`);

export const CASE_RECORD = graphql(`
  query CaseRecord($id: ID!) {
    caseRecord(id: $id) {
      id
      registrantId
      familyName
      labels
      conversationId
      status
      risk
      nextReviewOn
      reviewDue
      responsibleUserId
      responsibleName
      assessments {
        id
        values
        summary
        createdAt
        createdByName
        templateVersion {
          ...TemplateVersionFields
        }
      }
    }
    assessmentTemplates {
      id
      name
      latestVersion {
        ...TemplateVersionFields
      }
    }
    counsellors {
      id
      displayName
    }
  }
`);

export const CASE_HISTORY = graphql(`
  query CaseHistory($id: ID!, $after: String) {
    caseRecordHistory(caseRecordId: $id, first: 50, after: $after) {
      edges {
        node {
          id
          field
          section
          label
          row
          column
          kind
          beforeShown
          afterShown
          actorName
          changedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const OPEN_CASE = graphql(`
  mutation OpenCaseRecord($input: OpenCaseRecordInput!) {
    openCaseRecord(input: $input) {
      id
    }
  }
`);

export const UPDATE_CASE = graphql(`
  mutation UpdateCaseRecord($input: UpdateCaseRecordInput!) {
    updateCaseRecord(input: $input) {
      id
      status
      risk
      nextReviewOn
      reviewDue
      responsibleUserId
      responsibleName
    }
  }
`);

export const ADD_ASSESSMENT = graphql(`
  mutation AddAssessment($input: AddAssessmentInput!) {
    addAssessment(input: $input) {
      id
    }
  }
`);

export const UPDATE_ASSESSMENT = graphql(`
  mutation UpdateAssessment($input: UpdateAssessmentInput!) {
    updateAssessment(input: $input) {
      id
      values
    }
  }
`);

export const TEMPLATES = graphql(`
  query AssessmentTemplates {
    assessmentTemplates {
      id
      name
      versions {
        id
        version
        publishedAt
      }
      latestVersion {
        ...TemplateVersionFields
      }
    }
  }
`);

export const CREATE_TEMPLATE = graphql(`
  mutation CreateAssessmentTemplate($input: CreateAssessmentTemplateInput!) {
    createAssessmentTemplate(input: $input) {
      id
    }
  }
`);

export const PUBLISH_TEMPLATE = graphql(`
  mutation PublishAssessmentTemplateVersion($input: PublishAssessmentTemplateVersionInput!) {
    publishAssessmentTemplateVersion(input: $input) {
      id
      latestVersion {
        version
      }
    }
  }
`);

export const MIGRATION_PREVIEW = graphql(`
  query AssessmentMigrationPreview($id: ID!) {
    assessmentMigrationPreview(assessmentId: $id) {
      assessmentId
      from {
        version
      }
      to {
        id
        version
      }
      steps {
        field
        label
        outcome
        before
      }
    }
  }
`);

export const MIGRATE_ASSESSMENT = graphql(`
  mutation MigrateAssessment($input: MigrateAssessmentInput!) {
    migrateAssessment(input: $input) {
      id
    }
  }
`);

/** The refer dialog's choice: the family's latest assessment, its values and version (a read of the case, audited). */
export const SHARE_CHOICES = graphql(`
  query ShareChoices($id: ID!) {
    conversation(id: $id) {
      id
      caseRecord {
        id
        latestAssessment {
          id
          createdAt
          values
          templateVersion {
            ...TemplateVersionFields
          }
        }
      }
    }
  }
`);
