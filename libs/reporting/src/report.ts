/**
 * The shape of an activity report. A `RawReport` holds exact figures as the metric queries compute
 * them; `suppressReport` or `exactReport` turns it into the `Report` that is shown, exported and mailed.
 */

export enum MetricGroup {
  REGISTRANTS = 'REGISTRANTS',
  CONSULTATIONS = 'CONSULTATIONS',
  RESPONSIVENESS = 'RESPONSIVENESS',
  REFERRALS = 'REFERRALS',
  SECONDMENTS = 'SECONDMENTS',
  BROADCASTS = 'BROADCASTS',
  CASE_RECORDS = 'CASE_RECORDS',
  FOOD_DELIVERY = 'FOOD_DELIVERY',
}

export enum MetricUnit {
  COUNT = 'COUNT',
  MINUTES = 'MINUTES',
  DAYS = 'DAYS',
}

export type ReportLanguage = 'ja' | 'en';

export interface ReportColumn {
  /** `2025-04` for a month, `total` for the fiscal-year total. */
  key: string;
  labelJa: string;
  labelEn: string;
}

export interface RawRow {
  key: string;
  labelJa: string;
  labelEn: string;
  /** One per column; null where there is nothing to measure (a median of no observations). */
  values: (number | null)[];
  /** For a statistic (median, 90th percentile): the number of observations behind each value. */
  basis?: number[];
  /** A derived row (e.g. net change = follows - unfollows): suppressed in a column whenever one of these rows is. */
  suppressWith?: string[];
  /**
   * The same figure appears in another table too (e.g. messages received, the total of both the
   * by-weekday and the by-hour tables): a cell suppressed in one is suppressed in all.
   */
  sharedAs?: string;
  /**
   * A stock, not a flow (registrants at each month's end): shown rounded to this many when small
   * counts are suppressed, since month-to-month differences of exact stocks would give away the
   * small changes the report hides.
   */
  roundTo?: number;
}

export interface RawTable {
  /** e.g. `consultations.byCategory` */
  key: string;
  group: MetricGroup;
  titleJa: string;
  titleEn: string;
  unit: MetricUnit;
  columns: ReportColumn[];
  rows: RawRow[];
  /** The last column is the sum of the others (monthly counts and their fiscal-year total). */
  columnsAddUp: boolean;
  /** The last row is the sum of the others (a breakdown and its total). */
  rowsAddUp: boolean;
}

export interface ReportMonth {
  /** `2025-04` */
  key: string;
  year: number;
  month: number;
  /** Inclusive instant: local midnight of the first day in the tenant's zone. */
  from: Date;
  /** Exclusive instant: local midnight of the first day of the next month. */
  to: Date;
  /** `2025年4月` */
  labelJa: string;
  /** `April 2025` */
  labelEn: string;
}

export interface ReportPeriod {
  fiscalYear: number;
  /** The calendar month (1–12) of a one-month report; null for the whole fiscal year. */
  month: number | null;
  /** `令和7年度 (FY2025)` or `2026年3月` */
  labelJa: string;
  /** `FY2025` or `March 2026` */
  labelEn: string;
  /** The tenant's IANA zone the period was cut in (and in which report times are shown). */
  timeZone: string;
  /** Inclusive instant. */
  from: Date;
  /** Exclusive instant. */
  to: Date;
  months: ReportMonth[];
}

export interface RawReport {
  tenantName: string;
  /** The programme a report is cut to (its channels only); null for the whole tenant. */
  programmeName?: string | null;
  period: ReportPeriod;
  generatedAt: Date;
  tables: RawTable[];
}

export interface ReportValue {
  value: number | null;
  suppressed: boolean;
  /** Suppressed because it is below k (shown `<k`), not to protect another cell (shown `x`). */
  small?: boolean;
}

export interface ReportRow {
  key: string;
  labelJa: string;
  labelEn: string;
  values: ReportValue[];
}

export interface ReportTable extends Omit<RawTable, 'rows'> {
  rows: ReportRow[];
}

export interface Report extends Omit<RawReport, 'tables'> {
  /** The threshold k when small cells were suppressed; null for an exact report. */
  suppressionThreshold: number | null;
  tables: ReportTable[];
}
