import { BadUserInputError } from '@tsunagu/platform/errors';
import { reportPeriod, spanPeriod } from '../period';
import { ReportPeriod } from '../report';

/** The month of the period an instant falls in, as a user would look it up. */
function monthOf(period: ReportPeriod, at: string): string | undefined {
  const instant = new Date(at).getTime();
  return period.months.find((month) => month.from.getTime() <= instant && instant < month.to.getTime())?.labelJa;
}

describe('report periods', () => {
  it('cuts a Japanese fiscal year at Tokyo midnights, April to March', () => {
    const year = reportPeriod(2025, null, 4, 'Asia/Tokyo');
    expect(year.labelJa).toBe('令和7年度 (FY2025)');
    expect(year.labelEn).toBe('FY2025');
    expect(year.from.toISOString()).toBe('2025-03-31T15:00:00.000Z'); // 2025-04-01T00:00+09:00
    expect(year.to.toISOString()).toBe('2026-03-31T15:00:00.000Z'); // 2026-04-01T00:00+09:00
    expect(year.months.map((month) => month.key)).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(year.months[0]).toMatchObject({ labelJa: '2025年4月', labelEn: 'April 2025' });
    expect(monthOf(year, '2026-03-31T23:30:00+09:00')).toBe('2026年3月');
    expect(monthOf(year, '2026-04-01T00:00:00+09:00')).toBeUndefined();
    expect(monthOf(year, '2025-03-31T23:59:59+09:00')).toBeUndefined();
    expect(monthOf(year, '2025-04-30T23:59:59+09:00')).toBe('2025年4月');
    expect(monthOf(year, '2025-05-01T00:00:00+09:00')).toBe('2025年5月');
  });

  it('takes one calendar month of the fiscal year: month 3 of FY2025 is March 2026', () => {
    const march = reportPeriod(2025, 3, 4, 'Asia/Tokyo');
    expect(march).toMatchObject({ fiscalYear: 2025, month: 3, labelJa: '2026年3月', labelEn: 'March 2026' });
    expect(march.from.toISOString()).toBe('2026-02-28T15:00:00.000Z');
    expect(march.to.toISOString()).toBe('2026-03-31T15:00:00.000Z');
    expect(march.months).toHaveLength(1);
    expect(monthOf(march, '2026-03-31T23:30:00+09:00')).toBe('2026年3月');
    expect(reportPeriod(2025, 4, 4, 'Asia/Tokyo').labelJa).toBe('2025年4月');
  });

  it('follows a fiscal year that starts in January', () => {
    const year = reportPeriod(2024, undefined, 1, 'Asia/Tokyo');
    expect(year.months[0].key).toBe('2024-01');
    expect(year.months[11].key).toBe('2024-12');
    expect(year.to.toISOString()).toBe('2024-12-31T15:00:00.000Z');
    expect(reportPeriod(2024, 3, 1, 'Asia/Tokyo').labelEn).toBe('March 2024');
  });

  it('follows DST in a zone that has it', () => {
    const year = reportPeriod(2025, null, 4, 'America/New_York');
    expect(year.from.toISOString()).toBe('2025-04-01T04:00:00.000Z'); // EDT
    const december = year.months.find((month) => month.key === '2025-12')!;
    expect(december.from.toISOString()).toBe('2025-12-01T05:00:00.000Z'); // EST
    expect(december.to.toISOString()).toBe('2026-01-01T05:00:00.000Z');
    // November has 30 days and an extra hour when the clocks go back.
    const november = year.months.find((month) => month.key === '2025-11')!;
    expect(november.to.getTime() - november.from.getTime()).toBe((30 * 24 + 1) * 3_600_000);
  });

  it('refuses a month or a year out of range, naming the field', () => {
    for (const [fiscalYear, month, field] of [
      [2025, 0, 'month'],
      [2025, 13, 'month'],
      [2025, 2.5, 'month'],
      [1999, null, 'fiscalYear'],
      [2101, 1, 'fiscalYear'],
      [2025.5, null, 'fiscalYear'],
    ] as const) {
      let error: unknown;
      try {
        reportPeriod(fiscalYear, month, 4, 'Asia/Tokyo');
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(BadUserInputError);
      expect((error as BadUserInputError).fieldErrors.map((fieldError) => fieldError.field)).toEqual([field]);
    }
  });

  it("takes a contract's period as one column, both days included, in the tenant's zone", () => {
    const period = spanPeriod('2023-11-01', '2024-03-31', 4, 'Asia/Tokyo');
    expect(period.months).toHaveLength(1);
    expect(period.fiscalYear).toBe(2023);
    expect(period.labelJa).toBe('2023-11-01〜2024-03-31');
    expect(monthOf(period, '2023-10-31T23:59:59+09:00')).toBeUndefined();
    expect(monthOf(period, '2023-11-01T00:00:00+09:00')).toBe('2023-11-01〜2024-03-31');
    expect(monthOf(period, '2024-03-31T23:59:59+09:00')).toBe('2023-11-01〜2024-03-31');
    expect(monthOf(period, '2024-04-01T00:00:00+09:00')).toBeUndefined();
    expect(() => spanPeriod('2024-04-01', '2024-03-31', 4, 'Asia/Tokyo')).toThrow(BadUserInputError);
  });
});
