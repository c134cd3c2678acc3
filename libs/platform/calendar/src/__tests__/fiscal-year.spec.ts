import { fiscalYearBounds, fiscalYearLabel, fiscalYearOf, monthLabel } from '../fiscal-year';

describe('fiscal years', () => {
  it('puts April to March in one year, labelled both ways', () => {
    expect(fiscalYearOf('2025-04-01')).toBe(2025);
    expect(fiscalYearOf('2026-03-31')).toBe(2025);
    expect(fiscalYearOf('2026-04-01')).toBe(2026);
    expect(fiscalYearLabel(2025)).toBe('令和7年度 (FY2025)');
    expect(fiscalYearLabel(2023)).toBe('令和5年度 (FY2023)');
    expect(fiscalYearLabel(2019)).toBe('令和元年度 (FY2019)');
  });

  it('gives the first and last day of a year, for any start month', () => {
    expect(fiscalYearBounds(2025)).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    expect(fiscalYearBounds(2024, 1)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(fiscalYearOf('2024-12-31', 1)).toBe(2024);
  });
});

describe('month labels', () => {
  it('names a month in Japanese and in English', () => {
    expect(monthLabel(2026, 3, 'ja')).toBe('2026年3月');
    expect(monthLabel(2026, 3, 'en')).toBe('March 2026');
    expect(monthLabel(2025, 12, 'en')).toBe('December 2025');
  });
});
