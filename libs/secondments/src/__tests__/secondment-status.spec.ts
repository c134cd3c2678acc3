import { SecondmentStatus } from '../secondment.entities';
import { endReminderFrom, rosterReviewDue, statusOn } from '../secondment-status';

const fy2025 = { startsOn: '2025-04-01', endsOn: '2026-03-31' };

describe('the status of a secondment on a day of its home city', () => {
  it('is no longer active from the day after its last day', () => {
    expect(statusOn({ ...fy2025, status: SecondmentStatus.ACTIVE }, '2026-03-31')).toBe(SecondmentStatus.ACTIVE);
    expect(statusOn({ ...fy2025, status: SecondmentStatus.ACTIVE }, '2026-04-01')).toBe(SecondmentStatus.COMPLETED);
    expect(statusOn({ ...fy2025, status: SecondmentStatus.EXTENDED }, '2026-12-04')).toBe(SecondmentStatus.COMPLETED);
  });

  it('is active from the first day of a planned secondment', () => {
    expect(statusOn({ ...fy2025, status: SecondmentStatus.PLANNED }, '2025-03-31')).toBe(SecondmentStatus.PLANNED);
    expect(statusOn({ ...fy2025, status: SecondmentStatus.PLANNED }, '2025-04-01')).toBe(SecondmentStatus.ACTIVE);
  });

  it('keeps an early end and a completion', () => {
    expect(statusOn({ ...fy2025, status: SecondmentStatus.ENDED_EARLY }, '2025-06-01')).toBe(
      SecondmentStatus.ENDED_EARLY,
    );
    expect(statusOn({ ...fy2025, status: SecondmentStatus.COMPLETED }, '2025-06-01')).toBe(SecondmentStatus.COMPLETED);
  });

  it('reminds 30 days before the last day, across a month end', () => {
    expect(endReminderFrom('2026-03-31')).toBe('2026-03-01');
    expect(endReminderFrom('2027-03-31')).toBe('2027-03-01');
    expect(endReminderFrom('2026-01-15')).toBe('2025-12-16');
  });
});

describe("whether a city's roster review is due", () => {
  const tokyo = { timezone: 'Asia/Tokyo', fiscalYearStartMonth: 4 };
  const now = new Date('2026-06-01T03:00:00Z');

  it('is due for a city that never reviewed its roster', () => {
    expect(rosterReviewDue(null, tokyo, now)).toBe(true);
  });

  it("is due once the city's fiscal year has turned since the review, in the city's time zone", () => {
    // 23:59 on 31 March in Tokyo: the year before.
    expect(rosterReviewDue(new Date('2026-03-31T14:59:00Z'), tokyo, now)).toBe(true);
    // 00:00 on 1 April in Tokyo, still 31 March in UTC: this year.
    expect(rosterReviewDue(new Date('2026-03-31T15:00:00Z'), tokyo, now)).toBe(false);
  });

  it('follows the month in which the city starts its fiscal year', () => {
    const julyCity = { timezone: 'Asia/Tokyo', fiscalYearStartMonth: 7 };
    // Reviewed in May 2026: FY2025 of a city whose year starts in July, and still FY2025 on 1 June.
    expect(rosterReviewDue(new Date('2026-05-10T03:00:00Z'), julyCity, now)).toBe(false);
    expect(rosterReviewDue(new Date('2026-05-10T03:00:00Z'), julyCity, new Date('2026-07-01T03:00:00Z'))).toBe(true);
  });
});
