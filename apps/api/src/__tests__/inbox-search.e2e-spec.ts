import { randomInt, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { TENANT_ROLE, TENANT_SETTING } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { testDatabase } from '@tsunagu/platform/testing';
import { createLineChannel, deliver, eventually, ownerQuery, type TestChannel } from './support/line';
import { TestApp, type GraphQLResponse, type TestUser } from './support/test-app';

const lineId = (prefix: string) => `${prefix}${randomUUID().replace(/-/g, '')}`;

const INBOX = `query($filter: ConversationFilter, $first: Int) {
  conversations(filter: $filter, first: $first) { edges { node { id } } }
}`;

/** What families wrote: full- and half-width letters and kana, case, LIKE's wildcards, one-character texts. */
const CORPUS = [
  '子どもへの虐待が心配です',
  '夫からのＤＶで困っています',
  'dv の相談窓口はどこですか',
  'ｶﾀｶﾅで書きました',
  'カタカナで書きました',
  'ひらがなでかきました',
  '100%の自信はありません',
  'a_b という名前です',
  '子',
  '引越し先が決まりません',
  '学校に行けない日が続いています 😢',
  'ＡＢＣ 家庭',
  // Every bigram of 'xyz' and of 'いぬねこ' is here, but neither term is: the index names the
  // message, the comparison must not find it.
  'xy と yz、ねこといぬね',
  'ご注意ください!%_',
  '㍻の話です',
];

/** Terms counsellors type: two characters, full/half width, kana, wildcards, one character, none found. */
const TERMS = [
  '虐待',
  'DV',
  'ｄｖ',
  'Dv',
  'ｶﾀｶﾅ',
  'カタ',
  'かた',
  'ひら',
  '100%',
  '%',
  'a_b',
  '_',
  '子',
  '引っ越し',
  '行けない日',
  '😢',
  'abc',
  'ＡＢＣ 家',
  'ない',
  'xyz',
  'いぬねこ',
  '!',
  'い!',
  '!%_',
  '平成',
  '  ',
  ' 家庭 ',
];

describe('inbox search', () => {
  let t: TestApp;
  let counselor: TestUser;
  let tenantId: string;
  let channel: TestChannel;
  const conversationOf = new Map<string, string>();

  beforeAll(async () => {
    t = await TestApp.start({ JOB_WORKERS: '1' });
    const tenant = await t.newTenant();
    tenantId = tenant.id;
    counselor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    const admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    channel = await createLineChannel(t, admin.token);
    const families = CORPUS.map(() => lineId('U'));
    await deliver(
      t,
      channel,
      CORPUS.map((text, i) => ({
        type: 'message',
        mode: 'active',
        timestamp: Date.now(),
        source: { type: 'user', userId: families[i] },
        webhookEventId: lineId('W'),
        deliveryContext: { isRedelivery: false },
        replyToken: lineId('r'),
        message: { id: String(randomInt(1e12, 2e12)), type: 'text', quoteToken: 'q', text },
      })),
    );
    const rows = await eventually(
      () =>
        ownerQuery<{ id: string; text: string }>(
          'select conversation_id as id, text from message where tenant_id = $1 and direction = $2',
          [tenantId, 'in'],
        ),
      (r) => r.length === CORPUS.length,
    );
    for (const row of rows) conversationOf.set(row.text, row.id);
  });

  afterAll(async () => {
    await t.close();
  });

  /** The conversations the inbox search returned before the index: every message scanned with ilike. */
  async function scanned(term: string): Promise<string[]> {
    const pattern = `%${term
      .normalize('NFKC')
      .trim()
      .replace(/[!%_]/g, (c) => `!${c}`)}%`;
    const rows = await ownerQuery<{ id: string }>(
      `select distinct conversation_id as id from message
       where tenant_id = $1 and normalize(text, NFKC) ilike $2 escape '!'`,
      [tenantId, pattern],
    );
    return rows.map((r) => r.id).sort();
  }

  it.each(TERMS)('finds for %s the same conversations as a scan of every message', async (term) => {
    const res = await t.graphql<{ conversations: { edges: { node: { id: string } }[] } }>(
      INBOX,
      { filter: { search: term }, first: 100 },
      { token: counselor.token },
    );
    expect(res.errors).toBeUndefined();
    const found = res.data!.conversations.edges.map((e) => e.node.id).sort();
    expect(found).toEqual(await scanned(term));
  });

  it('finds what a counsellor would expect', async () => {
    const search = async (term: string) => {
      const res = await t.graphql<{ conversations: { edges: { node: { id: string } }[] } }>(
        INBOX,
        { filter: { search: term }, first: 100 },
        { token: counselor.token },
      );
      return res.data!.conversations.edges.map((e) => e.node.id).sort();
    };
    const ids = (...texts: string[]) => texts.map((text) => conversationOf.get(text)).sort();
    expect(await search('DV')).toEqual(ids('夫からのＤＶで困っています', 'dv の相談窓口はどこですか'));
    expect(await search('ｶﾀｶﾅ')).toEqual(ids('ｶﾀｶﾅで書きました', 'カタカナで書きました'));
    expect(await search('100%')).toEqual(ids('100%の自信はありません'));
    expect(await search('引っ越し')).toEqual([]);
    expect(await search('xyz')).toEqual([]);
    expect(await search('!%')).toEqual(ids('ご注意ください!%_'));
    // NFKC on the message's side too: ㍻ is 平成.
    expect(await search('平成')).toEqual(ids('㍻の話です'));
  });

  it('pages through what it finds, newest first, one conversation at a time', async () => {
    for (const term of ['ない', 'で', 'カタ']) {
      const found: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < CORPUS.length + 1; i++) {
        const res: GraphQLResponse<{
          conversations: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
        }> = await t.graphql(
          `query($filter: ConversationFilter, $after: String) {
            conversations(filter: $filter, first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } }
          }`,
          { filter: { search: term }, after },
          { token: counselor.token },
        );
        found.push(...res.data!.conversations.edges.map((e) => e.node.id));
        if (!res.data!.conversations.pageInfo.hasNextPage) break;
        after = res.data!.conversations.pageInfo.endCursor;
      }
      expect({ term, found: [...found].sort() }).toEqual({ term, found: await scanned(term) });
      expect(new Set(found).size).toBe(found.length);
    }
  });

  it("finds a family by their display name, whatever the term's length", async () => {
    const conversationId = conversationOf.get('ひらがなでかきました')!;
    await ownerQuery(
      `update registrant set display_name = 'ＹＡＭＡＤＡ 花子' where id = (select registrant_id from conversation where id = $1)`,
      [conversationId],
    );
    for (const term of ['yamada', '花子', '花', 'ada 花']) {
      const res = await t.graphql<{ conversations: { edges: { node: { id: string } }[] } }>(
        INBOX,
        { filter: { search: term }, first: 100 },
        { token: counselor.token },
      );
      expect({ term, found: res.data!.conversations.edges.map((e) => e.node.id) }).toEqual({
        term,
        found: [conversationId],
      });
    }
  });

  it('keeps the index out of reach of the runtime roles', async () => {
    const runtime = new Client({ connectionString: testDatabase().url });
    await runtime.connect();
    try {
      for (const sql of [
        'select count(*) from inbox_search.message_bigrams',
        'select count(*) from inbox_search.registrant_bigrams',
        `select count(*) from inbox_search.bigrams('ab')`,
      ]) {
        await runtime.query('begin');
        await runtime.query(`select set_config('role', $1, true), set_config($2, $3, true)`, [
          TENANT_ROLE,
          TENANT_SETTING,
          tenantId,
        ]);
        await expect(runtime.query(sql)).rejects.toThrow(/permission denied/);
        await runtime.query('rollback');
      }
      // The candidates of the tenant's own messages only, and none without a tenant.
      const candidates = async (tenant: string | null) => {
        await runtime.query('begin');
        await runtime.query(`select set_config('role', $1, true), set_config($2, $3, true)`, [
          TENANT_ROLE,
          TENANT_SETTING,
          tenant ?? '',
        ]);
        const { rows } = await runtime.query<{ messages: string; registrants: string }>(
          `select (select count(*) from inbox_search_messages('虐待', 10)) as messages,
                  (select count(*) from inbox_search_registrants('yamada', 10)) as registrants`,
        );
        await runtime.query('rollback');
        return { messages: Number(rows[0].messages), registrants: Number(rows[0].registrants) };
      };
      expect(await candidates(tenantId)).toEqual({ messages: 1, registrants: 1 });
      expect(await candidates(null)).toEqual({ messages: 0, registrants: 0 });
    } finally {
      await runtime.end();
    }
  });

  it('stops finding a message once the family unsends it', async () => {
    const family = lineId('U');
    const messageId = String(randomInt(1e12, 2e12));
    const event = (type: string, extra: object) => ({
      type,
      mode: 'active',
      timestamp: Date.now(),
      source: { type: 'user', userId: family },
      webhookEventId: lineId('W'),
      deliveryContext: { isRedelivery: false },
      ...extra,
    });
    const search = async () => {
      const res = await t.graphql<{ conversations: { edges: unknown[] } }>(
        INBOX,
        { filter: { search: '送り間違い' } },
        { token: counselor.token },
      );
      return res.data!.conversations.edges.length;
    };
    await deliver(t, channel, [
      event('message', {
        replyToken: lineId('r'),
        message: { id: messageId, type: 'text', quoteToken: 'q', text: '送り間違いです' },
      }),
    ]);
    expect(await eventually(search, (n) => n === 1)).toBe(1);
    await deliver(t, channel, [event('unsend', { unsend: { messageId } })]);
    expect(await eventually(search, (n) => n === 0)).toBe(0);
  });

  it('does not return conversations of another tenant', async () => {
    const other = await t.newTenant();
    const otherAdmin = await t.newUser({ tenant: other, role: TenantRole.TENANT_ADMIN });
    const otherChannel = await createLineChannel(t, otherAdmin.token);
    const family = lineId('U');
    await deliver(t, otherChannel, [
      {
        type: 'message',
        mode: 'active',
        timestamp: Date.now(),
        source: { type: 'user', userId: family },
        webhookEventId: lineId('W'),
        deliveryContext: { isRedelivery: false },
        replyToken: lineId('r'),
        message: { id: String(randomInt(1e12, 2e12)), type: 'text', quoteToken: 'q', text: '隣の家で虐待の音がします' },
      },
    ]);
    // Processed: the other tenant's family wrote 虐待 too.
    await eventually(
      () => ownerQuery<{ id: string }>('select id from message where tenant_id = $1', [other.id]),
      (rows) => rows.length === 1,
    );
    const res = await t.graphql<{ conversations: { edges: { node: { id: string } }[] } }>(
      INBOX,
      { filter: { search: '虐待' }, first: 100 },
      { token: counselor.token },
    );
    expect(res.data!.conversations.edges.map((e) => e.node.id)).toEqual([
      conversationOf.get('子どもへの虐待が心配です'),
    ]);
    // A term only the other tenant's family wrote finds nothing here.
    const elsewhere = await t.graphql<{ conversations: { edges: unknown[] } }>(
      INBOX,
      { filter: { search: '隣の家' }, first: 100 },
      { token: counselor.token },
    );
    expect(elsewhere.data!.conversations.edges).toEqual([]);
  });

  it('finds a common term (more candidates than it confirms one by one) as the scan does, page by page', async () => {
    // 2,001 messages in three conversations mention よくある: more than the index's candidates are
    // confirmed one by one, so the conversations are read newest first instead.
    const targets = ['子どもへの虐待が心配です', 'ｶﾀｶﾅで書きました', '100%の自信はありません'].map(
      (text) => conversationOf.get(text)!,
    );
    await ownerQuery(
      `insert into message (id, tenant_id, conversation_id, direction, type, text, sent_at, created_at)
       select gen_random_uuid(), $1, ($2::uuid[])[1 + n % 3], 'in', 'text', 'よくあるご質問 ' || n, now() - n * interval '1 second', now()
       from generate_series(1, 2001) as n`,
      [tenantId, targets],
    );
    for (const term of ['よくある', 'よく', 'ご質問 1']) {
      const found: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 10; i++) {
        const res: GraphQLResponse<{
          conversations: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
        }> = await t.graphql(
          `query($filter: ConversationFilter, $after: String) {
            conversations(filter: $filter, first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } }
          }`,
          { filter: { search: term }, after },
          { token: counselor.token },
        );
        expect(res.errors).toBeUndefined();
        found.push(...res.data!.conversations.edges.map((e) => e.node.id));
        if (!res.data!.conversations.pageInfo.hasNextPage) break;
        after = res.data!.conversations.pageInfo.endCursor;
      }
      expect({ term, found: [...found].sort() }).toEqual({ term, found: await scanned(term) });
    }
  });
});
