import { SecondmentStatus } from '../secondment.entities';
import { endReminderFrom, statusOn } from '../secondment-status';

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
