import { addBusinessDays, isBusinessDay, todayIn } from '../business-days';

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

  it("reads today in the tenant's time zone", () => {
    expect(todayIn('Asia/Tokyo', new Date('2026-03-31T15:30:00Z'))).toBe('2026-04-01');
    expect(todayIn('UTC', new Date('2026-03-31T15:30:00Z'))).toBe('2026-03-31');
  });
});
