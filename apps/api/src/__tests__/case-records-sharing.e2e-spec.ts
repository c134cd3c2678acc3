import { randomLineUserId, textMessageEvent } from '@tsunagu/line-sandbox';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { todayIn } from '@tsunagu/platform/calendar';
import { conversationIdOf, createLineChannel, deliver, eventually, ownerQuery, type TestChannel } from './support/line';
import { errorCodes, TestApp, type GraphQLResponse, type TestUser } from './support/test-app';

const SECTIONS = [
  {
    key: 'family',
    title: '家族構成',
    fields: [
      {
        key: 'familyMembers',
        label: '家族構成',
        kind: 'TABLE',
        columns: [
          { key: 'relation', label: '続柄', kind: 'SHORT_TEXT', required: true },
          { key: 'birthYearMonth', label: '生年月', kind: 'YEAR_MONTH' },
          {
            key: 'school',
            label: '所属',
            kind: 'SINGLE_CHOICE',
            choices: [
              { value: 'nursery', label: '保育所' },
              { value: 'elementary', label: '小学校' },
            ],
          },
        ],
      },
    ],
  },
  {
    key: 'main',
    title: '主訴',
    fields: [
      { key: 'complaint', label: '主訴', kind: 'LONG_TEXT', required: true },
      { key: 'income', label: '世帯収入（月額）', kind: 'NUMBER' },
      {
        key: 'worries',
        label: '困りごと',
        kind: 'MULTIPLE_CHOICE',
        choices: [
          { value: 'food', label: '食事' },
          { value: 'money', label: '経済' },
        ],
      },
      { key: 'visitedOn', label: '初回面談日', kind: 'DATE' },
    ],
  },
];

const VALUES = {
  familyMembers: [
    { relation: '母', birthYearMonth: '1990-04' },
    { relation: '長男', school: 'elementary' },
  ],
  complaint: 'DVから避難中。子どもの食事が十分でない。',
  income: 90000,
  worries: ['food', 'money'],
  visitedOn: '2026-11-20',
};

type Json = ReturnType<typeof JSON.parse>;

const SHARED = `id status sharedAssessmentFields { key section label kind value columns { key label kind } }
  timeline { toStatus reason note }`;

/**
 * A referral sharing chosen fields of the family's latest assessment (only those, labelled as its
 * template version names them, read by the addressed partner only); the case history read with
 * labels; the case list's search by name, text and tag, each city its own.
 */
describe('case records shared and read', () => {
  let t: TestApp;
  let kobe: Tenant;
  let yamagata: Tenant;
  let admin: TestUser;
  let counsellor: TestUser;
  let colleague: TestUser;
  let partnerUserA: TestUser;
  let partnerUserB: TestUser;
  let yamagataCounsellor: TestUser;
  let yamagataPartner: TestUser;
  let channel: TestChannel;
  let partnerA: string;
  let partnerB: string;
  let templateId: string;
  let family: { registrantId: string; conversationId: string };
  let caseId: string;
  let assessmentId: string;

  beforeAll(async () => {
    t = await TestApp.start({ JOB_WORKERS: '1' });
    kobe = await t.newTenant({ nameJa: '神戸市' });
    yamagata = await t.newTenant({ nameJa: '山形市' });
    admin = await t.newUser({ tenant: kobe, role: TenantRole.TENANT_ADMIN });
    counsellor = await t.newUser({ tenant: kobe, role: TenantRole.COUNSELOR });
    colleague = await t.newUser({ tenant: kobe, role: TenantRole.COUNSELOR });
    await ownerQuery(`update app_user set display_name = '相談員 一郎' where id = $1`, [colleague.id]);
    const yamagataAdmin = await t.newUser({ tenant: yamagata, role: TenantRole.TENANT_ADMIN });
    yamagataCounsellor = await t.newUser({ tenant: yamagata, role: TenantRole.COUNSELOR });
    yamagataPartner = await t.newUser({ tenant: yamagata, role: TenantRole.PARTNER_USER });
    channel = await createLineChannel(t, admin.token);
    const yamagataChannel = await createLineChannel(t, yamagataAdmin.token);
    partnerA = await createPartner(admin, 'こども家庭センター');
    partnerB = await createPartner(admin, 'フードバンクこうべ');
    partnerUserA = await t.newUser({ tenant: kobe, role: TenantRole.PARTNER_USER, partnerOrganizationId: partnerA });
    partnerUserB = await t.newUser({ tenant: kobe, role: TenantRole.PARTNER_USER, partnerOrganizationId: partnerB });
    family = await newFamily(channel, '東灘 花子', ['ひとり親']);
    await newFamily(yamagataChannel, '東灘 花子', ['ひとり親']);

    const template = await mutate(admin, 'createAssessmentTemplate', 'CreateAssessmentTemplateInput', {
      name: '子ども・家庭アセスメント',
      sections: SECTIONS,
    });
    templateId = template.data!.createAssessmentTemplate.id;
    const versions = await call(admin, `query($id: ID!) { assessmentTemplate(id: $id) { latestVersion { id } } }`, {
      id: templateId,
    });
    const opened = await mutate(counsellor, 'openCaseRecord', 'OpenCaseRecordInput', {
      registrantId: family.registrantId,
    });
    caseId = opened.data!.openCaseRecord.id;
    const added = await mutate(counsellor, 'addAssessment', 'AddAssessmentInput', {
      caseRecordId: caseId,
      templateVersionId: versions.data!.assessmentTemplate.latestVersion.id,
      values: VALUES,
    });
    expect(added.errors).toBeUndefined();
    assessmentId = added.data!.addAssessment.id;
    // A newer version renames a field: the assessment keeps its own version, and its labels.
    const renamed = structuredClone(SECTIONS);
    renamed[1].fields[2].label = '生活上の困りごと';
    const published = await mutate(admin, 'publishAssessmentTemplateVersion', 'PublishAssessmentTemplateVersionInput', {
      templateId,
      sections: renamed,
    });
    expect(published.errors).toBeUndefined();
  }, 120_000);

  afterAll(async () => {
    await t.close();
  });

  async function createPartner(user: TestUser, name: string): Promise<string> {
    const res = await call(
      user,
      'mutation($input: CreatePartnerOrganizationInput!) { createPartnerOrganization(input: $input) { id } }',
      { input: { name, description: `${name}の支援`, email: 'desk@partner.example.jp' } },
    );
    return res.data!.createPartnerOrganization.id;
  }

  async function newFamily(to: TestChannel, name: string, labels: string[]) {
    const lineUserId = randomLineUserId();
    await deliver(t, to, [textMessageEvent(lineUserId, '相談があります')]);
    const conversationId = (await eventually(() => conversationIdOf(lineUserId), Boolean)) as string;
    const [row] = await ownerQuery<{ registrant_id: string }>('select registrant_id from conversation where id = $1', [
      conversationId,
    ]);
    await ownerQuery('update registrant set display_name = $2, labels = $3 where id = $1', [
      row.registrant_id,
      name,
      labels,
    ]);
    return { registrantId: row.registrant_id, conversationId };
  }

  async function call(
    user: TestUser,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<Record<string, Json>>> {
    return t.graphql<Record<string, Json>>(query, variables, { token: user.token });
  }

  async function mutate(user: TestUser, name: string, type: string, input: object, selection = 'id') {
    return call(user, `mutation($input: ${type}!) { ${name}(input: $input) { ${selection} } }`, { input });
  }

  async function consent(conversationId: string, partnerOrganizationId: string): Promise<string> {
    const res = await mutate(counsellor, 'recordConsent', 'RecordConsentInput', {
      conversationId,
      partnerOrganizationId,
      purpose: '支援のための情報共有',
      method: 'IN_CHAT',
      obtainedOn: todayIn('Asia/Tokyo'),
    });
    return res.data!.recordConsent.id;
  }

  async function draft(sharedAssessmentFields: string[], partner = partnerA) {
    return mutate(counsellor, 'createReferral', 'CreateReferralInput', {
      conversationId: family.conversationId,
      partnerOrganizationId: partner,
      summary: '食事の支援をお願いしたいご家庭です。',
      sharedAssessmentFields,
    });
  }

  const referralsOfFamily = async () =>
    Number(
      (
        await ownerQuery<{ n: string }>('select count(*) as n from referral where registrant_id = $1', [
          family.registrantId,
        ])
      )[0].n,
    );

  describe('a referral sharing assessment fields', () => {
    let referralId: string;

    beforeAll(async () => {
      await consent(family.conversationId, partnerA);
      await consent(family.conversationId, partnerB);
    });

    it('refuses a field that is not a filled field of the latest assessment, and creates nothing', async () => {
      const before = await referralsOfFamily();
      for (const fields of [
        ['worries', 'nonexistent'],
        ['worries', 'school'],
      ]) {
        const res = await draft(fields);
        expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
        expect(res.errors![0].extensions).toMatchObject({
          reason: 'NOT_IN_LATEST_ASSESSMENT',
          fieldErrors: [{ field: 'sharedAssessmentFields[1]' }],
        });
      }
      expect(await referralsOfFamily()).toBe(before);
    });

    it("the partner reads the chosen fields only, labelled as the assessment's version names them", async () => {
      const created = await draft(['worries', 'familyMembers']);
      expect(created.errors).toBeUndefined();
      referralId = created.data!.createReferral.id;
      const sent = await mutate(counsellor, 'sendReferral', 'ReferralIdInput', { id: referralId }, SHARED);
      expect(sent.errors).toBeUndefined();
      const read = await call(partnerUserA, `query($id: ID!) { referral(id: $id) { ${SHARED} } }`, {
        id: referralId,
      });
      expect(read.data!.referral.sharedAssessmentFields).toEqual([
        {
          key: 'familyMembers',
          section: '家族構成',
          label: '家族構成',
          kind: 'TABLE',
          value: [
            { relation: '母', birthYearMonth: '1990-04' },
            { relation: '長男', school: '小学校' },
          ],
          columns: [
            { key: 'relation', label: '続柄', kind: 'SHORT_TEXT' },
            { key: 'birthYearMonth', label: '生年月', kind: 'YEAR_MONTH' },
            { key: 'school', label: '所属', kind: 'SINGLE_CHOICE' },
          ],
        },
        {
          key: 'worries',
          section: '主訴',
          label: '困りごと',
          kind: 'MULTIPLE_CHOICE',
          value: ['食事', '経済'],
          columns: [],
        },
      ]);
      const text = JSON.stringify(read.data);
      expect(text).not.toContain('DVから避難中');
      expect(text).not.toContain('90000');
    });

    it("the referral's timeline says which fields were shared, by label, never their values", async () => {
      const read = await call(
        partnerUserA,
        `query($id: ID!) { referral(id: $id) { timeline { toStatus reason note } } }`,
        {
          id: referralId,
        },
      );
      const steps = read.data!.referral.timeline;
      expect(steps).toContainEqual({ toStatus: 'SENT', reason: 'assessment_shared', note: '家族構成、困りごと' });
      expect(JSON.stringify(steps)).not.toContain('食事');
      const own = await call(counsellor, `query($id: ID!) { referral(id: $id) { ${SHARED} } }`, { id: referralId });
      expect(own.data!.referral.sharedAssessmentFields.map((f: { key: string }) => f.key)).toEqual([
        'familyMembers',
        'worries',
      ]);
    });

    it('a partner of another referral, or of another city, never reads them', async () => {
      const other = await call(partnerUserB, `query($id: ID!) { referral(id: $id) { ${SHARED} } }`, {
        id: referralId,
      });
      expect(errorCodes(other)).toEqual(['NOT_FOUND']);
      const list = await call(partnerUserB, `{ referrals(first: 50) { edges { node { ${SHARED} } } } }`);
      expect(JSON.stringify(list.data)).not.toContain('困りごと');
      for (const user of [yamagataPartner, yamagataCounsellor]) {
        const res = await call(user, `query($id: ID!) { referral(id: $id) { ${SHARED} } }`, { id: referralId });
        expect(errorCodes(res)).toEqual(['NOT_FOUND']);
        const all = await call(
          user,
          `{ referrals(first: 50) { edges { node { id sharedAssessmentFields { key } } } } }`,
        );
        expect(all.data!.referrals.edges).toEqual([]);
      }
    });

    it('a field emptied since the draft refuses the sending: nothing is sent', async () => {
      const created = await draft(['income'], partnerB);
      expect(created.errors).toBeUndefined();
      const id = created.data!.createReferral.id;
      const { income: _income, ...withoutIncome } = VALUES;
      const update = await mutate(counsellor, 'updateAssessment', 'UpdateAssessmentInput', {
        id: assessmentId,
        values: withoutIncome,
      });
      expect(update.errors).toBeUndefined();
      const res = await mutate(counsellor, 'sendReferral', 'ReferralIdInput', { id });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions?.reason).toBe('NOT_IN_LATEST_ASSESSMENT');
      const [row] = await ownerQuery<{ status: string; shares: string }>(
        `select status, (select count(*) from referral_share s where s.referral_id = r.id) as shares from referral r where id = $1`,
        [id],
      );
      expect(row).toEqual({ status: 'draft', shares: '0' });
      expect(errorCodes(await call(partnerUserB, `query($id: ID!) { referral(id: $id) { id } }`, { id }))).toEqual([
        'NOT_FOUND',
      ]);
    });

    it('a family without an assessment shares no field', async () => {
      const lineUserId = randomLineUserId();
      await deliver(t, channel, [textMessageEvent(lineUserId, 'はじめまして')]);
      const conversationId = (await eventually(() => conversationIdOf(lineUserId), Boolean)) as string;
      const res = await mutate(counsellor, 'createReferral', 'CreateReferralInput', {
        conversationId,
        partnerOrganizationId: partnerA,
        summary: '概要',
        sharedAssessmentFields: ['complaint'],
      });
      expect(res.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'NOT_IN_LATEST_ASSESSMENT',
      });
    });

    it('withdrawing consent takes the shared fields back', async () => {
      const consents = await call(
        counsellor,
        `query($id: ID!) { referralConsents(conversationId: $id) { id partnerOrganizationId withdrawnAt } }`,
        { id: family.conversationId },
      );
      const forA = consents.data!.referralConsents.find(
        (c: { partnerOrganizationId: string; withdrawnAt: string | null }) =>
          c.partnerOrganizationId === partnerA && !c.withdrawnAt,
      );
      await mutate(counsellor, 'withdrawConsent', 'WithdrawConsentInput', { id: forA.id });
      const read = await call(
        partnerUserA,
        `query($id: ID!) { referral(id: $id) { sharedAssessmentFields { key } } }`,
        {
          id: referralId,
        },
      );
      expect(read.data!.referral.sharedAssessmentFields).toEqual([]);
      const [share] = await ownerQuery<{ assessment_fields: unknown[] }>(
        'select assessment_fields from referral_share where referral_id = $1',
        [referralId],
      );
      expect(share.assessment_fields).toEqual([]);
    });
  });

  describe('the history as a person reads it', () => {
    it('names sections, fields, table rows and columns, choices by label, and the responsible by name', async () => {
      await mutate(counsellor, 'updateAssessment', 'UpdateAssessmentInput', {
        id: assessmentId,
        values: {
          ...VALUES,
          familyMembers: [
            { relation: '母', birthYearMonth: '1990-04' },
            { relation: '長男', school: 'nursery' },
          ],
          worries: ['money'],
        },
      });
      await mutate(counsellor, 'updateCaseRecord', 'UpdateCaseRecordInput', {
        id: caseId,
        responsibleUserId: colleague.id,
      });
      const res = await call(
        counsellor,
        `query($id: ID!) { caseRecordHistory(caseRecordId: $id, first: 100) { edges { node {
          field section label row column kind before after beforeShown afterShown } } } }`,
        { id: caseId },
      );
      expect(res.errors).toBeUndefined();
      const changes = res.data!.caseRecordHistory.edges.map((e: { node: object }) => e.node);
      expect(changes).toEqual(
        expect.arrayContaining([
          {
            field: 'values.familyMembers[1].school',
            section: '家族構成',
            label: '家族構成',
            row: 2,
            column: '所属',
            kind: 'SINGLE_CHOICE',
            before: 'elementary',
            after: 'nursery',
            beforeShown: '小学校',
            afterShown: '保育所',
          },
          {
            field: 'values.worries',
            section: '主訴',
            // The version the assessment was written against (version 2 renamed it).
            label: '困りごと',
            row: null,
            column: null,
            kind: 'MULTIPLE_CHOICE',
            before: ['food', 'money'],
            after: ['money'],
            beforeShown: ['食事', '経済'],
            afterShown: ['経済'],
          },
          expect.objectContaining({
            field: 'values.visitedOn',
            label: '初回面談日',
            kind: 'DATE',
            afterShown: '2026-11-20',
          }),
          expect.objectContaining({
            field: 'responsibleUserId',
            before: counsellor.id,
            after: colleague.id,
            afterShown: '相談員 一郎',
          }),
          expect.objectContaining({ field: 'assessment', label: '子ども・家庭アセスメント', afterShown: 1 }),
        ]),
      );
    });

    it('labels a field by the version of its time once the assessment moved to another', async () => {
      const moved = await mutate(counsellor, 'migrateAssessment', 'MigrateAssessmentInput', { id: assessmentId });
      expect(moved.errors).toBeUndefined();
      await mutate(counsellor, 'updateAssessment', 'UpdateAssessmentInput', {
        id: assessmentId,
        values: { ...VALUES, familyMembers: VALUES.familyMembers, worries: ['food'] },
      });
      const res = await call(
        counsellor,
        `query($id: ID!) { caseRecordHistory(caseRecordId: $id, first: 100) { edges { node { field label afterShown } } } }`,
        { id: caseId },
      );
      const worries = res
        .data!.caseRecordHistory.edges.map(
          (e: { node: { field: string; label: string; afterShown: unknown } }) => e.node,
        )
        .filter((n: { field: string }) => n.field === 'values.worries');
      // Newest first: the change on version 2, then those on version 1.
      expect(worries[0]).toEqual({ field: 'values.worries', label: '生活上の困りごと', afterShown: ['食事'] });
      expect(worries.slice(1).map((n: { label: string }) => n.label)).toEqual(
        Array(worries.length - 1).fill('困りごと'),
      );
    });
  });

  describe('the case list search', () => {
    async function found(user: TestUser, search: string): Promise<string[]> {
      const res = await call(
        user,
        `query($filter: CaseRecordFilter) { caseRecords(first: 100, filter: $filter) { edges { node { id } } } }`,
        { filter: { search } },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.caseRecords.edges.map((e: { node: { id: string } }) => e.node.id);
    }

    it('finds a family by its name, a two-character term of its records (any width) and its tag', async () => {
      expect(await found(counsellor, '東灘')).toEqual([caseId]);
      expect(await found(counsellor, 'ＤＶ')).toEqual([caseId]);
      expect(await found(counsellor, 'dv')).toEqual([caseId]);
      expect(await found(counsellor, '食事')).toEqual([caseId]);
      expect(await found(counsellor, 'ひとり親')).toEqual([caseId]);
    });

    it("does not return another tenant's cases by name, text or tag", async () => {
      // Yamagata has a family of the same name and tag, and no case: it finds nothing.
      for (const term of ['東灘', 'DV', 'ひとり親']) expect(await found(yamagataCounsellor, term)).toEqual([]);
    });
  });
});
