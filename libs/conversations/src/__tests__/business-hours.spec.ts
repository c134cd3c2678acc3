import { Weekday, type BusinessHours } from '@tsunagu/channels';
import { isOpenAt, wasOpenBetween } from '../business-hours';

const weekdaysNineToFive: BusinessHours = {
  closedOnPublicHolidays: true,
  weekly: [Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI].map((day) => ({
    day,
    start: '09:00',
    end: '17:00',
  })),
};
const TOKYO = 'Asia/Tokyo';
/** An instant given as Tokyo wall-clock time. */
const jst = (local: string) => new Date(`${local}+09:00`);

describe('business hours in the tenant time zone', () => {
  it('is open on a weekday between start and end, Tokyo time, not UTC', () => {
    // Wednesday 2026-11-25 10:00 JST is 01:00 UTC.
    expect(isOpenAt(weekdaysNineToFive, jst('2026-11-25T10:00:00'), TOKYO)).toBe(true);
    expect(isOpenAt(weekdaysNineToFive, jst('2026-11-25T08:59:00'), TOKYO)).toBe(false);
    expect(isOpenAt(weekdaysNineToFive, jst('2026-11-25T17:00:00'), TOKYO)).toBe(false);
  });

  it('is closed at weekends and, when configured so, on public holidays', () => {
    expect(isOpenAt(weekdaysNineToFive, jst('2026-11-28T10:00:00'), TOKYO)).toBe(false);
    // 2026-11-23 (Monday) is 勤労感謝の日.
    expect(isOpenAt(weekdaysNineToFive, jst('2026-11-23T10:00:00'), TOKYO)).toBe(false);
    expect(isOpenAt({ ...weekdaysNineToFive, closedOnPublicHolidays: false }, jst('2026-11-23T10:00:00'), TOKYO)).toBe(
      true,
    );
  });

  it('is always open when the channel has no business hours', () => {
    expect(isOpenAt(null, jst('2026-11-28T03:00:00'), TOKYO)).toBe(true);
  });

  it('tells whether two instants lie in the same closed period', () => {
    expect(wasOpenBetween(weekdaysNineToFive, jst('2026-11-27T18:00:00'), jst('2026-11-29T22:00:00'), TOKYO)).toBe(
      false,
    );
    expect(wasOpenBetween(weekdaysNineToFive, jst('2026-11-26T18:00:00'), jst('2026-11-27T18:00:00'), TOKYO)).toBe(
      true,
    );
  });

  it('counts Golden Week as one closed period', () => {
    // Friday 5/1/2026 after hours to Thursday 5/7 morning: a weekend, then the holidays 5/4 to 5/6.
    expect(wasOpenBetween(weekdaysNineToFive, jst('2026-05-01T17:30:00'), jst('2026-05-07T08:00:00'), TOKYO)).toBe(
      false,
    );
    expect(wasOpenBetween(weekdaysNineToFive, jst('2026-05-01T17:30:00'), jst('2026-05-07T09:00:00'), TOKYO)).toBe(
      true,
    );
  });

  it('knows a channel open one day a week was closed for the six days in between', () => {
    const wednesdays: BusinessHours = {
      closedOnPublicHolidays: false,
      weekly: [{ day: Weekday.WED, start: '10:00', end: '12:00' }],
    };
    expect(wasOpenBetween(wednesdays, jst('2026-11-25T13:00:00'), jst('2026-12-02T09:59:00'), TOKYO)).toBe(false);
    expect(wasOpenBetween(wednesdays, jst('2026-11-25T13:00:00'), jst('2026-12-02T10:00:00'), TOKYO)).toBe(true);
  });
});
