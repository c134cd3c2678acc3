import { DEMO_REPORT_RECIPIENT, DemoSeeder, giveDemoProfiles } from '@tsunagu/demo';
import { LineSandbox } from '@tsunagu/line-sandbox';
import { pdfText } from '@tsunagu/platform/testing';
import { eventually, ownerQuery } from './support/line';
import { errorCodes, TestApp } from './support/test-app';

const PASSWORD = 'tsunagu-demo-2026';
const REPORT = `query($exact: Boolean) {
  tenantReport(fiscalYear: 2025, exact: $exact) {
    periodLabel suppressionThreshold
    tables { key rows { key label values { value suppressed display } } }
  } }`;

interface Report {
  periodLabel: string;
  suppressionThreshold: number | null;
  tables: {
    key: string;
    rows: { key: string; label: string; values: { value: number | null; suppressed: boolean; display: string }[] }[];
  }[];
}

/**
 * The demo's Kobe has a seeded FY2025 (令和7年度) of invented activity, so that its city liaison
 * (MUNICIPAL_VIEWER) gets a report with real shapes: hundreds of conversations, small cells suppressed,
 * in all three export formats.
 */
describe("the demo's FY2025 report for Kobe's city liaison", () => {
  const sandbox = new LineSandbox();
  let t: TestApp;
  let viewer: string;
  let admin: string;

  beforeAll(async () => {
    // With a job worker and no SMTP server: mail goes to the dev outbox, as in the demo. Its worker
    // processes the demo families' LINE events at once: their profiles come from a LINE sandbox with
    // the demo's names, as in `npm start` (the demo LINE test reads them).
    await sandbox.start();
    giveDemoProfiles(sandbox);
    t = await TestApp.start({
      TSUNAGU_DEMO_PASSWORD: PASSWORD,
      JOB_WORKERS: '1',
      LINE_API_BASE_URL: sandbox.url,
      LINE_DATA_API_BASE_URL: sandbox.url,
    });
    await t.app.get(DemoSeeder).seed();
    viewer = await t.login('viewer@kobe.tsunagu.example', PASSWORD);
    admin = await t.login('admin@kobe.tsunagu.example', PASSWORD);
  }, 180_000);

  afterAll(async () => {
    await t.close();
    await sandbox.stop();
  });

  async function report(token: string, exact = false) {
    const res = await t.graphql<{ tenantReport: Report }>(REPORT, { exact }, { token, tenant: 'kobe' });
    return { data: res.data?.tenantReport, codes: errorCodes(res) };
  }
  const row = (r: Report | undefined, table: string, key: string) =>
    r?.tables.find((x) => x.key === table)?.rows.find((x) => x.key === key);
  /** The fiscal-year total (the last column) of a row. */
  const yearTotal = (r: Report | undefined, table: string, key: string) => row(r, table, key)?.values.at(-1);

  it('gives the viewer a suppressed report of the year, with hundreds of conversations and small cells hidden', async () => {
    const { data, codes } = await report(viewer);
    expect(codes).toEqual([]);
    expect(data).toMatchObject({ periodLabel: '令和7年度 (FY2025)', suppressionThreshold: 5 });

    const opened = yearTotal(data, 'consultations.opened', 'total');
    expect(opened?.suppressed).toBe(false);
    expect(opened?.value).toBeGreaterThan(250);
    expect(opened?.value).toBeLessThan(400);
    // DV is rare: none of its months can be shown.
    const dv = data?.tables
      .find((x) => x.key === 'consultations.opened')
      ?.rows.find((r) => r.label === 'DV')
      ?.values.slice(0, 12);
    expect(dv?.every((v) => v.suppressed && v.display === '<5')).toBe(true);
    const suppressed = data!.tables.flatMap((x) => x.rows.flatMap((r) => r.values)).filter((v) => v.suppressed);
    expect(suppressed.length).toBeGreaterThan(20);
    expect(suppressed.every((v) => v.value === null)).toBe(true);

    expect(yearTotal(data, 'consultations.messagesByWeekday', 'total')?.value).toBeGreaterThan(800);
    expect(yearTotal(data, 'consultations.messagesSent', 'replies')?.value).toBeGreaterThan(300);
    expect(yearTotal(data, 'consultations.messagesSent', 'automatic')?.value).toBeGreaterThan(100);
    expect(yearTotal(data, 'consultations.urgent', 'urgent')?.value).toBeGreaterThanOrEqual(10);
    expect(yearTotal(data, 'registrants.changes', 'follows')?.value).toBeGreaterThan(250);
    const sent = yearTotal(data, 'referrals.sentByPartner', 'total')?.value;
    expect(sent).toBeGreaterThanOrEqual(30);
    expect(sent).toBeLessThan(60);
    expect(row(data, 'responsiveness.firstResponse', 'inHoursMedian')?.values.at(-1)?.value).toBeGreaterThan(0);

    expect((await report(viewer, true)).codes).toEqual(['FORBIDDEN']);
  });

  it('exports the suppressed report as CSV, XLSX and PDF, and never exact counts to the viewer', async () => {
    const exported = async (format: string, exact = false) => {
      const res = await t.graphql<{ exportTenantReport: { url: string } }>(
        'mutation($input: ExportTenantReportInput!) { exportTenantReport(input: $input) { url } }',
        { input: { fiscalYear: 2025, format, ...(exact ? { exact } : {}) } },
        { token: viewer, tenant: 'kobe' },
      );
      const url = res.data?.exportTenantReport.url;
      if (!url) return { codes: errorCodes(res), body: Buffer.alloc(0) };
      const file = await t
        .http()
        .get(new URL(url).pathname)
        .set('authorization', `Bearer ${viewer}`)
        .buffer(true)
        .parse((response, callback) => {
          const chunks: Buffer[] = [];
          const stream = response as unknown as NodeJS.ReadableStream;
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => callback(null, Buffer.concat(chunks)));
        });
      expect(file.status).toBe(200);
      return { codes: errorCodes(res), body: file.body as Buffer };
    };

    const csv = await exported('CSV');
    expect(csv.codes).toEqual([]);
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.body.toString('utf8');
    expect(text).toContain('<5');
    expect(text).toContain(',DV,');

    const xlsx = await exported('XLSX');
    expect(xlsx.codes).toEqual([]);
    expect(xlsx.body.subarray(0, 2).toString('latin1')).toBe('PK');

    const pdf = await exported('PDF');
    expect(pdf.codes).toEqual([]);
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdfContent = pdfText(pdf.body);
    expect(pdfContent).toContain('活動報告');
    expect(pdfContent).toContain('令和7年度');
    expect(pdfContent).toContain('<5');

    expect((await exported('CSV', true)).codes).toEqual(['FORBIDDEN']);
  });

  it("mails the suppressed report to Kobe's liaison when the tenant admin runs it now", async () => {
    const res = await t.graphql<{ runReportNow: { id: string; status: string } }>(
      'mutation { runReportNow(input: { fiscalYear: 2025 }) { id status } }',
      {},
      { token: admin, tenant: 'kobe' },
    );
    expect(res.data?.runReportNow.status).toBe('QUEUED');
    const [mail] = await eventually(
      () =>
        ownerQuery<{ subject: string; body: string }>(
          `select subject, body from dev_outbox where recipient = $1 and subject like '%令和7年度%'`,
          [DEMO_REPORT_RECIPIENT],
        ),
      (rows) => rows.length > 0,
    );
    expect(mail.subject).toContain('神戸市 活動報告 令和7年度 (FY2025)');
    for (const file of ['kobe-report-FY2025.pdf', 'kobe-report-FY2025.xlsx', 'kobe-report-FY2025.csv']) {
      expect(mail.body).toContain(`[添付] ${file}`);
    }
    const runs = await eventually(
      async () =>
        (
          await t.graphql<{
            reportRuns: { edges: { node: { id: string; status: string; recipientCount: number } }[] };
          }>(
            '{ reportRuns(first: 5) { edges { node { id status recipientCount } } } }',
            {},
            { token: viewer, tenant: 'kobe' },
          )
        ).data?.reportRuns.edges.map((e) => e.node) ?? [],
      (list) => list.some((r) => r.id === res.data?.runReportNow.id && r.status !== 'QUEUED'),
    );
    expect(runs.find((r) => r.id === res.data?.runReportNow.id)).toMatchObject({ status: 'SENT', recipientCount: 1 });
  });

  it("shows Kobe's two programmes, the consultation contract's KPIs from the year, and the report cut by each", async () => {
    const list = await t.graphql<{
      programmes: { id: string; name: string; channels: { name: string }[]; contracts: { id: string }[] }[];
    }>('{ programmes { id name channels { name } contracts { id } } }', {}, { token: viewer, tenant: 'kobe' });
    expect(list.data?.programmes.map((p) => [p.name, p.channels.map((c) => c.name)])).toEqual([
      ['ここならチャットKOBE', ['ここならチャットKOBE']],
      ['神戸こども宅食', []],
    ]);
    const [chat, food] = list.data!.programmes;
    const kpis = await t.graphql<{
      contractKpis: { figures: { kpi: { kind: string }; recorded: boolean; actual: { value: number | null } }[] };
    }>(
      'query($id: ID!) { contractKpis(contractId: $id) { figures { kpi { kind } recorded actual { value } } } }',
      { id: chat.contracts[0].id },
      { token: viewer, tenant: 'kobe' },
    );
    const figures = kpis.data!.contractKpis.figures;
    // The contract's consultations are the report's: all of Kobe's run on this one channel.
    const consultations = figures.find((f) => f.kpi.kind === 'CONSULTATIONS')?.actual.value;
    expect(consultations).toBe(yearTotal((await report(viewer)).data, 'consultations.opened', 'total')?.value);
    expect(consultations).toBeGreaterThan(200);
    expect(figures.every((f) => f.recorded)).toBe(true);

    const cut = async (programmeId: string) =>
      (
        await t.graphql<{ tenantReport: Report & { programmeName: string } }>(
          `query($id: ID) { tenantReport(fiscalYear: 2025, programmeId: $id) { programmeName periodLabel suppressionThreshold
             tables { key rows { key label values { value suppressed display } } } } }`,
          { id: programmeId },
          { token: viewer, tenant: 'kobe' },
        )
      ).data?.tenantReport;
    expect(yearTotal(await cut(chat.id), 'consultations.opened', 'total')?.value).toBe(consultations);
    // The food-delivery programme has no channel yet: nothing of the consultations is its own.
    const foodReport = await cut(food.id);
    expect(foodReport?.programmeName).toBe('神戸こども宅食');
    expect(yearTotal(foodReport, 'consultations.opened', 'total')?.suppressed).toBe(true);
  });

  it("shows Kobe's food delivery through the year: four rounds, the deliveries KPI from their outcomes, a waitlist at the year's end", async () => {
    const list = await t.graphql<{ programmes: { id: string; name: string; contracts: { id: string }[] }[] }>(
      '{ programmes { id name contracts { id } } }',
      {},
      { token: admin, tenant: 'kobe' },
    );
    const food = list.data!.programmes.find((p) => p.name === '神戸こども宅食')!;
    const rounds = await t.graphql<{ foodRounds: { name: string; status: string; filled: number }[] }>(
      'query($id: ID!) { foodRounds(programmeId: $id) { name status filled } }',
      { id: food.id },
      { token: admin, tenant: 'kobe' },
    );
    expect(rounds.data?.foodRounds.map((r) => [r.name, r.status])).toEqual([
      ['令和7年度 第1回', 'COMPLETED'],
      ['令和7年度 第2回', 'COMPLETED'],
      ['令和7年度 第3回', 'COMPLETED'],
      ['令和7年度 第4回', 'COMPLETED'],
    ]);
    expect(rounds.data?.foodRounds.at(-1)?.filled).toBe(250);

    const exact = await t.graphql<{ tenantReport: Report }>(
      `query($id: ID) { tenantReport(fiscalYear: 2025, programmeId: $id, exact: true) {
         periodLabel suppressionThreshold tables { key rows { key label values { value suppressed display } } } } }`,
      { id: food.id },
      { token: admin, tenant: 'kobe' },
    );
    const delivered = yearTotal(exact.data?.tenantReport, 'foodDelivery.outcomes', 'delivered')?.value ?? 0;
    // About nine in ten of 946 places.
    expect(delivered).toBeGreaterThan(800);
    expect(delivered).toBeLessThan(946);
    expect(yearTotal(exact.data?.tenantReport, 'foodDelivery.households', 'waitlisted')?.value).toBe(7);
    expect(yearTotal(exact.data?.tenantReport, 'foodDelivery.households', 'applications')?.value).toBe(257);
    expect(yearTotal(exact.data?.tenantReport, 'foodDelivery.observations', 'concern')?.value).toBeGreaterThan(0);

    const kpis = await t.graphql<{
      contractKpis: { figures: { kpi: { kind: string }; actual: { value: number | null } }[] };
    }>(
      'query($id: ID!) { contractKpis(contractId: $id) { figures { kpi { kind } actual { value } } } }',
      { id: food.contracts[0].id },
      { token: viewer, tenant: 'kobe' },
    );
    expect(kpis.data?.contractKpis.figures).toEqual([{ kpi: { kind: 'DELIVERIES' }, actual: { value: delivered } }]);
  });

  it("gives Bunkyo's coordinator a food delivery with households across two rounds of FY2025 and the next round planned", async () => {
    const coordinator = await t.login('coordinator@bunkyo.tsunagu.example', PASSWORD);
    const list = await t.graphql<{ programmes: { id: string; name: string }[] }>(
      '{ programmes { id name } }',
      {},
      { token: coordinator, tenant: 'bunkyo' },
    );
    const food = list.data!.programmes.find((p) => p.name === '文京区こども宅食')!;
    const rounds = await t.graphql<{ foodRounds: { id: string; name: string; status: string; filled: number }[] }>(
      'query($id: ID!) { foodRounds(programmeId: $id) { id name status filled } }',
      { id: food.id },
      { token: coordinator, tenant: 'bunkyo' },
    );
    const [first, second, next] = rounds.data!.foodRounds;
    expect([first, second].map((r) => [r.name, r.status, r.filled])).toEqual([
      ['令和7年度 第1回', 'COMPLETED', 6],
      ['令和7年度 第2回', 'DELIVERING', 6],
    ]);
    expect(next).toMatchObject({ status: 'PLANNED', filled: 6 });
    expect(rounds.data!.foodRounds).toHaveLength(3);

    const households = await t.graphql<{
      foodHouseholds: { edges: { node: { name: string; status: string; rounds: { roundId: string }[] } }[] };
    }>(
      'query($id: ID!) { foodHouseholds(programmeId: $id, first: 50) { edges { node { name status rounds { roundId } } } } }',
      { id: food.id },
      { token: coordinator, tenant: 'bunkyo' },
    );
    const nodes = households.data!.foodHouseholds.edges.map((e) => e.node);
    const inBoth = nodes.filter((n) => [first.id, second.id].every((id) => n.rounds.some((r) => r.roundId === id)));
    expect(inBoth.length).toBeGreaterThanOrEqual(4);
    expect(nodes.map((n) => n.status).sort()).toEqual([
      'APPLIED',
      'ENROLLED',
      'ENROLLED',
      'ENROLLED',
      'ENROLLED',
      'ENROLLED',
      'ENROLLED',
      'WITHDRAWN',
    ]);

    const report = await t.graphql<{ tenantReport: Report }>(
      `query { tenantReport(fiscalYear: 2025, exact: true) { periodLabel suppressionThreshold
         tables { key rows { key label values { value suppressed display } } } } }`,
      {},
      { token: await t.login('admin@bunkyo.tsunagu.example', PASSWORD), tenant: 'bunkyo' },
    );
    expect(yearTotal(report.data?.tenantReport, 'foodDelivery.outcomes', 'delivered')?.value).toBe(5);
    expect(yearTotal(report.data?.tenantReport, 'foodDelivery.observations', 'concern')?.value).toBe(1);
  });

  it('is seeded once: seeding again adds nothing, and the audit chain stays whole', async () => {
    const before = await report(admin, true);
    await t.app.get(DemoSeeder).seed();
    const after = await report(admin, true);
    expect(after.data).toEqual(before.data);
    expect(yearTotal(after.data, 'consultations.opened', 'total')?.suppressed).toBe(false);

    const chain = await t.graphql<{ verifyAuditChain: { ok: boolean; checked: number } }>(
      '{ verifyAuditChain { ok checked } }',
      {},
      { token: admin, tenant: 'kobe' },
    );
    expect(chain.data?.verifyAuditChain.ok).toBe(true);
    expect(chain.data?.verifyAuditChain.checked).toBeGreaterThanOrEqual(10);
  });
});
