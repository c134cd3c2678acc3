import { randomUUID } from 'node:crypto';
import type { Tenant } from '@tsunagu/platform/database';
import { PlatformRole, TenantRole } from '@tsunagu/platform/permissions';
import { pdfText } from '@tsunagu/platform/testing';
import { ownerQuery } from './support/line';
import { Activity } from './support/report-activity';
import { errorCodes, TestApp, type TestUser } from './support/test-app';

const REPORT = `query($fiscalYear: Int!, $month: Int, $exact: Boolean) {
  tenantReport(fiscalYear: $fiscalYear, month: $month, exact: $exact) {
    tenantName fiscalYear month periodLabel periodLabelEn suppressionThreshold
    tables { key group title columns { key label } rows { key label values { value suppressed display } } }
  } }`;

interface ReportResult {
  tenantName: string;
  periodLabel: string;
  periodLabelEn: string;
  suppressionThreshold: number | null;
  tables: {
    key: string;
    columns: { key: string; label: string }[];
    rows: { key: string; label: string; values: { value: number | null; suppressed: boolean; display: string }[] }[];
  }[];
}

describe('reports to municipalities', () => {
  let t: TestApp;
  let city: Tenant;
  let other: Tenant;
  let admin: TestUser;
  let viewer: TestUser;
  let counsellor: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    city = await t.newTenant();
    other = await t.newTenant();
    admin = await t.newUser({ tenant: city, role: TenantRole.TENANT_ADMIN });
    viewer = await t.newUser({ tenant: city, role: TenantRole.MUNICIPAL_VIEWER });
    counsellor = await t.newUser({ tenant: city, role: TenantRole.COUNSELOR });
    const otherAdmin = await t.newUser({ tenant: other, role: TenantRole.TENANT_ADMIN });

    const activity = await new Activity(city).start(t, admin.token);
    const parenting = await activity.category('子育て', 1);
    const poverty = await activity.category('生活困窮', 2);
    // April 2025: eight families, six about parenting, two about poverty; two of them later block.
    const april: { conversationId: string; lineUserId: string }[] = [];
    for (let i = 0; i < 8; i++) {
      april.push(await activity.family(`2025-04-0${i + 1}T10:00:00+09:00`, [i < 6 ? parenting : poverty]));
    }
    await activity.urgent(april[2].conversationId, '2025-04-03T10:05:00+09:00');
    // Referrals: two to one partner in April (one completed with help in May, one overdue then
    // accepted after 2 days, then noted), one to another partner in May, declined.
    const centre = await t.newPartnerOrganization(city, 'こども家庭センター');
    const foodBank = await t.newPartnerOrganization(city, 'フードバンク');
    await activity.referral(
      april[3],
      centre,
      '2025-04-10T10:00:00+09:00',
      [
        ['sent', '2025-04-10T11:00:00+09:00'],
        ['accepted', '2025-04-11T11:00:00+09:00'],
        ['in_progress', '2025-04-12T11:00:00+09:00'],
        ['completed', '2025-05-20T11:00:00+09:00'],
      ],
      { outcome: 'got_help', authorId: admin.id },
    );
    await activity.referral(
      april[4],
      centre,
      '2025-04-14T10:00:00+09:00',
      [
        ['sent', '2025-04-14T11:00:00+09:00'],
        ['accepted', '2025-04-18T11:00:00+09:00'],
        // A note on the accepted referral: a step that changes no status, never a second acceptance.
        ['accepted', '2025-04-25T11:00:00+09:00'],
      ],
      { overdueAt: '2025-04-17T00:00:00+09:00', authorId: admin.id },
    );
    await activity.referral(
      april[5],
      foodBank,
      '2025-05-01T10:00:00+09:00',
      [
        ['sent', '2025-05-01T11:00:00+09:00'],
        ['declined', '2025-05-02T11:00:00+09:00'],
      ],
      { authorId: admin.id },
    );
    await activity.block(april[0].lineUserId, '2025-05-10T12:00:00+09:00');
    await activity.block(april[1].lineUserId, '2025-05-11T12:00:00+09:00');
    // Replies: in hours after 10, 20 and 30 minutes; out of hours after 120 minutes.
    for (const [i, minutes] of [10, 20, 30].entries()) {
      const since = `2025-04-0${i + 1}T10:00:00+09:00`;
      const at = new Date(new Date(since).getTime() + minutes * 60_000).toISOString();
      await activity.message(april[i].conversationId, 'out', at, { since, inHours: true });
    }
    // The last minutes of the fiscal year belong to it (March 2026); the first of the next do not.
    await activity.family('2026-03-31T23:30:00+09:00', [parenting]);
    await activity.family('2026-04-01T00:00:00+09:00', [parenting]);

    // One of the city's staff seconded to the NPO for the year, from June.
    const staffId = randomUUID();
    await ownerQuery(
      `insert into seconded_staff (id, tenant_id, name, name_kana, home_department, job_title, created_at, updated_at)
       values ($1, $2, '出向 太郎', 'しゅっこう たろう', '福祉局', '主事', now(), now())`,
      [staffId, city.id],
    );
    await ownerQuery(
      `insert into secondment (id, tenant_id, staff_id, host_organization, host_department, starts_on, ends_on,
         legal_basis, status, created_at, updated_at)
       values ($1, $2, $3, 'NPO', '事業部', '2025-06-01', '2026-03-31', '研修派遣', 'active', now(), now())`,
      [randomUUID(), city.id, staffId],
    );

    // Broadcasts to the April families: one on 20 April (the May blocks come weeks later), one on 5
    // May (both blocks within its 7 days), and a cancelled one, which counts for nothing.
    const recipients = await ownerQuery<{ id: string; channel_id: string; line_user_id: string }>(
      'select id, channel_id, line_user_id from registrant where tenant_id = $1 and line_user_id = any($2)',
      [city.id, april.map((f) => f.lineUserId)],
    );
    for (const [status, at] of [
      ['sent', '2025-04-20T09:00:00+09:00'],
      ['sent', '2025-05-05T09:00:00+09:00'],
      ['cancelled', '2025-05-06T09:00:00+09:00'],
    ]) {
      const broadcastId = randomUUID();
      const sent = status === 'sent' ? recipients.length : 0;
      await ownerQuery(
        `insert into broadcast (id, tenant_id, channel_id, title, messages, audience_kind, status, composed_by_id,
           sending_started_at, finished_at, audience_count, sent_count, created_at, updated_at)
         values ($1, $2, $3, 'お知らせ', '[]', 'everyone', $4, $5, $6, $6::timestamptz + interval '2 seconds', $7, $7, $6, $6)`,
        [broadcastId, city.id, recipients[0].channel_id, status, admin.id, at, sent],
      );
      if (status === 'sent') {
        await ownerQuery(
          `insert into broadcast_recipient (broadcast_id, registrant_id, tenant_id, batch_no, line_user_id)
           select $1, r.id, $2, 0, r.line_user_id from registrant r where r.id = any($3::uuid[])`,
          [broadcastId, city.id, recipients.map((r) => r.id)],
        );
      }
    }

    // Another city's families must never count here.
    const elsewhere = await new Activity(other).start(t, otherAdmin.token);
    for (let i = 0; i < 20; i++) await elsewhere.family('2025-04-15T10:00:00+09:00');
  });

  afterAll(async () => {
    await t.close();
  });

  async function report(user: TestUser, variables: Record<string, unknown>) {
    const res = await t.graphql<{ tenantReport: ReportResult }>(REPORT, variables, { token: user.token });
    return { data: res.data?.tenantReport, codes: errorCodes(res) };
  }

  const table = (r: ReportResult | undefined, key: string) => r?.tables.find((x) => x.key === key);
  const cells = (r: ReportResult | undefined, tableKey: string, rowKey: string) =>
    table(r, tableKey)
      ?.rows.find((row) => row.key === rowKey)
      ?.values.map((v) => v.value);

  it('gives a tenant admin exact counts for the fiscal year, month by month, in the tenant’s time zone', async () => {
    const { data, codes } = await report(admin, { fiscalYear: 2025, exact: true });
    expect(codes).toEqual([]);
    expect(data).toMatchObject({
      periodLabel: '令和7年度 (FY2025)',
      periodLabelEn: 'FY2025',
      suppressionThreshold: null,
    });
    const columns = table(data, 'consultations.opened')?.columns.map((c) => c.label);
    expect(columns?.[0]).toBe('2025年4月');
    expect(columns?.[11]).toBe('2026年3月');
    expect(columns?.[12]).toBe('年度計');

    // Conversations opened: April 8 (6 parenting, 2 poverty), March 1 (the 23:30 one), not the 00:00 one.
    const opened = table(data, 'consultations.opened')!;
    expect(opened.rows.map((r) => r.label)).toEqual(['子育て', '生活困窮', '未分類', '新規相談（計）']);
    const parenting = cells(data, 'consultations.opened', opened.rows[0].key);
    expect([parenting?.[0], parenting?.[11], parenting?.[12]]).toEqual([6, 1, 7]);
    expect(cells(data, 'consultations.opened', 'total')?.[12]).toBe(9);

    // Registrants: 9 follows, 2 blocks in May; 9 − 2 = 7 at the year's end.
    expect(cells(data, 'registrants.changes', 'follows')?.[0]).toBe(8);
    expect(cells(data, 'registrants.changes', 'unfollows')?.[1]).toBe(2);
    expect(cells(data, 'registrants.changes', 'netChange')?.[12]).toBe(7);
    expect(cells(data, 'registrants.total', 'total')?.slice(0, 2)).toEqual([8, 6]);
    expect(cells(data, 'registrants.total', 'total')?.[12]).toBe(7);

    // Messages: 9 received; the 23:30 message on Tuesday 31 March 2026 is in March, 21:00–24:00.
    expect(cells(data, 'consultations.messagesByWeekday', 'total')?.[12]).toBe(9);
    expect(cells(data, 'consultations.messagesByWeekday', 'weekday2')?.[11]).toBe(1);
    expect(cells(data, 'consultations.messagesByHour', 'band7')?.[11]).toBe(1);
    expect(cells(data, 'consultations.messagesSent', 'replies')?.[0]).toBe(3);
    expect(cells(data, 'consultations.urgent', 'urgent')?.slice(0, 2)).toEqual([1, 0]);

    // Referrals: made 2 in April and 1 in May; sent by partner (the overdue mark is not a second send);
    // completed with help in May; accepted after 1 and 4 days (median 2.5).
    expect(cells(data, 'referrals.flow', 'created')?.slice(0, 2)).toEqual([2, 1]);
    expect(cells(data, 'referrals.flow', 'accepted')?.[12]).toBe(2);
    expect(cells(data, 'referrals.flow', 'declined')?.[1]).toBe(1);
    expect(cells(data, 'referrals.flow', 'overdue')?.[0]).toBe(1);
    const sent = table(data, 'referrals.sentByPartner')!;
    expect(sent.rows.map((r) => [r.label, r.values[12].value])).toEqual([
      ['こども家庭センター', 2],
      ['フードバンク', 1],
      ['送付（計）', 3],
    ]);
    expect(cells(data, 'referrals.completedByOutcome', 'got_help')?.[1]).toBe(1);
    expect(cells(data, 'referrals.daysToAccept', 'median')?.[12]).toBe(2.5);

    // Seconded staff: none in April and May, one from June, one in the year.
    const seconded = table(data, 'secondments.active')!.rows;
    expect(seconded.map((r) => [r.label, r.values[0].value, r.values[2].value, r.values[12].value])).toEqual([
      [city.nameJa, 0, 1, 1],
    ]);

    // Broadcasts: one in April, one in May, each to the 8 April families; both blocks in May came
    // within 7 days of the May broadcast, weeks after the April one.
    expect(cells(data, 'broadcasts.delivery', 'sent')?.slice(0, 2)).toEqual([1, 1]);
    expect(cells(data, 'broadcasts.delivery', 'sent')?.[12]).toBe(2);
    expect(cells(data, 'broadcasts.delivery', 'reached')?.slice(0, 2)).toEqual([8, 8]);
    expect(cells(data, 'broadcasts.delivery', 'blocked')?.slice(0, 2)).toEqual([0, 2]);

    // First responses in hours: 10, 20, 30 minutes → median 20.
    expect(cells(data, 'responsiveness.firstResponse', 'inHoursMedian')?.[0]).toBe(20);
    expect(cells(data, 'responsiveness.firstResponse', 'outOfHoursMedian')?.[0]).toBeNull();

    // One calendar month of the fiscal year: March 2026.
    const march = await report(admin, { fiscalYear: 2025, month: 3, exact: true });
    expect(march.data?.periodLabel).toBe('2026年3月');
    expect(cells(march.data, 'consultations.opened', 'total')).toEqual([1]);
  });

  it('suppresses small counts for a municipal viewer, and never gives them exact counts', async () => {
    const { data, codes } = await report(viewer, { fiscalYear: 2025 });
    expect(codes).toEqual([]);
    expect(data?.suppressionThreshold).toBe(5);
    const opened = table(data, 'consultations.opened')!;
    // April: poverty's 2 is small (<5), and one more cell of its column is hidden (x) so that it cannot
    // be worked out from the total; nothing else is changed.
    const april = opened.rows.map((r) => r.values[0]);
    expect(april[1]).toEqual({ value: null, suppressed: true, display: '<5' });
    expect(april.filter((v) => v.suppressed).length).toBeGreaterThanOrEqual(2);
    for (const v of april) if (!v.suppressed) expect(Number(v.display)).toBe(v.value);
    expect(JSON.stringify(data)).not.toContain('家族の相談本文');
    // The two blocks after May's broadcast are a small count too.
    const blocks = table(data, 'broadcasts.delivery')!.rows.find((r) => r.key === 'blocked')!.values[1];
    expect(blocks).toEqual({ value: null, suppressed: true, display: '<5' });

    // A month shows exactly the year's column for it, hidden cells included: were it suppressed on its
    // own, it could show what the year hides, and the year's totals would give the rest away.
    const aprilReport = await report(viewer, { fiscalYear: 2025, month: 4 });
    for (const yearTable of data!.tables) {
      const monthTable = table(aprilReport.data, yearTable.key)!;
      expect(monthTable.rows.map((r) => r.values[0])).toEqual(yearTable.rows.map((r) => r.values[0]));
    }

    expect((await report(viewer, { fiscalYear: 2025, exact: true })).codes).toEqual(['FORBIDDEN']);
    expect((await report(counsellor, { fiscalYear: 2025 })).codes).toEqual(['FORBIDDEN']);
  });

  it("does not return another tenant's activity", async () => {
    const { data } = await report(admin, { fiscalYear: 2025, exact: true });
    expect(cells(data, 'registrants.changes', 'follows')?.[12]).toBe(9);
    const otherViewer = await t.newUser({ tenant: other, role: TenantRole.MUNICIPAL_VIEWER });
    const theirs = await report(otherViewer, { fiscalYear: 2025 });
    expect(cells(theirs.data, 'consultations.opened', 'total')?.[0]).toBe(20);
  });

  it('sums every tenant for a platform admin, suppressed, without statistics', async () => {
    const platformAdmin = await t.newUser({ platformRoles: [PlatformRole.PLATFORM_ADMIN] });
    const res = await t.graphql<{ platformReport: ReportResult }>(
      `query { platformReport(fiscalYear: 2025) { tenantName periodLabel periodLabelEn suppressionThreshold
        tables { key group title columns { key label } rows { key label values { value suppressed display } } } } }`,
      {},
      { token: platformAdmin.token },
    );
    expect(errorCodes(res)).toEqual([]);
    const data = res.data?.platformReport;
    expect(data?.periodLabel).toBe('令和7年度 (FY2025)');
    // The sum is suppressed at the largest k of the cities in it: 5 here, more if another test's city set more.
    expect(data?.suppressionThreshold).toBeGreaterThanOrEqual(5);
    // This city's 9 and the other's 20, at least (other tests' tenants count too).
    // April 2025 holds this city's 8 and the other's 20, at least (other tests' tenants count too),
    // unless it was hidden to protect another cell.
    const april = table(data, 'consultations.opened')?.rows.find((r) => r.key === 'total')?.values[0];
    expect(april?.suppressed || (april?.value ?? 0) >= 28).toBe(true);
    expect(cells(data, 'consultations.opened', 'total')?.some((v) => v !== null)).toBe(true);
    expect(data?.tables.map((x) => x.key)).not.toContain('responsiveness.firstResponse');
    const parenting = table(data, 'consultations.opened')?.rows.filter((r) => r.label === '子育て');
    expect(parenting).toHaveLength(1);
    for (const user of [admin, viewer]) {
      const refused = await t.graphql(
        '{ platformReport(fiscalYear: 2025) { periodLabel } }',
        {},
        { token: user.token },
      );
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    }
  });

  it("breaks the platform report down by city, each city's figures suppressed at its own k", async () => {
    const platformAdmin = await t.newUser({ platformRoles: [PlatformRole.PLATFORM_ADMIN] });
    const setK = (k: number) =>
      t.graphql(
        'mutation($input: UpdateReportSettingsInput!) { updateReportSettings(input: $input) { suppressionThreshold } }',
        { input: { suppressionThreshold: k } },
        { token: admin.token },
      );
    // This city asks for k = 10; the other keeps the default 5.
    expect(errorCodes(await setK(10))).toEqual([]);
    try {
      const res = await t.graphql<{
        platformReport: {
          suppressionThreshold: number;
          cities: {
            tenantSlug: string;
            suppressionThreshold: number;
            figures: {
              key: string;
              unit: string;
              value: { value: number | null; suppressed: boolean; display: string };
            }[];
          }[];
        };
      }>(
        `query { platformReport(fiscalYear: 2025) { suppressionThreshold
          cities { tenantSlug suppressionThreshold figures { key unit value { value suppressed display } } } } }`,
        {},
        { token: platformAdmin.token },
      );
      expect(errorCodes(res)).toEqual([]);
      const platform = res.data!.platformReport;
      // The sum takes the strictest k of all cities.
      expect(platform.suppressionThreshold).toBe(10);
      const mine = platform.cities.find((c) => c.tenantSlug === city.slug)!;
      const theirs = platform.cities.find((c) => c.tenantSlug === other.slug)!;
      expect([mine.suppressionThreshold, theirs.suppressionThreshold]).toEqual([10, 5]);
      const figure = (c: typeof mine, key: string) => c.figures.find((f) => f.key === key)?.value;
      // 9 conversations here are below this city's 10; 20 there are shown at that city's 5.
      expect(figure(mine, 'consultations.opened.total')).toEqual({ value: null, suppressed: true, display: '<10' });
      expect(figure(theirs, 'consultations.opened.total')).toEqual({ value: 20, suppressed: false, display: '20' });

      // No small count of this city appears exact: every year total below k in its exact report is hidden.
      const exact = (await report(admin, { fiscalYear: 2025, exact: true })).data!;
      let small = 0;
      for (const tableOf of exact.tables) {
        for (const row of tableOf.rows) {
          const value = row.values.at(-1)?.value;
          const shown = figure(mine, `${tableOf.key}.${row.key}`);
          if (!shown || value === null || value === undefined || value >= 10) continue;
          if (
            row.key === 'netChange' ||
            tableOf.key.startsWith('responsiveness') ||
            tableOf.key.endsWith('daysToAccept')
          )
            continue; // derived rows and statistics are not counts of families
          small++;
          expect({ key: `${tableOf.key}.${row.key}`, ...shown }).toMatchObject({ suppressed: true, value: null });
        }
      }
      expect(small).toBeGreaterThan(3);
      for (const f of mine.figures)
        if (!f.value.suppressed && f.unit === 'COUNT') expect(f.value.value ?? 10).toBeGreaterThanOrEqual(10);
    } finally {
      expect(errorCodes(await setK(5))).toEqual([]);
    }
  });

  it('refuses a month outside 1–12 or a fiscal year out of range', async () => {
    expect((await report(admin, { fiscalYear: 2025, month: 13 })).codes).toEqual(['BAD_USER_INPUT']);
    expect((await report(admin, { fiscalYear: 1999 })).codes).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps report settings, with k at least 3, and completes the onboarding item with a recipient', async () => {
    const update = (input: object) =>
      t.graphql<{ updateReportSettings: { suppressionThreshold: number; recipients: string[] } }>(
        'mutation($input: UpdateReportSettingsInput!) { updateReportSettings(input: $input) { suppressionThreshold recipients scheduleDay language groups } }',
        { input },
        { token: admin.token },
      );
    expect(errorCodes(await update({ suppressionThreshold: 2 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await update({ recipients: ['not-an-address'] }))).toEqual(['BAD_USER_INPUT']);
    for (const field of ['groups', 'recipients', 'suppressionThreshold', 'language']) {
      expect(errorCodes(await update({ [field]: null }))).toEqual(['BAD_USER_INPUT']);
    }
    const checklist = async () =>
      (
        await t.graphql<{ onboardingChecklist: { reporting: boolean } }>(
          '{ onboardingChecklist { reporting } }',
          {},
          { token: admin.token },
        )
      ).data?.onboardingChecklist.reporting;
    expect(await checklist()).toBe(false);
    // Two first saves at once: both apply, neither fails.
    const [one, two] = await Promise.all([update({ language: 'en' }), update({ scheduleDay: 7 })]);
    expect([errorCodes(one), errorCodes(two)]).toEqual([[], []]);
    const both = await t.graphql<{ reportSettings: { language: string; scheduleDay: number } }>(
      '{ reportSettings { language scheduleDay } }',
      {},
      { token: admin.token },
    );
    expect(both.data?.reportSettings).toEqual({ language: 'en', scheduleDay: 7 });
    await update({ language: 'ja' });
    const saved = await update({ suppressionThreshold: 10, recipients: ['Liaison@City.example.jp'], scheduleDay: 5 });
    const [audited] = await ownerQuery<{ details: Record<string, unknown> }>(
      `select details from audit_event where tenant_id = $1 and action = 'report.settings_updated' order by seq desc limit 1`,
      [city.id],
    );
    expect(audited.details).toMatchObject({ recipientsAdded: 'liaison@city.example.jp', recipientsRemoved: '' });
    expect(saved.data?.updateReportSettings).toMatchObject({
      suppressionThreshold: 10,
      recipients: ['liaison@city.example.jp'],
    });
    expect(await checklist()).toBe(true);
    expect((await report(viewer, { fiscalYear: 2025 })).data?.suppressionThreshold).toBe(10);
    expect(errorCodes(await t.graphql('{ reportSettings { recipients } }', {}, { token: viewer.token }))).toEqual([
      'FORBIDDEN',
    ]);
    await update({ suppressionThreshold: 5 });
  });

  describe('exports', () => {
    async function exported(user: TestUser, format: string, extra: object = {}) {
      const res = await t.graphql<{ exportTenantReport: { url: string } }>(
        'mutation($input: ExportTenantReportInput!) { exportTenantReport(input: $input) { url } }',
        { input: { fiscalYear: 2025, format, ...extra } },
        { token: user.token },
      );
      const url = res.data?.exportTenantReport.url;
      if (!url) return { codes: errorCodes(res), body: Buffer.alloc(0), headers: {} as Record<string, string> };
      const file = await t.download(new URL(url).pathname, user.token);
      return { codes: errorCodes(res), body: file.body as Buffer, headers: file.headers as Record<string, string> };
    }

    it('gives a viewer a suppressed CSV with a BOM and Japanese headers', async () => {
      const csv = await exported(viewer, 'CSV');
      expect(csv.codes).toEqual([]);
      expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = csv.body.toString('utf8').slice(1).split('\r\n');
      expect(lines[0].startsWith('区分,指標,項目,2025年4月,')).toBe(true);
      expect(lines[0].endsWith(',2026年3月,年度計')).toBe(true);
      expect(lines.find((l) => l.includes(',生活困窮,'))?.split(',')[3]).toBe('<5');
      expect(csv.headers['content-disposition']).toContain('report-FY2025.csv');
    });

    it('gives an XLSX and a PDF whose Japanese text can be read back', async () => {
      const xlsx = await exported(viewer, 'XLSX');
      expect(xlsx.body.subarray(0, 2).toString('latin1')).toBe('PK');
      const pdf = await exported(viewer, 'PDF', { month: 4 });
      expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(pdf.body);
      expect(text).toContain('活動報告');
      expect(text).toContain('2025年4月');
      expect(text).toContain('子育て');
      expect(text).toContain('<5');
    });

    it('lets only a tenant admin export exact counts', async () => {
      expect((await exported(viewer, 'CSV', { exact: true })).codes).toEqual(['FORBIDDEN']);
      const exact = await exported(admin, 'CSV', { exact: true });
      expect(exact.body.toString('utf8')).not.toContain('<5');
    });
  });
});
