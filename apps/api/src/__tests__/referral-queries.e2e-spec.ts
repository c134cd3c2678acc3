import { LineSandbox, randomLineUserId, textMessageEvent } from '@tsunagu/line-sandbox';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { todayIn } from '@tsunagu/platform/calendar';
import { conversationIdOf, createLineChannel, deliver, eventually, ownerQuery } from './support/line';
import { StatementRecorder } from './support/statements';
import { TestApp, type TestUser } from './support/test-app';

/** What the console's list shows (and the graphql benchmark reads). */
const LIST_FIELDS = 'id status createdAt sentAt respondBy overdue familyDisplayName partnerOrganization { id name }';
/** Everything a referral has. */
const ALL_FIELDS = `id status nextStatuses partnerOrganization { id name } partnerServiceId conversationId consentId
  summary familyDisplayName sharedMessages { direction text sentAt } shareActive sentAt respondBy overdue outcome
  closeReason declineReason recallReason createdAt
  timeline { fromStatus toStatus actorSide actorId reason note occurredAt }`;

interface Page {
  referrals: {
    edges: { cursor: string; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}

/** No N+1: a page of referrals is one statement whatever its size or fields, and pages by keyset. */
describe('the referrals list', () => {
  const sandbox = new LineSandbox();
  let t: TestApp;
  let tenant: Tenant;
  let counsellor: TestUser;
  let partnerUser: TestUser;
  let admin: TestUser;
  const recorder = new StatementRecorder();
  const REFERRALS = 6;

  beforeAll(async () => {
    await sandbox.start();
    t = await TestApp.start({ JOB_WORKERS: '1', LINE_API_BASE_URL: sandbox.url, LINE_DATA_API_BASE_URL: sandbox.url });
    tenant = await t.newTenant();
    counsellor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    const channel = await createLineChannel(t, admin.token);
    const created = await t.graphql<{ createPartnerOrganization: { id: string } }>(
      'mutation($input: CreatePartnerOrganizationInput!) { createPartnerOrganization(input: $input) { id } }',
      { input: { name: 'こども家庭センター', description: '子育て支援' } },
      { token: admin.token },
    );
    const partner = created.data!.createPartnerOrganization.id;
    partnerUser = await t.newUser({ tenant, role: TenantRole.PARTNER_USER, partnerOrganizationId: partner });
    const mutate = async <T>(user: TestUser, name: string, type: string, input: object, selection = 'id') => {
      const res = await t.graphql<Record<string, T>>(
        `mutation($input: ${type}!) { ${name}(input: $input) { ${selection} } }`,
        { input },
        { token: user.token },
      );
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      return res.data[name];
    };
    for (let n = 0; n < REFERRALS; n++) {
      const userId = randomLineUserId();
      await deliver(t, channel, [textMessageEvent(userId, `相談 ${n}`)]);
      const conversationId = (await eventually(() => conversationIdOf(userId), Boolean)) as string;
      const [message] = await ownerQuery<{ id: string }>('select id from message where conversation_id = $1', [
        conversationId,
      ]);
      await mutate(counsellor, 'recordConsent', 'RecordConsentInput', {
        conversationId,
        partnerOrganizationId: partner,
        purpose: '子育て支援のための情報共有',
        method: 'IN_CHAT',
        obtainedOn: todayIn('Asia/Tokyo'),
      });
      const referral = await mutate<{ id: string }>(counsellor, 'createReferral', 'CreateReferralInput', {
        conversationId,
        partnerOrganizationId: partner,
        summary: `要約 ${n}`,
        shareDisplayName: n % 2 === 0,
        sharedMessageIds: [message.id],
      });
      // One stays a draft, which the partner never sees; the others are sent, some answered.
      if (n === 0) continue;
      await mutate(counsellor, 'sendReferral', 'ReferralIdInput', { id: referral.id });
      if (n % 3 === 0) await mutate(partnerUser, 'acceptReferral', 'ReferralIdInput', { id: referral.id });
    }
    // Every profile fetched and every mail sent: no job is left to run while queries are counted.
    await eventually(
      () =>
        ownerQuery<{ due: string; unnamed: string }>(
          `select (select count(*) from pgboss.job where state in ('created', 'retry', 'active') and start_after <= now()) as due,
                  (select count(*) from registrant where tenant_id = $1 and display_name is null) as unnamed`,
          [tenant.id],
        ),
      ([row]) => row.due === '0' && row.unnamed === '0',
      60_000,
    );
    recorder.install();
  }, 120_000);

  afterAll(async () => {
    recorder.uninstall();
    await t.close();
    await sandbox.stop();
  });

  const list = (user: TestUser, fields: string, first: number, after?: string) =>
    t.graphql<Page>(
      `query($first: Int!, $after: String) { referrals(first: $first, after: $after) {
        edges { cursor node { ${fields} } } pageInfo { hasNextPage endCursor } } }`,
      { first, after: after ?? null },
      { token: user.token },
    );

  async function statementsFor(user: TestUser, fields: string, first: number): Promise<string[]> {
    // A first request may also record the session's last use (once a minute): not measured.
    await list(user, fields, first);
    const { result, statements } = await recorder.during(() => list(user, fields, first));
    expect(result.errors).toBeUndefined();
    expect(result.data!.referrals.edges.length).toBe(Math.min(first, user === counsellor ? REFERRALS : REFERRALS - 1));
    return statements;
  }

  it("reads a counsellor's page in one statement, whatever its size and fields", async () => {
    for (const fields of [LIST_FIELDS, ALL_FIELDS]) {
      const small = await statementsFor(counsellor, fields, 2);
      const large = await statementsFor(counsellor, fields, 50);
      // The check of the session's cached access, BEGIN with the tenant's scope, the list, COMMIT.
      expect(small).toHaveLength(4);
      expect(large).toHaveLength(4);
    }
  });

  it("reads a partner user's page, and audits each referral shown, in as many statements whatever its size", async () => {
    const audited = async () =>
      Number(
        (
          await ownerQuery<{ n: string }>(
            `select count(*) as n from audit_event where tenant_id = $1 and action = 'referral.viewed_by_partner'`,
            [tenant.id],
          )
        )[0].n,
      );
    const before = await audited();
    const small = await statementsFor(partnerUser, ALL_FIELDS, 2);
    const large = await statementsFor(partnerUser, ALL_FIELDS, 50);
    // As for a counsellor, and the audit trail's lock with its head (one message), and one insert of every event.
    expect(small).toHaveLength(6);
    expect(large).toHaveLength(6);
    // Each of the four requests audited each referral it showed.
    expect((await audited()) - before).toBe(2 * 2 + 2 * (REFERRALS - 1));
    const verified = await t.graphql<{ verifyAuditChain: { ok: boolean } }>(
      '{ verifyAuditChain { ok } }',
      {},
      { token: admin.token },
    );
    expect(verified.data?.verifyAuditChain.ok).toBe(true);
  });

  it('pages newest first by keyset, each referral once, times equal to the microsecond included', async () => {
    // Two referrals created in the same microsecond, and one in the same millisecond but earlier.
    const rows = await ownerQuery<{ id: string }>(
      'select id from referral where tenant_id = $1 order by created_at desc, id desc',
      [tenant.id],
    );
    await ownerQuery(
      `update referral set created_at = case
         when id = any($1::uuid[]) then timestamptz '2026-01-05 10:00:00.123456+00'
         else timestamptz '2026-01-05 10:00:00.123100+00' end
       where id = any($2::uuid[])`,
      [
        [rows[1].id, rows[2].id],
        [rows[1].id, rows[2].id, rows[3].id],
      ],
    );
    const order = await ownerQuery<{ id: string; sent: boolean }>(
      'select id, sent_at is not null as sent from referral where tenant_id = $1 order by created_at desc, id desc',
      [tenant.id],
    );
    for (const user of [counsellor, partnerUser]) {
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await list(user, 'id', 1, after);
        expect(page.errors).toBeUndefined();
        seen.push(...page.data!.referrals.edges.map((e) => e.node.id));
        if (!page.data!.referrals.pageInfo.hasNextPage) break;
        after = page.data!.referrals.pageInfo.endCursor;
      }
      // The partner's pages leave out the draft.
      expect(seen).toEqual(order.filter((r) => user === counsellor || r.sent).map((r) => r.id));
    }
  });

  it('shows each referral in the list as it shows it one by one, to either side', async () => {
    for (const user of [counsellor, partnerUser]) {
      const page = await list(user, ALL_FIELDS, 50);
      expect(page.errors).toBeUndefined();
      for (const { node } of page.data!.referrals.edges) {
        const one = await t.graphql<{ referral: object }>(
          `query($id: ID!) { referral(id: $id) { ${ALL_FIELDS} } }`,
          { id: node.id },
          { token: user.token },
        );
        expect(one.data?.referral).toEqual(node);
      }
    }
    // What each side may see: the partner never the draft summary, the conversation or the consent.
    const partnerPage = await list(partnerUser, ALL_FIELDS, 50);
    for (const { node } of partnerPage.data!.referrals.edges as { node: Record<string, unknown> }[]) {
      expect(node).toMatchObject({ conversationId: null, consentId: null });
      expect((node['timeline'] as unknown[]).length).toBeGreaterThan(0);
    }
    const counsellorPage = await list(counsellor, ALL_FIELDS, 50);
    const nodes = counsellorPage.data!.referrals.edges.map((e) => e.node as unknown as Record<string, unknown>);
    expect(nodes.every((n) => typeof n['familyDisplayName'] === 'string')).toBe(true);
    expect(nodes.filter((n) => n['status'] === 'DRAFT').map((n) => n['summary'])).toEqual(['要約 0']);
  });
});
