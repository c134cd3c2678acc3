import { PlatformRole, TenantRole } from '@tsunagu/platform/permissions';
import type { Tenant } from '@tsunagu/platform/database';
import { UsersService } from '@tsunagu/platform/auth';
import { errorCodes, TEST_PASSWORD, TestApp, type TestUser } from './support/test-app';

const EVENTS = `query Events($filter: AuditEventFilter) {
  auditEvents(first: 50, filter: $filter) {
    edges { node { seq action actorUserId actorLabel actorName targetType targetId subjectName details } }
  }
}`;
const PLATFORM_EVENTS = `query Events($filter: AuditEventFilter) {
  platformAuditEvents(first: 50, filter: $filter) {
    edges { node { seq action actorUserId actorLabel actorName targetType targetId subjectName details } }
  }
}`;

interface EventNode {
  seq: string;
  action: string;
  actorUserId: string | null;
  actorLabel: string;
  actorName: string | null;
  targetType: string | null;
  targetId: string | null;
  subjectName: string | null;
  details: string | null;
}

describe("members' sign-ins in their tenants' audit trails", () => {
  let t: TestApp;
  let kobe: Tenant;
  let yamagata: Tenant;
  let kobeAdmin: TestUser;
  let yamagataAdmin: TestUser;
  let platformAdmin: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    kobe = await t.newTenant();
    yamagata = await t.newTenant();
    kobeAdmin = await t.newUser({ tenant: kobe, role: TenantRole.TENANT_ADMIN });
    yamagataAdmin = await t.newUser({ tenant: yamagata, role: TenantRole.TENANT_ADMIN });
    platformAdmin = await t.newUser({ platformRoles: [PlatformRole.PLATFORM_ADMIN] });
  });

  afterAll(async () => {
    await t.close();
  });

  async function trail(admin: TestUser, filter: Record<string, unknown>): Promise<EventNode[]> {
    const res = await t.graphql<{ auditEvents: { edges: { node: EventNode }[] } }>(
      EVENTS,
      { filter },
      {
        token: admin.token,
      },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.auditEvents.edges.map((e) => e.node);
  }

  async function platformTrail(filter: Record<string, unknown>): Promise<EventNode[]> {
    const res = await t.graphql<{ platformAuditEvents: { edges: { node: EventNode }[] } }>(
      PLATFORM_EVENTS,
      { filter },
      { token: platformAdmin.token },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.platformAuditEvents.edges.map((e) => e.node);
  }

  async function verified(admin: TestUser): Promise<boolean> {
    const res = await t.graphql<{ verifyAuditChain: { ok: boolean } }>(
      '{ verifyAuditChain { ok } }',
      {},
      {
        token: admin.token,
      },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.verifyAuditChain.ok;
  }

  it("shows a member's sign-in to their tenant's admins, by name, and not to another tenant's", async () => {
    const counselor = await t.newUser({ tenant: kobe, role: TenantRole.COUNSELOR });
    const signIns = await trail(kobeAdmin, { action: 'auth.login.succeeded', actorUserId: counselor.id });
    expect(signIns).toHaveLength(1);
    expect(signIns[0]).toMatchObject({
      actorLabel: counselor.email,
      actorName: 'テスト 利用者',
      targetType: 'user',
      targetId: counselor.id,
      subjectName: 'テスト 利用者',
    });
    // The tenant's copy names the platform event it copies.
    const platformSeq = (JSON.parse(signIns[0].details!) as { platformSeq: string }).platformSeq;
    const onPlatform = await platformTrail({ action: 'auth.login.succeeded', actorUserId: counselor.id });
    expect(onPlatform.map((e) => e.seq)).toEqual([platformSeq]);
    expect(await trail(yamagataAdmin, { actorUserId: counselor.id })).toEqual([]);
    expect(await trail(yamagataAdmin, { targetId: counselor.id })).toEqual([]);
    expect(await verified(kobeAdmin)).toBe(true);
    expect(await verified(yamagataAdmin)).toBe(true);
  });

  it('shows a failed sign-in (a wrong password) to the member’s tenant only', async () => {
    const counselor = await t.newUser({ tenant: kobe, role: TenantRole.COUNSELOR });
    const res = await t.graphql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: counselor.email, password: 'not the password at all 2026' },
    });
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    const failed = await trail(kobeAdmin, { action: 'auth.login.failed', actorUserId: counselor.id });
    expect(failed).toHaveLength(1);
    expect(JSON.parse(failed[0].details!)).toMatchObject({ reason: 'wrong_password', failures: 1 });
    expect(await trail(yamagataAdmin, { action: 'auth.login.failed', actorUserId: counselor.id })).toEqual([]);
  });

  it('shows the sign-ins of a person in two tenants in both', async () => {
    const both = await t.newUser({ tenant: kobe, role: TenantRole.COUNSELOR });
    await t.app.get(UsersService).addMembership(both.id, yamagata.id, TenantRole.COUNSELOR);
    await t.login(both.email);
    for (const admin of [kobeAdmin, yamagataAdmin]) {
      const signIns = await trail(admin, { action: 'auth.login.succeeded', actorUserId: both.id });
      // Kobe saw the first sign-in (made as a Kobe member only) and the second; Yamagata the second.
      expect(signIns).toHaveLength(admin === kobeAdmin ? 2 : 1);
      expect(await verified(admin)).toBe(true);
    }
  });

  it('tells no tenant about a failed sign-in for an unknown email', async () => {
    const email = `nobody-${Date.now()}@kobe.example.test`;
    const res = await t.graphql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email, password: TEST_PASSWORD },
    });
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    const onPlatform = await platformTrail({ action: 'auth.login.failed' });
    expect(onPlatform.find((e) => e.actorLabel === email)).toMatchObject({ actorUserId: null, targetId: null });
    for (const admin of [kobeAdmin, yamagataAdmin]) {
      const failed = await trail(admin, { action: 'auth.login.failed' });
      expect(failed.map((e) => e.actorLabel)).not.toContain(email);
    }
  });

  it('stops showing the sign-ins of a member who left', async () => {
    const leaver = await t.newUser({ tenant: kobe, role: TenantRole.COUNSELOR });
    const members = await t.graphql<{ tenantMembers: { id: string; userId: string }[] }>(
      '{ tenantMembers { id userId } }',
      {},
      { token: kobeAdmin.token },
    );
    const membershipId = members.data!.tenantMembers.find((m) => m.userId === leaver.id)!.id;
    const off = await t.graphql(
      'mutation($input: DeactivateMembershipInput!) { deactivateMembership(input: $input) }',
      { input: { membershipId } },
      { token: kobeAdmin.token },
    );
    expect(off.errors).toBeUndefined();
    await t.login(leaver.email);
    const signIns = await trail(kobeAdmin, { action: 'auth.login.succeeded', actorUserId: leaver.id });
    expect(signIns).toHaveLength(1);
    // A former member is no longer named: the email recorded at the time remains.
    expect(signIns[0]).toMatchObject({ actorName: null, actorLabel: leaver.email });
  });

  it('names the person a membership event is about', async () => {
    const member = await t.newUser({ tenant: kobe, role: TenantRole.MUNICIPAL_VIEWER });
    const granted = await trail(kobeAdmin, { action: 'membership.granted' });
    const theirs = granted.find((e) => (JSON.parse(e.details!) as { user: string }).user === member.id);
    expect(theirs).toMatchObject({ targetType: 'membership', subjectName: 'テスト 利用者' });
  });

  it("keeps the platform's trail for platform admins", async () => {
    const res = await t.graphql(
      '{ platformAuditEvents(first: 1) { edges { node { id } } } }',
      {},
      {
        token: kobeAdmin.token,
      },
    );
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    const verify = await t.graphql<{ verifyPlatformAuditChain: { ok: boolean; checked: number } }>(
      '{ verifyPlatformAuditChain { ok checked } }',
      {},
      { token: platformAdmin.token },
    );
    expect(verify.data!.verifyPlatformAuditChain.ok).toBe(true);
    expect(verify.data!.verifyPlatformAuditChain.checked).toBeGreaterThan(0);
    const exported = await t.graphql<{ exportPlatformAuditEvents: { url: string } }>(
      'mutation($input: ExportAuditEventsInput!) { exportPlatformAuditEvents(input: $input) { url } }',
      { input: { filter: { action: 'auth.login.succeeded' } } },
      { token: platformAdmin.token },
    );
    expect(exported.errors).toBeUndefined();
    const file = await t.download(new URL(exported.data!.exportPlatformAuditEvents.url).pathname, platformAdmin.token);
    expect(file.status).toBe(200);
    const text = (file.body as Buffer).toString('utf8');
    expect(text).toContain(kobeAdmin.email);
    expect(text).toContain('テスト 利用者');
  });
});
