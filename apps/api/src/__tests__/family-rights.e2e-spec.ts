import { randomBytes, randomUUID } from 'node:crypto';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { randomLineUserId, textMessageEvent } from '@tsunagu/line-sandbox';
import { CaseRetentionService } from '@tsunagu/case-records';
import { mediaContext } from '@tsunagu/conversations';
import { Keyring } from '@tsunagu/platform/crypto';
import type { Tenant } from '@tsunagu/platform/database';
import { AuditTrail } from '@tsunagu/platform/audit';
import { UsersService } from '@tsunagu/platform/auth';
import { fiscalYearOf, todayIn } from '@tsunagu/platform/calendar';
import { TenantRole } from '@tsunagu/platform/permissions';
import { conversationIdOf, createLineChannel, deliver, eventually, ownerQuery, type TestChannel } from './support/line';
import { errorCodes, TestApp, type GraphQLResponse, type TestUser } from './support/test-app';

const SECTIONS = [
  {
    key: 'main',
    title: '主訴',
    fields: [
      { key: 'complaint', label: '主訴', kind: 'LONG_TEXT', required: true },
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
      { key: 'arrears', label: '滞納', kind: 'YES_NO', reportable: true },
      { key: 'school', label: '学校', kind: 'SINGLE_CHOICE', choices: [{ value: 'absent', label: '不登校' }] },
    ],
  },
];

type Json = ReturnType<typeof JSON.parse>;

interface Family {
  registrantId: string;
  conversationId: string;
  caseId: string;
}

/**
 * Retention of closed cases and a family's rights: the export for a disclosure request and
 * erasure. Who may (an admin who also counsels), what the file holds, what erasure deletes and
 * keeps, that nothing of another city is reached, and the report's case-record counts.
 */
describe('retention and family rights', () => {
  let t: TestApp;
  let kobe: Tenant;
  let yamagata: Tenant;
  let admin: TestUser;
  let adminCounsellor: TestUser;
  let counsellor: TestUser;
  let viewer: TestUser;
  let partnerUser: TestUser;
  let yamagataAdminCounsellor: TestUser;
  let channel: TestChannel;
  let yamagataChannel: TestChannel;
  let versionId: string;
  let yamagataVersionId: string;
  let partnerId: string;

  beforeAll(async () => {
    t = await TestApp.start({ JOB_WORKERS: '1' });
    kobe = await t.newTenant({ nameJa: '神戸市' });
    yamagata = await t.newTenant({ nameJa: '山形市' });
    admin = await t.newUser({ tenant: kobe, role: TenantRole.TENANT_ADMIN });
    adminCounsellor = await t.newUser({ tenant: kobe, role: TenantRole.TENANT_ADMIN });
    await t.app.get(UsersService).addMembership(adminCounsellor.id, kobe.id, TenantRole.COUNSELOR);
    adminCounsellor = { ...adminCounsellor, token: await t.login(adminCounsellor.email) };
    counsellor = await t.newUser({ tenant: kobe, role: TenantRole.COUNSELOR });
    viewer = await t.newUser({ tenant: kobe, role: TenantRole.MUNICIPAL_VIEWER });
    yamagataAdminCounsellor = await t.newUser({ tenant: yamagata, role: TenantRole.TENANT_ADMIN });
    await t.app.get(UsersService).addMembership(yamagataAdminCounsellor.id, yamagata.id, TenantRole.COUNSELOR);
    yamagataAdminCounsellor = { ...yamagataAdminCounsellor, token: await t.login(yamagataAdminCounsellor.email) };
    await ownerQuery(`update app_user set display_name = '相談員 花子' where id = $1`, [counsellor.id]);
    channel = await createLineChannel(t, admin.token);
    yamagataChannel = await createLineChannel(t, yamagataAdminCounsellor.token);
    versionId = await newTemplate(admin);
    yamagataVersionId = await newTemplate(yamagataAdminCounsellor);
    const partner = await mutate(admin, 'createPartnerOrganization', 'CreatePartnerOrganizationInput', {
      name: 'こども家庭センター',
      description: '子育ての相談',
      email: 'kodomo@center.example.jp',
    });
    partnerId = partner.data!.createPartnerOrganization.id;
    partnerUser = await t.newUser({ tenant: kobe, role: TenantRole.PARTNER_USER, partnerOrganizationId: partnerId });
  }, 120_000);

  afterAll(async () => {
    await t.close();
  });

  async function call<T = Record<string, Json>>(
    user: TestUser,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    return t.graphql<T>(query, variables, { token: user.token });
  }

  async function mutate(
    user: TestUser,
    name: string,
    type: string,
    input: object,
    selection = 'id',
  ): Promise<GraphQLResponse<Record<string, Json>>> {
    return call(user, `mutation($input: ${type}!) { ${name}(input: $input) { ${selection} } }`, { input });
  }

  function must(res: GraphQLResponse<Record<string, Json>>, name: string): Json {
    if (!res.data?.[name]) throw new Error(JSON.stringify(res.errors));
    return res.data[name];
  }

  async function newTemplate(user: TestUser): Promise<string> {
    const res = await mutate(
      user,
      'createAssessmentTemplate',
      'CreateAssessmentTemplateInput',
      { name: 'アセスメント', sections: SECTIONS },
      'latestVersion { id }',
    );
    return must(res, 'createAssessmentTemplate').latestVersion.id;
  }

  async function count(sql: string, params: unknown[]): Promise<number> {
    const [row] = await ownerQuery<{ n: string }>(sql, params);
    return Number(row.n);
  }

  /** A family writes in, gets a case with one assessment; `user` counsels in `to`'s tenant. */
  async function newFamily(
    name: string,
    options: { to?: TestChannel; user?: TestUser; version?: string; values?: object; risk?: number } = {},
  ): Promise<Family> {
    const user = options.user ?? counsellor;
    const lineUserId = randomLineUserId();
    await deliver(t, options.to ?? channel, [textMessageEvent(lineUserId, `${name}です。家賃の支払いに困っています`)]);
    const conversationId = (await eventually(() => conversationIdOf(lineUserId), Boolean)) as string;
    const [row] = await ownerQuery<{ registrant_id: string }>('select registrant_id from conversation where id = $1', [
      conversationId,
    ]);
    await ownerQuery('update registrant set display_name = $2, labels = $3 where id = $1', [
      row.registrant_id,
      name,
      ['ひとり親'],
    ]);
    const opened = must(
      await mutate(user, 'openCaseRecord', 'OpenCaseRecordInput', { registrantId: row.registrant_id }),
      'openCaseRecord',
    );
    must(
      await mutate(user, 'addAssessment', 'AddAssessmentInput', {
        caseRecordId: opened.id,
        templateVersionId: options.version ?? versionId,
        values: options.values ?? { complaint: `${name}の家計が苦しい`, worries: ['food', 'money'], arrears: true },
      }),
      'addAssessment',
    );
    if (options.risk !== undefined) {
      must(
        await mutate(user, 'updateCaseRecord', 'UpdateCaseRecordInput', { id: opened.id, risk: options.risk }),
        'updateCaseRecord',
      );
    }
    return { registrantId: row.registrant_id, conversationId, caseId: opened.id };
  }

  async function close(family: Family, user = counsellor, yearsAgo = 0): Promise<void> {
    must(
      await mutate(user, 'updateCaseRecord', 'UpdateCaseRecordInput', { id: family.caseId, status: 'CLOSED' }),
      'updateCaseRecord',
    );
    if (yearsAgo > 0) {
      await ownerQuery(
        `update case_record_change set changed_at = changed_at - make_interval(years => $2)
         where case_record_id = $1 and field = 'status' and after = '"closed"'::jsonb`,
        [family.caseId, yearsAgo],
      );
    }
  }

  let foodProgrammeId: string | null = null;

  /**
   * A food-delivery household of the family, written as the owner: delivered and observed in a
   * completed round (with the counsellor task the observation raised), placed in a planned one, and
   * with an unused application link.
   */
  async function foodHousehold(family: Family): Promise<{ id: string; delivered: string; planned: string }> {
    if (!foodProgrammeId) {
      const created = await mutate(admin, 'createProgramme', 'CreateProgrammeInput', {
        name: '神戸市こども宅食',
        kind: 'FOOD_DELIVERY',
        channelIds: [channel.id],
      });
      foodProgrammeId = must(created, 'createProgramme').id as string;
    }
    const [id, completedRound, plannedRound, delivered, planned] = [1, 2, 3, 4, 5].map(() => randomUUID());
    await ownerQuery(
      `insert into food_household (id, tenant_id, programme_id, registrant_id, source, name, address_sealed, area,
         children_birth_months, eligibility_basis, eligibility_note, allergies, preferred_method, preferred_times,
         visit_consent, status, status_reason, applied_at, enrolled_at, status_changed_at, created_at, updated_at)
       values ($1, $2, $3, $4, 'line', '宅食 世帯子', 'v1.sealed-address', '中央区', '{2018-05,2021-11}',
         'other', '非課税世帯', '卵・小麦', 'hand', '平日18時以降', true, 'enrolled', '事情の記録',
         now() - interval '30 days', now() - interval '20 days', now() - interval '20 days', now() - interval '30 days', now())`,
      [id, kobe.id, foodProgrammeId, family.registrantId],
    );
    const today = todayIn('Asia/Tokyo');
    for (const [roundId, name, status] of [
      [completedRound, '第1回', 'completed'],
      [plannedRound, '第2回', 'planned'],
    ]) {
      await ownerQuery(
        `insert into food_round (id, tenant_id, programme_id, name, starts_on, ends_on, capacity, status, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $5, 10, $6, now(), now())`,
        [roundId, kobe.id, foodProgrammeId, name, today, status],
      );
    }
    await ownerQuery(
      `insert into food_round_household (id, tenant_id, round_id, household_id, added_at, delivery_method, area, outcome,
         outcome_at, observation, observation_note, observed_at)
       values ($1, $2, $3, $4, now(), 'hand', '中央区', 'delivered', now(), 'concern', '玄関先で元気がなかった', now())`,
      [delivered, kobe.id, completedRound, id],
    );
    await ownerQuery(
      `insert into food_round_household (id, tenant_id, round_id, household_id, added_at, delivery_method, area)
       values ($1, $2, $3, $4, now(), 'hand', '中央区')`,
      [planned, kobe.id, plannedRound, id],
    );
    await ownerQuery(
      `insert into counsellor_task (id, tenant_id, kind, urgency, title, family_label, detail, registrant_id, source_type,
         source_id, status, created_at, updated_at)
       values ($1, $2, 'delivery_observation', 'concern', '神戸市こども宅食 第1回: 配達時の様子「気になる」', '宅食 世帯子',
         '玄関先で元気がなかった', $3, 'food_round_household', $4, 'open', now(), now())`,
      [randomUUID(), kobe.id, family.registrantId, delivered],
    );
    await ownerQuery(
      `insert into food_application_token (id, tenant_id, programme_id, registrant_id, channel_id, token_hash, expires_at, created_at)
       select $1, $2, $3, r.id, r.channel_id, $4, now() + interval '1 day', now() from registrant r where r.id = $5`,
      [randomUUID(), kobe.id, foodProgrammeId, randomBytes(32).toString('hex'), family.registrantId],
    );
    return { id, delivered, planned };
  }

  /** A consent, then a referral sent to the partner with it (sharing the latest assessment's `fields`). */
  async function referred(family: Family, fields: string[] = []): Promise<string> {
    const consentRes = await mutate(counsellor, 'recordConsent', 'RecordConsentInput', {
      conversationId: family.conversationId,
      partnerOrganizationId: partnerId,
      purpose: '子育て支援のための情報共有',
      method: 'IN_CHAT',
      obtainedOn: todayIn('Asia/Tokyo'),
    });
    must(consentRes, 'recordConsent');
    const draft = must(
      await mutate(counsellor, 'createReferral', 'CreateReferralInput', {
        conversationId: family.conversationId,
        partnerOrganizationId: partnerId,
        summary: '家賃の滞納について相談を希望',
        ...(fields.length ? { sharedAssessmentFields: fields } : {}),
      }),
      'createReferral',
    );
    must(await mutate(counsellor, 'sendReferral', 'ReferralIdInput', { id: draft.id }), 'sendReferral');
    return draft.id;
  }

  /**
   * The family sends a photo and a PDF (kept sealed, as the media job keeps what LINE gives) and a
   * photo LINE no longer had; returns the plaintexts.
   */
  async function sendsMedia(family: Family): Promise<{ photo: Buffer; pdf: Buffer }> {
    const keyring = t.app.get(Keyring);
    const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(2000)]);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(500)]);
    const media = [
      { type: 'image', status: 'ready', contentType: 'image/jpeg', fileName: null, body: photo },
      { type: 'file', status: 'ready', contentType: 'application/pdf', fileName: '母子手帳.pdf', body: pdf },
      { type: 'image', status: 'expired', contentType: null, fileName: null, body: null },
    ];
    for (const [i, m] of media.entries()) {
      const messageId = randomUUID();
      const mediaId = randomUUID();
      await ownerQuery(
        `insert into message (id, tenant_id, conversation_id, direction, type, sent_at, created_at)
         values ($1, $2, $3, 'in', $4, now() + make_interval(secs => $5), now())`,
        [messageId, kobe.id, family.conversationId, m.type, i + 1],
      );
      await ownerQuery(
        `insert into message_media (id, tenant_id, message_id, status, content_type, size, file_name, content, attempts, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, 1, now())`,
        [
          mediaId,
          kobe.id,
          messageId,
          m.status,
          m.contentType,
          m.body?.length ?? null,
          m.fileName,
          m.body ? keyring.sealBytes(m.body, mediaContext(mediaId)) : null,
        ],
      );
    }
    return { photo, pdf };
  }

  /** Marks a case's assessments as imported from kintone records, as the import keeps them. */
  const importedFromKintone = (caseId: string) =>
    ownerQuery(
      `insert into case_assessment_source (id, tenant_id, template_id, external_id, assessment_id, imported_at)
       select gen_random_uuid(), a.tenant_id, v.template_id, 'kintone-' || left(a.id::text, 8), a.id, now()
         from case_assessment a join assessment_template_version v on v.id = a.template_version_id
        where a.case_record_id = $1`,
      [caseId],
    );
  const importedRows = (caseId: string) =>
    count(
      `select count(*) as n from case_assessment_source s join case_assessment a on a.id = s.assessment_id
        where a.case_record_id = $1`,
      [caseId],
    );

  const caseRows = (caseId: string) =>
    Promise.all([
      count('select count(*) as n from case_record where id = $1', [caseId]),
      count('select count(*) as n from case_assessment where case_record_id = $1', [caseId]),
      count('select count(*) as n from case_record_change where case_record_id = $1', [caseId]),
    ]);

  describe('retention', () => {
    const SETTINGS = '{ caseRecordSettings { retentionYears } }';
    const UPDATE =
      'mutation($input: UpdateCaseRecordSettingsInput!) { updateCaseRecordSettings(input: $input) { retentionYears } }';

    it('keeps closed cases five years by default; a tenant admin changes it, within 1 to 30 years', async () => {
      expect((await call(admin, SETTINGS)).data?.caseRecordSettings.retentionYears).toBe(5);
      const bad = await call(admin, UPDATE, { input: { retentionYears: 0 } });
      expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
      expect((await call(admin, SETTINGS)).data?.caseRecordSettings.retentionYears).toBe(5);
      const res = await call(admin, UPDATE, { input: { retentionYears: 3 } });
      expect(res.data?.updateCaseRecordSettings.retentionYears).toBe(3);
      expect((await call(admin, SETTINGS)).data?.caseRecordSettings.retentionYears).toBe(3);
      // Another city's setting is its own.
      expect((await call(yamagataAdminCounsellor, SETTINGS)).data?.caseRecordSettings.retentionYears).toBe(5);
    });

    it('lets no counsellor, viewer or partner user read or change the retention period', async () => {
      for (const user of [counsellor, viewer, partnerUser]) {
        expect(errorCodes(await call(user, SETTINGS))).toEqual(['FORBIDDEN']);
        expect(errorCodes(await call(user, UPDATE, { input: { retentionYears: 10 } }))).toEqual(['FORBIDDEN']);
      }
    });

    it('deletes cases closed longer ago than the period with their history, once, and audits counts only', async () => {
      const expired = await newFamily('期限 切れ子');
      await close(expired, counsellor, 4);
      await importedFromKintone(expired.caseId);
      const recent = await newFamily('最近 閉じ子');
      await close(recent, counsellor, 2);
      const open = await newFamily('対応 中子');
      await ownerQuery(
        `update case_record_change set changed_at = changed_at - interval '10 years' where case_record_id = $1`,
        [open.caseId],
      );
      const yamagataExpired = await newFamily('山形 古子', {
        to: yamagataChannel,
        user: yamagataAdminCounsellor,
        version: yamagataVersionId,
      });
      await close(yamagataExpired, yamagataAdminCounsellor, 4);
      const [, assessments, changes] = await caseRows(expired.caseId);
      const purgedBefore = await count(
        `select count(*) as n from audit_event where action = 'case_records.purged' and tenant_id = $1`,
        [kobe.id],
      );

      const retention = t.app.get(CaseRetentionService);
      const counts = await retention.purge(kobe.id, new Date());

      expect(counts).toEqual({ cases: 1, assessments, changes });
      expect(await caseRows(expired.caseId)).toEqual([0, 0, 0]);
      expect(await importedRows(expired.caseId)).toBe(0);
      expect((await caseRows(recent.caseId))[0]).toBe(1);
      expect((await caseRows(open.caseId))[0]).toBe(1);
      // Kobe's run reaches no other city's cases (Yamagata keeps 5 years: 4 is not enough there).
      expect((await caseRows(yamagataExpired.caseId))[0]).toBe(1);
      // The family itself stays: only its case went.
      expect(await count('select count(*) as n from registrant where id = $1', [expired.registrantId])).toBe(1);
      const [line] = await ownerQuery<{ target_id: string | null; details: Record<string, unknown> }>(
        `select target_id, details from audit_event where action = 'case_records.purged' and tenant_id = $1
         order by seq desc limit 1`,
        [kobe.id],
      );
      expect(line.target_id).toBeNull();
      expect(line.details).toEqual({ cases: 1, assessments, changes, retentionYears: 3 });
      expect(JSON.stringify(line.details)).not.toContain(expired.registrantId);

      // A second run (a retry, two workers) deletes nothing more and writes no line.
      expect(await retention.purge(kobe.id, new Date())).toEqual({ cases: 0, assessments: 0, changes: 0 });
      expect(
        await count(`select count(*) as n from audit_event where action = 'case_records.purged' and tenant_id = $1`, [
          kobe.id,
        ]),
      ).toBe(purgedBefore + 1);

      // Two years later, the daily run over every tenant deletes Yamagata's case under its own period.
      await retention.purgeAll(new Date(Date.now() + 2 * 365 * 24 * 3600 * 1000));
      expect((await caseRows(yamagataExpired.caseId))[0]).toBe(0);
    });
  });

  describe('export for a disclosure request', () => {
    const EXPORT = 'mutation($input: ExportFamilyRecordInput!) { exportFamilyRecord(input: $input) { url expiresAt } }';

    it('gives an admin who counsels an archive of everything held about the family, in Japanese, media included', async () => {
      const family = await newFamily('開示 請求子', { risk: 2 });
      await referred(family, ['complaint', 'worries']);
      const { photo, pdf } = await sendsMedia(family);
      const attribute = randomUUID();
      await ownerQuery(
        `insert into registrant_attribute (id, tenant_id, key, label, kind, choices, created_at, updated_at)
         values ($1, $2, $3, 'お住まいの区', 'area', '{中央区,北区}', now(), now())`,
        [attribute, kobe.id, `ward${attribute.slice(0, 8)}`],
      );
      await ownerQuery(
        `insert into registrant_attribute_value (id, tenant_id, registrant_id, attribute_id, value, created_at)
         values ($1, $2, $3, $4, '中央区', now())`,
        [randomUUID(), kobe.id, family.registrantId, attribute],
      );

      await foodHousehold(family);

      const res = await call(adminCounsellor, EXPORT, { input: { registrantId: family.registrantId } });
      expect(errorCodes(res)).toEqual([]);
      const file = await t.download(new URL(res.data!.exportFamilyRecord.url).pathname, adminCounsellor.token);
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toContain('application/zip');
      const archive = await JSZip.loadAsync(file.body as Buffer);
      // The workbook, and the media the family sent, opened from their seal into the archive only.
      expect(Object.keys(archive.files).sort()).toEqual([
        'family-record.xlsx',
        'media/001.jpg',
        'media/002_母子手帳.pdf',
      ]);
      expect(await archive.file('media/001.jpg')!.async('nodebuffer')).toEqual(photo);
      expect(await archive.file('media/002_母子手帳.pdf')!.async('nodebuffer')).toEqual(pdf);
      const workbook = new Workbook();
      await workbook.xlsx.load(
        (await archive.file('family-record.xlsx')!.async('nodebuffer')) as unknown as Parameters<
          Workbook['xlsx']['load']
        >[0],
      );
      const sheet = (name: string) => {
        const found = workbook.getWorksheet(name);
        const rows: string[] = [];
        found?.eachRow((row) =>
          rows.push(
            (row.values as unknown[])
              .slice(1)
              // A link shows its text, as Excel shows it.
              .map((v) => String((v as { text?: string } | null)?.text ?? v ?? ''))
              .join('|'),
          ),
        );
        return rows;
      };
      expect(workbook.worksheets.map((w) => w.name)).toEqual([
        '概要',
        '相談メッセージ',
        'ケース記録',
        'アセスメント',
        '変更履歴',
        'つなぎ',
        'つなぎの経過',
        'つなぎ先と共有した内容',
        '同意',
        'こども宅食',
      ]);
      expect(sheet('概要')).toEqual(
        expect.arrayContaining(['表示名|開示 請求子', 'ラベル|ひとり親', '属性: お住まいの区|中央区']),
      );
      expect(sheet('相談メッセージ').join('\n')).toContain('開示 請求子です。家賃の支払いに困っています');
      expect(sheet('ケース記録')).toEqual(expect.arrayContaining(['リスク|2', '担当相談員|相談員 花子']));
      const assessment = sheet('アセスメント').join('\n');
      expect(assessment).toContain('主訴|開示 請求子の家計が苦しい');
      expect(assessment).toContain('困りごと|食事、経済');
      expect(assessment).toContain('滞納|はい');
      const messages = sheet('相談メッセージ');
      expect(messages[0]).toContain('添付ファイル');
      expect(messages).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/\|家族から\|画像\|\|\|\|media\/001\.jpg$/),
          expect.stringMatching(/\|家族から\|ファイル\|\|\|\|media\/002_母子手帳\.pdf$/),
          expect.stringMatching(/\|家族から\|画像\|\|\|\|LINEの保存期間が過ぎていて受け取れませんでした$/),
        ]),
      );
      // The link opens the file beside the workbook once the archive is extracted.
      const linked: string[] = [];
      workbook.getWorksheet('相談メッセージ')?.eachRow((row) => {
        const cell = row.getCell(7).value as { hyperlink?: string } | null;
        if (cell?.hyperlink) linked.push(cell.hyperlink);
      });
      expect(linked).toEqual(['media/001.jpg', 'media/002_母子手帳.pdf']);
      expect(sheet('概要')).toEqual(expect.arrayContaining(['添付ファイル|2', 'つなぎ先と共有した内容|1']));
      // The history as the case page reads it: the template's labels, values read, never a field path.
      const history = sheet('変更履歴');
      expect(history.join('\n')).not.toMatch(/values\.|responsibleUserId|sections\./);
      expect(history).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/\|状態\|\|対応中\|相談員 花子$/),
          expect.stringMatching(/\|アセスメントを追加（アセスメント）\|\|第1版\|相談員 花子$/),
          expect.stringMatching(/\|主訴 › 主訴\|\|開示 請求子の家計が苦しい\|相談員 花子$/),
          expect.stringMatching(/\|主訴 › 困りごと\|\|食事、経済\|相談員 花子$/),
          expect.stringMatching(/\|主訴 › 滞納\|\|はい\|相談員 花子$/),
          expect.stringMatching(/\|リスク\|\|2 中\|相談員 花子$/),
          expect.stringMatching(/\|担当相談員\|\|相談員 花子\|相談員 花子$/),
        ]),
      );
      // What the partner was given: the summary and the two assessment fields ticked, with whom and when.
      const shared = sheet('つなぎ先と共有した内容');
      expect(shared[0]).toBe('共有日時|つなぎ先|種類|項目|内容|同意の撤回');
      expect(shared.slice(1).map((row) => row.split('|').slice(1).join('|'))).toEqual([
        'こども家庭センター|概要||家賃の滞納について相談を希望',
        'こども家庭センター|アセスメント|主訴 › 主訴|開示 請求子の家計が苦しい',
        'こども家庭センター|アセスメント|主訴 › 困りごと|食事、経済',
      ]);
      expect(shared[1].split('|')[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect(sheet('つなぎ').join('\n')).toContain('こども家庭センター');
      expect(sheet('つなぎ').join('\n')).toContain('家賃の滞納について相談を希望');
      expect(sheet('つなぎの経過').length).toBeGreaterThan(1);
      expect(sheet('同意').join('\n')).toContain('子育て支援のための情報共有');
      // The food-delivery household as staff know it, its rounds and what was seen; the address only said to be kept.
      const food = sheet('こども宅食');
      expect(food).toHaveLength(2);
      expect(food[1].split('|')).toEqual([
        '神戸市こども宅食',
        expect.any(String),
        'LINEから申込み',
        '登録',
        '事情の記録',
        '宅食 世帯子',
        '記録あり（この書類には載せていません。窓口で本人確認のうえお伝えします）',
        '中央区',
        '2018-05、2021-11',
        'その他',
        '非課税世帯',
        '卵・小麦',
        '手渡し',
        '平日18時以降',
        'はい',
        expect.stringContaining('第1回'),
      ]);
      expect(food[1]).toContain('配達済み / 様子: 気になる / 玄関先で元気がなかった');
      expect(food[1]).toContain('第2回');
      expect(sheet('概要')).toEqual(expect.arrayContaining(['こども宅食の世帯|1']));
      const [exported] = await ownerQuery<{ details: Record<string, unknown> }>(
        `select details from audit_event where action = 'family.exported' and target_id = $1`,
        [family.registrantId],
      );
      expect(exported.details).toMatchObject({ media: 2, shares: 1 });
      expect(
        await count(`select count(*) as n from audit_event where action = 'family.exported' and target_id = $1`, [
          family.registrantId,
        ]),
      ).toBe(1);
      // Opening the media for the export is that one audited act: no media view is recorded beside it.
      expect(
        await count(
          `select count(*) as n from audit_event a join message_media mm on mm.id::text = a.target_id
           join message m on m.id = mm.message_id where a.action = 'media.viewed' and m.conversation_id = $1`,
          [family.conversationId],
        ),
      ).toBe(0);
      // The media stay sealed where they are kept.
      const stored = await ownerQuery<{ content: Buffer }>(
        `select mm.content from message_media mm join message m on m.id = mm.message_id
         where m.conversation_id = $1 and mm.content is not null`,
        [family.conversationId],
      );
      expect(stored).toHaveLength(2);
      for (const row of stored) expect(row.content.includes(photo.subarray(0, 64))).toBe(false);
      // So does the archive while it waits to be fetched: the photo is in it, but not in plain.
      const [waiting] = await ownerQuery<{ content: Buffer }>(
        `select content from download where tenant_id = $1 and filename like 'family-record-%' order by created_at desc limit 1`,
        [kobe.id],
      );
      expect(waiting.content.length).toBeGreaterThan(photo.length);
      expect(waiting.content.includes(photo.subarray(0, 64))).toBe(false);
      expect(waiting.content.subarray(0, 2).toString()).not.toBe('PK');
    });

    it('refuses an admin who does not counsel, a counsellor, a viewer and a partner user', async () => {
      const family = await newFamily('権限 確認子');
      for (const user of [admin, counsellor, viewer, partnerUser]) {
        const res = await call(user, EXPORT, { input: { registrantId: family.registrantId } });
        expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      }
      expect(
        await count(`select count(*) as n from audit_event where action = 'family.exported' and target_id = $1`, [
          family.registrantId,
        ]),
      ).toBe(0);
    });

    it('does not export a family of another tenant', async () => {
      const family = await newFamily('他市 家族子');
      const res = await call(yamagataAdminCounsellor, EXPORT, { input: { registrantId: family.registrantId } });
      expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    });
  });

  describe('erasure', () => {
    const PLAN = `query($id: ID!) { familyErasurePlan(registrantId: $id) { displayName erased { item count } kept { item count } } }`;
    const ERASE = `mutation($input: EraseFamilyInput!) { eraseFamily(input: $input) {
      cases assessments changes messages attributes draftReferrals keptReferrals keptConsents foodHouseholds
      counsellorTasks } }`;

    it('shows what goes and what stays, then erases all of it on the typed name, keeping what the city must', async () => {
      const family = await newFamily('消去 依頼子');
      await importedFromKintone(family.caseId);
      expect(await importedRows(family.caseId)).toBe(1);
      const referralId = await referred(family);
      const plan = await call(adminCounsellor, PLAN, { id: family.registrantId });
      expect(plan.data?.familyErasurePlan.displayName).toBe('消去 依頼子');
      const erased = Object.fromEntries(
        plan.data!.familyErasurePlan.erased.map((e: { item: string; count: number }) => [e.item, e.count]),
      );
      expect(erased).toMatchObject({ MESSAGES: 1, CASE_RECORD: 1, ASSESSMENTS: 1 });
      const kept = Object.fromEntries(
        plan.data!.familyErasurePlan.kept.map((e: { item: string; count: number }) => [e.item, e.count]),
      );
      expect(kept).toMatchObject({ SENT_REFERRALS: 1, CONSENTS: 1 });
      expect(kept.AUDIT_TRAIL).toBeGreaterThan(0);

      // A wrong name erases nothing.
      const wrong = await call(adminCounsellor, ERASE, {
        input: { registrantId: family.registrantId, confirmation: '消去 依頼' },
      });
      expect(errorCodes(wrong)).toEqual(['BAD_USER_INPUT']);
      expect((await caseRows(family.caseId))[0]).toBe(1);

      const res = await call(adminCounsellor, ERASE, {
        input: { registrantId: family.registrantId, confirmation: '消去　依頼子' },
      });
      expect(errorCodes(res)).toEqual([]);
      expect(res.data?.eraseFamily).toMatchObject({
        cases: 1,
        assessments: 1,
        messages: 1,
        keptReferrals: 1,
        keptConsents: 1,
      });
      expect(await caseRows(family.caseId)).toEqual([0, 0, 0]);
      expect(await importedRows(family.caseId)).toBe(0);
      expect(await count('select count(*) as n from conversation where id = $1', [family.conversationId])).toBe(0);
      expect(await count(`select count(*) as n from message where text like '消去 依頼子%'`, [])).toBe(0);
      const [registrant] = await ownerQuery<{ display_name: string | null; labels: string[]; line_user_id: string }>(
        'select display_name, labels, line_user_id from registrant where id = $1',
        [family.registrantId],
      );
      expect(registrant).toMatchObject({ display_name: null, labels: [] });
      expect(registrant.line_user_id.startsWith('erased:')).toBe(true);
      const [referral] = await ownerQuery<{ status: string; conversation_id: string | null }>(
        'select status, conversation_id from referral where id = $1',
        [referralId],
      );
      expect(referral).toEqual({ status: 'sent', conversation_id: null });
      expect(
        await count(`select count(*) as n from audit_event where action = 'family.erased' and target_id = $1`, [
          family.registrantId,
        ]),
      ).toBe(1);
      // The partner still reads what it was sent.
      const partnerRead = await call(partnerUser, 'query($id: ID!) { referral(id: $id) { id status summary } }', {
        id: referralId,
      });
      expect(errorCodes(partnerRead)).toEqual([]);
      expect(partnerRead.data?.referral).toMatchObject({ status: 'SENT', summary: '家賃の滞納について相談を希望' });
      const chain = await call(admin, '{ verifyAuditChain { ok } }');
      expect(chain.data?.verifyAuditChain.ok).toBe(true);
      // Nothing is left to export or erase again.
      expect(errorCodes(await call(adminCounsellor, PLAN, { id: family.registrantId }))).toEqual(['NOT_FOUND']);
    });

    it("anonymises the family's food-delivery households, keeping what the rounds delivered as counts", async () => {
      const family = await newFamily('宅食 消去子');
      const household = await foodHousehold(family);
      const fiscalYear = fiscalYearOf(todayIn('Asia/Tokyo'));
      const REPORT = `query($fiscalYear: Int!, $programmeId: ID) {
        tenantReport(fiscalYear: $fiscalYear, programmeId: $programmeId, exact: true) {
          tables { key rows { key values { value } } } } }`;
      const foodTables = async () =>
        (
          await call<{ tenantReport: { tables: { key: string }[] } }>(admin, REPORT, {
            fiscalYear,
            programmeId: foodProgrammeId,
          })
        ).data!.tenantReport.tables.filter((table) => table.key.startsWith('foodDelivery.'));
      const before = await foodTables();
      expect(JSON.stringify(before)).toContain('"delivered"');
      const plan = await call(adminCounsellor, PLAN, { id: family.registrantId });
      expect(plan.data!.familyErasurePlan.erased).toEqual(
        expect.arrayContaining([{ item: 'FOOD_HOUSEHOLDS', count: 1 }]),
      );

      const res = await call(adminCounsellor, ERASE, {
        input: { registrantId: family.registrantId, confirmation: '宅食 消去子' },
      });
      expect(errorCodes(res)).toEqual([]);
      expect(res.data?.eraseFamily).toMatchObject({ cases: 1, foodHouseholds: 1, counsellorTasks: 1 });

      // The household stays, WITHDRAWN, with nothing that tells who it was.
      const [row] = await ownerQuery<Record<string, unknown>>('select * from food_household where id = $1', [
        household.id,
      ]);
      expect(row).toMatchObject({
        name: '（消去済み）',
        address_sealed: null,
        area: '',
        children_birth_months: [],
        eligibility_note: null,
        allergies: null,
        preferred_times: null,
        status_reason: null,
        status: 'withdrawn',
        registrant_id: null,
      });
      const history = await ownerQuery<{ status: string }>(
        'select status from food_household_status_change where household_id = $1 order by changed_at, id',
        [household.id],
      );
      expect(history.map((h) => h.status)).toEqual(['enrolled', 'withdrawn']);
      // The delivery that went out stays, without the area and the deliverer's note; the planned place is freed.
      const places = await ownerQuery<Record<string, unknown>>(
        'select id, round_id, outcome, observation, observation_note, area from food_round_household where household_id = $1',
        [household.id],
      );
      expect(places).toEqual([
        {
          id: household.delivered,
          round_id: expect.any(String),
          outcome: 'delivered',
          observation: 'concern',
          observation_note: null,
          area: null,
        },
      ]);
      const [task] = await ownerQuery<{ family_label: string; detail: string | null }>(
        'select family_label, detail from counsellor_task where source_id = $1',
        [household.delivered],
      );
      expect(task).toEqual({ family_label: '（消去済み）', detail: null });
      expect(
        await count('select count(*) as n from food_application_token where registrant_id = $1', [family.registrantId]),
      ).toBe(0);
      const left = JSON.stringify([row, places, task]);
      for (const personal of [
        '宅食 世帯子',
        '卵',
        '平日18時',
        '非課税',
        '中央区',
        '2018-05',
        '元気がなかった',
        'v1.sealed-address',
      ]) {
        expect(left).not.toContain(personal);
      }
      // Staff asking for its address are told it is gone; the food report counts the same as before.
      const address = await call(admin, 'query($id: ID!) { foodHouseholdAddress(householdId: $id) { city } }', {
        id: household.id,
      });
      expect(address.errors?.[0].extensions?.reason).toBe('FOOD_HOUSEHOLD_ADDRESS_ERASED');
      // Nor is it shipped to: a round whose only courier household was erased has none to export.
      await ownerQuery(`update food_round_household set delivery_method = 'courier' where id = $1`, [
        household.delivered,
      ]);
      const courier = await call(
        admin,
        'mutation($input: ExportFoodCourierCsvInput!) { exportFoodCourierCsv(input: $input) { households } }',
        {
          input: {
            roundId: places[0]['round_id'],
            shipOn: todayIn('Asia/Tokyo'),
            sender: {
              name: '事務局',
              phone: '078-331-8181',
              postalCode: '650-8570',
              address: '兵庫県神戸市中央区加納町6-5-1',
            },
          },
        },
      );
      expect(courier.errors?.[0].extensions?.reason).toBe('FOOD_NO_COURIER_HOUSEHOLDS');
      expect(await foodTables()).toEqual(before);
    });

    it('erases nothing when any part fails (here, its audit line)', async () => {
      const family = await newFamily('途中 失敗子');
      const audit = t.app.get(AuditTrail);
      const record = audit.record.bind(audit);
      const spy = jest.spyOn(audit, 'record').mockImplementation(async (action, ...rest) => {
        if (action === 'family.erased') throw new Error('the audit trail is unavailable');
        return record(action, ...rest);
      });
      try {
        const res = await call(adminCounsellor, ERASE, {
          input: { registrantId: family.registrantId, confirmation: '途中 失敗子' },
        });
        expect(res.data?.eraseFamily ?? null).toBeNull();
        expect(errorCodes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
      } finally {
        spy.mockRestore();
      }
      expect(await caseRows(family.caseId)).toEqual([1, 1, expect.any(Number)]);
      expect(await count('select count(*) as n from conversation where id = $1', [family.conversationId])).toBe(1);
      const [registrant] = await ownerQuery<{ display_name: string | null }>(
        'select display_name from registrant where id = $1',
        [family.registrantId],
      );
      expect(registrant.display_name).toBe('途中 失敗子');
    });

    it('removes a family that nothing kept refers to altogether', async () => {
      const family = await newFamily('紹介 なし子');
      await sendsMedia(family);
      const mediaIds = (
        await ownerQuery<{ id: string }>(
          'select mm.id from message_media mm join message m on m.id = mm.message_id where m.conversation_id = $1',
          [family.conversationId],
        )
      ).map((row) => row.id);
      expect(mediaIds).toHaveLength(3);
      const res = await call(adminCounsellor, ERASE, {
        input: { registrantId: family.registrantId, confirmation: '紹介 なし子' },
      });
      expect(res.data?.eraseFamily).toMatchObject({ cases: 1, messages: 4, keptReferrals: 0, keptConsents: 0 });
      // The photos and files went with their messages.
      expect(await count('select count(*) as n from message_media where id = any($1::uuid[])', [mediaIds])).toBe(0);
      expect(await count('select count(*) as n from registrant where id = $1', [family.registrantId])).toBe(0);
    });

    it('refuses everyone but an admin who counsels, and another tenant, erasing nothing', async () => {
      const family = await newFamily('拒否 確認子');
      const input = { registrantId: family.registrantId, confirmation: '拒否 確認子' };
      for (const user of [admin, counsellor, viewer, partnerUser]) {
        expect(errorCodes(await call(user, ERASE, { input }))).toEqual(['FORBIDDEN']);
        expect(errorCodes(await call(user, PLAN, { id: family.registrantId }))).toEqual(['FORBIDDEN']);
      }
      expect(errorCodes(await call(yamagataAdminCounsellor, ERASE, { input }))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await call(yamagataAdminCounsellor, PLAN, { id: family.registrantId }))).toEqual(['NOT_FOUND']);
      expect((await caseRows(family.caseId))[0]).toBe(1);
    });
  });

  describe('report', () => {
    const REPORT = `query($fiscalYear: Int!, $exact: Boolean) { tenantReport(fiscalYear: $fiscalYear, exact: $exact) {
      suppressionThreshold tables { key group rows { key label values { value suppressed display } } } } }`;

    it('counts open cases by risk and the needs reportable fields name, suppressed for the city', async () => {
      const fiscalYear = fiscalYearOf(todayIn('Asia/Tokyo'));
      const report = async (user: TestUser, exact: boolean) =>
        (await call(user, REPORT, { fiscalYear, exact })).data?.tenantReport as {
          tables: {
            key: string;
            group: string;
            rows: { key: string; label: string; values: { value: number | null; suppressed: boolean }[] }[];
          }[];
        };
      const before = await report(admin, true);
      const row = (r: typeof before, table: string, key: string) =>
        r.tables.find((x) => x.key === table)?.rows.find((x) => x.key === key || x.label === key);
      const last = (r: typeof before, table: string, key: string) => row(r, table, key)?.values.at(-1)?.value ?? 0;
      await newFamily('報告 高子', { risk: 3 });
      await newFamily('報告 高二子', {
        risk: 3,
        values: { complaint: '食事に困る', worries: ['food'], school: 'absent' },
      });
      const after = await report(admin, true);
      expect(row(after, 'caseRecords.openByRisk', 'risk3')).toBeDefined();
      expect(last(after, 'caseRecords.openByRisk', 'risk3') - last(before, 'caseRecords.openByRisk', 'risk3')).toBe(2);
      expect(
        last(after, 'caseRecords.needs', '困りごと：食事') - last(before, 'caseRecords.needs', '困りごと：食事'),
      ).toBe(2);
      expect(
        last(after, 'caseRecords.needs', '困りごと：経済') - last(before, 'caseRecords.needs', '困りごと：経済'),
      ).toBe(1);
      // A field not marked reportable is not counted.
      expect(row(after, 'caseRecords.needs', '学校：不登校')).toBeUndefined();
      expect(after.tables.find((x) => x.key === 'caseRecords.needs')?.group).toBe('CASE_RECORDS');

      // The city's viewer sees the same tables with small counts suppressed.
      const suppressed = await report(viewer, false);
      const risk3 = row(suppressed, 'caseRecords.openByRisk', 'risk3');
      expect(risk3?.values.some((v) => v.suppressed)).toBe(true);
      const economy = row(suppressed, 'caseRecords.needs', '困りごと：経済');
      expect(economy?.values.every((v) => v.suppressed || v.value === null || v.value >= 5)).toBe(true);
    });
  });
});
