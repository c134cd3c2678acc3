import { graphql } from '../../gql';

/** What a report table shows: its cells as the files show them (`<5`, `x`). */
export const REPORT_TABLE = graphql(`
  fragment ReportTableFields on ReportTable {
    key
    group
    title
    titleEn
    unit
    columns {
      key
      label
      labelEn
    }
    rows {
      key
      label
      labelEn
      values {
        value
        suppressed
        display
      }
    }
  }
`);

/** The tenant's fiscal calendar: which year the pickers start at. */
export const REPORT_CALENDAR = graphql(`
  query ReportCalendar {
    tenant {
      id
      fiscalYearStartMonth
      timezone
    }
  }
`);

export const TENANT_REPORT = graphql(`
  query TenantReport($fiscalYear: Int!, $month: Int, $exact: Boolean, $programmeId: ID) {
    tenantReport(fiscalYear: $fiscalYear, month: $month, exact: $exact, programmeId: $programmeId) {
      programmeName
      fiscalYear
      month
      periodLabel
      periodLabelEn
      generatedAt
      suppressionThreshold
      tables {
        ...ReportTableFields
      }
    }
  }
`);

/** The programmes a report may be cut by, and their contracts' KPI pages. */
export const REPORT_PROGRAMMES = graphql(`
  query ReportProgrammes {
    programmes {
      id
      name
      archived
      contracts {
        id
        title
      }
    }
  }
`);

export const EXPORT_TENANT_REPORT = graphql(`
  mutation ExportTenantReport($input: ExportTenantReportInput!) {
    exportTenantReport(input: $input) {
      url
      expiresAt
    }
  }
`);

export const REPORT_RUNS = graphql(`
  query ReportRuns {
    reportRuns(first: 20) {
      edges {
        node {
          id
          periodLabel
          trigger
          status
          recipientCount
          createdAt
          finishedAt
        }
      }
    }
  }
`);

export const RUN_REPORT_NOW = graphql(`
  mutation RunReportNow($input: RunReportNowInput!) {
    runReportNow(input: $input) {
      id
      periodLabel
      trigger
      status
      recipientCount
      createdAt
      finishedAt
    }
  }
`);

export const REPORT_SETTINGS = graphql(`
  query ReportSettings {
    reportSettings {
      groups
      suppressionThreshold
      recipients
      scheduleDay
      language
    }
  }
`);

export const UPDATE_REPORT_SETTINGS = graphql(`
  mutation UpdateReportSettings($input: UpdateReportSettingsInput!) {
    updateReportSettings(input: $input) {
      groups
      suppressionThreshold
      recipients
      scheduleDay
      language
    }
  }
`);

export const PLATFORM_REPORT = graphql(`
  query PlatformReport($fiscalYear: Int!) {
    platformReport(fiscalYear: $fiscalYear) {
      fiscalYear
      periodLabel
      periodLabelEn
      generatedAt
      suppressionThreshold
      tables {
        ...ReportTableFields
      }
      cities {
        tenantSlug
        tenantName
        tenantNameEn
        suppressionThreshold
        figures {
          key
          title
          titleEn
          label
          labelEn
          unit
          value {
            value
            suppressed
            display
          }
        }
      }
    }
  }
`);
