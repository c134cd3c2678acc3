import { addBusinessDays, businessDaysBetween, businessDaysLeft, isBusinessDay, todayIn } from '../business-days';

describe('business days', () => {
  it('skips weekends', () => {
    expect(addBusinessDays('2026-11-27', 1)).toBe('2026-11-30'); // Friday → Monday
    expect(isBusinessDay('2026-11-28')).toBe(false);
  });

  it('skips Japanese holidays, substitute holidays included', () => {
    // Fri 2026-04-24 + 3: Mon 27, Tue 28, (Wed 29 昭和の日), Thu 30.
    expect(addBusinessDays('2026-04-24', 3)).toBe('2026-04-30');
    // Golden Week 2026: 5/3 (Sun) 憲法記念日, 5/4 みどりの日, 5/5 こどもの日, 5/6 振替休日.
    expect(addBusinessDays('2026-05-01', 1)).toBe('2026-05-07');
    expect(isBusinessDay('2026-05-06')).toBe(false);
  });

  it('counts the business days between two dates, the inverse of adding them', () => {
    expect(businessDaysBetween('2026-11-27', '2026-11-30')).toBe(1); // Friday → Monday
    expect(businessDaysBetween('2026-11-30', '2026-11-27')).toBe(-1);
    expect(businessDaysBetween('2026-11-30', '2026-11-30')).toBe(0);
    // Across Golden Week: only Thursday 5/7 is a business day after Friday 5/1.
    expect(businessDaysBetween('2026-05-01', '2026-05-07')).toBe(1);
    for (const [from, days] of [
      ['2026-04-24', 3],
      ['2026-12-25', 5],
      ['2026-05-02', 2],
    ] as const) {
      expect(businessDaysBetween(from, addBusinessDays(from, days))).toBe(days);
    }
  });

  it('says how many business days are left before a deadline, and how many it is overdue by', () => {
    // Deadline Monday 11/30.
    expect(businessDaysLeft('2026-11-30', '2026-11-26')).toBe(2); // Thursday: Friday and Monday left
    expect(businessDaysLeft('2026-11-30', '2026-11-28')).toBe(1); // Saturday: Monday left
    expect(businessDaysLeft('2026-11-30', '2026-11-30')).toBe(0); // the day itself
    expect(businessDaysLeft('2026-11-30', '2026-12-01')).toBe(-1);
    expect(businessDaysLeft('2026-11-30', '2026-12-03')).toBe(-3);
    // Deadline Friday 11/27: overdue from Saturday, though no business day has passed yet.
    expect(businessDaysLeft('2026-11-27', '2026-11-28')).toBe(-1);
    expect(businessDaysLeft('2026-11-27', '2026-11-30')).toBe(-1);
  });

  it("reads today in the tenant's time zone", () => {
    expect(todayIn('Asia/Tokyo', new Date('2026-03-31T15:30:00Z'))).toBe('2026-04-01');
    expect(todayIn('UTC', new Date('2026-03-31T15:30:00Z'))).toBe('2026-03-31');
  });
});
