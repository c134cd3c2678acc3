import { assertTransition, IllegalTransitionError, nextStatuses, ReferralStatus } from '../lifecycle';

const ALL = Object.values(ReferralStatus);

describe('referral lifecycle', () => {
  const legal: [ReferralStatus, ReferralStatus][] = [
    [ReferralStatus.DRAFT, ReferralStatus.SENT],
    [ReferralStatus.DRAFT, ReferralStatus.RECALLED],
    [ReferralStatus.SENT, ReferralStatus.ACCEPTED],
    [ReferralStatus.SENT, ReferralStatus.DECLINED],
    [ReferralStatus.SENT, ReferralStatus.RECALLED],
    [ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS],
    [ReferralStatus.ACCEPTED, ReferralStatus.CLOSED],
    [ReferralStatus.IN_PROGRESS, ReferralStatus.COMPLETED],
    [ReferralStatus.IN_PROGRESS, ReferralStatus.CLOSED],
  ];

  it('allows exactly the transitions of the closed loop', () => {
    for (const from of ALL) {
      for (const to of ALL) {
        const allowed = legal.some(([f, t]) => f === from && t === to);
        if (allowed) expect(() => assertTransition(from, to)).not.toThrow();
        else expect(() => assertTransition(from, to)).toThrow(IllegalTransitionError);
      }
    }
  });

  it('ends at DECLINED, RECALLED, COMPLETED and CLOSED', () => {
    for (const end of [
      ReferralStatus.DECLINED,
      ReferralStatus.RECALLED,
      ReferralStatus.COMPLETED,
      ReferralStatus.CLOSED,
    ]) {
      expect(nextStatuses(end)).toEqual([]);
    }
  });
});
