import { DEFAULT_CATEGORIES, DEFAULT_KEYWORDS, isOpenAt } from '@tsunagu/conversations';
import { Weekday } from '@tsunagu/channels';
import { DEMO_PARTNERS } from '../demo-partners';
import { planDemoYear, type DemoYearSetting } from '../demo-activity';

const TOKYO = 'Asia/Tokyo';
const HOURS = {
  closedOnPublicHolidays: true,
  weekly: [Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI].map((day) => ({
    day,
    start: '09:00',
    end: '21:00',
  })),
};
const setting: DemoYearSetting = {
  timeZone: TOKYO,
  isOpen: (at) => isOpenAt(HOURS, at, TOKYO),
  categories: DEFAULT_CATEGORIES.map((name, i) => ({ id: `00000000-0000-4000-8000-00000000000${i}`, name })),
  partners: DEMO_PARTNERS.map((p, i) => ({
    id: `10000000-0000-4000-8000-00000000000${i}`,
    name: p.name,
    serviceId: null,
  })),
  welcomeMessage: '友だち追加ありがとうございます。',
  outOfHoursReply: 'ただいま受付時間外です。',
};
const FY_START = new Date('2025-04-01T00:00:00+09:00');
const FY_END = new Date('2026-04-01T00:00:00+09:00');
const hasKeyword = (text: string) => DEFAULT_KEYWORDS.some((k) => text.normalize('NFKC').includes(k));

describe("the demo's FY2025 for Kobe", () => {
  const year = planDemoYear(setting);

  it('is the same year every time it is planned', () => {
    expect(planDemoYear(setting)).toEqual(year);
  });

  it('has a few hundred families, all of them and their messages inside the fiscal year', () => {
    expect(year.conversations.length).toBeGreaterThan(250);
    expect(year.conversations.length).toBeLessThan(400);
    const instants = [
      ...year.messages.map((m) => m.sentAt),
      ...year.webhookEvents.map((e) => e.occurredAt),
      ...year.referrals.flatMap((r) => r.events.map((e) => e.occurredAt)),
    ];
    expect(instants.every((at) => at >= FY_START && at < FY_END)).toBe(true);
    expect(year.registrants.every((r) => /^Ud0f2025f\d{24}$/.test(r.lineUserId))).toBe(true);
  });

  it('has more families in the summer holidays than in June, and writes mostly in the evening', () => {
    const month = (m: number) =>
      year.conversations.filter((c) => new Date(c.createdAt.getTime() + 9 * 3_600_000).getUTCMonth() + 1 === m).length;
    expect(month(8)).toBeGreaterThan(month(6));
    const inbound = year.messages.filter((m) => m.direction === 'in');
    const bands = Array.from({ length: 8 }, () => 0);
    for (const m of inbound) bands[Math.floor(((m.sentAt.getUTCHours() + 9) % 24) / 3)] += 1;
    // 18:00–21:00 or 21:00–24:00 is the busiest band, and the evening holds the largest share.
    expect(bands.indexOf(Math.max(...bands))).toBeGreaterThanOrEqual(6);
    expect((bands[6] + bands[7]) / inbound.length).toBeGreaterThan(0.4);
  });

  it('answers every wait with a consistent first-response time, and out of hours by itself', () => {
    const replies = year.messages.filter((m) => m.direction === 'out' && m.automatic === null);
    expect(replies.every((m) => m.answersSince !== null && m.answersSince < m.sentAt)).toBe(true);
    expect(replies.every((m) => m.answersInHours === setting.isOpen(m.answersSince as Date))).toBe(true);
    expect(replies.some((m) => m.answersInHours === false)).toBe(true);
    expect(year.messages.filter((m) => m.automatic === 'out_of_hours').length).toBeGreaterThan(5);
  });

  it('marks urgent only the episodes whose first message has a triage keyword, and no other message has one', () => {
    const urgent = new Set(year.urgentEpisodes.map((e) => e.conversationId));
    expect(urgent.size).toBeGreaterThanOrEqual(10);
    expect(year.conversations.filter((c) => c.urgent).map((c) => c.id)).toEqual(
      year.conversations.filter((c) => urgent.has(c.id)).map((c) => c.id),
    );
    const withKeyword = year.messages.filter((m) => m.direction === 'in' && hasKeyword(m.text));
    expect(withKeyword.length).toBe(year.urgentEpisodes.length);
    expect(withKeyword.every((m) => urgent.has(m.conversationId))).toBe(true);
  });

  it('refers a few dozen families to the partners, with outcomes, one overdue and still unanswered', () => {
    expect(year.referrals.length).toBeGreaterThanOrEqual(30);
    const statuses = new Set(year.referrals.map((r) => r.status));
    expect([...statuses]).toEqual(expect.arrayContaining(['completed', 'declined', 'in_progress']));
    expect(new Set(year.referrals.map((r) => r.outcome).filter(Boolean)).size).toBe(3);
    const overdue = year.referrals.filter((r) => r.overdueAt);
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    expect(overdue.length).toBeLessThanOrEqual(2);
    expect(overdue.some((r) => r.status === 'sent')).toBe(true);
    // Each timeline starts as the service's does: a draft, then sent, with consent obtained by then.
    for (const referral of year.referrals) {
      expect(referral.events.slice(0, 2).map((e) => e.toStatus)).toEqual(['draft', 'sent']);
      expect(referral.consent.createdAt < referral.sentAt).toBe(true);
    }
    // A partner rare enough that each month's count of it is below the threshold of 5.
    const byPartner = new Map<string, number>();
    for (const r of year.referrals)
      byPartner.set(r.partnerOrganizationId, (byPartner.get(r.partnerOrganizationId) ?? 0) + 1);
    expect(Math.min(...byPartner.values())).toBeLessThan(5);
  });
});
