import { localDateTime, startOfDayIn } from '../zoned-time';

describe('time in a zone', () => {
  it('finds local midnight in Tokyo, which has no DST', () => {
    expect(startOfDayIn('2025-04-01', 'Asia/Tokyo').toISOString()).toBe('2025-03-31T15:00:00.000Z');
    expect(startOfDayIn('2026-01-01', 'Asia/Tokyo').toISOString()).toBe('2025-12-31T15:00:00.000Z');
  });

  it('follows DST: New York midnight is 05:00Z in winter and 04:00Z in summer', () => {
    expect(startOfDayIn('2025-03-01', 'America/New_York').toISOString()).toBe('2025-03-01T05:00:00.000Z');
    expect(startOfDayIn('2025-04-01', 'America/New_York').toISOString()).toBe('2025-04-01T04:00:00.000Z');
    // The day the clocks change (at 02:00) still starts at the old offset's midnight.
    expect(startOfDayIn('2025-03-09', 'America/New_York').toISOString()).toBe('2025-03-09T05:00:00.000Z');
    expect(startOfDayIn('2025-11-02', 'America/New_York').toISOString()).toBe('2025-11-02T04:00:00.000Z');
  });

  it('starts a day whose midnight DST skips at the moment it begins', () => {
    // Chile moves from -04 to -03 at midnight on 2025-09-07: the day begins at 01:00 local, 04:00Z.
    expect(startOfDayIn('2025-09-07', 'America/Santiago').toISOString()).toBe('2025-09-07T04:00:00.000Z');
    // Back to -04 on 2025-04-05 at 24:00, which becomes 23:00 again: the 6th begins once, at 00:00-04.
    expect(startOfDayIn('2025-04-06', 'America/Santiago').toISOString()).toBe('2025-04-06T04:00:00.000Z');
  });

  it('reads the wall clock of a zone', () => {
    expect(localDateTime(new Date('2026-03-31T15:30:00Z'), 'Asia/Tokyo')).toBe('2026-04-01 00:30');
    expect(localDateTime(new Date('2025-07-01T12:05:00Z'), 'Europe/London')).toBe('2025-07-01 13:05');
  });
});
