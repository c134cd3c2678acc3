import type { EntityManager } from '@mikro-orm/postgresql';
import { MetricGroup, MetricUnit, type RawRow, type RawTable, type ReportColumn, type ReportPeriod } from './report';

/**
 * The metric registry: one place to add a metric. Each definition computes its tables in SQL for
 * some tenants and a period, month by month; a new metric adds its own definition here.
 *
 * Each table is read by one index range scan over the period, and a row's month found by
 * `width_bucket` among the months' [from, to) boundaries (instants in the tenant's time zone), so
 * no page is read twice and no time-zone conversion is needed for the month. Only counts and
 * statistics leave the database: no names, no message text, no notes.
 */
export interface MetricContext {
  em: EntityManager;
  tenantIds: string[];
  period: ReportPeriod;
  timeZone: string;
  /** The period's months, then the fiscal-year total when the period has several. */
  columns: ReportColumn[];
  /**
   * A report cut by programme: only what happened on these LINE channels (a family belongs to the
   * channel it wrote to). Null for the whole tenant. Figures that belong to no channel (secondments)
   * are left out of a cut report.
   */
  channelIds?: string[] | null;
  /** The programme a cut report is cut to: its food-delivery households, rounds and donations. */
  programmeId?: string | null;
  /** The cut report's families and conversations (scopeToChannels). */
  familyIds?: string[];
  conversationIds?: string[];
}

export interface MetricDefinition {
  group: MetricGroup;
  tables(context: MetricContext): Promise<RawTable[]>;
}

export const TOTAL_COLUMN: ReportColumn = { key: 'total', labelJa: '年度計', labelEn: 'FY total' };

/** Counts by month: a row's total column is the sum of its months (when there are several). */
type Counts = Map<string, number>;

function countsRow(context: MetricContext, key: string, labelJa: string, labelEn: string, counts: Counts): RawRow {
  const months = context.period.months.map((m) => counts.get(m.key) ?? 0);
  const values = context.columns.length > months.length ? [...months, months.reduce((a, b) => a + b, 0)] : months;
  return { key, labelJa, labelEn, values };
}

/** A row of values at each month's end; the total column is the value at the period's end. */
function levelRow(context: MetricContext, key: string, labelJa: string, labelEn: string, counts: Counts): RawRow {
  const months = context.period.months.map((m) => counts.get(m.key) ?? 0);
  const values = context.columns.length > months.length ? [...months, months[months.length - 1]] : months;
  // Rounded when suppressed: month-to-month differences of exact stocks would give the hidden changes away.
  return { key, labelJa, labelEn, values, roundTo: 10 };
}

/** The last row: the sum of the others, column by column. */
function totalRow(
  key: string,
  labelJa: string,
  labelEn: string,
  rows: RawRow[],
  width: number,
  sharedAs?: string,
): RawRow {
  const values = Array.from({ length: width }, (_, i) => rows.reduce((sum, row) => sum + (row.values[i] ?? 0), 0));
  return { key, labelJa, labelEn, values, ...(sharedAs ? { sharedAs } : {}) };
}

function table(
  context: MetricContext,
  fields: Omit<RawTable, 'columns' | 'columnsAddUp'> & { columnsAddUp?: boolean },
): RawTable {
  return { ...fields, columns: context.columns, columnsAddUp: fields.columnsAddUp ?? context.columns.length > 1 };
}

interface Sql {
  sql: string;
  params: unknown[];
}

/** The months' boundaries as an array: each month's start, then the period's end. */
function edgesSql(context: MetricContext): Sql {
  const months = context.period.months;
  return {
    sql: `array[${months.map(() => '?').join(', ')}, ?]::timestamptz[]`,
    params: [...months.map((m) => m.from.toISOString()), context.period.to.toISOString()],
  };
}

/** The month key of the instant `column` (within the period): `2025-04`. */
function monthKey(context: MetricContext, column: string): Sql {
  const edges = edgesSql(context);
  return {
    sql: `(array[${context.period.months.map(() => '?').join(', ')}]::text[])[width_bucket(${column}, ${edges.sql})]`,
    params: [...context.period.months.map((m) => m.key), ...edges.params],
  };
}

/** `column` within the period: the one range an index scans. */
function inPeriod(context: MetricContext, column: string): Sql {
  return {
    sql: `${column} >= ?::timestamptz and ${column} < ?::timestamptz`,
    params: [context.period.from.toISOString(), context.period.to.toISOString()],
  };
}

/**
 * A report cut by programme reads the families and conversations of its channels once, so that every
 * table filters by a list of ids rather than by joins whose plans would rest on the tables' statistics
 * (which the embedded database never gathers by itself): the same cost whatever the planner knows.
 */
export async function scopeToChannels(context: MetricContext): Promise<MetricContext> {
  if (!context.channelIds || context.channelIds.length === 0) return { ...context, familyIds: [], conversationIds: [] };
  const families = await context.em.execute<{ id: string }[]>(
    `select id from registrant where tenant_id in (?) and channel_id in (?)`,
    [context.tenantIds, context.channelIds],
  );
  const familyIds = families.map((f) => f.id);
  const conversations = familyIds.length
    ? await context.em.execute<{ id: string }[]>(
        `select id from conversation where tenant_id in (?) and registrant_id in (?)`,
        [context.tenantIds, familyIds],
      )
    : [];
  return { ...context, familyIds, conversationIds: conversations.map((c) => c.id) };
}

/** `column in (ids)` for a cut report (false when there are none), nothing for a whole-tenant report. */
function among(context: MetricContext, column: string, ids: string[] | undefined): Sql {
  if (!context.channelIds) return { sql: '', params: [] };
  if (!ids) throw new Error('a report cut by programme needs scopeToChannels first');
  if (ids.length === 0) return { sql: ' and false', params: [] };
  return { sql: ` and ${column} in (?)`, params: [ids] };
}

/** The channel filter of a cut report on a row's own channel column. */
function onChannels(context: MetricContext, column: string): Sql {
  return among(context, column, context.channelIds ?? undefined);
}

/** The channel filter through the family (registrant) a row belongs to. */
function familyOnChannels(context: MetricContext, registrantColumn: string): Sql {
  return among(context, registrantColumn, context.familyIds);
}

/** The channel filter through the conversation a row belongs to. */
function conversationOnChannels(context: MetricContext, conversationColumn: string): Sql {
  return among(context, conversationColumn, context.conversationIds);
}

function tally<T extends { key: string; n: number | string }>(rows: T[], where: (row: T) => boolean): Counts {
  const counts: Counts = new Map();
  for (const row of rows) if (where(row)) counts.set(row.key, (counts.get(row.key) ?? 0) + Number(row.n));
  return counts;
}

// Registrants: follows and unfollows from LINE's events; the total at each month's end from the
// registrants known then, less those blocked by then.

const registrants: MetricDefinition = {
  group: MetricGroup.REGISTRANTS,
  async tables(context) {
    const key = monthKey(context, 'e.occurred_at');
    const range = inPeriod(context, 'e.occurred_at');
    const eventChannels = onChannels(context, 'e.channel_id');
    const changes = await context.em.execute<{ key: string; type: string; n: string }[]>(
      `select ${key.sql} as key, e.type, count(*) as n
         from line_webhook_event e
        where e.tenant_id in (?) and e.type in ('follow', 'unfollow') and ${range.sql}${eventChannels.sql}
        group by 1, 2`,
      [...key.params, context.tenantIds, ...range.params, ...eventChannels.params],
    );
    // A registrant counts at the end of month k when known by then (first contact in month k or
    // before: bucket <= k) and not blocked by then (blocked after month k: bucket > k). Registrants
    // are counted once by (bucket of first contact, bucket of blocking), then summed for each month.
    const edges = edgesSql(context);
    const monthList = context.period.months.map(() => '(?::text, ?::int)').join(', ');
    const unfollowChannels = onChannels(context, 'channel_id');
    const registrantChannels = onChannels(context, 'r.channel_id');
    const totals = await context.em.execute<{ key: string; n: string }[]>(
      `with unfollowed as (
         select tenant_id, channel_id, line_user_id, max(occurred_at) as at
           from line_webhook_event
          where tenant_id in (?) and type = 'unfollow'${unfollowChannels.sql}
          group by 1, 2, 3),
       r as (
         select width_bucket(r.first_contact_at, ${edges.sql}) as since,
                case when r.status = 'blocked'
                     then width_bucket(coalesce(u.at, r.first_contact_at), ${edges.sql}) end as until,
                count(*) as n
           from registrant r
           left join unfollowed u on r.status = 'blocked' and u.tenant_id = r.tenant_id
                                 and u.channel_id = r.channel_id and u.line_user_id = r.line_user_id
          where r.tenant_id in (?) and r.first_contact_at < ?${registrantChannels.sql}
          group by 1, 2)
       select m.key, coalesce(sum(r.n) filter (where r.since <= m.k and (r.until is null or r.until > m.k)), 0) as n
         from (values ${monthList}) as m(key, k)
         left join r on true
        group by m.key`,
      [
        context.tenantIds,
        ...unfollowChannels.params,
        ...edges.params,
        ...edges.params,
        context.tenantIds,
        context.period.to.toISOString(),
        ...registrantChannels.params,
        ...context.period.months.flatMap((m, i) => [m.key, i + 1]),
      ],
    );
    const follows = countsRow(
      context,
      'follows',
      '新規登録（友だち追加）',
      'New follows',
      tally(changes, (r) => r.type === 'follow'),
    );
    const unfollows = countsRow(
      context,
      'unfollows',
      'ブロック',
      'Unfollows (blocks)',
      tally(changes, (r) => r.type === 'unfollow'),
    );
    const net: RawRow = {
      key: 'netChange',
      labelJa: '純増減',
      labelEn: 'Net change',
      values: follows.values.map((f, i) => (f ?? 0) - (unfollows.values[i] ?? 0)),
      suppressWith: ['follows', 'unfollows'],
    };
    return [
      table(context, {
        key: 'registrants.total',
        group: MetricGroup.REGISTRANTS,
        titleJa: '登録者数（月末）',
        titleEn: 'Registrants at month end',
        unit: MetricUnit.COUNT,
        rows: [
          levelRow(
            context,
            'total',
            '登録者数',
            'Registrants',
            tally(totals, () => true),
          ),
        ],
        columnsAddUp: false,
        rowsAddUp: false,
      }),
      table(context, {
        key: 'registrants.changes',
        group: MetricGroup.REGISTRANTS,
        titleJa: '登録・ブロック',
        titleEn: 'Follows and unfollows',
        unit: MetricUnit.COUNT,
        rows: [follows, unfollows, net],
        rowsAddUp: false,
      }),
    ];
  },
};

// Consultations: conversations opened by their (first) category; messages by weekday and hour
// band (the family's, in the tenant's time zone); replies; urgent episodes.

const WEEKDAYS: [string, string][] = [
  ['月曜日', 'Monday'],
  ['火曜日', 'Tuesday'],
  ['水曜日', 'Wednesday'],
  ['木曜日', 'Thursday'],
  ['金曜日', 'Friday'],
  ['土曜日', 'Saturday'],
  ['日曜日', 'Sunday'],
];
const HOUR_BANDS = 8; // three hours each
/** The total of both the by-weekday and the by-hour tables: one figure, suppressed alike in both. */
const MESSAGES_RECEIVED = 'consultations.messagesReceived';

const consultations: MetricDefinition = {
  group: MetricGroup.CONSULTATIONS,
  async tables(context) {
    const width = context.columns.length;
    const openedKey = monthKey(context, 'c.created_at');
    const openedRange = inPeriod(context, 'c.created_at');
    const openedChannels = familyOnChannels(context, 'c.registrant_id');
    const opened = await context.em.execute<{ key: string; category: string | null; n: string }[]>(
      `select ${openedKey.sql} as key, cc.name as category, count(*) as n
         from conversation c
         left join conversation_category cc on cc.id = c.category_ids[1]
        where c.tenant_id in (?) and ${openedRange.sql}${openedChannels.sql}
        group by 1, 2`,
      [...openedKey.params, context.tenantIds, ...openedRange.params, ...openedChannels.params],
    );
    const categories = await context.em.execute<{ name: string }[]>(
      `select name from conversation_category where tenant_id in (?) group by name order by min(sort_order), name`,
      [context.tenantIds],
    );
    const categoryRows = categories.map((c, i) =>
      countsRow(
        context,
        `category${i + 1}`,
        c.name,
        c.name,
        tally(opened, (r) => r.category === c.name),
      ),
    );
    categoryRows.push(
      countsRow(
        context,
        'uncategorized',
        '未分類',
        'Uncategorised',
        tally(opened, (r) => r.category === null),
      ),
    );

    const messageKey = monthKey(context, 'e.sent_at');
    const messageRange = inPeriod(context, 'e.sent_at');
    const messageChannels = conversationOnChannels(context, 'e.conversation_id');
    const messages = await context.em.execute<
      { key: string; direction: string; automatic: boolean; dow: number; band: number; n: string }[]
    >(
      // The local weekday and hour only of the families' messages: the only ones counted by them.
      // date_part gives a float, extract a numeric (since PostgreSQL 14): several times slower here.
      `select ${messageKey.sql} as key, e.direction, e.automatic is not null as automatic,
              case when e.direction = 'in' then date_part('isodow', e.sent_at at time zone ?)::int end as dow,
              case when e.direction = 'in' then date_part('hour', e.sent_at at time zone ?)::int / 3 end as band,
              count(*) as n
         from message e
        where e.tenant_id in (?) and ${messageRange.sql}${messageChannels.sql}
        group by 1, 2, 3, 4, 5`,
      [
        ...messageKey.params,
        context.timeZone,
        context.timeZone,
        context.tenantIds,
        ...messageRange.params,
        ...messageChannels.params,
      ],
    );
    const inbound = (r: { direction: string }) => r.direction === 'in';
    const weekdayRows = WEEKDAYS.map(([ja, en], i) =>
      countsRow(
        context,
        `weekday${i + 1}`,
        ja,
        en,
        tally(messages, (r) => inbound(r) && r.dow === i + 1),
      ),
    );
    const bandRows = Array.from({ length: HOUR_BANDS }, (_, band) =>
      countsRow(
        context,
        `band${band}`,
        `${band * 3}時〜${band * 3 + 3}時`,
        `${band * 3}:00–${band * 3 + 3}:00`,
        tally(messages, (r) => inbound(r) && r.band === band),
      ),
    );
    const replies = countsRow(
      context,
      'replies',
      '相談員の返信',
      "Counsellors' replies",
      tally(messages, (r) => !inbound(r) && !r.automatic),
    );
    const automatic = countsRow(
      context,
      'automatic',
      '自動応答',
      'Automatic replies',
      tally(messages, (r) => !inbound(r) && r.automatic),
    );

    const urgentKey = monthKey(context, 'u.began_at');
    const urgentRange = inPeriod(context, 'u.began_at');
    const urgentChannels = conversationOnChannels(context, 'u.conversation_id');
    const urgent = await context.em.execute<{ key: string; n: string }[]>(
      `select ${urgentKey.sql} as key, count(*) as n
         from urgent_episode u
        where u.tenant_id in (?) and ${urgentRange.sql}${urgentChannels.sql}
        group by 1`,
      [...urgentKey.params, context.tenantIds, ...urgentRange.params, ...urgentChannels.params],
    );
    return [
      table(context, {
        key: 'consultations.opened',
        group: MetricGroup.CONSULTATIONS,
        titleJa: '新規相談（家庭の初回の相談、分類別）',
        titleEn: "Conversations opened (a family's first), by category",
        unit: MetricUnit.COUNT,
        rows: [...categoryRows, totalRow('total', '新規相談（計）', 'Conversations opened', categoryRows, width)],
        rowsAddUp: true,
      }),
      table(context, {
        key: 'consultations.messagesByWeekday',
        group: MetricGroup.CONSULTATIONS,
        titleJa: '受信メッセージ（曜日別）',
        titleEn: 'Messages received, by weekday',
        unit: MetricUnit.COUNT,
        rows: [
          ...weekdayRows,
          totalRow('total', '受信メッセージ（計）', 'Messages received', weekdayRows, width, MESSAGES_RECEIVED),
        ],
        rowsAddUp: true,
      }),
      table(context, {
        key: 'consultations.messagesByHour',
        group: MetricGroup.CONSULTATIONS,
        titleJa: '受信メッセージ（時間帯別）',
        titleEn: 'Messages received, by hour band',
        unit: MetricUnit.COUNT,
        rows: [
          ...bandRows,
          totalRow('total', '受信メッセージ（計）', 'Messages received', bandRows, width, MESSAGES_RECEIVED),
        ],
        rowsAddUp: true,
      }),
      table(context, {
        key: 'consultations.messagesSent',
        group: MetricGroup.CONSULTATIONS,
        titleJa: '送信メッセージ',
        titleEn: 'Messages sent',
        unit: MetricUnit.COUNT,
        rows: [
          replies,
          automatic,
          totalRow('total', '送信メッセージ（計）', 'Messages sent', [replies, automatic], width),
        ],
        rowsAddUp: true,
      }),
      table(context, {
        key: 'consultations.urgent',
        group: MetricGroup.CONSULTATIONS,
        titleJa: '緊急対応',
        titleEn: 'Urgent episodes',
        unit: MetricUnit.COUNT,
        rows: [
          countsRow(
            context,
            'urgent',
            '緊急の相談（件）',
            'Urgent episodes',
            tally(urgent, () => true),
          ),
        ],
        rowsAddUp: false,
      }),
    ];
  },
};

// Responsiveness: from the start of a family's wait to the counsellor's reply that ended it.

const responsiveness: MetricDefinition = {
  group: MetricGroup.RESPONSIVENESS,
  async tables(context) {
    const key = monthKey(context, 'e.answers_since');
    const range = inPeriod(context, 'e.answers_since');
    const channels = conversationOnChannels(context, 'e.conversation_id');
    const rows = await context.em.execute<
      { key: string | null; in_hours: boolean; n: string; p: (number | null)[] | null }[]
    >(
      // Both percentiles from one sort of the waits.
      `select ${key.sql} as key, e.answers_in_hours as in_hours, count(*) as n,
              percentile_cont(array[0.5, 0.9]) within group (order by extract(epoch from e.sent_at - e.answers_since) / 60) as p
         from message e
        where e.tenant_id in (?) and ${range.sql}${channels.sql}
        group by grouping sets ((1, 2), (2))`,
      [...key.params, context.tenantIds, ...range.params, ...channels.params],
    );
    const statRow = (key: string, labelJa: string, labelEn: string, inHours: boolean, pick: 0 | 1): RawRow => {
      const cell = (monthKey: string | null) => rows.find((r) => r.key === monthKey && r.in_hours === inHours);
      const keys = [
        ...context.period.months.map((m) => m.key),
        ...(context.columns.length > context.period.months.length ? [null] : []),
      ];
      return {
        key,
        labelJa,
        labelEn,
        values: keys.map((k) => {
          const value = cell(k)?.p?.[pick];
          return value === null || value === undefined ? null : Math.round(Number(value) * 10) / 10;
        }),
        basis: keys.map((k) => Number(cell(k)?.n ?? 0)),
      };
    };
    return [
      table(context, {
        key: 'responsiveness.firstResponse',
        group: MetricGroup.RESPONSIVENESS,
        titleJa: '初回応答時間（家庭が待ち始めてから相談員の返信まで）',
        titleEn: "First-response time (from a family's first unanswered message to the counsellor's reply)",
        unit: MetricUnit.MINUTES,
        rows: [
          statRow('inHoursMedian', '受付時間内 中央値', 'In hours, median', true, 0),
          statRow('inHoursP90', '受付時間内 90パーセンタイル', 'In hours, 90th percentile', true, 1),
          statRow('outOfHoursMedian', '受付時間外 中央値', 'Out of hours, median', false, 0),
          statRow('outOfHoursP90', '受付時間外 90パーセンタイル', 'Out of hours, 90th percentile', false, 1),
        ],
        columnsAddUp: false,
        rowsAddUp: false,
      }),
    ];
  },
};

/**
 * Families' waits in the period (each from a family's first unanswered message to the counsellor's
 * reply that ended it, as in the first-response table) and how many of them ended within `minutes`.
 */
export async function answeredWithin(
  context: MetricContext,
  minutes: number,
): Promise<{ answered: number; within: number }> {
  const range = inPeriod(context, 'e.answers_since');
  const channels = conversationOnChannels(context, 'e.conversation_id');
  const [row] = await context.em.execute<{ answered: string; within: string }[]>(
    `select count(*) as answered,
            count(*) filter (where e.sent_at - e.answers_since <= make_interval(mins => ?)) as within
       from message e
      where e.tenant_id in (?) and ${range.sql}${channels.sql}`,
    [minutes, context.tenantIds, ...range.params, ...channels.params],
  );
  return { answered: Number(row?.answered ?? 0), within: Number(row?.within ?? 0) };
}

// Referrals: the timeline's steps by month, sent by partner, completed by outcome, days to accept.

const OUTCOMES: [string, string, string][] = [
  ['got_help', '支援につながった', 'Got help'],
  ['partially_helped', '一部つながった', 'Partially helped'],
  ['not_helped', 'つながらなかった', 'Not helped'],
];

const referrals: MetricDefinition = {
  group: MetricGroup.REFERRALS,
  async tables(context) {
    const width = context.columns.length;
    const [eventKey, eventRange] = [monthKey(context, 'ev.occurred_at'), inPeriod(context, 'ev.occurred_at')];
    const [createdKey, createdRange] = [monthKey(context, 'r.created_at'), inPeriod(context, 'r.created_at')];
    const [overdueKey, overdueRange] = [monthKey(context, 'r.overdue_at'), inPeriod(context, 'r.overdue_at')];
    const channels = familyOnChannels(context, 'r.registrant_id');
    const steps = await context.em.execute<
      { key: string; step: string; partner: string | null; outcome: string | null; n: string }[]
    >(
      `select ${eventKey.sql} as key, ev.to_status as step, case when ev.to_status = 'sent' then p.name end as partner,
              case when ev.to_status = 'completed' then r.outcome end as outcome, count(*) as n
         from referral_event ev
         join referral r on r.id = ev.referral_id
         left join partner_organization p on p.id = ev.partner_organization_id
        where ev.tenant_id in (?) and ${eventRange.sql} and ev.to_status in ('sent', 'accepted', 'declined', 'completed')
          and ev.from_status is distinct from ev.to_status${channels.sql}
        group by 1, 2, 3, 4
       union all
       select ${createdKey.sql}, 'created', null, null, count(*)
         from referral r
        where r.tenant_id in (?) and ${createdRange.sql}${channels.sql}
        group by 1
       union all
       select ${overdueKey.sql}, 'overdue', null, null, count(*)
         from referral r
        where r.tenant_id in (?) and ${overdueRange.sql}${channels.sql}
        group by 1`,
      [
        ...eventKey.params,
        context.tenantIds,
        ...eventRange.params,
        ...channels.params,
        ...createdKey.params,
        context.tenantIds,
        ...createdRange.params,
        ...channels.params,
        ...overdueKey.params,
        context.tenantIds,
        ...overdueRange.params,
        ...channels.params,
      ],
    );
    const partners = [...new Set(steps.filter((s) => s.partner !== null).map((s) => s.partner as string))].sort(
      (a, b) => a.localeCompare(b, 'ja'),
    );
    const partnerRows = partners.map((name, i) =>
      countsRow(
        context,
        `partner${i + 1}`,
        name,
        name,
        tally(steps, (s) => s.step === 'sent' && s.partner === name),
      ),
    );
    const outcomeRows = OUTCOMES.map(([key, ja, en]) =>
      countsRow(
        context,
        key,
        ja,
        en,
        tally(steps, (s) => s.step === 'completed' && s.outcome === key),
      ),
    );
    const stepRow = (step: string, ja: string, en: string) =>
      countsRow(
        context,
        step,
        ja,
        en,
        tally(steps, (s) => s.step === step),
      );

    const accept = await context.em.execute<{ key: string | null; n: string; p50: number | null }[]>(
      `select ${eventKey.sql} as key, count(*) as n,
              percentile_cont(0.5) within group (order by extract(epoch from ev.occurred_at - r.sent_at) / 86400) as p50
         from referral_event ev
         join referral r on r.id = ev.referral_id
        where ev.tenant_id in (?) and ev.to_status = 'accepted' and ${eventRange.sql}
          and ev.from_status is distinct from ev.to_status${channels.sql}
        group by grouping sets ((1), ())`,
      [...eventKey.params, context.tenantIds, ...eventRange.params, ...channels.params],
    );
    const keys = [...context.period.months.map((m) => m.key), ...(width > context.period.months.length ? [null] : [])];
    const acceptCell = (k: string | null) => accept.find((a) => a.key === k);
    return [
      table(context, {
        key: 'referrals.flow',
        group: MetricGroup.REFERRALS,
        titleJa: 'つなぎの状況',
        titleEn: 'Referrals',
        unit: MetricUnit.COUNT,
        rows: [
          stepRow('created', '作成', 'Created'),
          stepRow('accepted', '受理', 'Accepted'),
          stepRow('declined', '辞退', 'Declined'),
          stepRow('overdue', '期限超過', 'Overdue'),
        ],
        rowsAddUp: false,
      }),
      table(context, {
        key: 'referrals.sentByPartner',
        group: MetricGroup.REFERRALS,
        titleJa: '送付（つなぎ先別）',
        titleEn: 'Sent, by partner',
        unit: MetricUnit.COUNT,
        rows: [...partnerRows, totalRow('total', '送付（計）', 'Sent', partnerRows, width)],
        rowsAddUp: true,
      }),
      table(context, {
        key: 'referrals.completedByOutcome',
        group: MetricGroup.REFERRALS,
        titleJa: '完了（結果別）',
        titleEn: 'Completed, by outcome',
        unit: MetricUnit.COUNT,
        rows: [...outcomeRows, totalRow('total', '完了（計）', 'Completed', outcomeRows, width)],
        rowsAddUp: true,
      }),
      table(context, {
        key: 'referrals.daysToAccept',
        group: MetricGroup.REFERRALS,
        titleJa: '受理までの日数',
        titleEn: 'Days to accept',
        unit: MetricUnit.DAYS,
        rows: [
          {
            key: 'median',
            labelJa: '中央値',
            labelEn: 'Median',
            values: keys.map((k) => {
              const value = acceptCell(k)?.p50;
              return value === null || value === undefined ? null : Math.round(Number(value) * 10) / 10;
            }),
            basis: keys.map((k) => Number(acceptCell(k)?.n ?? 0)),
          },
        ],
        columnsAddUp: false,
        rowsAddUp: false,
      }),
    ];
  },
};

// Secondments: seconded staff active at some time in each month, by home municipality.

const secondments: MetricDefinition = {
  group: MetricGroup.SECONDMENTS,
  async tables(context) {
    // Seconded staff serve the city, not a channel: a report cut by programme has no such table.
    if (context.channelIds) return [];
    const months = context.period.months.map((m) => ({
      key: m.key,
      first: dateOf(m.year, m.month, 1),
      last: lastDate(m.year, m.month),
    }));
    const spans = [
      ...months,
      ...(context.columns.length > months.length
        ? [{ key: 'total', first: months[0].first, last: months[months.length - 1].last }]
        : []),
    ];
    const rows = await context.em.execute<{ key: string; city: string; n: string }[]>(
      `select m.key, t.name_ja as city, count(distinct s.staff_id) as n
         from (values ${spans.map(() => '(?::text, ?::date, ?::date)').join(', ')}) as m(key, first_day, last_day)
         join secondment s on s.tenant_id in (?) and s.status <> 'planned'
                          and s.starts_on <= m.last_day and coalesce(s.ended_early_on, s.ends_on) >= m.first_day
         join tenant t on t.id = s.tenant_id
        group by 1, 2`,
      [...spans.flatMap((s) => [s.key, s.first, s.last]), context.tenantIds],
    );
    const cities = [...new Set(rows.map((r) => r.city))].sort((a, b) => a.localeCompare(b, 'ja'));
    return [
      table(context, {
        key: 'secondments.active',
        group: MetricGroup.SECONDMENTS,
        titleJa: '出向職員（派遣元別）',
        titleEn: 'Seconded staff, by home municipality',
        unit: MetricUnit.COUNT,
        rows: cities.map((city, i) => ({
          key: `home${i + 1}`,
          labelJa: city,
          labelEn: city,
          values: spans.map((s) => Number(rows.find((r) => r.key === s.key && r.city === city)?.n ?? 0)),
        })),
        // People, not events: a person active in two months is one person in the year.
        columnsAddUp: false,
        rowsAddUp: false,
      }),
    ];
  },
};

function dateOf(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDate(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

// Broadcasts: those whose sending ended in each month, the families they reached, and the families
// of their audience who blocked the account within 7 days of the broadcast (a measure of whether
// families find the broadcasts welcome).

/** Days after a broadcast in which a recipient's block is counted against it. */
const BLOCK_WINDOW_DAYS = 7;

const broadcasts: MetricDefinition = {
  group: MetricGroup.BROADCASTS,
  async tables(context) {
    const key = monthKey(context, 'b.finished_at');
    const range = inPeriod(context, 'b.finished_at');
    const channels = onChannels(context, 'b.channel_id');
    const rows = await context.em.execute<{ key: string; sent: string; reached: string; blocked: string }[]>(
      `select ${key.sql} as key, count(*) as sent, sum(b.sent_count) as reached,
              sum((select count(distinct r.id)
                     from line_webhook_event e
                     join registrant r on r.channel_id = e.channel_id and r.line_user_id = e.line_user_id
                     join broadcast_recipient br on br.broadcast_id = b.id and br.registrant_id = r.id and not br.skipped
                    where e.tenant_id = b.tenant_id and e.type = 'unfollow'
                      and e.occurred_at >= b.sending_started_at
                      and e.occurred_at < b.sending_started_at + make_interval(days => ?))) as blocked
         from broadcast b
        where b.tenant_id in (?) and b.status in ('sent', 'partially_failed') and ${range.sql}${channels.sql}
        group by 1`,
      [...key.params, BLOCK_WINDOW_DAYS, context.tenantIds, ...range.params, ...channels.params],
    );
    const row = (field: 'sent' | 'reached' | 'blocked', labelJa: string, labelEn: string): RawRow =>
      countsRow(context, field, labelJa, labelEn, new Map(rows.map((r) => [r.key, Number(r[field] ?? 0)])));
    return [
      table(context, {
        key: 'broadcasts.delivery',
        group: MetricGroup.BROADCASTS,
        titleJa: 'お知らせ配信',
        titleEn: 'Broadcasts',
        unit: MetricUnit.COUNT,
        rows: [
          row('sent', '配信したお知らせ', 'Broadcasts sent'),
          row('reached', '届けた世帯（のべ）', 'Families reached (each broadcast counted)'),
          row('blocked', '配信後7日以内のブロック', 'Blocks within 7 days of a broadcast'),
        ],
        rowsAddUp: false,
      }),
    ];
  },
};

// Case records: the cases open at each month's end by their risk level then (from the history, so
// a case closed since still counts in the months it was open), and the needs named in the
// assessments recorded each month, read from the fields their template version marks reportable
// (a choice chosen, a yes/no answered yes); a case counts once per need and month, and once in the
// year's total. Cases deleted after their retention period no longer count.

const RISK_LEVELS: { key: string; labelJa: string; labelEn: string }[] = [
  { key: 'risk0', labelJa: 'リスク 0（なし）', labelEn: 'Risk 0 (none)' },
  { key: 'risk1', labelJa: 'リスク 1（低）', labelEn: 'Risk 1 (low)' },
  { key: 'risk2', labelJa: 'リスク 2（中）', labelEn: 'Risk 2 (medium)' },
  { key: 'risk3', labelJa: 'リスク 3（高）', labelEn: 'Risk 3 (high)' },
  { key: 'unrated', labelJa: '未評価', labelEn: 'Not rated' },
];

const caseRecords: MetricDefinition = {
  group: MetricGroup.CASE_RECORDS,
  async tables(context) {
    const months = context.period.months;
    // Months not begun yet have no cases at their end (the month in progress counts today's); the
    // row of nulls keeps the list valid when no month of the period has begun.
    const begun = months.filter((m) => m.from.getTime() <= Date.now());
    const open = await context.em.execute<{ key: string; risk: number | null; n: string }[]>(
      `select m.key, r.risk, count(*) as n
         from (values ${['(null::text, null::timestamptz)', ...begun.map(() => '(?::text, ?::timestamptz)')].join(', ')}) as m(key, edge)
         join case_record c on c.tenant_id in (?) and c.created_at < m.edge
         left join lateral (select h.after #>> '{}' as status from case_record_change h
                             where h.case_record_id = c.id and h.field = 'status' and h.changed_at < m.edge
                             order by h.changed_at desc, h.id desc limit 1) s on true
         left join lateral (select (h.after #>> '{}')::int as risk from case_record_change h
                             where h.case_record_id = c.id and h.field = 'risk' and h.changed_at < m.edge
                             order by h.changed_at desc, h.id desc limit 1) r on true
        where coalesce(s.status, c.status) <> 'closed'
        group by 1, 2`,
      [...begun.flatMap((m) => [m.key, m.to.toISOString()]), context.tenantIds],
    );
    const several = context.columns.length > months.length;
    const riskRows = RISK_LEVELS.map((level, i) => {
      const row = levelRow(
        context,
        level.key,
        level.labelJa,
        level.labelEn,
        tally(open, (r) => (r.risk === null ? i === 4 : Number(r.risk) === i)),
      );
      // The year's column: its end, or today while the year is in progress.
      if (several && begun.length > 0) row.values[months.length] = row.values[begun.length - 1];
      return row;
    });
    const key = monthKey(context, 'a.created_at');
    const range = inPeriod(context, 'a.created_at');
    const needs = await context.em.execute<{ key: string | null; need: string; n: string }[]>(
      `select ${key.sql} as key, n.need, count(distinct a.case_record_id) as n
         from case_assessment a
         join assessment_template_version v on v.id = a.template_version_id
         cross join lateral jsonb_array_elements(v.definition -> 'sections') s
         cross join lateral jsonb_array_elements(s -> 'fields') f
         cross join lateral (
           select (f ->> 'label') || '：' || coalesce(
                    (select c ->> 'label' from jsonb_array_elements(f -> 'choices') c where c ->> 'value' = x.v), x.v) as need
             from jsonb_array_elements_text(case jsonb_typeof(a.values -> (f ->> 'key'))
                                             when 'array' then a.values -> (f ->> 'key')
                                             when 'string' then jsonb_build_array(a.values -> (f ->> 'key'))
                                             else '[]'::jsonb end) x(v)
            where f ->> 'kind' in ('single_choice', 'multiple_choice')
           union all
           select f ->> 'label' where f ->> 'kind' = 'yes_no' and a.values -> (f ->> 'key') = 'true'::jsonb
         ) n
        where a.tenant_id in (?) and ${range.sql} and coalesce((f ->> 'reportable')::boolean, false)
        group by grouping sets ((1, 2), (2))`,
      [...key.params, context.tenantIds, ...range.params],
    );
    const named = [...new Set(needs.map((r) => r.need))];
    const yearTotal = (need: string) => Number(needs.find((r) => r.key === null && r.need === need)?.n ?? 0);
    named.sort((a, b) => yearTotal(b) - yearTotal(a) || a.localeCompare(b, 'ja'));
    return [
      table(context, {
        key: 'caseRecords.openByRisk',
        group: MetricGroup.CASE_RECORDS,
        titleJa: '対応中のケース（月末、リスク別）',
        titleEn: 'Open cases at month end, by risk level',
        unit: MetricUnit.COUNT,
        // Rounded like every stock, the total too: exact totals of rounded parts would give them away.
        rows: [...riskRows, { ...totalRow('total', '計', 'Total', riskRows, context.columns.length), roundTo: 10 }],
        columnsAddUp: false,
        rowsAddUp: true,
      }),
      table(context, {
        key: 'caseRecords.needs',
        group: MetricGroup.CASE_RECORDS,
        titleJa: 'アセスメントで挙げられたニーズ（ケース数）',
        titleEn: 'Needs named in assessments (cases)',
        unit: MetricUnit.COUNT,
        rows: named.map((need, i) => ({
          key: `need${i + 1}`,
          labelJa: need,
          labelEn: need,
          values: [
            ...months.map((m) => Number(needs.find((r) => r.key === m.key && r.need === need)?.n ?? 0)),
            ...(several ? [yearTotal(need)] : []),
          ],
        })),
        // Cases, not events: a case named in two months is one case in the year.
        columnsAddUp: false,
        rowsAddUp: false,
      }),
    ];
  },
};

// Food delivery (こども宅食): the deliveries made in each month (by round and by outcome), the
// households reached, applications and the waitlist at each month's end (from the households' status
// history), what the people at the door saw, and the donations received by kind of donor. A tenant
// (or a programme) without a food-delivery programme has no such tables.

const DELIVERY_OUTCOMES: { key: string; labelJa: string; labelEn: string }[] = [
  { key: 'delivered', labelJa: 'お届け済み', labelEn: 'Delivered' },
  { key: 'absent', labelJa: '不在', labelEn: 'Absent' },
  { key: 'redelivery_arranged', labelJa: '再配達手配', labelEn: 'Redelivery arranged' },
  { key: 'refused', labelJa: '受取辞退', labelEn: 'Refused' },
];

const OBSERVATIONS: { key: string; labelJa: string; labelEn: string }[] = [
  { key: 'fine', labelJa: '問題なし', labelEn: 'Fine' },
  { key: 'concern', labelJa: '気がかり', labelEn: 'Concern' },
  { key: 'urgent', labelJa: '緊急', labelEn: 'Urgent' },
];

const DONOR_KINDS: { key: string; labelJa: string; labelEn: string }[] = [
  { key: 'citizen', labelJa: '市民', labelEn: 'Citizens' },
  { key: 'company', labelJa: '企業', labelEn: 'Companies' },
  { key: 'food_bank', labelJa: 'フードバンク', labelEn: 'Food banks' },
];

const foodDelivery: MetricDefinition = {
  group: MetricGroup.FOOD_DELIVERY,
  async tables(context) {
    const programme = context.programmeId ? ' and p.id = ?' : '';
    const programmeParams = context.programmeId ? [context.programmeId] : [];
    const programmes = await context.em.execute<{ id: string; name: string }[]>(
      `select p.id, p.name from programme p where p.tenant_id in (?) and p.kind = 'food_delivery'${programme}`,
      [context.tenantIds, ...programmeParams],
    );
    if (programmes.length === 0) return [];
    const ids = programmes.map((p) => p.id);
    const several = context.columns.length > context.period.months.length;

    const outcomeKey = monthKey(context, 'rh.outcome_at');
    const outcomeRange = inPeriod(context, 'rh.outcome_at');
    const outcomes = await context.em.execute<
      { key: string; outcome: string; round: string; programme: string; starts_on: string; n: string }[]
    >(
      `select ${outcomeKey.sql} as key, rh.outcome, r.name as round, p.name as programme,
              r.starts_on::text as starts_on, count(*) as n
         from food_round_household rh
         join food_round r on r.id = rh.round_id
         join programme p on p.id = r.programme_id
        where rh.tenant_id in (?) and r.programme_id in (?) and ${outcomeRange.sql}
        group by 1, 2, 3, 4, 5`,
      [...outcomeKey.params, context.tenantIds, ids, ...outcomeRange.params],
    );
    const delivered = outcomes.filter((o) => o.outcome === 'delivered');
    const roundLabel = (o: { round: string; programme: string }) =>
      programmes.length > 1 ? `${o.programme}：${o.round}` : o.round;
    const rounds = [...new Map(delivered.map((o) => [roundLabel(o), o.starts_on])).entries()].sort(
      (a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0], 'ja'),
    );
    const roundRows = rounds.map(([label], i) =>
      countsRow(
        context,
        `round${i + 1}`,
        label,
        label,
        tally(delivered, (o) => roundLabel(o) === label),
      ),
    );
    const outcomeRows = DELIVERY_OUTCOMES.map((o) =>
      countsRow(
        context,
        o.key,
        o.labelJa,
        o.labelEn,
        tally(outcomes, (r) => r.outcome === o.key),
      ),
    );

    // Households reached: a household counts once a month, and once in the year's column.
    const reachedKey = monthKey(context, 'rh.outcome_at');
    const reached = await context.em.execute<{ key: string | null; n: string }[]>(
      `select ${reachedKey.sql} as key, count(distinct rh.household_id) as n
         from food_round_household rh
         join food_round fr on fr.id = rh.round_id
        where rh.tenant_id in (?) and fr.programme_id in (?) and rh.outcome = 'delivered' and ${outcomeRange.sql}
        group by grouping sets ((1), ())`,
      [...reachedKey.params, context.tenantIds, ids, ...outcomeRange.params],
    );
    const appliedKey = monthKey(context, 'h.applied_at');
    const appliedRange = inPeriod(context, 'h.applied_at');
    const applied = await context.em.execute<{ key: string; n: string }[]>(
      `select ${appliedKey.sql} as key, count(*) as n from food_household h
        where h.tenant_id in (?) and h.programme_id in (?) and ${appliedRange.sql} group by 1`,
      [...appliedKey.params, context.tenantIds, ids, ...appliedRange.params],
    );
    // The waitlist at each month's end begun so far (the month in progress: today's).
    const begun = context.period.months.filter((m) => m.from.getTime() <= Date.now());
    const waiting = await context.em.execute<{ key: string; n: string }[]>(
      `select m.key, count(*) as n
         from (values ${['(null::text, null::timestamptz)', ...begun.map(() => '(?::text, ?::timestamptz)')].join(', ')}) as m(key, edge)
         join food_household h on h.tenant_id in (?) and h.programme_id in (?) and h.created_at < m.edge
         join lateral (select c.status from food_household_status_change c
                        where c.household_id = h.id and c.changed_at < m.edge
                        order by c.changed_at desc, c.id desc limit 1) s on true
        where s.status = 'waitlisted'
        group by 1`,
      [...begun.flatMap((m) => [m.key, m.to.toISOString()]), context.tenantIds, ids],
    );
    const reachedRow: RawRow = {
      key: 'reached',
      labelJa: 'お届けした世帯',
      labelEn: 'Households reached',
      values: [
        ...context.period.months.map((m) => Number(reached.find((r) => r.key === m.key)?.n ?? 0)),
        ...(several ? [Number(reached.find((r) => r.key === null)?.n ?? 0)] : []),
      ],
    };
    const waitlistRow = levelRow(
      context,
      'waitlisted',
      '待機世帯（月末）',
      'Waitlisted households (month end)',
      tally(waiting, () => true),
    );
    if (several && begun.length > 0)
      waitlistRow.values[context.period.months.length] = waitlistRow.values[begun.length - 1];

    const observedKey = monthKey(context, 'rh.observed_at');
    const observedRange = inPeriod(context, 'rh.observed_at');
    const observed = await context.em.execute<{ key: string; observation: string; n: string }[]>(
      `select ${observedKey.sql} as key, rh.observation, count(*) as n
         from food_round_household rh join food_round r on r.id = rh.round_id
        where rh.tenant_id in (?) and r.programme_id in (?) and rh.observation is not null and ${observedRange.sql}
        group by 1, 2`,
      [...observedKey.params, context.tenantIds, ids, ...observedRange.params],
    );
    const observationRows = OBSERVATIONS.map((o) =>
      countsRow(
        context,
        o.key,
        o.labelJa,
        o.labelEn,
        tally(observed, (r) => r.observation === o.key),
      ),
    );

    // Donations are dated (the day received, in the tenant's zone): found among the columns' first days.
    const months = context.period.months;
    const localDate = new Intl.DateTimeFormat('en-CA', {
      timeZone: context.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    const firstDays = [...months.map((m) => localDate.format(m.from)), localDate.format(context.period.to)];
    const donations = await context.em.execute<{ key: string; kind: string; n: string }[]>(
      `select (array[${months.map(() => '?').join(', ')}]::text[])[width_bucket(d.received_on, array[${firstDays.map(() => '?').join(', ')}]::date[])] as key,
              o.kind, count(*) as n
         from donation_item d join donor o on o.id = d.donor_id
        where d.tenant_id in (?) and d.programme_id in (?) and d.received_on >= ?::date and d.received_on < ?::date
        group by 1, 2`,
      [...months.map((m) => m.key), ...firstDays, context.tenantIds, ids, firstDays[0], firstDays.at(-1)],
    );
    const donationRows = DONOR_KINDS.map((k) =>
      countsRow(
        context,
        k.key,
        k.labelJa,
        k.labelEn,
        tally(donations, (r) => r.kind === k.key),
      ),
    );

    const width = context.columns.length;
    return [
      table(context, {
        key: 'foodDelivery.byRound',
        group: MetricGroup.FOOD_DELIVERY,
        titleJa: 'お届け件数（回別）',
        titleEn: 'Deliveries, by round',
        unit: MetricUnit.COUNT,
        rows: [...roundRows, totalRow('total', '計', 'Total', roundRows, width, 'foodDelivery.delivered')],
        rowsAddUp: true,
      }),
      table(context, {
        key: 'foodDelivery.outcomes',
        group: MetricGroup.FOOD_DELIVERY,
        titleJa: '配達の結果',
        titleEn: 'Delivery outcomes',
        unit: MetricUnit.COUNT,
        rows: outcomeRows.map((row) =>
          row.key === 'delivered' ? { ...row, sharedAs: 'foodDelivery.delivered' } : row,
        ),
        rowsAddUp: false,
      }),
      table(context, {
        key: 'foodDelivery.households',
        group: MetricGroup.FOOD_DELIVERY,
        titleJa: '世帯',
        titleEn: 'Households',
        unit: MetricUnit.COUNT,
        rows: [
          reachedRow,
          countsRow(
            context,
            'applications',
            '申込',
            'Applications',
            tally(applied, () => true),
          ),
          waitlistRow,
        ],
        // Households, not events: one reached in two months is one household in the year.
        columnsAddUp: false,
        rowsAddUp: false,
      }),
      table(context, {
        key: 'foodDelivery.observations',
        group: MetricGroup.FOOD_DELIVERY,
        titleJa: '訪問時の様子',
        titleEn: 'Observations at the door',
        unit: MetricUnit.COUNT,
        rows: [...observationRows, totalRow('total', '計', 'Total', observationRows, width)],
        rowsAddUp: true,
      }),
      table(context, {
        key: 'foodDelivery.donations',
        group: MetricGroup.FOOD_DELIVERY,
        titleJa: '寄付の受付（品目数、寄付者の種別）',
        titleEn: 'Donated items received, by kind of donor',
        unit: MetricUnit.COUNT,
        rows: [...donationRows, totalRow('total', '計', 'Total', donationRows, width)],
        rowsAddUp: true,
      }),
    ];
  },
};

/** Every metric, in the order reports show them. */
export const METRICS: readonly MetricDefinition[] = [
  registrants,
  consultations,
  responsiveness,
  referrals,
  secondments,
  broadcasts,
  caseRecords,
  foodDelivery,
];
