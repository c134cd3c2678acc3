import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { pdfText, SmtpListener } from '@tsunagu/platform/testing';
import { ReportDeliveryService } from '@tsunagu/reporting';
import { eventually, ownerQuery } from './support/line';
import { errorCodes, TestApp, type TestUser } from './support/test-app';

interface Run {
  id: string;
  periodLabel: string;
  trigger: string;
  status: string;
  recipientCount: number;
}

describe('reports sent by mail', () => {
  const smtp = new SmtpListener();
  let t: TestApp;
  let tenant: Tenant;
  let admin: TestUser;
  let viewer: TestUser;
  const liaisons = [`liaison-${Date.now()}@city.example.jp`, `council-${Date.now()}@city.example.jp`];

  beforeAll(async () => {
    await smtp.start();
    t = await TestApp.start({ JOB_WORKERS: '1', SMTP_URL: smtp.url });
    tenant = await t.newTenant();
    admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    viewer = await t.newUser({ tenant, role: TenantRole.MUNICIPAL_VIEWER });
    const res = await t.graphql(
      'mutation($input: UpdateReportSettingsInput!) { updateReportSettings(input: $input) { recipients } }',
      { input: { recipients: liaisons, scheduleDay: 5 } },
      { token: admin.token },
    );
    expect(res.errors).toBeUndefined();
  }, 60_000);

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  /**
   * Waits until every report-sending job of the tenant has ended (none queued, waiting for a retry
   * or running): after that no mail of the tenant can still come. Answers the jobs not ended.
   */
  const sendsEnded = async (tenantId: string): Promise<number> => {
    const pending = () =>
      ownerQuery<{ n: number }>(
        `select count(*)::int as n from pgboss.job
          where name = 'report.send' and data->>'tenantId' = $1 and state in ('created', 'retry', 'active')`,
        [tenantId],
      );
    return (await eventually(pending, (rows) => rows[0].n === 0, 30_000))[0].n;
  };

  const runs = async (user: TestUser) =>
    (
      await t.graphql<{ reportRuns: { edges: { node: Run }[] } }>(
        '{ reportRuns(first: 20) { edges { node { id periodLabel trigger status recipientCount } } } }',
        {},
        { token: user.token },
      )
    ).data?.reportRuns.edges.map((e) => e.node) ?? [];

  it('mails a suppressed report in PDF, XLSX and CSV when a tenant admin runs it now', async () => {
    const res = await t.graphql<{ runReportNow: Run }>(
      'mutation($input: RunReportNowInput!) { runReportNow(input: $input) { id periodLabel trigger status recipientCount } }',
      { input: { fiscalYear: 2025, month: 3 } },
      { token: admin.token },
    );
    expect(res.data?.runReportNow).toMatchObject({ periodLabel: '2026年3月', trigger: 'MANUAL', status: 'QUEUED' });

    const mail = await smtp.mailTo(liaisons[0], 30_000);
    expect(mail.subject).toContain('活動報告 2026年3月');
    expect(mail.attachments.map((a) => a.filename).sort()).toEqual(
      [
        `${tenant.slug}-report-2026-03.csv`,
        `${tenant.slug}-report-2026-03.pdf`,
        `${tenant.slug}-report-2026-03.xlsx`,
      ].sort(),
    );
    const pdf = mail.attachments.find((a) => a.filename.endsWith('.pdf'))!;
    const text = pdfText(pdf.content);
    expect(text).toContain('活動報告');
    expect(text).toContain('2026年3月');
    // A tenant without activity: every count is below k, so the mailed report shows them as <5.
    const csv = mail.attachments.find((a) => a.filename.endsWith('.csv'))!;
    expect(csv.content.toString('utf8')).toContain('<5');
    // The body explains the files' marks with the tenant's k, as the files show them.
    expect(mail.text).toContain('「<5」');
    expect(mail.text).not.toContain('<k');
    await smtp.mailTo(liaisons[1], 10_000);

    // At once again: refused, and nothing more is sent.
    const again = await t.graphql(
      'mutation($input: RunReportNowInput!) { runReportNow(input: $input) { id } }',
      { input: { fiscalYear: 2025, month: 3 } },
      { token: admin.token },
    );
    expect(errorCodes(again)).toEqual(['CONFLICT']);

    const sent = await eventually(
      () => runs(viewer),
      (list) => list.some((r) => r.id === res.data?.runReportNow.id && r.status === 'SENT'),
    );
    expect(sent.find((r) => r.id === res.data?.runReportNow.id)).toMatchObject({ status: 'SENT', recipientCount: 2 });
    expect(
      errorCodes(
        await t.graphql(
          'mutation($input: RunReportNowInput!) { runReportNow(input: $input) { id } }',
          { input: { fiscalYear: 2025 } },
          { token: viewer.token },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it("sends the previous month's report once on the tenant's day, however often the dispatcher runs", async () => {
    const delivery = t.app.get(ReportDeliveryService);
    const subject = '活動報告 2026年4月';
    const mailsFor = () => smtp.mails.filter((m) => m.to.includes(liaisons[0]) && m.subject.includes(subject));

    // 6 May in Tokyo is not the day; 5 May 09:00 in Tokyo is.
    await delivery.dispatch(new Date('2026-05-06T00:00:00Z'));
    await delivery.dispatch(new Date('2026-05-05T00:00:00Z'));
    await smtp.mailTo(liaisons[0], 30_000);
    await eventually(
      () => runs(admin),
      (list) => list.some((r) => r.trigger === 'SCHEDULED' && r.status === 'SENT'),
    );
    // The same day again: it queues a second send, which must find the month sent and send nothing.
    expect(await delivery.dispatch(new Date('2026-05-05T10:00:00Z'))).toBeGreaterThan(0);
    expect(await sendsEnded(tenant.id)).toBe(0);
    expect(mailsFor()).toHaveLength(1);
    const scheduled = await ownerQuery<{ n: number }>(
      `select count(*)::int as n from report_run where tenant_id = $1 and trigger = 'scheduled' and fiscal_year = 2026 and month = 4`,
      [tenant.id],
    );
    expect(scheduled[0].n).toBe(1);
  });

  it('delivers to the other recipients when one address is refused for good, and does not retry it', async () => {
    const city = await t.newTenant();
    const cityAdmin = await t.newUser({ tenant: city, role: TenantRole.TENANT_ADMIN });
    const good = `good-${Date.now()}@city.example.jp`;
    const gone = `gone-${Date.now()}@city.example.jp`;
    smtp.refused.add(gone);
    await t.graphql(
      'mutation($input: UpdateReportSettingsInput!) { updateReportSettings(input: $input) { recipients } }',
      { input: { recipients: [gone, good], suppressionThreshold: 8, language: 'en' } },
      { token: cityAdmin.token },
    );
    const res = await t.graphql<{ runReportNow: Run }>(
      'mutation($input: RunReportNowInput!) { runReportNow(input: $input) { id } }',
      { input: { fiscalYear: 2025, month: 4 } },
      { token: cityAdmin.token },
    );
    const done = await eventually(
      () => runs(cityAdmin),
      (list) => list.some((r) => r.id === res.data?.runReportNow.id && r.status !== 'QUEUED'),
    );
    expect(done.find((r) => r.id === res.data?.runReportNow.id)).toMatchObject({ status: 'SENT', recipientCount: 1 });
    // Its job has ended without a retry pending: nothing more will be sent to either address.
    expect(await sendsEnded(city.id)).toBe(0);
    const delivered = smtp.mails.filter((m) => m.to.includes(good));
    expect(delivered).toHaveLength(1);
    expect(smtp.mails.filter((m) => m.to.includes(gone))).toHaveLength(0);
    // This city's k is 8: its mail says so, in its language.
    expect(delivered[0].text).toContain('"<8"');
    expect(delivered[0].text).not.toContain('<k');
  });

  it('refuses a month outside 1–12, and records nothing', async () => {
    const before = (await runs(admin)).length;
    const res = await t.graphql(
      'mutation($input: RunReportNowInput!) { runReportNow(input: $input) { id } }',
      { input: { fiscalYear: 2025, month: 0 } },
      { token: admin.token },
    );
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect((await runs(admin)).length).toBe(before);
  });
});
