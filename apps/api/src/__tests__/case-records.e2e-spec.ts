import { randomLineUserId, textMessageEvent } from '@tsunagu/line-sandbox';
import type { Tenant } from '@tsunagu/platform/database';
import { UsersService } from '@tsunagu/platform/auth';
import { TenantRole } from '@tsunagu/platform/permissions';
import { todayIn } from '@tsunagu/platform/calendar';
import { conversationIdOf, createLineChannel, deliver, eventually, ownerQuery, type TestChannel } from './support/line';
import { StatementRecorder } from './support/statements';
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
          { key: 'notes', label: '備考', kind: 'LONG_TEXT' },
        ],
      },
    ],
  },
  {
    key: 'main',
    title: '主訴',
    fields: [
      { key: 'complaint', label: '主訴', kind: 'LONG_TEXT', required: true, reportable: false },
      { key: 'income', label: '世帯収入（月額）', kind: 'NUMBER' },
      {
        key: 'worries',
        label: '困りごと',
        kind: 'MULTIPLE_CHOICE',
        reportable: true,
        choices: [
          { value: 'food', label: '食事' },
          { value: 'money', label: '経済' },
        ],
      },
      { key: 'abuseRisk', label: '虐待リスク', kind: 'RISK_SCALE', reportable: true },
    ],
  },
];

/** A response's data as parsed JSON: each test reads the fields its document selects. */
type Json = ReturnType<typeof JSON.parse>;

const CASE = `id status risk nextReviewOn reviewDue responsibleUserId familyName conversationId
  latestAssessment { id summary templateVersion { version } }
  assessments { id values templateVersion { id version } }`;

/**
 * Case records over GraphQL: templates and their versions, a family's case and assessments, the
 * history, search and filters, the review-date notification; who may read them (every read
 * audited), and that no city sees another's.
 */
describe('case records', () => {
  let t: TestApp;
  let kobe: Tenant;
  let yamagata: Tenant;
  let admin: TestUser;
  let adminCounsellor: TestUser;
  let counsellor: TestUser;
  let colleague: TestUser;
  let viewer: TestUser;
  let partner: TestUser;
  let yamagataAdmin: TestUser;
  let yamagataCounsellor: TestUser;
  let channel: TestChannel;
  let yamagataChannel: TestChannel;
  let templateId: string;
  let version1: string;
  let family: { registrantId: string; conversationId: string };
  let other: { registrantId: string; conversationId: string };
  let yamagataFamily: { registrantId: string; conversationId: string };
  let caseId: string;
  let assessmentId: string;
  const recorder = new StatementRecorder();

  beforeAll(async () => {
    t = await TestApp.start({ JOB_WORKERS: '1' });
    kobe = await t.newTenant({ nameJa: '神戸市' });
    yamagata = await t.newTenant({ nameJa: '山形市' });
    admin = await t.newUser({ tenant: kobe, role: TenantRole.TENANT_ADMIN });
    adminCounsellor = await t.newUser({ tenant: kobe, role: TenantRole.TENANT_ADMIN });
    await t.app.get(UsersService).addMembership(adminCounsellor.id, kobe.id, TenantRole.COUNSELOR);
    adminCounsellor = { ...adminCounsellor, token: await t.login(adminCounsellor.email) };
    counsellor = await t.newUser({ tenant: kobe, role: TenantRole.COUNSELOR });
    colleague = await t.newUser({ tenant: kobe, role: TenantRole.COUNSELOR });
    viewer = await t.newUser({ tenant: kobe, role: TenantRole.MUNICIPAL_VIEWER });
    partner = await t.newUser({ tenant: kobe, role: TenantRole.PARTNER_USER });
    yamagataAdmin = await t.newUser({ tenant: yamagata, role: TenantRole.TENANT_ADMIN });
    yamagataCounsellor = await t.newUser({ tenant: yamagata, role: TenantRole.COUNSELOR });
    await ownerQuery(`update app_user set display_name = '相談員 花子' where id = $1`, [counsellor.id]);
    channel = await createLineChannel(t, admin.token);
    yamagataChannel = await createLineChannel(t, yamagataAdmin.token);
    family = await newFamily(channel, '山田 花子', ['ひとり親']);
    other = await newFamily(channel, '佐藤 太郎', []);
    yamagataFamily = await newFamily(yamagataChannel, '山形 一郎', []);
    recorder.install();
  }, 120_000);

  afterAll(async () => {
    recorder.uninstall();
    await t.close();
  });

  async function newFamily(
    to: TestChannel,
    name: string,
    labels: string[],
  ): Promise<{ registrantId: string; conversationId: string }> {
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

  async function call<T = Record<string, Json>>(
    user: TestUser,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    return t.graphql<T>(query, variables, { token: user.token });
  }

  async function mutate<T = Record<string, Json>>(
    user: TestUser,
    name: string,
    type: string,
    input: object,
    selection = 'id',
  ): Promise<GraphQLResponse<Record<string, T>>> {
    return call<Record<string, T>>(user, `mutation($input: ${type}!) { ${name}(input: $input) { ${selection} } }`, {
      input,
    });
  }

  async function countRows(sql: string, params: unknown[]): Promise<number> {
    const [row] = await ownerQuery<{ n: string }>(sql, params);
    return Number(row.n);
  }

  const audited = (action: string, id: string) =>
    countRows('select count(*) as n from audit_event where action = $1 and target_id = $2', [action, id]);

  describe('templates', () => {
    it('a tenant admin creates a template: version 1, with every kind, table columns and choices', async () => {
      const res = await mutate(
        admin,
        'createAssessmentTemplate',
        'CreateAssessmentTemplateInput',
        { name: '子ども・家庭アセスメント', sections: SECTIONS },
        'id latestVersion { id version definition sections { key fields { key kind required reportable choices { value } columns { key kind } } } }',
      );
      expect(res.errors).toBeUndefined();
      const template = res.data!.createAssessmentTemplate;
      templateId = template.id;
      version1 = template.latestVersion.id;
      expect(template.latestVersion.version).toBe(1);
      const table = template.latestVersion.sections[0].fields[0];
      expect(table.kind).toBe('TABLE');
      expect(table.columns.map((c: { key: string }) => c.key)).toEqual(['relation', 'birthYearMonth', 'notes']);
      // The same sections as one JSON document, for forms (kinds as the enum spells them).
      expect(template.latestVersion.definition.sections[0].fields[0]).toMatchObject({
        key: 'familyMembers',
        kind: 'TABLE',
        columns: [
          { key: 'relation', kind: 'SHORT_TEXT', required: true },
          { key: 'birthYearMonth', kind: 'YEAR_MONTH' },
          { key: 'notes' },
        ],
      });
      expect(template.latestVersion.sections[1].fields[2]).toMatchObject({
        reportable: true,
        choices: [{ value: 'food' }, { value: 'money' }],
      });
    });

    it('refuses a template whose definition is wrong, naming the field', async () => {
      const res = await mutate(admin, 'createAssessmentTemplate', 'CreateAssessmentTemplateInput', {
        name: '壊れたテンプレート',
        sections: [{ key: 'a', title: 'A', fields: [{ key: 'pick', label: '選択', kind: 'SINGLE_CHOICE' }] }],
      });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(res.errors)).toContain('sections[0].fields[0].choices');
    });

    it('counsellors read templates; a viewer, a partner and a counsellor cannot change them', async () => {
      const res = await call(counsellor, '{ assessmentTemplates { id name } }');
      expect(res.data?.assessmentTemplates.map((x: { id: string }) => x.id)).toContain(templateId);
      for (const user of [viewer, partner]) {
        expect(errorCodes(await call(user, '{ assessmentTemplates { id } }'))).toEqual(['FORBIDDEN']);
      }
      const publish = await mutate(
        counsellor,
        'publishAssessmentTemplateVersion',
        'PublishAssessmentTemplateVersionInput',
        {
          templateId,
          sections: SECTIONS,
        },
      );
      expect(errorCodes(publish)).toEqual(['FORBIDDEN']);
    });
  });

  describe('a family case', () => {
    it('a counsellor opens the case of a family, responsible by default; only once', async () => {
      const res = await mutate(
        counsellor,
        'openCaseRecord',
        'OpenCaseRecordInput',
        { registrantId: family.registrantId },
        CASE,
      );
      expect(res.errors).toBeUndefined();
      caseId = res.data!.openCaseRecord.id;
      expect(res.data!.openCaseRecord).toMatchObject({
        status: 'OPEN',
        responsibleUserId: counsellor.id,
        familyName: '山田 花子',
        conversationId: family.conversationId,
        latestAssessment: null,
      });
      const again = await mutate(colleague, 'openCaseRecord', 'OpenCaseRecordInput', {
        registrantId: family.registrantId,
      });
      expect(errorCodes(again)).toEqual(['CONFLICT']);
    });

    it('refuses values that do not fit the version, naming each path, and writes nothing', async () => {
      const changes = await countRows('select count(*) as n from case_record_change where case_record_id = $1', [
        caseId,
      ]);
      const res = await mutate(counsellor, 'addAssessment', 'AddAssessmentInput', {
        caseRecordId: caseId,
        templateVersionId: version1,
        values: {
          familyMembers: [
            { relation: '母', birthYearMonth: '1990-04' },
            { relation: '長男' },
            { birthYearMonth: '2019-13' },
          ],
          income: 'たくさん',
          worries: ['food', 'housing'],
          abuseRisk: 5,
        },
      });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      const fields = (res.errors![0].extensions as { fieldErrors?: { field: string }[] }).fieldErrors?.map(
        (e) => e.field,
      );
      expect(fields?.sort()).toEqual(
        [
          'values.abuseRisk',
          'values.complaint',
          'values.familyMembers[2].birthYearMonth',
          'values.familyMembers[2].relation',
          'values.income',
          'values.worries',
        ].sort(),
      );
      expect(await countRows('select count(*) as n from case_assessment where case_record_id = $1', [caseId])).toBe(0);
      expect(await countRows('select count(*) as n from case_record_change where case_record_id = $1', [caseId])).toBe(
        changes,
      );
    });

    it('keeps an assessment against its version, and the case shows its summary', async () => {
      const res = await mutate(
        counsellor,
        'addAssessment',
        'AddAssessmentInput',
        {
          caseRecordId: caseId,
          templateVersionId: version1,
          values: {
            familyMembers: [
              { relation: '母', birthYearMonth: '1990-04' },
              { relation: '長男', notes: '小学3年' },
            ],
            complaint: '子どもへの虐待が心配との相談。食事が十分でない。',
            income: 120000,
            worries: ['money', 'food'],
            abuseRisk: 2,
          },
        },
        'id summary values templateVersion { version }',
      );
      expect(res.errors).toBeUndefined();
      assessmentId = res.data!.addAssessment.id;
      expect(res.data!.addAssessment.values.worries).toEqual(['food', 'money']);
      expect(res.data!.addAssessment.summary).toBe('子どもへの虐待が心配との相談。食事が十分でない。');
      const read = await call(counsellor, `query($id: ID) { caseRecord(id: $id) { ${CASE} } }`, { id: caseId });
      expect(read.data?.caseRecord.latestAssessment).toMatchObject({
        id: assessmentId,
        templateVersion: { version: 1 },
      });
    });

    it('sets status, risk and the review date, and keeps every change field by field with who', async () => {
      const res = await mutate(
        counsellor,
        'updateCaseRecord',
        'UpdateCaseRecordInput',
        { id: caseId, status: 'MONITORING', risk: 2, responsibleUserId: colleague.id },
        CASE,
      );
      expect(res.data?.updateCaseRecord).toMatchObject({
        status: 'MONITORING',
        risk: 2,
        responsibleUserId: colleague.id,
      });
      const update = await mutate(counsellor, 'updateAssessment', 'UpdateAssessmentInput', {
        id: assessmentId,
        values: {
          familyMembers: [
            { relation: '母', birthYearMonth: '1990-04' },
            { relation: '長男', notes: '小学4年' },
          ],
          complaint: '子どもへの虐待が心配との相談。食事が十分でない。',
          income: 120000,
          worries: ['food', 'money'],
          abuseRisk: 3,
        },
      });
      expect(update.errors).toBeUndefined();
      const history = await call(
        counsellor,
        `query($id: ID!) { caseRecordHistory(caseRecordId: $id, first: 100) { edges { node { field before after actorId actorName } } } }`,
        { id: caseId },
      );
      const changes = history.data!.caseRecordHistory.edges.map((e: { node: object }) => e.node);
      expect(changes).toEqual(
        expect.arrayContaining([
          {
            field: 'values.familyMembers[1].notes',
            before: '小学3年',
            after: '小学4年',
            actorId: counsellor.id,
            actorName: '相談員 花子',
          },
          expect.objectContaining({ field: 'values.abuseRisk', before: 2, after: 3 }),
          expect.objectContaining({ field: 'status', before: 'open', after: 'monitoring' }),
          expect.objectContaining({ field: 'risk', before: null, after: 2 }),
          expect.objectContaining({ field: 'responsibleUserId', before: counsellor.id, after: colleague.id }),
        ]),
      );
      // Unchanged fields leave no line.
      expect(changes.filter((c: { field: string }) => c.field === 'values.complaint')).toHaveLength(1);
    });

    it('refuses a responsible person who is not a counsellor of the tenant', async () => {
      for (const user of [viewer, yamagataCounsellor]) {
        const res = await mutate(counsellor, 'updateCaseRecord', 'UpdateCaseRecordInput', {
          id: caseId,
          responsibleUserId: user.id,
        });
        expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      }
    });
  });

  describe('who reads a case', () => {
    it('each read is one audit line, by its reader', async () => {
      const before = await audited('case_record.viewed', caseId);
      await call(counsellor, `query($id: ID) { caseRecord(id: $id) { id } }`, { id: caseId });
      await call(colleague, `query($id: ID) { caseRecord(registrantId: $id) { id } }`, { id: family.registrantId });
      expect(await audited('case_record.viewed', caseId)).toBe(before + 2);
      const readers = await ownerQuery<{ actor_user_id: string }>(
        `select actor_user_id from audit_event where action = 'case_record.viewed' and target_id = $1 order by seq desc limit 2`,
        [caseId],
      );
      expect(readers.map((r) => r.actor_user_id).sort()).toEqual([counsellor.id, colleague.id].sort());
      const history = await audited('case_record.history_viewed', caseId);
      await call(counsellor, `query($id: ID!) { caseRecordHistory(caseRecordId: $id) { edges { node { id } } } }`, {
        id: caseId,
      });
      expect(await audited('case_record.history_viewed', caseId)).toBe(history + 1);
    });

    it('a municipal viewer, a partner user and a tenant admin who does not counsel never read one (nothing audited)', async () => {
      const before = await audited('case_record.viewed', caseId);
      for (const user of [viewer, partner, admin]) {
        expect(errorCodes(await call(user, `query($id: ID) { caseRecord(id: $id) { id } }`, { id: caseId }))).toEqual([
          'FORBIDDEN',
        ]);
        expect(errorCodes(await call(user, '{ caseRecords { edges { node { id } } } }'))).toEqual(['FORBIDDEN']);
        expect(
          errorCodes(
            await call(user, `query($id: ID!) { caseRecordHistory(caseRecordId: $id) { edges { node { id } } } }`, {
              id: caseId,
            }),
          ),
        ).toEqual(['FORBIDDEN']);
        expect(
          errorCodes(await mutate(user, 'updateCaseRecord', 'UpdateCaseRecordInput', { id: caseId, risk: 0 })),
        ).toEqual(['FORBIDDEN']);
      }
      expect(await audited('case_record.viewed', caseId)).toBe(before);
    });

    it('a tenant admin who also counsels reads it', async () => {
      const res = await call(adminCounsellor, `query($id: ID) { caseRecord(id: $id) { id status } }`, { id: caseId });
      expect(res.data?.caseRecord).toEqual({ id: caseId, status: 'MONITORING' });
    });

    it("the family card of the conversation shows the case; a plain tenant admin's is FORBIDDEN on it", async () => {
      const card = `query($id: ID!) { conversation(id: $id) { id caseRecord { id status risk latestAssessment { summary } } } }`;
      const res = await call(counsellor, card, { id: family.conversationId });
      expect(res.data?.conversation.caseRecord).toMatchObject({ id: caseId, status: 'MONITORING', risk: 2 });
      const none = await call(counsellor, card, { id: other.conversationId });
      expect(none.data?.conversation.caseRecord).toBeNull();
      expect(none.errors).toBeUndefined();
    });
  });

  describe('the list', () => {
    let otherCase: string;

    beforeAll(async () => {
      const res = await mutate(counsellor, 'openCaseRecord', 'OpenCaseRecordInput', {
        registrantId: other.registrantId,
      });
      otherCase = res.data!.openCaseRecord.id;
      await mutate(counsellor, 'updateCaseRecord', 'UpdateCaseRecordInput', {
        id: otherCase,
        risk: 0,
        nextReviewOn: '2020-01-01',
      });
    });

    async function ids(filter: object, user = counsellor): Promise<string[]> {
      const res = await call(
        user,
        `query($filter: CaseRecordFilter) { caseRecords(first: 100, filter: $filter) { edges { node { id } } } }`,
        {
          filter,
        },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.caseRecords.edges.map((e: { node: { id: string } }) => e.node.id);
    }

    it('finds by two-character terms in the assessments, by family name and by tag', async () => {
      expect(await ids({ search: '虐待' })).toEqual([caseId]);
      expect(await ids({ search: '佐藤' })).toEqual([otherCase]);
      expect(await ids({ search: 'ひとり親' })).toEqual([caseId]);
      expect(await ids({ search: '経済' })).toEqual([caseId]);
      expect(await ids({ search: '引っ越し' })).toEqual([]);
    });

    it('filters by risk, status, review due and responsible counsellor', async () => {
      expect(await ids({ risk: 2 })).toEqual([caseId]);
      expect(await ids({ status: 'OPEN' })).toEqual([otherCase]);
      expect(await ids({ reviewDue: true })).toEqual([otherCase]);
      expect(await ids({ responsibleUserId: colleague.id })).toEqual([caseId]);
    });

    it('pages with a cursor, newest change first', async () => {
      const first = await call(
        counsellor,
        '{ caseRecords(first: 1) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
      );
      const page = first.data!.caseRecords;
      expect(page.pageInfo.hasNextPage).toBe(true);
      expect(page.edges[0].node.id).toBe(otherCase);
      const second = await call(
        counsellor,
        `query($after: String) { caseRecords(first: 1, after: $after) { edges { node { id } } } }`,
        {
          after: page.pageInfo.endCursor,
        },
      );
      expect(second.data!.caseRecords.edges[0].node.id).toBe(caseId);
    });
  });

  describe('template versions', () => {
    const withoutIncome = () => [
      SECTIONS[0],
      {
        ...SECTIONS[1],
        fields: [
          ...SECTIONS[1].fields.filter((f) => f.key !== 'income'),
          { key: 'school', label: '学校', kind: 'SHORT_TEXT', required: true },
        ],
      },
    ];

    it('refuses a change that would orphan filled data, unless published as a breaking version', async () => {
      const refused = await mutate(admin, 'publishAssessmentTemplateVersion', 'PublishAssessmentTemplateVersionInput', {
        templateId,
        sections: withoutIncome(),
      });
      expect(errorCodes(refused)).toEqual(['CONFLICT']);
      expect(refused.errors![0].extensions).toMatchObject({ reason: 'TEMPLATE_CHANGE_ORPHANS_DATA' });
      const published = await mutate(
        admin,
        'publishAssessmentTemplateVersion',
        'PublishAssessmentTemplateVersionInput',
        { templateId, sections: withoutIncome(), allowBreakingChanges: true },
        'latestVersion { version } versions { version }',
      );
      expect(published.data?.publishAssessmentTemplateVersion).toEqual({
        latestVersion: { version: 2 },
        versions: [{ version: 2 }, { version: 1 }],
      });
    });

    it('an existing assessment keeps version 1 until moved; the preview says field by field what moving does', async () => {
      const read = await call(counsellor, `query($id: ID) { caseRecord(id: $id) { ${CASE} } }`, { id: caseId });
      expect(read.data!.caseRecord.assessments[0].templateVersion.version).toBe(1);
      expect(read.data!.caseRecord.assessments[0].values.income).toBe(120000);
      const preview = await call(
        counsellor,
        `query($id: ID!) { assessmentMigrationPreview(assessmentId: $id) { from { version } to { version } steps { field outcome before } } }`,
        { id: assessmentId },
      );
      const steps = Object.fromEntries(
        preview.data!.assessmentMigrationPreview.steps.map((s: { field: string; outcome: string }) => [
          s.field,
          s.outcome,
        ]),
      );
      expect(preview.data!.assessmentMigrationPreview).toMatchObject({ from: { version: 1 }, to: { version: 2 } });
      expect(steps).toMatchObject({ complaint: 'KEPT', income: 'DROPPED', school: 'MISSING' });
    });

    it('moving needs the missing required field, then keeps the rest and notes the move', async () => {
      const missing = await mutate(counsellor, 'migrateAssessment', 'MigrateAssessmentInput', { id: assessmentId });
      expect(errorCodes(missing)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(missing.errors)).toContain('values.school');
      const moved = await mutate(
        counsellor,
        'migrateAssessment',
        'MigrateAssessmentInput',
        { id: assessmentId, values: { school: '市立小学校' } },
        'templateVersion { version } values',
      );
      expect(moved.data?.migrateAssessment.templateVersion.version).toBe(2);
      expect(moved.data?.migrateAssessment.values).toMatchObject({ school: '市立小学校', abuseRisk: 3 });
      expect(moved.data?.migrateAssessment.values).not.toHaveProperty('income');
      const [change] = await ownerQuery<{ before: number; after: number }>(
        `select before, after from case_record_change where assessment_id = $1 and field = 'templateVersion'`,
        [assessmentId],
      );
      expect(change).toEqual({ before: 1, after: 2 });
    });
  });

  describe('the review date', () => {
    it('notifies the responsible counsellor on the day, once', async () => {
      const today = todayIn('Asia/Tokyo');
      const res = await mutate(
        counsellor,
        'updateCaseRecord',
        'UpdateCaseRecordInput',
        { id: caseId, nextReviewOn: today },
        'reviewDue',
      );
      expect(res.data?.updateCaseRecord.reviewDue).toBe(true);
      const notified = () =>
        countRows(
          `select count(*) as n from notification where kind = 'case_review_due' and user_id = $1 and conversation_id = $2`,
          [colleague.id, family.conversationId],
        );
      await eventually(notified, (n) => n === 1);
      const list = await call(colleague, '{ notifications(first: 5) { edges { node { kind conversationId } } } }');
      expect(list.data?.notifications.edges.map((e: { node: object }) => e.node)).toContainEqual({
        kind: 'CASE_REVIEW_DUE',
        conversationId: family.conversationId,
      });
    });
  });

  describe('another city', () => {
    it('does not return case records of another tenant', async () => {
      expect(
        errorCodes(await call(yamagataCounsellor, `query($id: ID) { caseRecord(id: $id) { id } }`, { id: caseId })),
      ).toEqual(['NOT_FOUND']);
      const byFamily = await call(yamagataCounsellor, `query($id: ID) { caseRecord(registrantId: $id) { id } }`, {
        id: family.registrantId,
      });
      expect(byFamily.data?.caseRecord).toBeNull();
      const list = await call(
        yamagataCounsellor,
        '{ caseRecords(first: 100, filter: { search: "虐待" }) { edges { node { id } } } }',
      );
      expect(list.data?.caseRecords.edges).toEqual([]);
      const all = await call(yamagataCounsellor, '{ caseRecords(first: 100) { edges { node { id } } } }');
      expect(all.data?.caseRecords.edges).toEqual([]);
    });

    it('does not return the history, the preview or the templates of another tenant', async () => {
      expect(
        errorCodes(
          await call(
            yamagataCounsellor,
            `query($id: ID!) { caseRecordHistory(caseRecordId: $id) { edges { node { id } } } }`,
            { id: caseId },
          ),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(
        errorCodes(
          await call(
            yamagataCounsellor,
            `query($id: ID!) { assessmentMigrationPreview(assessmentId: $id) { assessmentId } }`,
            { id: assessmentId },
          ),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(
        errorCodes(
          await call(yamagataAdmin, `query($id: ID!) { assessmentTemplate(id: $id) { id } }`, { id: templateId }),
        ),
      ).toEqual(['NOT_FOUND']);
      const templates = await call(yamagataCounsellor, '{ assessmentTemplates { id } }');
      expect(templates.data?.assessmentTemplates).toEqual([]);
      // A template's name is the tenant's own: another city may use the same one.
      const created = await mutate(yamagataAdmin, 'createAssessmentTemplate', 'CreateAssessmentTemplateInput', {
        name: '子ども・家庭アセスメント',
        sections: SECTIONS,
      });
      expect(created.errors).toBeUndefined();
      const kobeTemplates = await call(counsellor, '{ assessmentTemplates { id } }');
      expect(kobeTemplates.data?.assessmentTemplates).toEqual([{ id: templateId }]);
    });

    it('does not change case records or templates of another tenant', async () => {
      const refused = [
        await mutate(yamagataCounsellor, 'openCaseRecord', 'OpenCaseRecordInput', {
          registrantId: family.registrantId,
        }),
        await mutate(yamagataCounsellor, 'updateCaseRecord', 'UpdateCaseRecordInput', { id: caseId, risk: 0 }),
        await mutate(yamagataCounsellor, 'addAssessment', 'AddAssessmentInput', {
          caseRecordId: caseId,
          templateVersionId: version1,
          values: {},
        }),
        await mutate(yamagataCounsellor, 'updateAssessment', 'UpdateAssessmentInput', { id: assessmentId, values: {} }),
        await mutate(yamagataCounsellor, 'migrateAssessment', 'MigrateAssessmentInput', { id: assessmentId }),
        await mutate(yamagataAdmin, 'publishAssessmentTemplateVersion', 'PublishAssessmentTemplateVersionInput', {
          templateId,
          sections: SECTIONS,
        }),
      ];
      expect(refused.map((res) => errorCodes(res))).toEqual(Array(6).fill(['NOT_FOUND']));
      // Its own case cannot use this city's template version either.
      const own = await mutate(yamagataCounsellor, 'openCaseRecord', 'OpenCaseRecordInput', {
        registrantId: yamagataFamily.registrantId,
      });
      const res = await mutate(yamagataCounsellor, 'addAssessment', 'AddAssessmentInput', {
        caseRecordId: own.data!.openCaseRecord.id,
        templateVersionId: version1,
        values: {},
      });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(
        await countRows('select count(*) as n from case_record where registrant_id = $1 and tenant_id = $2', [
          family.registrantId,
          yamagata.id,
        ]),
      ).toBe(0);
    });
  });

  describe('the case page', () => {
    it('reads the case page (the case, every assessment with its version, the history) in as many statements whatever its size, each read one audit line', async () => {
      const page = `query($id: ID!) {
        caseRecord(id: $id) { id status familyName responsibleName
          assessments { id values summary createdByName templateVersion { id version templateName definition } } }
        caseRecordHistory(caseRecordId: $id, first: 100) { edges { node { id field label beforeShown afterShown actorName } } }
      }`;
      type Page = {
        caseRecord: { assessments: { id: string; createdByName: string; templateVersion: { version: number } }[] };
        caseRecordHistory: { edges: { node: { field: string; label: string | null; actorName: string } }[] };
      };
      // The job workers share the process: a job that falls due meanwhile can add its statements to
      // one recording, so a request's own statements are the fewest of a few recordings.
      const read = async (id: string) => {
        const recordings: { result: GraphQLResponse<Page>; statements: string[] }[] = [];
        for (let i = 0; i < 3; i++) {
          recordings.push(await recorder.during(() => call<Page>(counsellor, page, { id })));
        }
        for (const { result } of recordings) expect(result.errors).toBeUndefined();
        return recordings.reduce((a, b) => (b.statements.length < a.statements.length ? b : a));
      };
      // A family of its own, so that the other tests' case keeps its assessments.
      const counselled = await newFamily(channel, '鈴木 一家', []);
      const opened = await mutate<{ id: string }>(counsellor, 'openCaseRecord', 'OpenCaseRecordInput', {
        registrantId: counselled.registrantId,
      });
      const id = opened.data!.openCaseRecord.id;
      const assess = async (n: number) => {
        const added = await mutate(counsellor, 'addAssessment', 'AddAssessmentInput', {
          caseRecordId: id,
          templateVersionId: version1,
          values: { complaint: `${n}回目の面談。家賃の滞納が続いている。`, worries: ['money'] },
        });
        expect(added.errors).toBeUndefined();
      };
      await assess(1);
      const viewed = await audited('case_record.viewed', id);
      const historyViewed = await audited('case_record.history_viewed', id);
      const small = await read(id);
      for (let n = 2; n <= 4; n++) await assess(n);
      const large = await read(id);
      const smallCase = small.result.data!.caseRecord;
      const largeCase = large.result.data!.caseRecord;
      expect(smallCase.assessments).toHaveLength(1);
      expect(largeCase.assessments).toHaveLength(4);
      expect(largeCase.assessments[0]).toMatchObject({ createdByName: '相談員 花子', templateVersion: { version: 1 } });
      const history = large.result.data!.caseRecordHistory.edges.map((edge) => edge.node);
      expect(history.length).toBeGreaterThan(small.result.data!.caseRecordHistory.edges.length);
      // Labelled by the template version, by whom.
      expect(history.filter((change) => change.field === 'values.complaint')).toHaveLength(4);
      expect(history.find((change) => change.field === 'values.complaint')).toMatchObject({
        label: '主訴',
        actorName: '相談員 花子',
      });
      // The access check, BEGIN with the scope; the case with its assessments and versions, then its
      // audit event; the history page with its labels' sources, then its audit event; COMMIT. Each
      // read's statement carries the audit chain's lock and head.
      expect(small.statements).toHaveLength(7);
      expect(large.statements).toHaveLength(7);
      // One audit line per read: three requests of two reads each, twice.
      expect(await audited('case_record.viewed', id)).toBe(viewed + 6);
      expect(await audited('case_record.history_viewed', id)).toBe(historyViewed + 6);
      const verified = await call<{ verifyAuditChain: { ok: boolean } }>(admin, '{ verifyAuditChain { ok } }');
      expect(verified.data?.verifyAuditChain.ok).toBe(true);
    });
  });

  // Last: the case it opens would change the list's counts above.
  describe('the order of a history', () => {
    it('lists changes made in the same millisecond in the order they were made, newest first, every time', async () => {
      const third = await newFamily(channel, '同時 記録子', []);
      const opened = await mutate(counsellor, 'openCaseRecord', 'OpenCaseRecordInput', {
        registrantId: third.registrantId,
      });
      const otherCase = opened.data!.openCaseRecord.id as string;
      const added = await mutate(counsellor, 'addAssessment', 'AddAssessmentInput', {
        caseRecordId: otherCase,
        templateVersionId: version1,
        values: { complaint: '同じ瞬間の変更', income: 1, worries: ['food'], abuseRisk: 1 },
      });
      expect(added.errors).toBeUndefined();
      // As if the database clock had not moved between them (a fast machine saves them in one millisecond).
      await ownerQuery(`update case_record_change set changed_at = '2026-04-01T00:00:00Z' where case_record_id = $1`, [
        otherCase,
      ]);
      const read = async () =>
        (
          await call(
            counsellor,
            `query($id: ID!) { caseRecordHistory(caseRecordId: $id, first: 3) { edges { node { field } } } }`,
            { id: otherCase },
          )
        ).data!.caseRecordHistory.edges.map((e: { node: { field: string } }) => e.node.field);
      const expected = ['values.abuseRisk', 'values.worries', 'values.income'];
      expect(await read()).toEqual(expected);
      expect(await read()).toEqual(expected);
      const all = (
        await call(
          counsellor,
          `query($id: ID!) { caseRecordHistory(caseRecordId: $id, first: 100) { edges { node { field } } } }`,
          { id: otherCase },
        )
      ).data!.caseRecordHistory.edges.map((e: { node: { field: string } }) => e.node.field);
      expect(all).toEqual([
        'values.abuseRisk',
        'values.worries',
        'values.income',
        'values.complaint',
        'assessment',
        'responsibleUserId',
        'status',
      ]);
    });
  });
});
