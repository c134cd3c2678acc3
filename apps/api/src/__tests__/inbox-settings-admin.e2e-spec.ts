import { randomLineUserId, textMessageEvent } from '@tsunagu/line-sandbox';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { conversationIdOf, createLineChannel, deliver, eventually, type TestChannel } from './support/line';
import { errorCodes, TestApp, type GraphQLResponse, type TestUser } from './support/test-app';

interface Contact {
  id: string;
  name: string;
  phone: string;
  note: string | null;
}

const CONTACTS = '{ inboxSettings { crisisContacts { id name phone note } } }';
const ADD = 'mutation($input: AddCrisisContactInput!) { addCrisisContact(input: $input) { id name phone note } }';
const UPDATE =
  'mutation($input: UpdateCrisisContactInput!) { updateCrisisContact(input: $input) { id name phone note } }';
const REMOVE = 'mutation($input: RemoveCrisisContactInput!) { removeCrisisContact(input: $input) }';
const REPLACE =
  'mutation($input: UpdateInboxSettingsInput!) { updateInboxSettings(input: $input) { crisisContacts { id name } } }';
const MATCH = 'query($text: String!) { matchingKeywordRule(text: $text) { id keyword } }';
const UPSERT_RULE = 'mutation($input: UpsertKeywordRuleInput!) { upsertKeywordRule(input: $input) { id keyword } }';

const fields = (res: GraphQLResponse) => res.errors?.[0].extensions?.fieldErrors?.map((f) => f.field);

describe("a tenant admin's inbox settings: crisis contacts one by one, trying keyword rules", () => {
  let t: TestApp;
  let tenant: Tenant;
  let admin: TestUser;
  let secondAdmin: TestUser;
  let counselor: TestUser;
  let otherAdmin: TestUser;
  let channel: TestChannel;

  beforeAll(async () => {
    t = await TestApp.start({ JOB_WORKERS: '1' });
    tenant = await t.newTenant();
    const other = await t.newTenant();
    admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    secondAdmin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    counselor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    otherAdmin = await t.newUser({ tenant: other, role: TenantRole.TENANT_ADMIN });
    channel = await createLineChannel(t, admin.token);
  }, 60_000);

  afterAll(() => t.close());

  const contacts = async (token = admin.token) =>
    (await t.graphql<{ inboxSettings: { crisisContacts: Contact[] } }>(CONTACTS, {}, { token })).data!.inboxSettings
      .crisisContacts;

  describe('crisis contacts', () => {
    it('adds one at the end and keeps every other one as it was', async () => {
      const before = await contacts();
      expect(before.map((c) => c.phone)).toEqual(['189', '110', '119', '0120-279-338']);
      const added = await t.graphql<{ addCrisisContact: Contact }>(
        ADD,
        { input: { contact: { name: 'こども家庭センター', phone: '０７８-３２２-５２５２', note: '平日 9時〜17時' } } },
        { token: admin.token },
      );
      expect(added.data!.addCrisisContact).toMatchObject({ name: 'こども家庭センター', phone: '078-322-5252' });
      const after = await contacts();
      expect(after.slice(0, before.length)).toEqual(before);
      expect(after[before.length]).toEqual(added.data!.addCrisisContact);
      // What counsellors give families is the same list.
      const forCounsellor = await t.graphql<{ crisisContacts: Contact[] }>(
        '{ crisisContacts { id name phone note } }',
        {},
        { token: counselor.token },
      );
      expect(forCounsellor.data!.crisisContacts).toEqual(after);
    });

    it('keeps both contacts when two admins add one at the same time', async () => {
      const before = await contacts();
      const [first, second] = await Promise.all([
        t.graphql(ADD, { input: { contact: { name: '同時に追加A', phone: '078-000-0001' } } }, { token: admin.token }),
        t.graphql(
          ADD,
          { input: { contact: { name: '同時に追加B', phone: '078-000-0002' } } },
          { token: secondAdmin.token },
        ),
      ]);
      expect([first.errors, second.errors]).toEqual([undefined, undefined]);
      const after = await contacts();
      expect(after).toHaveLength(before.length + 2);
      expect(after.slice(0, before.length)).toEqual(before);
      expect(after.map((c) => c.name)).toEqual(expect.arrayContaining(['同時に追加A', '同時に追加B']));
    });

    it('changes one in place, and refuses an edit or removal made on a stale copy', async () => {
      const before = await contacts();
      const target = before.find((c) => c.name === '同時に追加A')!;
      const updated = await t.graphql<{ updateCrisisContact: Contact }>(
        UPDATE,
        { input: { id: target.id, contact: { name: '同時に追加A（更新）', phone: '078-000-0011', note: '夜間' } } },
        { token: admin.token },
      );
      const changed = updated.data!.updateCrisisContact;
      expect(changed.id).not.toBe(target.id);
      const after = await contacts();
      expect(after).toEqual(before.map((c) => (c.id === target.id ? changed : c)));
      // Another admin's page still holds the old id: their edit and removal miss instead of hitting another contact.
      const stale = await t.graphql(
        UPDATE,
        { input: { id: target.id, contact: { name: '古い画面から', phone: '078-000-0099' } } },
        { token: secondAdmin.token },
      );
      expect(errorCodes(stale)).toEqual(['NOT_FOUND']);
      expect(errorCodes(await t.graphql(REMOVE, { input: { id: target.id } }, { token: secondAdmin.token }))).toEqual([
        'NOT_FOUND',
      ]);
      expect(await contacts()).toEqual(after);
    });

    it('removes one and keeps the others in order', async () => {
      const before = await contacts();
      const target = before.find((c) => c.name === '同時に追加B')!;
      const res = await t.graphql(REMOVE, { input: { id: target.id } }, { token: admin.token });
      expect(res.errors).toBeUndefined();
      expect(await contacts()).toEqual(before.filter((c) => c.id !== target.id));
    });

    it('refuses bad input, a duplicate, an eleventh contact and removing the last one, and changes nothing', async () => {
      const before = await contacts();
      const bad = await t.graphql(ADD, { input: { contact: { name: '', phone: 'abc' } } }, { token: admin.token });
      expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(fields(bad)?.sort()).toEqual(['contact.name', 'contact.phone']);
      const duplicate = await t.graphql(
        ADD,
        { input: { contact: { name: before[0]!.name, phone: before[0]!.phone, note: before[0]!.note } } },
        { token: admin.token },
      );
      expect(errorCodes(duplicate)).toEqual(['CONFLICT']);
      expect(await contacts()).toEqual(before);

      for (let i = before.length; i < 10; i += 1) {
        await t.graphql(
          ADD,
          { input: { contact: { name: `窓口${i}`, phone: `078-111-${1000 + i}` } } },
          { token: admin.token },
        );
      }
      const full = await contacts();
      expect(full).toHaveLength(10);
      const eleventh = await t.graphql(
        ADD,
        { input: { contact: { name: '11件目', phone: '078-111-2000' } } },
        { token: admin.token },
      );
      expect(errorCodes(eleventh)).toEqual(['BAD_USER_INPUT']);
      expect(eleventh.errors?.[0].extensions?.reason).toBe('TOO_MANY_CRISIS_CONTACTS');
      expect(await contacts()).toEqual(full);

      await t.graphql(
        REPLACE,
        { input: { crisisContacts: [{ name: '市の窓口', phone: '078-000-0000' }] } },
        { token: admin.token },
      );
      const [only] = await contacts();
      const last = await t.graphql(REMOVE, { input: { id: only!.id } }, { token: admin.token });
      expect(last.errors?.[0].extensions?.reason).toBe('LAST_CRISIS_CONTACT');
      expect(await contacts()).toEqual([only]);
    });

    it('is for admins only, and does not touch another tenant', async () => {
      const ours = await contacts();
      const add = await t.graphql(
        ADD,
        { input: { contact: { name: '相談員から', phone: '078-0' } } },
        { token: counselor.token },
      );
      expect(errorCodes(add)).toEqual(['FORBIDDEN']);
      const theirs = await contacts(otherAdmin.token);
      expect(theirs.map((c) => c.id)).not.toContain(ours[0]!.id);
      const remove = await t.graphql(REMOVE, { input: { id: ours[0]!.id } }, { token: otherAdmin.token });
      // Their list has no such contact: the id names the content, looked up in their own tenant only.
      expect(errorCodes(remove)).toEqual(['NOT_FOUND']);
      const update = await t.graphql(
        UPDATE,
        { input: { id: ours[0]!.id, contact: { name: '他の市から', phone: '03-0000-0000' } } },
        { token: otherAdmin.token },
      );
      expect(errorCodes(update)).toEqual(['NOT_FOUND']);
      await t.graphql(
        ADD,
        { input: { contact: { name: '他の市の窓口', phone: '03-1111-1111' } } },
        { token: otherAdmin.token },
      );
      expect(await contacts()).toEqual(ours);
    });
  });

  describe('trying a sentence against the keyword rules', () => {
    const match = async (text: string, token = admin.token) =>
      (await t.graphql<{ matchingKeywordRule: { id: string; keyword: string } | null }>(MATCH, { text }, { token }))
        .data!.matchingKeywordRule;

    it('names the rule that fires, folded as triage folds (full width, half-width kana, Latin words)', async () => {
      expect(await match('もう死にたくなる')).toMatchObject({ keyword: '死にた' });
      expect(await match('ｷｴﾀｲ')).toMatchObject({ keyword: 'きえたい' });
      expect(await match('ＤＶを受けています')).toMatchObject({ keyword: 'DV' });
      expect(await match('DVDを借りた')).toBeNull();
      expect(await match('今日は晴れです')).toBeNull();
    });

    it('names the same rule triage records on the conversation when a family writes that sentence', async () => {
      await t.graphql(UPSERT_RULE, { input: { keyword: 'オーバードーズ' } }, { token: admin.token });
      const sentence = 'おーばーどーずしそうで、叩かれるのも怖い';
      const tried = await match(sentence);
      const userId = randomLineUserId();
      await deliver(t, channel, [textMessageEvent(userId, sentence)]);
      const conversationId = (await eventually(() => conversationIdOf(userId), Boolean)) as string;
      const urgentKeyword = await eventually(
        async () =>
          (
            await t.graphql<{ conversation: { urgentKeyword: string | null } }>(
              'query($id: ID!) { conversation(id: $id) { urgentKeyword } }',
              { id: conversationId },
              { token: counselor.token },
            )
          ).data?.conversation.urgentKeyword,
        Boolean,
      );
      expect(tried?.keyword).toBe(urgentKeyword);
    });

    it("refuses an empty sentence, is for admins only, and never fires another tenant's rule", async () => {
      const empty = await t.graphql(MATCH, { text: '' }, { token: admin.token });
      expect(errorCodes(empty)).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await t.graphql(MATCH, { text: '死にたい' }, { token: counselor.token }))).toEqual([
        'FORBIDDEN',
      ]);
      await t.graphql(UPSERT_RULE, { input: { keyword: 'ほかの市の言葉' } }, { token: otherAdmin.token });
      expect(await match('ほかの市の言葉です')).toBeNull();
      expect(await match('ほかの市の言葉です', otherAdmin.token)).toMatchObject({ keyword: 'ほかの市の言葉' });
    });
  });

  it('lets the tenant admin read the referral settings they change', async () => {
    const res = await t.graphql<{ referralSettings: { responseBusinessDays: number } }>(
      '{ referralSettings { responseBusinessDays } }',
      {},
      { token: admin.token },
    );
    expect(res.data!.referralSettings.responseBusinessDays).toBeGreaterThan(0);
  });
});
