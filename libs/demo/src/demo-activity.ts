import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { addBusinessDays, startOfDayIn, todayIn } from '@tsunagu/platform/calendar';
import { Keyring } from '@tsunagu/platform/crypto';
import { claimTenantDefaults, Tenant, TenantDb } from '@tsunagu/platform/database';
import { LineChannel, webhookEventContext } from '@tsunagu/channels';
import { CategoriesService, crisisReply, DEFAULT_CRISIS_CONTACTS, isOpenAt } from '@tsunagu/conversations';
import { DEMO_PARTNER_USER_ORGANIZATION } from './demo-partners';

/**
 * A year of invented activity for the demo's Kobe, so that its reports show real shapes: FY2025
 * (令和7年度, April 2025 to March 2026). Every family, message and referral is made up by a seeded
 * pseudo-random generator, so each start seeds the same year; nothing in it is a real person.
 *
 * `planDemoYear` decides everything in memory; `DemoActivity` writes it in one tenant transaction
 * (row-level security applies) with one statement per table.
 */
export const DEMO_ACTIVITY_FISCAL_YEAR = 2025;

/** Marks, in `tenant_defaults_applied`, that the year was seeded: a second start adds nothing. */
const DEMO_ACTIVITY_KIND = 'demo_activity_fy2025';

const FAMILIES = 320;
const REFERRALS = 36;
/** A referral's response deadline, in business days: the default of referral settings. */
const RESPONSE_BUSINESS_DAYS = 3;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// The shape of the year: more families around the new school year, the summer holidays, the end
// of the calendar year and the end of the fiscal year (April first).
const MONTH_WEIGHTS = [1.2, 0.9, 0.8, 1.1, 1.4, 1.0, 0.8, 0.8, 1.2, 1.0, 0.8, 1.2];

/** When families write, hour by hour (local time): mostly in the evening, after the children sleep. */
const HOUR_WEIGHTS = [2, 1, 0.5, 0.3, 0.3, 0.5, 1, 1.5, 2, 3, 3.5, 3.5, 3, 3, 3, 3, 3, 3.5, 5, 7, 9, 10, 9, 5];

/** What families write about, by default category name; DV is rare enough to be suppressed. */
const CATEGORY_WEIGHTS: Record<string, number> = {
  子育て: 30,
  発達: 14,
  不登校: 9,
  生活困窮: 14,
  DV: 3,
  こころの健康: 10,
  家族関係: 10,
  その他: 6,
};
/** Conversations nobody categorised. */
const UNCATEGORISED_WEIGHT = 4;

/** Short, generic, invented first messages; none contains a triage keyword. */
const OPENINGS: Record<string, string[]> = {
  子育て: [
    '子育てのことで相談したいです',
    '夜泣きが続いて疲れています',
    '離乳食のことで聞きたいです',
    'イヤイヤ期の関わり方に悩んでいます',
  ],
  発達: [
    '子どもの発達のことで気になることがあります',
    '言葉が遅いかもしれないと心配です',
    '発達検査について知りたいです',
  ],
  不登校: ['子どもが学校に行きたがりません', '不登校の相談はできますか', '朝になると子どもの体調が悪くなります'],
  生活困窮: ['生活費のことで相談したいです', '食べ物に困っています', '家賃の支払いが心配です'],
  DV: ['夫との関係で悩んでいます', '家のことで話を聞いてほしいです'],
  こころの健康: ['気持ちが落ち込んでいます', '眠れない日が続いています', '誰かに話を聞いてほしいです'],
  家族関係: ['親との関係で悩んでいます', '家族とうまく話せません'],
  その他: ['手続きのことで聞きたいです', 'どこに相談したらいいかわかりません'],
};
const DEFAULT_OPENINGS = ['こんばんは。相談できますか', '相談したいことがあります'];

/**
 * The first message of an urgent episode: a triage keyword (DV, 虐待, 暴力) names the subject,
 * without any detail. Which categories turn urgent, and how often.
 */
const URGENT: Record<string, { chance: number; text: string }> = {
  DV: { chance: 0.6, text: 'DVのことで相談したいです' },
  子育て: { chance: 0.07, text: '虐待のことで相談したいです' },
  家族関係: { chance: 0.15, text: '家族の暴力のことで相談したいです' },
};

const FOLLOW_UPS = [
  'ありがとうございます',
  'わかりました',
  'もう少し話してもいいですか',
  'はい、お願いします',
  '少し気持ちが楽になりました',
  'また連絡します',
];
const COUNSELLOR_REPLIES = [
  'ご相談ありがとうございます。いまのご様子をもう少し教えていただけますか。',
  'お話ししてくださってありがとうございます。一緒に考えていきましょう。',
  'お近くの相談窓口をご案内できます。',
  'またいつでもご連絡ください。',
  'お返事ありがとうございます。無理のない範囲で大丈夫です。',
];

/** Invented LINE names: nicknames, never a person's name. */
const NICKNAMES = [
  'ひまわり',
  'こむぎ',
  'みかん',
  'そら',
  'もも',
  'くるみ',
  'ゆず',
  'こはる',
  'ぴよこ',
  'まめ',
  'りんご',
  'しろくま',
  'ちょこ',
  'はなまる',
  'つむぎ',
  'ふたば',
  'どんぐり',
  'いちご',
];
const NICKNAME_SUFFIXES = ['', 'ママ', 'パパ', '', 'ママ'];

/** The demo's partners by name: what they are referred for, and how often. */
const PARTNER_REFERRALS: Record<string, { categories: string[]; weight: number; summary: string }> = {
  [DEMO_PARTNER_USER_ORGANIZATION]: {
    categories: ['子育て', '発達', 'DV', '家族関係'],
    weight: 10,
    summary: '家庭での子育ての状況について、継続した相談を希望されています。',
  },
  中央区保健センター: {
    categories: ['子育て', '発達'],
    weight: 8,
    summary: '乳幼児の発達と育児について、保健師との面談を希望されています。',
  },
  フードバンク関西: { categories: ['生活困窮'], weight: 9, summary: '当面の食料の支援を希望されています。' },
  こうべ子ども食堂ネットワーク: {
    categories: ['生活困窮', '子育て'],
    weight: 6,
    summary: '近くの子ども食堂の利用を希望されています。',
  },
  // Rare: its monthly counts stay below the suppression threshold.
  神戸市ひとり親家庭支援センター: {
    categories: ['生活困窮', '家族関係'],
    weight: 2,
    summary: 'ひとり親家庭の就業について相談を希望されています。',
  },
};
const DECLINE_REASONS = ['対象の地域外のため', '現在受け入れ枠がないため'];

export interface DemoYearSetting {
  timeZone: string;
  /** Whether the channel is open at an instant (its business hours). */
  isOpen(at: Date): boolean;
  categories: { id: string; name: string }[];
  partners: { id: string; name: string; serviceId: string | null }[];
  welcomeMessage: string | null;
  outOfHoursReply: string | null;
}

export type Actor = 'counsellor' | 'partner' | 'system';

export interface PlannedRegistrant {
  id: string;
  lineUserId: string;
  displayName: string;
  blocked: boolean;
  firstContactAt: Date;
  lastContactAt: Date;
}

export interface PlannedWebhookEvent {
  id: string;
  webhookEventId: string;
  type: 'follow' | 'unfollow';
  lineUserId: string;
  occurredAt: Date;
}

export interface PlannedConversation {
  id: string;
  registrantId: string;
  categoryId: string | null;
  urgent: boolean;
  createdAt: Date;
  lastMessageAt: Date;
  firstResponseAt: Date | null;
  acknowledgedAt: Date | null;
  outOfHoursRepliedAt: Date | null;
  crisisRepliedAt: Date | null;
}

export interface PlannedMessage {
  id: string;
  conversationId: string;
  direction: 'in' | 'out';
  text: string;
  lineMessageId: string;
  /** Null for the family's messages and the counsellors' replies. */
  automatic: 'welcome' | 'out_of_hours' | 'crisis' | null;
  sentAt: Date;
  /** On a counsellor's reply that ended a wait: when it began, and whether the channel was open then. */
  answersSince: Date | null;
  answersInHours: boolean | null;
}

export interface PlannedReferralEvent {
  id: string;
  fromStatus: string | null;
  toStatus: string;
  actor: Actor;
  reason: string | null;
  note: string | null;
  occurredAt: Date;
}

export interface PlannedReferral {
  id: string;
  registrantId: string;
  conversationId: string;
  partnerOrganizationId: string;
  partnerServiceId: string | null;
  consent: { id: string; purpose: string; method: 'in_chat' | 'by_phone'; obtainedOn: string; createdAt: Date };
  status: string;
  summary: string;
  createdAt: Date;
  sentAt: Date;
  respondBy: string;
  overdueAt: Date | null;
  respondedAt: Date | null;
  finishedAt: Date | null;
  outcome: string | null;
  closeReason: string | null;
  declineReason: string | null;
  events: PlannedReferralEvent[];
}

export interface DemoYear {
  registrants: PlannedRegistrant[];
  webhookEvents: PlannedWebhookEvent[];
  conversations: PlannedConversation[];
  messages: PlannedMessage[];
  /** When each urgent episode began (`urgent_episode`, as triage records it). */
  urgentEpisodes: { id: string; conversationId: string; at: Date }[];
  referrals: PlannedReferral[];
}

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A version-4 UUID drawn from the generator: the same ids on every start. */
function uuid(random: () => number): string {
  const bytes = Array.from({ length: 16 }, () => Math.floor(random() * 256));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
}

/** Plans Kobe's FY2025: the same year for the same setting, whenever it runs. */
export function planDemoYear(setting: DemoYearSetting): DemoYear {
  const random = generator(20250401);
  const ids = generator(20260331);
  const { timeZone } = setting;
  const between = (min: number, max: number) => min + random() * (max - min);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const weighted = <T>(items: readonly T[], weight: (item: T) => number): T => {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let left = random() * total;
    for (const item of items) {
      left -= weight(item);
      if (left < 0) return item;
    }
    return items[items.length - 1];
  };
  /** Mostly short, now and then long: an exponential wait of mean `mean`, within `max`. */
  const wait = (mean: number, max: number) => Math.min(max, -Math.log(1 - random()) * mean);
  const localDate = (at: Date) => todayIn(timeZone, at);
  /** The first moment, to the quarter hour, the channel is open at or after `at`. */
  const nextOpen = (at: Date): Date => {
    if (setting.isOpen(at)) return at;
    let t = at.getTime();
    while (!setting.isOpen(new Date(t)) && t - at.getTime() < 14 * DAY) t += HOUR;
    while (setting.isOpen(new Date(t - 15 * MINUTE)) && t - 15 * MINUTE > at.getTime()) t -= 15 * MINUTE;
    return new Date(t);
  };

  const yearStart = startOfDayIn(`${DEMO_ACTIVITY_FISCAL_YEAR}-04-01`, timeZone);
  const yearEnd = startOfDayIn(`${DEMO_ACTIVITY_FISCAL_YEAR + 1}-04-01`, timeZone);
  // Episodes begin at least six days before the year ends, so that even after a long closure
  // (a weekend and holidays) they are answered within it.
  const lastStart = yearEnd.getTime() - 6 * DAY;

  const year: DemoYear = {
    registrants: [],
    webhookEvents: [],
    conversations: [],
    messages: [],
    urgentEpisodes: [],
    referrals: [],
  };
  let lineMessageSeq = 0;
  const message = (fields: Omit<PlannedMessage, 'id' | 'lineMessageId'>): PlannedMessage => {
    const row = { id: uuid(ids), lineMessageId: `demofy2025-${String(++lineMessageSeq).padStart(6, '0')}`, ...fields };
    year.messages.push(row);
    return row;
  };
  const categoryOptions = [
    ...setting.categories.map((c) => ({ id: c.id as string | null, name: c.name })),
    { id: null, name: '' },
  ];
  const categoryWeight = (c: { id: string | null; name: string }) =>
    c.id === null ? UNCATEGORISED_WEIGHT : (CATEGORY_WEIGHTS[c.name] ?? 2);

  /** A moment of a day (`YYYY-MM-DD`) when a family writes. */
  const writingTime = (date: string): Date => {
    const hour = weighted(
      HOUR_WEIGHTS.map((_, h) => h),
      (h) => HOUR_WEIGHTS[h],
    );
    return new Date(startOfDayIn(date, timeZone).getTime() + hour * HOUR + Math.floor(random() * 60) * MINUTE);
  };

  // Families: how many start in each month follows the seasonal shape.
  const weightSum = MONTH_WEIGHTS.reduce((a, b) => a + b, 0);
  const starts: Date[] = [];
  MONTH_WEIGHTS.forEach((weight, index) => {
    const month = ((3 + index) % 12) + 1;
    const calendarYear = DEMO_ACTIVITY_FISCAL_YEAR + (month < 4 ? 1 : 0);
    const days = new Date(Date.UTC(calendarYear, month, 0)).getUTCDate();
    for (let i = 0; i < Math.round((FAMILIES * weight) / weightSum); i++) {
      const day = 1 + Math.floor(random() * days);
      const at = writingTime(`${calendarYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
      if (at.getTime() <= lastStart) starts.push(at);
    }
  });
  starts.sort((a, b) => a.getTime() - b.getTime());

  /** First replies of each family's first episode, for the referrals that follow from them. */
  const firstReplies = new Map<string, Date>();
  const categoryNames = new Map<string, string>();

  starts.forEach((firstWrite, index) => {
    const number = String(index + 1).padStart(4, '0');
    const registrantId = uuid(ids);
    const conversationId = uuid(ids);
    // LINE's form of a user id (U and 32 hexadecimal digits): broadcasts to the demo's families go
    // through the LINE sandbox, which refuses any other, as LINE does. `d0f2025f` marks the demo year.
    const lineUserId = `Ud0f2025f${number.padStart(24, '0')}`;
    const category = weighted(categoryOptions, categoryWeight);
    categoryNames.set(conversationId, category.name);
    const followedAt = new Date(firstWrite.getTime() - Math.floor(between(1, 20)) * MINUTE);
    year.webhookEvents.push({
      id: uuid(ids),
      webhookEventId: `demofy2025-follow-${number}`,
      type: 'follow',
      lineUserId,
      occurredAt: followedAt,
    });
    const conversation: PlannedConversation = {
      id: conversationId,
      registrantId,
      categoryId: category.id,
      urgent: false,
      createdAt: followedAt,
      lastMessageAt: followedAt,
      firstResponseAt: null,
      acknowledgedAt: null,
      outOfHoursRepliedAt: null,
      crisisRepliedAt: null,
    };
    if (setting.welcomeMessage) {
      message({
        conversationId,
        direction: 'out',
        text: setting.welcomeMessage,
        automatic: 'welcome',
        sentAt: new Date(followedAt.getTime() + 1000),
        answersSince: null,
        answersInHours: null,
      });
    }
    let lastInbound = followedAt;
    let lastMessage = followedAt;

    // Episodes: most families write once; some come back weeks later.
    const episodeStarts = [firstWrite];
    for (let more = random() < 0.35 ? (random() < 0.3 ? 2 : 1) : 0; more > 0; more--) {
      const previous = episodeStarts[episodeStarts.length - 1];
      const next = writingTime(localDate(new Date(previous.getTime() + Math.floor(between(7, 90)) * DAY)));
      if (next.getTime() <= lastStart) episodeStarts.push(next);
    }
    episodeStarts.forEach((episodeStart, episode) => {
      const urgent = episode === 0 && random() < (URGENT[category.name]?.chance ?? 0);
      let roundStart = episodeStart;
      for (let round = 0; ; round++) {
        const inHours = setting.isOpen(roundStart);
        // The family writes one to three messages, a minute or two apart.
        const count = 1 + Math.floor(random() * (round === 0 ? 3 : 2));
        let at = roundStart;
        for (let i = 0; i < count; i++) {
          const text =
            round === 0 && i === 0
              ? urgent
                ? URGENT[category.name].text
                : pick(OPENINGS[category.name] ?? DEFAULT_OPENINGS)
              : pick(FOLLOW_UPS);
          message({
            conversationId,
            direction: 'in',
            text,
            automatic: null,
            sentAt: at,
            answersSince: null,
            answersInHours: null,
          });
          lastInbound = at;
          at = new Date(at.getTime() + Math.floor(between(1, 4)) * MINUTE);
        }
        if (urgent && round === 0) {
          conversation.urgent = true;
          year.urgentEpisodes.push({ id: '', conversationId, at: new Date(roundStart.getTime() + 2000) });
        }
        // Out of hours, the channel answers by itself once (the crisis contacts when it is urgent).
        if (!inHours) {
          const automaticAt = new Date(roundStart.getTime() + 3000);
          if (urgent) {
            conversation.crisisRepliedAt = roundStart;
            conversation.outOfHoursRepliedAt = roundStart;
            message({
              conversationId,
              direction: 'out',
              text: crisisReply(DEFAULT_CRISIS_CONTACTS),
              automatic: 'crisis',
              sentAt: automaticAt,
              answersSince: null,
              answersInHours: null,
            });
          } else if (setting.outOfHoursReply) {
            conversation.outOfHoursRepliedAt = roundStart;
            message({
              conversationId,
              direction: 'out',
              text: setting.outOfHoursReply,
              automatic: 'out_of_hours',
              sentAt: automaticAt,
              answersSince: null,
              answersInHours: null,
            });
          }
        }
        // A counsellor answers: within minutes in hours (sooner when urgent), after the opening otherwise.
        const delay =
          round > 0 ? between(2, 15) : urgent ? between(2, 10) : inHours ? 4 + wait(22, 180) : 10 + wait(50, 240);
        const replyAt = new Date(
          (inHours ? at : nextOpen(at)).getTime() + Math.floor(delay) * MINUTE + Math.floor(random() * 60) * 1000,
        );
        message({
          conversationId,
          direction: 'out',
          text: pick(COUNSELLOR_REPLIES),
          automatic: null,
          sentAt: replyAt,
          answersSince: roundStart,
          answersInHours: inHours,
        });
        conversation.firstResponseAt ??= replyAt;
        if (urgent && round === 0) conversation.acknowledgedAt = replyAt;
        if (episode === 0 && round === 0) firstReplies.set(conversationId, replyAt);
        lastMessage = replyAt;
        // Sometimes the family, still there when the answer comes, writes back while the channel is open.
        const next = new Date(replyAt.getTime() + Math.floor(between(2, 30)) * MINUTE);
        const stillThere = replyAt.getTime() - roundStart.getTime() < 2 * HOUR;
        if (round >= 3 || !stillThere || random() > 0.6 - round * 0.15 || !setting.isOpen(next)) break;
        roundStart = next;
      }
    });
    conversation.lastMessageAt = lastMessage;
    year.conversations.push(conversation);

    // A few families block the account some weeks after their last conversation.
    const blockedAt = new Date(lastMessage.getTime() + between(1, 60) * DAY);
    const blocked = random() < 0.08 && blockedAt < yearEnd;
    if (blocked) {
      year.webhookEvents.push({
        id: uuid(ids),
        webhookEventId: `demofy2025-unfollow-${number}`,
        type: 'unfollow',
        lineUserId,
        occurredAt: blockedAt,
      });
    }
    year.registrants.push({
      id: registrantId,
      lineUserId,
      displayName: `${pick(NICKNAMES)}${pick(NICKNAME_SUFFIXES)}`,
      blocked,
      firstContactAt: followedAt,
      lastContactAt: lastInbound,
    });
  });

  // Referrals: families whose subject one of the partners serves, referred after their first answer.
  const partners = setting.partners
    .map((p) => ({ ...p, profile: PARTNER_REFERRALS[p.name] }))
    .filter((p) => p.profile !== undefined);
  const blockedIds = new Set(year.registrants.filter((r) => r.blocked).map((r) => r.id));
  const candidates = year.conversations.filter(
    (c) =>
      !blockedIds.has(c.registrantId) &&
      partners.some((p) => p.profile.categories.includes(categoryNames.get(c.id) ?? '')),
  );
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j], candidates[i]];
  }
  const referred = candidates
    .slice(0, REFERRALS)
    .sort((a, b) => (firstReplies.get(a.id) as Date).getTime() - (firstReplies.get(b.id) as Date).getTime());

  const plans = referred.map((conversation) => {
    const matching = partners.filter((p) => p.profile.categories.includes(categoryNames.get(conversation.id) ?? ''));
    const partner = weighted(matching, (p) => p.profile.weight);
    const createdAt = nextOpen(
      new Date((firstReplies.get(conversation.id) as Date).getTime() + Math.floor(between(20, 90)) * MINUTE),
    );
    const sentAt = new Date(createdAt.getTime() + Math.floor(between(5, 30)) * MINUTE);
    const respondBy = addBusinessDays(localDate(sentAt), RESPONSE_BUSINESS_DAYS);
    return { conversation, partner, createdAt, sentAt, respondBy };
  });
  // One or two left unanswered past their deadline: one accepted late, the other still waiting.
  const overdueAtOf = (respondBy: string) => new Date(startOfDayIn(nextDate(respondBy), timeZone).getTime() + 30_000);
  const inYear = plans.filter((p) => overdueAtOf(p.respondBy) < yearEnd);
  const lateIndex = plans.indexOf(inYear[Math.floor(inYear.length / 2)]);
  const unansweredIndex = plans.indexOf(inYear[inYear.length - 1]);

  plans.forEach((plan, index) => {
    const { conversation, partner, createdAt, sentAt, respondBy } = plan;
    const events: PlannedReferralEvent[] = [];
    const step = (
      from: string | null,
      to: string,
      actor: Actor,
      at: Date,
      reason: string | null = null,
      note: string | null = null,
    ) => events.push({ id: uuid(ids), fromStatus: from, toStatus: to, actor, reason, note, occurredAt: at });
    const referral: PlannedReferral = {
      id: uuid(ids),
      registrantId: conversation.registrantId,
      conversationId: conversation.id,
      partnerOrganizationId: partner.id,
      partnerServiceId: partner.serviceId,
      consent: {
        id: uuid(ids),
        purpose: `${partner.name}への紹介のため`,
        method: random() < 0.7 ? 'in_chat' : 'by_phone',
        obtainedOn: localDate(createdAt),
        createdAt: new Date(createdAt.getTime() - 2 * MINUTE),
      },
      status: 'sent',
      summary: partner.profile.summary,
      createdAt,
      sentAt,
      respondBy,
      overdueAt: null,
      respondedAt: null,
      finishedAt: null,
      outcome: null,
      closeReason: null,
      declineReason: null,
      events,
    };
    step(null, 'draft', 'counsellor', createdAt);
    step('draft', 'sent', 'counsellor', sentAt);
    year.referrals.push(referral);

    let respondedAt: Date;
    if (index === lateIndex || index === unansweredIndex) {
      referral.overdueAt = overdueAtOf(respondBy);
      step('sent', 'sent', 'system', referral.overdueAt, 'overdue');
      if (index === unansweredIndex) return;
      respondedAt = new Date(startOfDayIn(addBusinessDays(respondBy, 2), timeZone).getTime() + 10 * HOUR + 30 * MINUTE);
    } else {
      respondedAt = nextOpen(new Date(sentAt.getTime() + (1 + wait(18, 60)) * HOUR));
      // In time: by the end of the deadline day at the latest.
      if (localDate(respondedAt) > respondBy) {
        respondedAt = new Date(startOfDayIn(respondBy, timeZone).getTime() + 10 * HOUR);
      }
    }
    if (respondedAt >= yearEnd) return;
    referral.respondedAt = respondedAt;
    const fate = random();
    if (fate < 0.12 && index !== lateIndex) {
      const reason = pick(DECLINE_REASONS);
      Object.assign(referral, { status: 'declined', finishedAt: respondedAt, declineReason: reason });
      step('sent', 'declined', 'partner', respondedAt, null, reason);
      return;
    }
    referral.status = 'accepted';
    step('sent', 'accepted', 'partner', respondedAt);
    if (fate < 0.2) {
      const closedAt = nextOpen(new Date(respondedAt.getTime() + between(3, 10) * DAY));
      if (closedAt >= yearEnd) return;
      Object.assign(referral, { status: 'closed', finishedAt: closedAt, closeReason: 'could_not_contact' });
      step('accepted', 'closed', 'partner', closedAt, 'could_not_contact');
      return;
    }
    const startedAt = nextOpen(new Date(respondedAt.getTime() + between(0.5, 5) * DAY));
    if (startedAt >= yearEnd) return;
    referral.status = 'in_progress';
    step('accepted', 'in_progress', 'partner', startedAt);
    const completedAt = nextOpen(new Date(startedAt.getTime() + between(5, 40) * DAY));
    if (completedAt >= yearEnd) return;
    const outcome = weighted(
      [
        ['got_help', 60],
        ['partially_helped', 25],
        ['not_helped', 15],
      ] as const,
      ([, weight]) => weight,
    )[0];
    Object.assign(referral, { status: 'completed', finishedAt: completedAt, outcome });
    step('in_progress', 'completed', 'partner', completedAt, outcome);
  });
  year.urgentEpisodes.sort((a, b) => a.at.getTime() - b.at.getTime());
  // Their ids from a generator of their own, so that the rest of the year is drawn as before.
  const episodeIds = generator(20250401);
  for (const episode of year.urgentEpisodes) episode.id = uuid(episodeIds);
  if (year.webhookEvents.some((e) => e.occurredAt < yearStart || e.occurredAt >= yearEnd)) {
    throw new Error('the demo year strayed out of FY2025');
  }
  return year;
}

/** The demo's people who act in the seeded year. */
export interface DemoActors {
  counsellorId: string;
  /** The partner user, who answers for their own organisation; other partners' steps have no user. */
  partnerUserId: string | null;
}

/** Writes the planned year into Kobe's tenant, once. */
@Injectable()
export class DemoActivity {
  private readonly logger = new Logger(DemoActivity.name);

  constructor(
    private readonly tenantDb: TenantDb,
    private readonly keyring: Keyring,
    private readonly categories: CategoriesService,
  ) {}

  /** Seeds the year on the tenant's channel; false when it was seeded already. */
  async seed(tenantId: string, lineChannelId: string, actors: DemoActors): Promise<boolean> {
    const started = Date.now();
    const year = await this.tenantDb.withTenant(tenantId, async (em) => {
      if (!(await claimTenantDefaults(em, tenantId, DEMO_ACTIVITY_KIND))) return null;
      const tenant = await em.findOneOrFail(Tenant, { id: tenantId });
      const channel = await em.findOneOrFail(LineChannel, { lineChannelId });
      // The inbox's default categories, created now if the tenant never had them.
      const categories = await this.categories.list();
      const partners = await em.execute<{ id: string; name: string; service_id: string | null }[]>(
        `select o.id, o.name,
                (select s.id from partner_service s where s.organization_id = o.id order by s.created_at, s.id limit 1) as service_id
           from partner_organization o order by o.name`,
      );
      const partnerUserOrganization = partners.find((p) => p.name === DEMO_PARTNER_USER_ORGANIZATION)?.id;
      const year = planDemoYear({
        timeZone: tenant.timezone,
        isOpen: (at) => isOpenAt(channel.businessHours, at, tenant.timezone),
        categories,
        partners: partners.map((p) => ({ id: p.id, name: p.name, serviceId: p.service_id })),
        welcomeMessage: channel.welcomeMessage ?? null,
        outOfHoursReply: channel.outOfHoursReply ?? null,
      });
      await this.write(em, tenantId, channel.id, year, actors, partnerUserOrganization);
      return year;
    });
    if (!year) return false;
    this.logger.log(
      `demo FY2025 of Kobe seeded in ${Date.now() - started} ms: ${year.conversations.length} conversations, ` +
        `${year.messages.length} messages, ${year.urgentEpisodes.length} urgent episodes, ${year.referrals.length} referrals`,
    );
    return true;
  }

  private async write(
    em: EntityManager,
    tenantId: string,
    channelId: string,
    year: DemoYear,
    actors: DemoActors,
    partnerUserOrganization: string | undefined,
  ): Promise<void> {
    const tenant = { tenant_id: ['uuid', tenantId] } satisfies Fixed;
    const instant = (at: Date | null) => at?.toISOString() ?? null;
    await insertRows(
      em,
      'registrant',
      'id uuid, line_user_id text, display_name text, status text, first_contact_at timestamptz, last_contact_at timestamptz, created_at timestamptz',
      year.registrants.map((r) => [
        r.id,
        r.lineUserId,
        r.displayName,
        r.blocked ? 'blocked' : 'active',
        instant(r.firstContactAt),
        instant(r.lastContactAt),
        instant(r.firstContactAt),
      ]),
      { ...tenant, channel_id: ['uuid', channelId] },
    );
    // As the webhook stores them: LINE's event sealed, and processed a moment later.
    await insertRows(
      em,
      'line_webhook_event',
      'id uuid, webhook_event_id text, type text, line_user_id text, occurred_at timestamptz, payload text, received_at timestamptz, processed_at timestamptz',
      year.webhookEvents.map((e) => {
        const event = {
          type: e.type,
          mode: 'active',
          timestamp: e.occurredAt.getTime(),
          source: { type: 'user', userId: e.lineUserId },
          webhookEventId: e.webhookEventId,
          deliveryContext: { isRedelivery: false },
          ...(e.type === 'follow' ? { follow: { isUnblocked: false } } : {}),
        };
        return [
          e.id,
          e.webhookEventId,
          e.type,
          e.lineUserId,
          instant(e.occurredAt),
          this.keyring.seal(JSON.stringify(event), webhookEventContext(e.id)),
          instant(new Date(e.occurredAt.getTime() + 1000)),
          instant(new Date(e.occurredAt.getTime() + 2000)),
        ];
      }),
      { ...tenant, channel_id: ['uuid', channelId], redelivery: ['boolean', false] },
    );
    await insertRows(
      em,
      'conversation',
      'id uuid, registrant_id uuid, priority text, category_ids uuid[], last_message_at timestamptz, first_response_at timestamptz, acknowledged_at timestamptz, out_of_hours_replied_at timestamptz, crisis_replied_at timestamptz, created_at timestamptz, updated_at timestamptz',
      year.conversations.map((c) => [
        c.id,
        c.registrantId,
        c.urgent ? 'urgent' : 'normal',
        `{${c.categoryId ?? ''}}`,
        instant(c.lastMessageAt),
        instant(c.firstResponseAt),
        instant(c.acknowledgedAt),
        instant(c.outOfHoursRepliedAt),
        instant(c.crisisRepliedAt),
        instant(c.createdAt),
        instant(c.lastMessageAt),
      ]),
      // A year on, every thread has long been resolved and read.
      { ...tenant, status: ['text', 'resolved'], unread_count: ['int', 0] },
    );
    // Each group of messages in one statement; the counsellors' replies name the demo counsellor.
    const messageColumns =
      'id uuid, conversation_id uuid, direction text, text text, line_message_id text, automatic text, sent_at timestamptz, answers_since timestamptz, answers_in_hours boolean, created_at timestamptz';
    const messageRow = (m: PlannedMessage) => [
      m.id,
      m.conversationId,
      m.direction,
      m.text,
      m.lineMessageId,
      m.automatic,
      instant(m.sentAt),
      instant(m.answersSince),
      m.answersInHours,
      instant(m.sentAt),
    ];
    const outbound = { ...tenant, type: ['text', 'text'], delivery_status: ['text', 'sent'] } satisfies Fixed;
    await insertRows(em, 'message', messageColumns, year.messages.filter((m) => m.direction === 'in').map(messageRow), {
      ...tenant,
      type: ['text', 'text'],
    });
    await insertRows(
      em,
      'message',
      messageColumns,
      year.messages.filter((m) => m.direction === 'out' && !m.automatic).map(messageRow),
      { ...outbound, sent_by_user_id: ['uuid', actors.counsellorId] },
    );
    await insertRows(em, 'message', messageColumns, year.messages.filter((m) => m.automatic).map(messageRow), outbound);
    await insertRows(
      em,
      'referral_consent',
      'id uuid, registrant_id uuid, partner_organization_id uuid, purpose text, method text, obtained_on date, created_at timestamptz',
      year.referrals.map((r) => [
        r.consent.id,
        r.registrantId,
        r.partnerOrganizationId,
        r.consent.purpose,
        r.consent.method,
        r.consent.obtainedOn,
        instant(r.consent.createdAt),
      ]),
      { ...tenant, obtained_by_id: ['uuid', actors.counsellorId] },
    );
    await insertRows(
      em,
      'referral',
      'id uuid, registrant_id uuid, conversation_id uuid, partner_organization_id uuid, partner_service_id uuid, consent_id uuid, status text, summary text, sent_at timestamptz, respond_by date, overdue_at timestamptz, responded_at timestamptz, finished_at timestamptz, outcome text, close_reason text, decline_reason text, created_at timestamptz, updated_at timestamptz',
      year.referrals.map((r) => [
        r.id,
        r.registrantId,
        r.conversationId,
        r.partnerOrganizationId,
        r.partnerServiceId,
        r.consent.id,
        r.status,
        r.summary,
        instant(r.sentAt),
        r.respondBy,
        instant(r.overdueAt),
        instant(r.respondedAt),
        instant(r.finishedAt),
        r.outcome,
        r.closeReason,
        r.declineReason,
        instant(r.createdAt),
        instant(r.events[r.events.length - 1].occurredAt),
      ]),
      { ...tenant, created_by_id: ['uuid', actors.counsellorId] },
    );
    // What the partner was shown when each was sent: the summary, no name, no messages, no assessment.
    await insertRows(
      em,
      'referral_share',
      'referral_id uuid, partner_organization_id uuid, summary text, shared_at timestamptz',
      year.referrals.map((r) => [r.id, r.partnerOrganizationId, r.summary, instant(r.sentAt)]),
      { ...tenant, messages: ['jsonb', '[]'], assessment_fields: ['jsonb', '[]'] },
    );
    const actorId = (referral: PlannedReferral, actor: Actor) =>
      actor === 'counsellor'
        ? actors.counsellorId
        : actor === 'partner' && referral.partnerOrganizationId === partnerUserOrganization
          ? actors.partnerUserId
          : null;
    await insertRows(
      em,
      'referral_event',
      'id uuid, referral_id uuid, partner_organization_id uuid, from_status text, to_status text, actor_id uuid, actor_side text, reason text, note text, occurred_at timestamptz',
      year.referrals.flatMap((r) =>
        r.events.map((e) => [
          e.id,
          r.id,
          r.partnerOrganizationId,
          e.fromStatus,
          e.toStatus,
          actorId(r, e.actor),
          e.actor === 'counsellor' ? 'referrer' : e.actor,
          e.reason,
          e.note,
          instant(e.occurredAt),
        ]),
      ),
      tenant,
    );
    // Urgent episodes as triage records them, each at the moment it began.
    await insertRows(
      em,
      'urgent_episode',
      'id uuid, conversation_id uuid, began_at timestamptz',
      year.urgentEpisodes.map((e) => [e.id, e.conversationId, instant(e.at)]),
      tenant,
    );
  }
}

/** Columns with one value for every row of a statement: `[type, value]` by column name. */
type Fixed = Record<string, [type: string, value: unknown]>;

/**
 * One statement for all the rows of a table. The rows travel as one JSON document of arrays, in the
 * order of `columns` (`name type, ...`), which the database reads back and casts; `fixed` columns are
 * sent once. Kept compact: the embedded database spends its time on the size of what it is sent.
 */
async function insertRows(
  em: EntityManager,
  table: string,
  columns: string,
  rows: unknown[][],
  fixed: Fixed,
): Promise<void> {
  if (rows.length === 0) return;
  const varying = columns.split(',').map((column) => column.trim().split(' ') as [string, string]);
  const names = [...varying.map(([name]) => name), ...Object.keys(fixed)];
  const values = [
    ...varying.map(([, type], i) => `(r->>${i})::${type}`),
    ...Object.values(fixed).map(([type]) => `?::${type}`),
  ];
  await em.execute(
    `insert into ${table} (${names.join(', ')}) select ${values.join(', ')} from json_array_elements(?::json) as r`,
    [...Object.values(fixed).map(([, value]) => value), JSON.stringify(rows)],
  );
}
