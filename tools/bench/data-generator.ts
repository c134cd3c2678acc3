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
 * It runs as the owner (a superuser or a BYPASSRLS owner: `app_user` has no tenant policy), in one
 * transaction that sets `app.tenant_id` like the application does, then VACUUM ANALYZEs the tables.
 * The same `seed` gives the same data (apart from ids and `now`). 1,000,000 messages in 50,000
 * conversations take about a minute on two cores.
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
  /** How far back the conversations go. */
  months?: number;
  /** For random(): the same seed gives the same shape of data. */
  seed?: number;
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
    await insertConversations(owner, { ...options, tenantId, channelId, counsellorIds: counsellors.map((c) => c.id) });
    await owner.query('commit');
  } catch (error) {
    await owner.query('rollback');
    throw error;
  }
  await owner.query('vacuum analyze registrant, conversation, message');
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
  const spanSeconds = (o.months ?? 6) * 30 * 86_400;
  // Conversation n is identified by md5(tenant, n): messages find their conversation without a lookup.
  const conversationId = (n: string) => `md5($1::text || ':c:' || ${n})::uuid`;
  // Conversation n starts at a point of a low-discrepancy sequence over the span: evenly spread, and
  // unrelated to n (which decides how many messages it gets).
  const startedAt = (n: string) => `now() - make_interval(secs => $2 * ((${n} * 0.6180339887) % 1))`;

  await owner.query(
    `insert into registrant (id, tenant_id, channel_id, line_user_id, display_name, status,
       first_contact_at, last_contact_at, created_at)
     select md5($1::text || ':r:' || n)::uuid, $1::uuid, $3::uuid, 'U' || md5($1::text || ':u:' || n),
            case when random() < 0.1 then null
                 else ($4::text[])[1 + floor(random() * cardinality($4::text[]))::int] || ' '
                   || ($5::text[])[1 + floor(random() * cardinality($5::text[]))::int] end,
            case when random() < 0.03 then 'blocked' else 'active' end,
            ${startedAt('n')}, ${startedAt('n')}, ${startedAt('n')}
     from generate_series(1, $6::int) as n`,
    [o.tenantId, spanSeconds, o.channelId, FAMILY_NAMES, GIVEN_NAMES, o.conversations],
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
            ${startedAt('n')}, ${startedAt('n')}, ${startedAt('n')}
     from generate_series(1, $4::int) as n, lateral (select random() + 0 * n as r) s`,
    [o.tenantId, spanSeconds, o.counsellorIds, o.conversations],
  );

  // Message m <= conversations opens conversation m; the rest go to conversation
  // 1 + floor(N * random()^1.5): a few threads of hundreds of messages, many of a handful.
  // A thread lasts up to 30 days from its start (never past now).
  await owner.query(
    `insert into message (id, tenant_id, conversation_id, direction, type, text, line_message_id, sent_by_user_id,
       sent_at, created_at, delivery_status)
     select gen_random_uuid(), $1::uuid, ${conversationId('c')}, d, 'text',
            case when d = 'out' then ($7::text[])[1 + floor(random() * cardinality($7::text[]))::int]
                 when random() < 0.004 then ($8::text[])[1 + floor(random() * cardinality($8::text[]))::int]
                 else ($5::text[])[1 + floor(random() * cardinality($5::text[]))::int]
                   || ($6::text[])[1 + floor(random() * cardinality($6::text[]))::int] end,
            case when d = 'in' then (100000000000 + m)::text end,
            case when d = 'out' and cardinality($3::uuid[]) > 0
                 then ($3::uuid[])[1 + floor(random() * cardinality($3::uuid[]))::int] end,
            t, t,
            case when d = 'out' then 'sent' end
     from generate_series(1, $4::int) as m,
          lateral (select case when m <= $9 then m else 1 + floor($9 * power(random(), 1.5))::int end as c) pick,
          lateral (select case when m <= $9 or random() < 0.55 then 'in' else 'out' end as d) dir,
          lateral (select ${startedAt('c')} as s) start,
          lateral (select case when m <= $9 then start.s
                          else start.s + random() * least(interval '30 days', now() - start.s) end as t) sent`,
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
