import { graphql } from '../../gql';

export const AUDIT_EVENT_ROW = graphql(`
  fragment AuditEventRow on AuditEvent {
    id
    seq
    occurredAt
    actorUserId
    actorLabel
    actorName
    action
    targetType
    targetId
    subjectName
    details
  }
`);

export const TENANT_AUDIT_EVENTS = graphql(`
  query TenantAuditEvents($filter: AuditEventFilter, $after: String) {
    auditEvents(filter: $filter, first: 50, after: $after) {
      edges {
        node {
          ...AuditEventRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PLATFORM_AUDIT_EVENTS = graphql(`
  query PlatformAuditEvents($filter: AuditEventFilter, $after: String) {
    auditEvents: platformAuditEvents(filter: $filter, first: 50, after: $after) {
      edges {
        node {
          ...AuditEventRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const VERIFY_TENANT_CHAIN = graphql(`
  query VerifyTenantAuditChain {
    verification: verifyAuditChain {
      ok
      brokenAt
      checked
    }
  }
`);

export const VERIFY_PLATFORM_CHAIN = graphql(`
  query VerifyPlatformAuditChain {
    verification: verifyPlatformAuditChain {
      ok
      brokenAt
      checked
    }
  }
`);

export const EXPORT_TENANT_EVENTS = graphql(`
  mutation ExportTenantAuditEvents($input: ExportAuditEventsInput!) {
    link: exportAuditEvents(input: $input) {
      url
    }
  }
`);

export const EXPORT_PLATFORM_EVENTS = graphql(`
  mutation ExportPlatformAuditEvents($input: ExportAuditEventsInput!) {
    link: exportPlatformAuditEvents(input: $input) {
      url
    }
  }
`);
