import { localDateTime } from '@tsunagu/platform/calendar';
import { MetricGroup, MetricUnit, Report, ReportLanguage, ReportTable, ReportValue } from './report';

/** What the three renderers share: labels in both languages and how a value is shown. */

const GROUP_LABELS: Record<MetricGroup, { ja: string; en: string }> = {
  [MetricGroup.REGISTRANTS]: { ja: '登録者', en: 'Registrants' },
  [MetricGroup.CONSULTATIONS]: { ja: '相談', en: 'Consultations' },
  [MetricGroup.RESPONSIVENESS]: { ja: '応答', en: 'Responsiveness' },
  [MetricGroup.REFERRALS]: { ja: 'つなぎ', en: 'Referrals' },
  [MetricGroup.SECONDMENTS]: { ja: '出向', en: 'Secondments' },
  [MetricGroup.BROADCASTS]: { ja: 'お知らせ配信', en: 'Broadcasts' },
  [MetricGroup.CASE_RECORDS]: { ja: 'ケース記録', en: 'Case records' },
  [MetricGroup.FOOD_DELIVERY]: { ja: 'こども宅食', en: 'Food delivery' },
};

const UNIT_SUFFIXES: Record<MetricUnit, { ja: string; en: string }> = {
  [MetricUnit.COUNT]: { ja: '', en: '' },
  [MetricUnit.MINUTES]: { ja: '（分）', en: ' (minutes)' },
  [MetricUnit.DAYS]: { ja: '（日）', en: ' (days)' },
};

export function groupLabel(group: MetricGroup, language: ReportLanguage): string {
  return GROUP_LABELS[group][language];
}

/** The groups present in the report, in the order their first tables come. */
export function reportGroups(report: Report): MetricGroup[] {
  return [...new Set(report.tables.map((table) => table.group))];
}

export function label(item: { labelJa: string; labelEn: string }, language: ReportLanguage): string {
  return language === 'ja' ? item.labelJa : item.labelEn;
}

/** A table's title with its unit: `初回応答時間（分）`. */
export function tableTitle(table: ReportTable, language: ReportLanguage): string {
  return (language === 'ja' ? table.titleJa : table.titleEn) + UNIT_SUFFIXES[table.unit][language];
}

export function reportTitle(report: Report, language: ReportLanguage): string {
  const who = report.programmeName ? `${report.tenantName} ${report.programmeName}` : report.tenantName;
  return language === 'ja'
    ? `${who} 活動報告 ${report.period.labelJa}`
    : `${who} activity report ${report.period.labelEn}`;
}

export function generatedAtLine(report: Report, language: ReportLanguage): string {
  const at = `${localDateTime(report.generatedAt, report.period.timeZone)} (${report.period.timeZone})`;
  return language === 'ja' ? `作成日時: ${at}` : `Generated: ${at}`;
}

/** The note that tells a reader what `<k` means, or that the figures are exact. */
export function suppressionNote(report: Report, language: ReportLanguage): string {
  const k = report.suppressionThreshold;
  if (k === null) return language === 'ja' ? '実数（秘匿処理なし）' : 'Exact counts (no suppression)';
  return language === 'ja'
    ? `${k}未満の件数は「<${k}」、合計から逆算できないよう秘匿した値と${k}件未満にもとづく統計値は「x」と表示しています。登録者数は10人単位に丸めています。`
    : `Counts below ${k} are shown as "<${k}"; values hidden so that they cannot be worked out from totals, and statistics resting on fewer than ${k} cases, as "x". Registrant totals are rounded to tens.`;
}

/** The body of a mailed report: which period is attached, and how small counts are shown (with the tenant's k). */
export function mailBody(report: Report, language: ReportLanguage): string {
  const k = report.suppressionThreshold;
  if (language === 'ja') {
    const lead = `${report.tenantName}の活動報告（${report.period.labelJa}）をお送りします。`;
    return k === null
      ? `${lead}\n件数は実数です。\n`
      : `${lead}\n${k}未満の件数は「<${k}」、合計から逆算できないよう秘匿した値は「x」と表示し、特定の家庭が分からないようにしています。\n`;
  }
  const lead = `The activity report of ${report.tenantName} (${report.period.labelEn}) is attached.`;
  return k === null
    ? `${lead}\nThe counts are exact.\n`
    : `${lead}\nCounts below ${k} are shown as "<${k}", and values hidden so that they cannot be worked out from totals as "x", so that no family can be singled out.\n`;
}

/** The header of the fiscal-year total column. */
export function totalLabel(language: ReportLanguage): string {
  return language === 'ja' ? '年度計' : 'FY total';
}

/**
 * A value as shown: `<k` where suppressed, null where there is nothing, counts as integers and
 * statistics (minutes, days) with one decimal at most.
 */
export function shownValue(value: ReportValue, unit: MetricUnit, threshold: number | null): string | number | null {
  if (value.suppressed) return value.small ? `<${threshold}` : 'x';
  if (value.value === null) return null;
  return unit === MetricUnit.COUNT ? Math.round(value.value) : Math.round(value.value * 10) / 10;
}
