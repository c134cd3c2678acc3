import { randomLineUserId, textMessageEvent } from '@tsunagu/line-sandbox';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { conversationIdOf, createLineChannel, deliver, eventually, ownerQuery, type TestChannel } from './support/line';
import { errorCodes, TestApp, type GraphQLResponse, type TestUser } from './support/test-app';

interface Category {
  id: string;
  name: string;
  sortOrder: number;
}

interface CannedResponse {
  id: string;
  title: string;
  body: string;
  text: string;
}

const CATEGORIES = '{ conversationCategories { id name sortOrder } }';
const CREATE_CATEGORY =
  'mutation($input: CreateConversationCategoryInput!) { createConversationCategory(input: $input) { id name sortOrder } }';
const UPDATE_CATEGORY =
  'mutation($input: UpdateConversationCategoryInput!) { updateConversationCategory(input: $input) { id name sortOrder } }';
const DELETE_CATEGORY =
  'mutation($input: DeleteConversationCategoryInput!) { deleteConversationCategory(input: $input) }';
const CATEGORIZE =
  'mutation($input: CategorizeConversationInput!) { categorizeConversation(input: $input) { id categoryIds categories { id name } } }';
const CONVERSATION = 'query($id: ID!) { conversation(id: $id) { categoryIds categories { id name } } }';
const INBOX = `query($filter: ConversationFilter) { conversations(filter: $filter, first: 50) {
  edges { node { id categories { id name } } }
} }`;

const CANNED = 'query($id: ID) { cannedResponses(conversationId: $id) { id title body text } }';
const CREATE_CANNED =
  'mutation($input: CreateCannedResponseInput!) { createCannedResponse(input: $input) { id title body text } }';
const UPDATE_CANNED =
  'mutation($input: UpdateCannedResponseInput!) { updateCannedResponse(input: $input) { id title body text } }';
const DELETE_CANNED = 'mutation($input: DeleteCannedResponseInput!) { deleteCannedResponse(input: $input) }';

const fields = (res: GraphQLResponse) => res.errors?.[0].extensions?.fieldErrors?.map((f) => f.field);

describe('inbox settings: conversation categories and canned responses', () => {
  let t: TestApp;
  let tenant: Tenant;
  let admin: TestUser;
  let counselor: TestUser;
  let otherAdmin: TestUser;
  let otherCounselor: TestUser;
  let channel: TestChannel;

  beforeAll(async () => {
    t = await TestApp.start({ JOB_WORKERS: '1' });
    tenant = await t.newTenant();
    const other = await t.newTenant();
    admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    counselor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    otherAdmin = await t.newUser({ tenant: other, role: TenantRole.TENANT_ADMIN });
    otherCounselor = await t.newUser({ tenant: other, role: TenantRole.COUNSELOR });
    channel = await createLineChannel(t, admin.token);
  });

  afterAll(async () => {
    await t.close();
  });

  /** A family writes; returns their conversation once processed. */
  async function newConversation(text = '相談があります'): Promise<{ id: string; lineUserId: string }> {
    const lineUserId = randomLineUserId();
    await deliver(t, channel, [textMessageEvent(lineUserId, text)]);
    const id = await eventually(() => conversationIdOf(lineUserId), Boolean);
    if (!id) throw new Error('the conversation was not created');
    return { id, lineUserId };
  }

  const categories = async (token = counselor.token) =>
    (await t.graphql<{ conversationCategories: Category[] }>(CATEGORIES, {}, { token })).data!.conversationCategories;

  describe('conversation categories', () => {
    it('gives a new tenant the default categories on first use, once', async () => {
      const first = await categories(admin.token);
      expect(first.map((c) => c.name)).toEqual(
        expect.arrayContaining(['子育て', '生活困窮', 'DV', '発達', '不登校', 'こころの健康', 'その他']),
      );
      // Ordered by sortOrder, and the same list for counsellors.
      expect(first.map((c) => c.sortOrder)).toEqual([...first.map((c) => c.sortOrder)].sort((a, b) => a - b));
      expect(await categories(counselor.token)).toEqual(first);
      const rows = await ownerQuery<{ n: number }>(
        'select count(*)::int as n from conversation_category where tenant_id = $1',
        [tenant.id],
      );
      expect(rows[0].n).toBe(first.length);
    });

    it('does not give defaults back to a tenant that deleted them all', async () => {
      const own = await t.newTenant();
      const ownAdmin = await t.newUser({ tenant: own, role: TenantRole.TENANT_ADMIN });
      for (const category of await categories(ownAdmin.token)) {
        await t.graphql(DELETE_CATEGORY, { input: { id: category.id } }, { token: ownAdmin.token });
      }
      expect(await categories(ownAdmin.token)).toEqual([]);
    });

    it('creates, renames, reorders and deletes categories, audited', async () => {
      const created = await t.graphql<{ createConversationCategory: Category }>(
        CREATE_CATEGORY,
        { input: { name: ' ひとり親 ' } },
        { token: admin.token },
      );
      const category = created.data!.createConversationCategory;
      expect(category.name).toBe('ひとり親');
      const list = await categories();
      // A new category goes last.
      expect(list[list.length - 1]).toEqual(category);

      const renamed = await t.graphql<{ updateConversationCategory: Category }>(
        UPDATE_CATEGORY,
        { input: { id: category.id, name: 'ひとり親家庭', sortOrder: 0 } },
        { token: admin.token },
      );
      expect(renamed.data!.updateConversationCategory).toEqual({ id: category.id, name: 'ひとり親家庭', sortOrder: 0 });
      expect((await categories())[0]).toEqual({ id: category.id, name: 'ひとり親家庭', sortOrder: 0 });

      const deleted = await t.graphql(DELETE_CATEGORY, { input: { id: category.id } }, { token: admin.token });
      expect(deleted.data).toEqual({ deleteConversationCategory: true });
      expect((await categories()).map((c) => c.id)).not.toContain(category.id);

      const audited = await ownerQuery<{ action: string }>(
        'select action from audit_event where target_id = $1 order by seq',
        [category.id],
      );
      expect(audited.map((r) => r.action)).toEqual([
        'conversation_category.created',
        'conversation_category.updated',
        'conversation_category.deleted',
      ]);
    });

    it('refuses a name another category has, also written in full width or another case', async () => {
      await categories(admin.token);
      for (const name of ['DV', 'ＤＶ', 'dv']) {
        const res = await t.graphql(CREATE_CATEGORY, { input: { name } }, { token: admin.token });
        expect(errorCodes(res)).toEqual(['CONFLICT']);
      }
      const other = (await categories()).find((c) => c.name === '子育て')!;
      const rename = await t.graphql(
        UPDATE_CATEGORY,
        { input: { id: other.id, name: 'Ｄｖ' } },
        { token: admin.token },
      );
      expect(errorCodes(rename)).toEqual(['CONFLICT']);
      expect((await categories()).filter((c) => c.name.normalize('NFKC').toLowerCase() === 'dv')).toHaveLength(1);
    });

    it('refuses empty and over-long names, writing nothing', async () => {
      const before = await categories(admin.token);
      for (const name of ['', '   ', 'あ'.repeat(51)]) {
        const res = await t.graphql(CREATE_CATEGORY, { input: { name } }, { token: admin.token });
        expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
        expect(fields(res)).toEqual(['name']);
      }
      expect(await categories(admin.token)).toEqual(before);
    });

    it('lets only tenant admins change categories', async () => {
      const res = await t.graphql(CREATE_CATEGORY, { input: { name: '相談員が作る' } }, { token: counselor.token });
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    });

    it('categorizes a conversation, collapsing duplicates, and filters the inbox by category', async () => {
      const list = await categories();
      const parenting = list.find((c) => c.name === '子育て')!;
      const poverty = list.find((c) => c.name === '生活困窮')!;
      const dv = list.find((c) => c.name === 'DV')!;
      const a = await newConversation('子育てとお金のことで');
      const b = await newConversation('夫のことで');
      await newConversation('分類しない相談');

      const res = await t.graphql<{ categorizeConversation: { categoryIds: string[]; categories: Category[] } }>(
        CATEGORIZE,
        { input: { conversationId: a.id, categoryIds: [poverty.id, parenting.id, poverty.id] } },
        { token: counselor.token },
      );
      expect(res.errors).toBeUndefined();
      // Categories come in display order whatever order they were given in.
      expect(res.data!.categorizeConversation.categories).toEqual([
        { id: parenting.id, name: '子育て' },
        { id: poverty.id, name: '生活困窮' },
      ]);
      expect(res.data!.categorizeConversation.categoryIds.sort()).toEqual([parenting.id, poverty.id].sort());
      await t.graphql(
        CATEGORIZE,
        { input: { conversationId: b.id, categoryIds: [dv.id] } },
        { token: counselor.token },
      );

      const inbox = async (categoryIds: string[]) => {
        const page = await t.graphql<{ conversations: { edges: { node: { id: string; categories: Category[] } }[] } }>(
          INBOX,
          { filter: { categoryIds } },
          { token: counselor.token },
        );
        expect(page.errors).toBeUndefined();
        return page.data!.conversations.edges.map((e) => e.node);
      };
      expect(await inbox([parenting.id])).toEqual([
        { id: a.id, categories: res.data!.categorizeConversation.categories },
      ]);
      expect((await inbox([parenting.id, dv.id])).map((n) => n.id).sort()).toEqual([a.id, b.id].sort());

      const audited = await ownerQuery<{ action: string; actor_user_id: string }>(
        `select action, actor_user_id from audit_event where target_id = $1 and action = 'conversation.categorized'`,
        [a.id],
      );
      expect(audited).toEqual([{ action: 'conversation.categorized', actor_user_id: counselor.id }]);

      // Clearing: an empty list.
      const cleared = await t.graphql<{ categorizeConversation: { categories: Category[] } }>(
        CATEGORIZE,
        { input: { conversationId: b.id, categoryIds: [] } },
        { token: counselor.token },
      );
      expect(cleared.data!.categorizeConversation.categories).toEqual([]);
    });

    it('takes a deleted category off every conversation', async () => {
      const created = await t.graphql<{ createConversationCategory: Category }>(
        CREATE_CATEGORY,
        { input: { name: '消える分類' } },
        { token: admin.token },
      );
      const doomed = created.data!.createConversationCategory;
      const kept = (await categories()).find((c) => c.name === '発達')!;
      const { id } = await newConversation();
      await t.graphql(
        CATEGORIZE,
        { input: { conversationId: id, categoryIds: [doomed.id, kept.id] } },
        { token: counselor.token },
      );
      await t.graphql(DELETE_CATEGORY, { input: { id: doomed.id } }, { token: admin.token });
      const after = await t.graphql<{ conversation: { categoryIds: string[]; categories: Category[] } }>(
        CONVERSATION,
        { id },
        { token: counselor.token },
      );
      expect(after.data!.conversation).toEqual({ categoryIds: [kept.id], categories: [{ id: kept.id, name: '発達' }] });
    });

    it('refuses unknown categories and categories of another tenant, writing nothing', async () => {
      const [mine] = await categories();
      const [theirs] = await categories(otherCounselor.token);
      const { id } = await newConversation();
      await t.graphql(
        CATEGORIZE,
        { input: { conversationId: id, categoryIds: [mine.id] } },
        { token: counselor.token },
      );
      for (const stranger of [theirs.id, '00000000-0000-4000-8000-000000000000']) {
        const res = await t.graphql(
          CATEGORIZE,
          { input: { conversationId: id, categoryIds: [mine.id, stranger] } },
          { token: counselor.token },
        );
        expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
        expect(fields(res)).toEqual(['categoryIds']);
      }
      const res = await t.graphql(
        CATEGORIZE,
        { input: { conversationId: id, categoryIds: ['not-a-uuid'] } },
        { token: counselor.token },
      );
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      const after = await t.graphql<{ conversation: { categoryIds: string[] } }>(
        CONVERSATION,
        { id },
        { token: counselor.token },
      );
      expect(after.data!.conversation.categoryIds).toEqual([mine.id]);
    });

    it('does not return categories of another tenant, nor let them be changed or used from it', async () => {
      const mine = await categories();
      const theirs = await categories(otherCounselor.token);
      expect(theirs.map((c) => c.id)).not.toEqual(expect.arrayContaining([mine[0].id]));
      const { id } = await newConversation();
      const target = mine[0];
      expect(
        errorCodes(
          await t.graphql(UPDATE_CATEGORY, { input: { id: target.id, name: '乗っ取り' } }, { token: otherAdmin.token }),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(
        errorCodes(await t.graphql(DELETE_CATEGORY, { input: { id: target.id } }, { token: otherAdmin.token })),
      ).toEqual(['NOT_FOUND']);
      expect(
        errorCodes(
          await t.graphql(
            CATEGORIZE,
            { input: { conversationId: id, categoryIds: [theirs[0].id] } },
            { token: otherCounselor.token },
          ),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(await categories()).toEqual(mine);
      const after = await t.graphql<{ conversation: { categoryIds: string[] } }>(
        CONVERSATION,
        { id },
        { token: counselor.token },
      );
      expect(after.data!.conversation.categoryIds).toEqual([]);
    });
  });

  describe('canned responses', () => {
    const canned = async (id?: string, token = counselor.token) =>
      t.graphql<{ cannedResponses: CannedResponse[] }>(CANNED, id ? { id } : {}, { token });

    it('creates, lists, updates and deletes canned responses', async () => {
      const created = await t.graphql<{ createCannedResponse: CannedResponse }>(
        CREATE_CANNED,
        { input: { title: 'はじめのご挨拶', body: '{{name}}さん、ご相談ありがとうございます。' } },
        { token: counselor.token },
      );
      const response = created.data!.createCannedResponse;
      expect(response).toMatchObject({ title: 'はじめのご挨拶', text: '{{name}}さん、ご相談ありがとうございます。' });
      expect((await canned()).data!.cannedResponses).toContainEqual(response);

      const updated = await t.graphql<{ updateCannedResponse: CannedResponse }>(
        UPDATE_CANNED,
        { input: { id: response.id, body: '{{name}}さん、こんにちは。' } },
        { token: counselor.token },
      );
      expect(updated.data!.updateCannedResponse).toMatchObject({
        title: 'はじめのご挨拶',
        body: '{{name}}さん、こんにちは。',
      });

      const deleted = await t.graphql(DELETE_CANNED, { input: { id: response.id } }, { token: counselor.token });
      expect(deleted.data).toEqual({ deleteCannedResponse: true });
      expect((await canned()).data!.cannedResponses.map((r) => r.id)).not.toContain(response.id);
    });

    it("fills {{name}} with the registrant's display name, or ご相談者 when it is unknown", async () => {
      await t.graphql(
        CREATE_CANNED,
        { input: { title: '折り返し', body: '{{name}}様、お待たせしました。{{name}}様のお話を伺います。' } },
        { token: counselor.token },
      );
      const named = await newConversation();
      await ownerQuery('update registrant set display_name = $1 where line_user_id = $2', [
        '山田 花子$1',
        named.lineUserId,
      ]);
      const unnamed = await newConversation();
      const textFor = async (id: string) =>
        (await canned(id)).data!.cannedResponses.find((r) => r.title === '折り返し')!.text;
      expect(await textFor(named.id)).toBe('山田 花子$1様、お待たせしました。山田 花子$1様のお話を伺います。');
      expect(await textFor(unnamed.id)).toBe('ご相談者様、お待たせしました。ご相談者様のお話を伺います。');
    });

    it('refuses placeholders other than {{name}}, and empty or over-long text, writing nothing', async () => {
      const before = (await canned()).data!.cannedResponses;
      const cases: [object, string][] = [
        [{ title: '不明な差し込み', body: '{{name}}さん、{{phone}}に電話します' }, 'body'],
        [{ title: '空白の差し込み', body: '{{ name }}さん' }, 'body'],
        [{ title: '', body: '本文' }, 'title'],
        [{ title: '   ', body: '本文' }, 'title'],
        [{ title: '長すぎる本文', body: 'あ'.repeat(5001) }, 'body'],
      ];
      for (const [input, field] of cases) {
        const res = await t.graphql(CREATE_CANNED, { input }, { token: counselor.token });
        expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
        expect(fields(res)).toEqual([field]);
      }
      const unknown = await t.graphql(
        CREATE_CANNED,
        { input: { title: '不明な差し込み', body: '{{address}}' } },
        { token: counselor.token },
      );
      expect(unknown.errors?.[0].extensions?.fieldErrors?.[0].messages[0]).toContain('{{name}}');
      expect((await canned()).data!.cannedResponses).toEqual(before);
    });

    it("lets the tenant admin keep the canned responses, which counsellors then use, but not read a family's name through them", async () => {
      const created = await t.graphql<{ createCannedResponse: CannedResponse }>(
        CREATE_CANNED,
        { input: { title: '管理者の定型文', body: '{{name}}さん、窓口は平日です。' } },
        { token: admin.token },
      );
      const response = created.data!.createCannedResponse;
      const { id } = await newConversation();
      const forCounsellor = (await canned(id)).data!.cannedResponses.find((r) => r.id === response.id);
      expect(forCounsellor?.text).not.toContain('{{name}}');
      expect(forCounsellor?.text).toContain('さん、窓口は平日です。');
      // Filled in for a conversation, a canned response carries the family's name: consultation content.
      expect(errorCodes(await canned(id, admin.token))).toEqual(['FORBIDDEN']);
      const listed = (await canned(undefined, admin.token)).data!.cannedResponses.find((r) => r.id === response.id);
      expect(listed?.text).toBe('{{name}}さん、窓口は平日です。');
      const renamed = await t.graphql<{ updateCannedResponse: CannedResponse }>(
        UPDATE_CANNED,
        { input: { id: response.id, title: '管理者が直した定型文' } },
        { token: admin.token },
      );
      expect(renamed.data!.updateCannedResponse.title).toBe('管理者が直した定型文');
      expect(await t.graphql(DELETE_CANNED, { input: { id: response.id } }, { token: admin.token })).toMatchObject({
        data: { deleteCannedResponse: true },
      });
    });

    it('does not return canned responses of another tenant, nor let them be changed from it', async () => {
      const created = await t.graphql<{ createCannedResponse: CannedResponse }>(
        CREATE_CANNED,
        { input: { title: 'この市だけ', body: '本文' } },
        { token: counselor.token },
      );
      const mine = created.data!.createCannedResponse;
      expect((await canned(undefined, otherCounselor.token)).data!.cannedResponses.map((r) => r.id)).not.toContain(
        mine.id,
      );
      const { id } = await newConversation();
      expect(errorCodes(await canned(id, otherCounselor.token))).toEqual(['NOT_FOUND']);
      expect(
        errorCodes(
          await t.graphql(UPDATE_CANNED, { input: { id: mine.id, title: '変更' } }, { token: otherCounselor.token }),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(
        errorCodes(await t.graphql(DELETE_CANNED, { input: { id: mine.id } }, { token: otherCounselor.token })),
      ).toEqual(['NOT_FOUND']);
      expect((await canned()).data!.cannedResponses).toContainEqual(mine);
    });
  });
});
