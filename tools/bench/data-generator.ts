/**
 * Generates a tenant the size of a large city's consultation service, with set-based SQL, for
 * benchmarks: `generateTenant(owner, options)` creates an active tenant (no MFA required), one LINE
 * channel (its secret and token sealed with `options.keys`, as the API seals them, so the API can
 * verify webhooks of that channel), staff accounts (counsellors and tenant admins sharing one
 * password), and `conversations` registrants, each with one conversation, holding `messages`
 * messages in all:
 *
 * - every conversation starts with a message of the family; the others are spread unevenly (a few
 *   long threads, many short ones), in and out, over `months` months up to now;
 * - texts are realistic Japanese, and about 1 message in 250 mentions 虐待 or DV (the search case);
 * - `last_message_at`, unread counts (non-zero only when the family wrote last, in an unresolved
 *   conversation), `awaiting_since` and the registrants' `last_contact_at` agree with the messages;
 * - about 70 % of conversations are assigned to a counsellor; statuses and priorities are mixed.
 *
 * `from` and `to` place the conversations' starts in a given period instead (a fiscal year, for the
 * reports); threads then end by `to`. With `reporting`, it also writes what the reports
 * read (see `ReportingActivity`).
 *
 * It runs as the owner (a superuser or a BYPASSRLS owner: `app_user` has no tenant policy), in one
 * transaction that sets `app.tenant_id` like the application does, then VACUUM ANALYZEs the tables.
 * The same `seed` gives the same data (apart from ids and `now`). 1,000,000 messages in 50,000
 * conversations take about a minute on two cores (a few more with `reporting`).
 */
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { ClientBase } from 'pg';
import type { EncryptionKey } from '@tsunagu/platform/config';
import { Keyring } from '@tsunagu/platform/crypto';
import { hashPassword } from '@tsunagu/platform/auth';
import { channelSecretContext } from '@tsunagu/channels';

export interface GenerateTenantOptions {
  /** Unique slug; default `bench-<random>`. */
  slug?: string;
  conversations: number;
  /** At least one per conversation. */
  messages: number;
  /** Keys of the API that will read the tenant (TSUNAGU_ENCRYPTION_KEYS). */
  keys: EncryptionKey[];
  /** Password of every staff account. */
  password: string;
  counsellors?: number;
  admins?: number;
  /** How far back the conversations go (when `from` is not given). */
  months?: number;
  /** The conversations start from `from` to `to`; default: the `months` months up to now. */
  from?: Date;
  to?: Date;
  /** The activity the reports read; none unless asked for (the other benchmarks need none). */
  reporting?: ReportingActivity;
  /** For random(): the same seed gives the same shape of data. */
  seed?: number;
}

/**
 * What the reports read, on top of the conversations:
 *
 * - `categories` conversation categories; about 1 conversation in 5 stays uncategorised, 1 in 10 has two;
 * - about 8 % of outgoing messages are automatic (out of hours, welcome, crisis); each counsellor's reply
 *   that ends a family's wait carries `answers_since` (the wait's first message) and `answers_in_hours`
 *   (the channel is open Monday to Friday, 9:00 to 17:00, Asia/Tokyo);
 * - LINE webhook events: a follow for each registrant, one event for each message of a family, an
 *   unfollow for each registrant who blocked the account (payloads are opaque, as sealed ones are);
 * - `urgent` conversations marked urgent, each an urgent episode as triage records it;
 * - `partners` partner organisations and `referrals` referrals with the family's consent and their
 *   timelines: most sent, accepted and completed with an outcome; some declined, recalled, closed,
 *   never sent, or overdue (answered late or not at all). No step happens after now.
 */
export interface ReportingActivity {
  categories: number;
  partners: number;
  referrals: number;
  urgent: number;
}

export interface StaffAccount {
  id: string;
  email: string;
}

export interface GeneratedTenant {
  tenantId: string;
  slug: string;
  channelId: string;
  lineChannelId: string;
  channelSecret: string;
  counsellors: StaffAccount[];
  admins: StaffAccount[];
  password: string;
}

export async function generateTenant(owner: ClientBase, options: GenerateTenantOptions): Promise<GeneratedTenant> {
  const { conversations, messages } = options;
  if (messages < conversations) throw new Error('Every conversation needs at least one message');
  const slug = options.slug ?? `bench-${randomBytes(4).toString('hex')}`;
  const tenantId = randomUUID();
  const channelId = randomUUID();
  const lineChannelId = String(randomInt(3_000_000_000, 4_000_000_000));
  const channelSecret = randomBytes(16).toString('hex');
  const channelToken = randomBytes(32).toString('base64url');
  const keyring = new Keyring(options.keys);
  const staff = (role: 'counsellor' | 'admin', count: number): StaffAccount[] =>
    Array.from({ length: count }, (_, i) => ({ id: randomUUID(), email: `${role}${i + 1}@${slug}.bench.example` }));
  const counsellors = staff('counsellor', options.counsellors ?? 5);
  const admins = staff('admin', options.admins ?? 1);
  const passwordHash = await hashPassword(options.password);

  await owner.query('begin');
  try {
    await owner.query(`select set_config('app.tenant_id', $1, true), setseed($2)`, [tenantId, options.seed ?? 0.42]);
    await owner.query(
      `insert into tenant (id, slug, name_ja, name_en, local_government_code, prefecture, status,
         mfa_required_roles, created_at, updated_at)
       values ($1, $2, $3, $4, $5, '東京都', 'active', '{}', now(), now())`,
      [tenantId, slug, `ベンチ市${slug.slice(-4)}`, `Bench ${slug}`, await freeLocalGovernmentCode(owner)],
    );
    await owner.query(
      `insert into line_channel (id, tenant_id, name, line_channel_id, channel_secret, channel_access_token,
         channel_secret_last4, channel_access_token_last4, status, created_at, updated_at)
       values ($1, $2, 'ベンチ相談LINE', $3, $4, $5, $6, $7, 'active', now(), now())`,
      [
        channelId,
        tenantId,
        lineChannelId,
        keyring.seal(channelSecret, channelSecretContext(channelId, 'secret')),
        keyring.seal(channelToken, channelSecretContext(channelId, 'token')),
        channelSecret.slice(-4),
        channelToken.slice(-4),
      ],
    );
    for (const [role, accounts] of [
      ['counselor', counsellors],
      ['tenant_admin', admins],
    ] as const) {
      await owner.query(
        `insert into app_user (id, email, display_name, password_hash, created_at, updated_at, password_changed_at)
         select id, email, $3 || ' ' || n, $4, now(), now(), now()
         from unnest($1::uuid[], $2::text[]) with ordinality as a(id, email, n)`,
        [
          accounts.map((a) => a.id),
          accounts.map((a) => a.email),
          role === 'counselor' ? '相談員' : '管理者',
          passwordHash,
        ],
      );
      await owner.query(
        `insert into membership (id, tenant_id, user_id, role, status, created_at)
         select gen_random_uuid(), $1, id, $2, 'active', now() from unnest($3::uuid[]) as a(id)`,
        [tenantId, role, accounts.map((a) => a.id)],
      );
    }
    const context = { ...options, tenantId, channelId, counsellorIds: counsellors.map((c) => c.id) };
    await insertConversations(owner, context);
    if (options.reporting) await insertReportingActivity(owner, { ...context, reporting: options.reporting });
    await owner.query('commit');
  } catch (error) {
    await owner.query('rollback');
    throw error;
  }
  await owner.query(
    `vacuum analyze registrant, conversation, message${
      options.reporting
        ? ', conversation_category, line_webhook_event, urgent_episode, partner_organization, referral_consent, referral, referral_event'
        : ''
    }`,
  );
  return {
    tenantId,
    slug,
    channelId,
    lineChannelId,
    channelSecret,
    counsellors,
    admins,
    password: options.password,
  };
}

/** A 6-digit local government code no tenant has (the real ones are taken by real cities). */
async function freeLocalGovernmentCode(owner: ClientBase): Promise<string> {
  for (;;) {
    const code = `9${String(randomInt(0, 100_000)).padStart(5, '0')}`;
    const { rowCount } = await owner.query('select 1 from tenant where local_government_code = $1', [code]);
    if (!rowCount) return code;
  }
}

async function insertConversations(
  owner: ClientBase,
  o: GenerateTenantOptions & { tenantId: string; channelId: string; counsellorIds: string[] },
): Promise<void> {
  const to = o.to ?? new Date();
  const spanSeconds = o.from ? (to.getTime() - o.from.getTime()) / 1000 : (o.months ?? 6) * 30 * 86_400;
  if (!(spanSeconds > 0)) throw new Error('`from` must come before `to`');
  // Conversation n is identified by md5(tenant, n): messages find their conversation without a lookup.
  const conversationId = (n: string) => `md5($1::text || ':c:' || ${n})::uuid`;
  // Conversation n starts at a point of a low-discrepancy sequence over the span (up to `to`, the
  // parameter `toParam`): evenly spread, and unrelated to n (which decides how many messages it gets).
  const startedAt = (n: string, toParam: string) =>
    `${toParam}::timestamptz - make_interval(secs => $2 * ((${n} * 0.6180339887) % 1))`;

  await owner.query(
    `insert into registrant (id, tenant_id, channel_id, line_user_id, display_name, status,
       first_contact_at, last_contact_at, created_at)
     select md5($1::text || ':r:' || n)::uuid, $1::uuid, $3::uuid, 'U' || md5($1::text || ':u:' || n),
            case when random() < 0.1 then null
                 else ($4::text[])[1 + floor(random() * cardinality($4::text[]))::int] || ' '
                   || ($5::text[])[1 + floor(random() * cardinality($5::text[]))::int] end,
            case when random() < 0.03 then 'blocked' else 'active' end,
            ${startedAt('n', '$7')}, ${startedAt('n', '$7')}, ${startedAt('n', '$7')}
     from generate_series(1, $6::int) as n`,
    [o.tenantId, spanSeconds, o.channelId, FAMILY_NAMES, GIVEN_NAMES, o.conversations, to],
  );

  // Unread counts are drawn here and kept only where the family wrote last (see below).
  await owner.query(
    `insert into conversation (id, tenant_id, registrant_id, status, priority, assignee_id, unread_count,
       last_message_at, created_at, updated_at)
     select ${conversationId('n')}, $1::uuid, md5($1::text || ':r:' || n)::uuid,
            case when r < 0.6 then 'resolved' when r < 0.85 then 'open' else 'pending' end,
            case when random() < 0.9 then 'normal' when random() < 0.7 then 'high' else 'urgent' end,
            case when cardinality($3::uuid[]) > 0 and random() < 0.7
                 then ($3::uuid[])[1 + floor(random() * cardinality($3::uuid[]))::int] end,
            1 + floor(random() * 5)::int,
            ${startedAt('n', '$5')}, ${startedAt('n', '$5')}, ${startedAt('n', '$5')}
     from generate_series(1, $4::int) as n, lateral (select random() + 0 * n as r) s`,
    [o.tenantId, spanSeconds, o.counsellorIds, o.conversations, to],
  );

  // Message m <= conversations opens conversation m; the rest go to conversation
  // 1 + floor(N * random()^1.5): a few threads of hundreds of messages, many of a handful.
  // A thread lasts up to 30 days from its start (never past `to`). For the reports, about 8 % of the
  // outgoing messages are automatic replies (no counsellor sent them); otherwise none is.
  // (`+ 0 * m` keeps the draw per message: PostgreSQL would otherwise memoize it per direction.)
  const automatic = o.reporting
    ? `case when d = 'out' and random() + 0 * m < 0.08 then
         case when random() < 0.8 then 'out_of_hours' when random() < 0.75 then 'welcome' else 'crisis' end end`
    : 'null::text';
  await owner.query(
    `insert into message (id, tenant_id, conversation_id, direction, type, text, line_message_id, sent_by_user_id,
       sent_at, created_at, delivery_status, automatic)
     select gen_random_uuid(), $1::uuid, ${conversationId('c')}, d, 'text',
            case when d = 'out' then ($7::text[])[1 + floor(random() * cardinality($7::text[]))::int]
                 when random() < 0.004 then ($8::text[])[1 + floor(random() * cardinality($8::text[]))::int]
                 else ($5::text[])[1 + floor(random() * cardinality($5::text[]))::int]
                   || ($6::text[])[1 + floor(random() * cardinality($6::text[]))::int] end,
            case when d = 'in' then (100000000000 + m)::text end,
            case when d = 'out' and a is null and cardinality($3::uuid[]) > 0
                 then ($3::uuid[])[1 + floor(random() * cardinality($3::uuid[]))::int] end,
            t, t,
            case when d = 'out' then 'sent' end,
            a
     from generate_series(1, $4::int) as m,
          lateral (select case when m <= $9 then m else 1 + floor($9 * power(random(), 1.5))::int end as c) pick,
          lateral (select case when m <= $9 or random() < 0.55 then 'in' else 'out' end as d) dir,
          lateral (select ${automatic} as a) auto,
          lateral (select ${startedAt('c', '$10')} as s) start,
          lateral (select case when m <= $9 then start.s
                          else start.s + random() * least(interval '30 days', $10::timestamptz - start.s) end as t) sent`,
    [
      o.tenantId,
      spanSeconds,
      o.counsellorIds,
      o.messages,
      FAMILY_OPENERS,
      FAMILY_TEXTS,
      COUNSELLOR_TEXTS,
      URGENT_TEXTS,
      o.conversations,
      to,
    ],
  );

  await owner.query(
    `with last as (
       select distinct on (conversation_id) conversation_id, sent_at, direction from message
       where tenant_id = $1::uuid order by conversation_id, sent_at desc, id desc)
     update conversation c
     set last_message_at = last.sent_at, updated_at = last.sent_at,
         unread_count = case when last.direction = 'in' and c.status <> 'resolved' then c.unread_count else 0 end,
         awaiting_since = case when last.direction = 'in' and c.status <> 'resolved' then last.sent_at end
     from last where c.id = last.conversation_id`,
    [o.tenantId],
  );
  await owner.query(
    `update registrant r set last_contact_at = c.last_message_at
     from conversation c where c.registrant_id = r.id and c.tenant_id = $1::uuid`,
    [o.tenantId],
  );
}

/** The channel's opening hours in the bench: what `answers_in_hours` is computed against. */
const BENCH_BUSINESS_HOURS = {
  weekly: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, start: '09:00', end: '17:00' })),
  closedOnPublicHolidays: false,
};
const BENCH_TIME_ZONE = 'Asia/Tokyo';

async function insertReportingActivity(
  owner: ClientBase,
  o: GenerateTenantOptions & {
    tenantId: string;
    channelId: string;
    counsellorIds: string[];
    reporting: ReportingActivity;
  },
): Promise<void> {
  const { tenantId, reporting } = o;
  const to = o.to ?? new Date();

  // Categories, the first one the most used (the report counts a conversation under its first).
  await owner.query(
    `insert into conversation_category (id, tenant_id, name, name_key, sort_order, created_at, updated_at)
     select gen_random_uuid(), $1::uuid, name, name, k, $3::timestamptz, $3::timestamptz
     from unnest($2::text[]) with ordinality as c(name, k)`,
    [tenantId, categoryNames(reporting.categories), o.from ?? to],
  );
  await owner.query(
    `with k as (select array_agg(id order by sort_order) as ids, count(*)::int as n
                from conversation_category where tenant_id = $1::uuid),
          draw as (select id, random() as u, floor(power(random(), 1.5) * k.n)::int as i,
                          floor(random() * (k.n - 1))::int as j
                   from conversation, k where tenant_id = $1::uuid)
     update conversation c
     set category_ids = case when draw.u < 0.2 or k.n = 0 then '{}'::uuid[]
                             when draw.u < 0.9 or k.n = 1 then array[k.ids[1 + draw.i]]
                             else array[k.ids[1 + draw.i], k.ids[1 + (draw.i + 1 + draw.j) % k.n]] end
     from draw, k where c.id = draw.id`,
    [tenantId],
  );

  // Each counsellor's reply answers the wait that began with the family's first message after the
  // previous reply (automatic replies end no wait), as the outbound service records it.
  await owner.query(`update line_channel set business_hours = $2::jsonb where id = $1::uuid`, [
    o.channelId,
    JSON.stringify(BENCH_BUSINESS_HOURS),
  ]);
  // Two window passes over each thread in time order, no self-join (which planned badly at 1M rows):
  // the number of replies before each message, then the first family message of each stretch.
  await owner.query(
    `create temp table bench_answer on commit drop as
     select id, since from (
       select id, direction, automatic,
              min(sent_at) filter (where direction = 'in') over (partition by conversation_id, replies_before) as since
       from (select id, conversation_id, direction, automatic, sent_at,
                    count(*) filter (where direction = 'out' and automatic is null)
                      over (partition by conversation_id order by sent_at, id
                            rows between unbounded preceding and 1 preceding) as replies_before
             from message where tenant_id = $1::uuid) o) w
     where direction = 'out' and automatic is null and since is not null`,
    [tenantId],
  );
  await owner.query('analyze bench_answer');
  await owner.query(
    `update message m
     set answers_since = a.since,
         answers_in_hours = extract(isodow from a.since at time zone $1) between 1 and 5
                        and extract(hour from a.since at time zone $1) between 9 and 16
     from bench_answer a where m.id = a.id`,
    [BENCH_TIME_ZONE],
  );

  // LINE's events: a follow before each family's first message, each message of a family, and an
  // unfollow (a block) after the last contact of each blocked registrant. Payloads are opaque.
  const payload = (seed: string) => `'bench.' || encode(sha256(convert_to(${seed}, 'UTF8')), 'base64')`;
  await owner.query(
    `insert into line_webhook_event (id, tenant_id, channel_id, webhook_event_id, type, line_user_id, occurred_at,
       redelivery, payload, received_at, processed_at)
     select gen_random_uuid(), tenant_id, channel_id, upper(substr(md5(id::text || ':follow'), 1, 26)), 'follow',
            line_user_id, at, false, ${payload("id::text || ':follow'")}, at, at
     from registrant, lateral (select first_contact_at - interval '30 seconds' as at) e
     where tenant_id = $1::uuid`,
    [tenantId],
  );
  await owner.query(
    `insert into line_webhook_event (id, tenant_id, channel_id, webhook_event_id, type, line_user_id, occurred_at,
       redelivery, payload, received_at, processed_at)
     select gen_random_uuid(), m.tenant_id, r.channel_id, upper(substr(md5(m.id::text), 1, 26)), 'message',
            r.line_user_id, m.sent_at, false, ${payload('m.id::text')}, m.sent_at, m.sent_at
     from message m join conversation c on c.id = m.conversation_id join registrant r on r.id = c.registrant_id
     where m.tenant_id = $1::uuid and m.direction = 'in'`,
    [tenantId],
  );
  await owner.query(
    `insert into line_webhook_event (id, tenant_id, channel_id, webhook_event_id, type, line_user_id, occurred_at,
       redelivery, payload, received_at, processed_at)
     select gen_random_uuid(), tenant_id, channel_id, upper(substr(md5(id::text || ':unfollow'), 1, 26)), 'unfollow',
            line_user_id, at, false, ${payload("id::text || ':unfollow'")}, at, at
     from registrant,
          lateral (select last_contact_at + (random() + 0 * length(line_user_id))
                            * greatest($2::timestamptz - last_contact_at, interval '1 minute') as at) e
     where tenant_id = $1::uuid and status = 'blocked'`,
    [tenantId, to],
  );

  await insertUrgentEpisodes(owner, tenantId, reporting.urgent);
  await insertReferrals(owner, { ...o, to });
}

/**
 * Conversations marked urgent by the keyword triage: one `urgent_episode` each, a few minutes after
 * the conversation opened, as triage records it.
 */
async function insertUrgentEpisodes(owner: ClientBase, tenantId: string, count: number): Promise<void> {
  if (count <= 0) return;
  const { rows: picked } = await owner.query<{ id: string; created_at: Date }>(
    // A spread sample, the same for the same tenant.
    `select id, created_at from conversation where tenant_id = $1::uuid order by md5(id::text) limit $2`,
    [tenantId, count],
  );
  await owner.query(
    `insert into urgent_episode (id, tenant_id, conversation_id, began_at)
     select gen_random_uuid(), $1::uuid, c, b from unnest($2::uuid[], $3::timestamptz[]) as e(c, b)`,
    [
      tenantId,
      picked.map((c) => c.id),
      picked.map((c) => new Date(c.created_at.getTime() + randomInt(5_000, 600_000))),
    ],
  );
  await owner.query(`update conversation set priority = 'urgent' where id = any($1::uuid[])`, [
    picked.map((c) => c.id),
  ]);
}

/**
 * Partner organisations, and referrals of families to them with the family's consent, each with the
 * timeline the referral service writes (created, sent, then accepted or declined, started, completed
 * or closed; recalled; flagged overdue the day after its deadline when unanswered). Step times are
 * drawn first, then any step after now is dropped with the ones after it.
 */
async function insertReferrals(
  owner: ClientBase,
  o: { tenantId: string; counsellorIds: string[]; conversations: number; reporting: ReportingActivity; to: Date },
): Promise<void> {
  const { tenantId, reporting } = o;
  if (reporting.partners <= 0 || reporting.referrals <= 0) return;
  await owner.query(
    `insert into partner_organization (id, tenant_id, name, created_at, updated_at)
     select gen_random_uuid(), $1::uuid, name, now(), now() from unnest($2::text[]) as p(name)`,
    [tenantId, partnerNames(reporting.partners)],
  );
  // The draws: a family (conversation), a partner (a few take most), a counsellor, the times.
  await owner.query(
    `create temp table bench_referral_draw on commit drop as
     select gen_random_uuid() as id, gen_random_uuid() as consent_id, c.id as conversation_id, c.registrant_id,
            p.ids[1 + floor(power(d.u_partner, 1.6) * p.n)::int] as partner_id,
            ($3::uuid[])[1 + floor(d.u_counsellor * cardinality($3::uuid[]))::int] as counsellor_id,
            c.created_at + d.u_created * least(interval '14 days', $5::timestamptz - c.created_at) as created_at,
            d.*
     from (select 1 + floor($4 * random())::int as n, random() as u_partner, random() as u_counsellor,
                  random() as u_created, random() as u_fate, random() as u_reply, random() as u_late,
                  random() as u_progress, random() as u_end, random() as u1, random() as u2, random() as u3,
                  random() as u4
           from generate_series(1, $2::int)) d
     join conversation c on c.id = md5($1::text || ':c:' || d.n)::uuid,
     (select array_agg(id order by name) as ids, count(*)::int as n
      from partner_organization where tenant_id = $1::uuid) p`,
    [tenantId, reporting.referrals, o.counsellorIds, o.conversations, o.to],
  );
  // 4 % never sent, 2 % recalled before an answer; of those sent, 2 % never answered, 10 % declined,
  // the rest accepted; 10 % of answers come after the deadline (3 business days, weekends skipped).
  // Accepted ones mostly start; most started ones complete with an outcome, some close.
  await owner.query(
    `create temp table bench_referral on commit drop as
     with sent as (
       select d.*, case when u_fate >= 0.04 then created_at + interval '10 minutes' + u1 * interval '2 days' end as sent_at
       from bench_referral_draw d),
     deadline as (
       select s.*, day + case extract(isodow from day)::int when 1 then 3 when 2 then 3 when 6 then 4 when 7 then 3
                                                             else 5 end as respond_by
       from sent s, lateral (select (s.sent_at at time zone $1)::date as day) l),
     answered as (
       select d.*, ((d.respond_by + 1)::timestamp at time zone $1) + interval '2 minutes' as due_check,
              case when d.sent_at is null or u_fate < 0.06 then null
                   when u_reply < 0.02 then null when u_reply < 0.12 then 'declined' else 'accepted' end as answer
       from deadline d),
     times as (
       select a.*,
              case when sent_at is not null and u_fate < 0.06 then sent_at + u2 * interval '1 day' end as recalled_at,
              case when answer is null then null
                   when u_late < 0.1 then due_check + u2 * interval '4 days'
                   else sent_at + u2 * 0.9 * (due_check - sent_at) end as responded_at
       from answered a),
     later as (
       select t.*,
              case when answer = 'accepted' and u_progress < 0.92 then responded_at + u3 * interval '5 days' end
                as started_at
       from times t),
     steps as (
       select l.*,
              case when sent_at is not null and recalled_at is null and (answer is null or responded_at > due_check)
                   then due_check end as overdue_at,
              case when started_at is not null and u_end < 0.78 then 'completed'
                   when started_at is not null and u_end < 0.88 then 'closed'
                   when answer = 'accepted' and started_at is null then 'closed' end as finish,
              case when started_at is not null and u_end < 0.88
                   then started_at + interval '3 days' + u4 * interval '27 days'
                   when answer = 'accepted' and started_at is null then responded_at + u4 * interval '10 days' end
                as finish_at
       from later l)
     -- A step after now has not happened yet, nor have the steps after it (they come later still).
     select id, consent_id, conversation_id, registrant_id, partner_id, counsellor_id, created_at, respond_by,
            u1, u4, answer, finish,
            case when sent_at <= now() then sent_at end as sent_at,
            case when recalled_at <= now() then recalled_at end as recalled_at,
            case when overdue_at <= now() then overdue_at end as overdue_at,
            case when responded_at <= now() then responded_at end as responded_at,
            case when started_at <= now() then started_at end as started_at,
            case when finish_at <= now() then finish_at end as finish_at
     from steps where created_at <= now()`,
    [BENCH_TIME_ZONE],
  );
  await owner.query(
    `insert into referral_consent (id, tenant_id, registrant_id, partner_organization_id, purpose, method,
       obtained_on, obtained_by_id, created_at)
     select consent_id, $1::uuid, registrant_id, partner_id, 'つなぎ先への相談内容の共有',
            case when u1 < 0.7 then 'in_chat' when u1 < 0.9 then 'by_phone' else 'in_person' end,
            ((created_at - interval '30 minutes') at time zone $2)::date, counsellor_id,
            created_at - interval '30 minutes'
     from bench_referral`,
    [tenantId, BENCH_TIME_ZONE],
  );
  await owner.query(
    `insert into referral (id, tenant_id, registrant_id, conversation_id, partner_organization_id, consent_id, status,
       summary, created_by_id, sent_at, respond_by, overdue_at, responded_at, finished_at, outcome, close_reason,
       decline_reason, recall_reason, created_at, updated_at)
     select id, $1::uuid, registrant_id, conversation_id, partner_id, consent_id, status,
            '家計と子育ての相談。ご本人の同意を得てつなぎます。', counsellor_id,
            sent_at, case when sent_at is not null then respond_by end, overdue_at, responded_at,
            case when status in ('declined', 'recalled', 'completed', 'closed')
                 then coalesce(finish_at, responded_at, recalled_at) end,
            case when status = 'completed'
                 then case when u4 < 0.6 then 'got_help' when u4 < 0.85 then 'partially_helped' else 'not_helped' end end,
            case when status = 'closed'
                 then case when u4 < 0.5 then 'could_not_contact' when u4 < 0.8 then 'family_withdrew'
                           else 'no_capacity' end end,
            case when status = 'declined' then '対象年齢外のため' end,
            case when status = 'recalled' then 'ご家族の希望により取り下げ' end,
            created_at,
            greatest(created_at, sent_at, recalled_at, overdue_at, responded_at, started_at, finish_at)
     from (select *, case when finish_at is not null then finish
                          when started_at is not null then 'in_progress'
                          when responded_at is not null then answer
                          when recalled_at is not null then 'recalled'
                          when sent_at is not null then 'sent'
                          else 'draft' end as status
           from bench_referral) r`,
    [tenantId],
  );
  // The timeline, one row per step, as the referral service records them.
  await owner.query(
    `insert into referral_event (id, tenant_id, referral_id, partner_organization_id, from_status, to_status,
       actor_id, actor_side, reason, note, occurred_at)
     select gen_random_uuid(), $1::uuid, r.id, r.partner_id, s.from_status, s.to_status,
            case when s.side = 'referrer' then r.counsellor_id end, s.side, s.reason, null, s.at
     from bench_referral r,
          lateral (values
            (null, 'draft', 'referrer', null, r.created_at),
            ('draft', 'sent', 'referrer', null, r.sent_at),
            ('sent', 'recalled', 'referrer', null, r.recalled_at),
            ('sent', 'sent', 'system', 'overdue', r.overdue_at),
            ('sent', r.answer, 'partner', null, r.responded_at),
            ('accepted', 'in_progress', 'partner', null, r.started_at),
            (case when r.started_at is not null then 'in_progress' else 'accepted' end, r.finish, 'partner',
             null, r.finish_at)
          ) as s(from_status, to_status, side, reason, at)
     where s.at is not null`,
    [tenantId],
  );
}

function categoryNames(count: number): string[] {
  const names = ['子育て', '生活困窮', '発達・障がい', '不登校', 'DV・家庭内の不和', '健康・医療', '住まい', '仕事'];
  return Array.from({ length: count }, (_, i) => names[i] ?? `その他${i + 1 - names.length}`);
}

function partnerNames(count: number): string[] {
  const names = [
    'ベンチ市こども家庭センター',
    'ベンチ市保健センター',
    'ベンチ区社会福祉協議会',
    'フードバンクベンチ',
    'ベンチ市くらし支援窓口',
    'こども食堂ネットワークベンチ',
    'ベンチ市教育相談センター',
    'ベンチ女性相談支援センター',
    'ベンチ市発達支援センター',
    'NPO法人ひだまり',
    'ベンチ市ハローワーク連携窓口',
    'ベンチ市住まい相談窓口',
  ];
  return Array.from({ length: count }, (_, i) => names[i] ?? `ベンチ支援機関${i + 1}`);
}

const FAMILY_NAMES = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田'];
const GIVEN_NAMES = [
  'さくら',
  'ゆい',
  '陽菜',
  '結衣',
  '美咲',
  'あおい',
  '蓮',
  '悠真',
  'ひろし',
  'まき',
  'ユウ',
  'mika',
];

const FAMILY_OPENERS = ['', '', 'こんばんは。', 'すみません、', 'はじめまして。', 'お世話になります。', 'あの、'];

const FAMILY_TEXTS = [
  '子育てのことで相談したいです。夜泣きがひどくて眠れません。',
  '家賃が払えなくなりそうで、どこに相談すればいいですか',
  '発達のことで気になることがあります',
  '保育園の申し込みについて教えてください',
  '上の子が学校に行きたがらなくて困っています',
  '仕事と育児の両立がしんどいです',
  '食費が足りなくて、子どもにちゃんと食べさせられていません',
  'ひとり親で頼れる人がいません',
  '児童手当の手続きがよくわかりません',
  '子どもが言うことを聞かなくて、つい怒鳴ってしまいます',
  'ありがとうございます。また連絡します。',
  'はい、大丈夫です',
  '明日の午後なら話せます',
  '電気代の支払いが遅れていて不安です',
  '夫の言葉がきつくて、毎日つらいです',
];

/** The few messages a keyword rule would flag: what the `search: "虐待"` benchmark looks for. */
const URGENT_TEXTS = [
  '隣の家から子どもの泣き声と怒鳴り声が毎晩聞こえます。虐待かもしれません',
  '夫からDVを受けています。子どもと逃げたいです',
  '自分がしていることが虐待なのではないかと怖いです',
  'ＤＶのことで相談できる場所はありますか',
];

const COUNSELLOR_TEXTS = [
  'ご連絡ありがとうございます。相談員の者です。詳しくお聞かせいただけますか。',
  'お話しいただきありがとうございます。少しずつで大丈夫ですよ。',
  'それはとても大変でしたね。お子さんは今どうされていますか。',
  '区の子育て支援窓口をご案内できます。ご都合のよい日時はありますか。',
  'フードパントリーの次回の配布日をお知らせしますね。',
  'また何かあればいつでもメッセージをください。',
  '緊急のときは189（児童相談所）にもお電話できます。',
];
