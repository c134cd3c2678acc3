import type { Client } from 'pg';
import { TenantRole } from '@tsunagu/platform/permissions';
import type { Tenant } from '@tsunagu/platform/database';
import { connect, testDatabase } from '@tsunagu/platform/testing';
import { errorCodes, TestApp, type GraphQLResponse, type TestUser } from './support/test-app';

const AUDIT_EVENTS = `query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node { id seq occurredAt actorUserId actorLabel action targetType targetId requestId ip details hash prevHash }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;
const VERIFY = '{ verifyAuditChain { ok brokenAt checked } }';
const EXPORT = `mutation Export($input: ExportAuditEventsInput!) {
  exportAuditEvents(input: $input) { url expiresAt }
}`;
const UPDATE_SETTINGS = `mutation Update($input: UpdateTenantSettingsInput!) {
  updateTenantSettings(input: $input) { nameEn }
}`;

interface AuditEventNode {
  id: string;
  seq: string;
  occurredAt: string;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  requestId: string | null;
  ip: string | null;
  details: string | null;
  hash: string;
  prevHash: string;
}

// A type alias (not an interface), so that it fits GraphQLResponse's default Record type.
type AuditEventsPage = {
  auditEvents: {
    edges: { cursor: string; node: AuditEventNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const UTF8_BOM = [0xef, 0xbb, 0xbf];

describe('the audit trail over GraphQL', () => {
  let t: TestApp;
  let kobe: Tenant;
  let yamagata: Tenant;
  let kobeAdmin: TestUser;
  let kobeAdmin2: TestUser;
  let kobeCounselor: TestUser;
  let yamagataAdmin: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    kobe = await t.newTenant({ nameJa: '神戸市監査テスト' });
    yamagata = await t.newTenant({ nameJa: '山形市監査テスト' });
    kobeAdmin = await t.newUser({ tenant: kobe, role: TenantRole.TENANT_ADMIN });
    kobeAdmin2 = await t.newUser({ tenant: kobe, role: TenantRole.TENANT_ADMIN });
    kobeCounselor = await t.newUser({ tenant: kobe, role: TenantRole.COUNSELOR });
    yamagataAdmin = await t.newUser({ tenant: yamagata, role: TenantRole.TENANT_ADMIN });
    await updateSettings(kobeAdmin, { nameEn: 'Kobe City' });
    await updateSettings(kobeAdmin2, { nameEn: 'Kobe City', timezone: 'Asia/Tokyo' });
    await updateSettings(yamagataAdmin, { nameEn: 'Yamagata City' });
  });

  afterAll(async () => {
    await t.close();
  });

  async function updateSettings(user: TestUser, input: Record<string, unknown>): Promise<void> {
    const res = await t.graphql(UPDATE_SETTINGS, { input }, { token: user.token });
    expect(res.errors).toBeUndefined();
  }

  async function auditEvents(
    user: TestUser,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<AuditEventsPage>> {
    return t.graphql<AuditEventsPage>(AUDIT_EVENTS, variables, { token: user.token });
  }

  async function nodes(user: TestUser, variables: Record<string, unknown> = {}): Promise<AuditEventNode[]> {
    const res = await auditEvents(user, { first: 100, ...variables });
    expect(res.errors).toBeUndefined();
    return res.data!.auditEvents.edges.map((e) => e.node);
  }

  /** A tenant of its own, with an admin, for tests that count or tamper with a whole chain. */
  async function freshTenantWithAdmin(): Promise<{ tenant: Tenant; admin: TestUser }> {
    const tenant = await t.newTenant();
    const admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    return { tenant, admin };
  }

  /** Runs `fn` as the database owner, in one transaction that sees `tenantId`'s rows. */
  async function asOwner<T>(tenantId: string, fn: (owner: Client) => Promise<T>): Promise<T> {
    const owner = await connect(testDatabase().migrationUrl);
    try {
      await owner.query('begin');
      // The owner is superuser on PGlite (and usually on PostgreSQL); the tenant setting keeps the
      // forced row-level security satisfied where it is not.
      await owner.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
      const result = await fn(owner);
      await owner.query('commit');
      return result;
    } catch (error) {
      await owner.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      await owner.end();
    }
  }

  describe('auditEvents', () => {
    it('shows a settings change by a tenant admin with who, what, when, where and its chain link', async () => {
      const requestId = `audit-test-${Date.now()}`;
      const res = await t
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${kobeAdmin.token}`)
        .set('x-request-id', requestId)
        .send({ query: UPDATE_SETTINGS, variables: { input: { nameEn: 'Kobe' } } });
      expect(res.body.errors).toBeUndefined();

      const [event] = await nodes(kobeAdmin, {
        first: 1,
        filter: { action: 'tenant.settings.updated', actorUserId: kobeAdmin.id },
      });
      expect(event).toMatchObject({
        action: 'tenant.settings.updated',
        actorUserId: kobeAdmin.id,
        actorLabel: kobeAdmin.email,
        targetType: 'tenant',
        targetId: kobe.id,
        requestId,
      });
      expect(JSON.parse(event.details!)).toEqual({ fields: 'nameEn' });
      expect(event.seq).toMatch(/^[1-9][0-9]*$/);
      expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(event.prevHash).toMatch(/^[0-9a-f]{64}$/);
      expect(event.ip).toEqual(expect.any(String));
      expect(Date.now() - new Date(event.occurredAt).getTime()).toBeLessThan(60_000);
    });

    it('lists the newest first, each event linked to the one before it', async () => {
      const events = await nodes(kobeAdmin);
      expect(events.length).toBeGreaterThan(3);
      for (let i = 1; i < events.length; i++) {
        expect(BigInt(events[i - 1].seq)).toBe(BigInt(events[i].seq) + 1n);
        expect(events[i - 1].prevHash).toBe(events[i].hash);
      }
    });

    it('records every read of the trail as audit.viewed', async () => {
      const { admin } = await freshTenantWithAdmin();
      const filter = { action: 'audit.viewed', actorUserId: admin.id };
      expect(await nodes(admin, { filter })).toEqual([]);
      const second = await nodes(admin, { filter });
      expect(second).toHaveLength(1);
      expect(second[0]).toMatchObject({ actorLabel: admin.email, action: 'audit.viewed' });
      expect(JSON.parse(second[0].details!)).toEqual({ events: 0, filters: 'action,actorUserId' });
      expect(await nodes(admin, { filter })).toHaveLength(2);
    });

    it('pages with first and after until hasNextPage is false', async () => {
      const { admin } = await freshTenantWithAdmin();
      for (const nameEn of ['One', 'Two', 'Three', 'Four', 'Five']) await updateSettings(admin, { nameEn });
      const filter = { action: 'tenant.settings.updated' };
      const seen: string[] = [];
      const pages: boolean[] = [];
      let after: string | null = null;
      do {
        const res = await auditEvents(admin, { filter, first: 2, after });
        expect(res.errors).toBeUndefined();
        const { edges, pageInfo } = res.data!.auditEvents;
        expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor ?? null);
        seen.push(...edges.map((e) => e.node.seq));
        pages.push(pageInfo.hasNextPage);
        after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
      } while (after);
      expect(pages).toEqual([true, true, false]);
      expect(seen).toHaveLength(5);
      expect(seen.map(BigInt)).toEqual([...seen.map(BigInt)].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
      expect(new Set(seen).size).toBe(5);
    });

    it('returns 20 events when first is left out', async () => {
      const { admin } = await freshTenantWithAdmin();
      for (let i = 0; i < 21; i++) await updateSettings(admin, { nameEn: `Name ${i}` });
      const res = await auditEvents(admin);
      expect(res.errors).toBeUndefined();
      expect(res.data!.auditEvents.edges).toHaveLength(20);
      expect(res.data!.auditEvents.pageInfo.hasNextPage).toBe(true);
    });

    it('filters by actor, action, target and time', async () => {
      const byAdmin2 = await nodes(kobeAdmin, { filter: { actorUserId: kobeAdmin2.id } });
      expect(byAdmin2.length).toBeGreaterThan(0);
      expect(byAdmin2.every((e) => e.actorUserId === kobeAdmin2.id)).toBe(true);

      const onKobe = await nodes(kobeAdmin, {
        filter: { action: 'tenant.settings.updated', targetType: 'tenant', targetId: kobe.id },
      });
      expect(onKobe.length).toBeGreaterThanOrEqual(2);
      expect(onKobe.every((e) => e.action === 'tenant.settings.updated' && e.targetId === kobe.id)).toBe(true);
      expect(new Set(onKobe.map((e) => e.actorUserId))).toEqual(new Set([kobeAdmin.id, kobeAdmin2.id]));

      const from = new Date(Date.now() - 1);
      await updateSettings(kobeAdmin2, { nameEn: 'Kobe (window)' });
      const to = new Date(Date.now() + 1);
      const inWindow = await nodes(kobeAdmin, {
        filter: { from: from.toISOString(), to: to.toISOString(), action: 'tenant.settings.updated' },
      });
      expect(inWindow).toHaveLength(1);
      expect(inWindow[0].actorUserId).toBe(kobeAdmin2.id);
      expect(await nodes(kobeAdmin, { filter: { from: to.toISOString(), action: 'tenant.settings.updated' } })).toEqual(
        [],
      );
      expect(await nodes(kobeAdmin, { filter: { to: '2000-01-01T00:00:00Z' } })).toEqual([]);
    });

    it('answers BAD_USER_INPUT with field errors to a page size out of bounds or a forged cursor', async () => {
      const fields = (res: GraphQLResponse) => res.errors?.[0].extensions?.fieldErrors?.map((f) => f.field);
      for (const first of [0, 101]) {
        const res = await auditEvents(kobeAdmin, { first });
        expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
        expect(fields(res)).toEqual(['first']);
      }
      for (const after of ['not a cursor!', Buffer.from('{"seq":"1 or 1=1"}').toString('base64url'), 'e30']) {
        const res = await auditEvents(kobeAdmin, { after });
        expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
        expect(fields(res)).toEqual(['after']);
      }
      const badActor = await auditEvents(kobeAdmin, { filter: { actorUserId: 'someone' } });
      expect(errorCodes(badActor)).toEqual(['BAD_USER_INPUT']);
      expect(fields(badActor)).toEqual(['filter.actorUserId']);
      const backwards = await auditEvents(kobeAdmin, {
        filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
      });
      expect(errorCodes(backwards)).toEqual(['BAD_USER_INPUT']);
      expect(fields(backwards)).toEqual(['filter.to']);
    });

    it('does not return audit events of another tenant', async () => {
      const own = await nodes(yamagataAdmin);
      expect(own.some((e) => e.action === 'tenant.settings.updated' && e.targetId === yamagata.id)).toBe(true);
      const kobeActors = new Set([kobeAdmin.id, kobeAdmin2.id, kobeCounselor.id]);
      expect(own.filter((e) => e.targetId === kobe.id || kobeActors.has(e.actorUserId ?? ''))).toEqual([]);
      expect(await nodes(yamagataAdmin, { filter: { targetId: kobe.id } })).toEqual([]);
      expect(await nodes(yamagataAdmin, { filter: { actorUserId: kobeAdmin.id } })).toEqual([]);

      const asKobe = await t.graphql(AUDIT_EVENTS, {}, { token: yamagataAdmin.token, tenant: kobe.slug });
      expect(errorCodes(asKobe)).toEqual(['FORBIDDEN']);
      expect(asKobe.data).toEqual({ auditEvents: null });
    });

    it('answers FORBIDDEN to a counsellor for reading, verifying and exporting the trail', async () => {
      const read = await auditEvents(kobeCounselor);
      expect(read.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
      expect(read.data).toEqual({ auditEvents: null });
      expect(errorCodes(await t.graphql(VERIFY, {}, { token: kobeCounselor.token }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await t.graphql(EXPORT, { input: {} }, { token: kobeCounselor.token }))).toEqual(['FORBIDDEN']);
    });
  });

  describe('verifyAuditChain', () => {
    it('answers ok for an untouched chain', async () => {
      const { admin } = await freshTenantWithAdmin();
      await updateSettings(admin, { nameEn: 'Untouched' });
      await updateSettings(admin, { nameEn: 'Still untouched' });
      const res = await t.graphql<{ verifyAuditChain: { ok: boolean; brokenAt: string | null; checked: number } }>(
        VERIFY,
        {},
        { token: admin.token },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.verifyAuditChain.ok).toBe(true);
      expect(res.data!.verifyAuditChain.brokenAt).toBeNull();
      expect(res.data!.verifyAuditChain.checked).toBeGreaterThanOrEqual(2);
    });

    it('finds a row the database owner edited behind the trigger, at its seq', async () => {
      const { tenant, admin } = await freshTenantWithAdmin();
      await updateSettings(admin, { nameEn: 'Before' });
      await updateSettings(admin, { nameEn: 'After' });
      const [newest, tampered] = await nodes(admin, { filter: { action: 'tenant.settings.updated' } });
      expect(BigInt(newest.seq)).toBeGreaterThan(BigInt(tampered.seq));

      const updated = await asOwner(tenant.id, async (owner) => {
        await owner.query('alter table audit_event disable trigger audit_event_no_update');
        const result = await owner.query(`update audit_event set action = 'x' where tenant_id = $1 and seq = $2`, [
          tenant.id,
          tampered.seq,
        ]);
        await owner.query('alter table audit_event enable trigger audit_event_no_update');
        return result.rowCount;
      });
      expect(updated).toBe(1);

      const res = await t.graphql<{ verifyAuditChain: { ok: boolean; brokenAt: string | null; checked: number } }>(
        VERIFY,
        {},
        { token: admin.token },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.verifyAuditChain).toEqual({
        ok: false,
        brokenAt: tampered.seq,
        checked: Number(tampered.seq) - 1,
      });
    });

    it('does not let the runtime role update or delete audit events', async () => {
      const runtime = await connect(testDatabase().url);
      const asTenantRole = async (sql: string) => {
        await runtime.query('begin');
        try {
          await runtime.query(`select set_config('role', 'tsunagu_app', true), set_config('app.tenant_id', $1, true)`, [
            kobe.id,
          ]);
          const { rows } = await runtime.query<{ n: string }>('select count(*) as n from audit_event');
          expect(Number(rows[0].n)).toBeGreaterThan(0);
          return await runtime.query(sql, [kobe.id]);
        } finally {
          await runtime.query('rollback');
        }
      };
      try {
        await expect(asTenantRole(`update audit_event set action = 'x' where tenant_id = $1`)).rejects.toMatchObject({
          code: '42501',
        });
        await expect(asTenantRole('delete from audit_event where tenant_id = $1')).rejects.toMatchObject({
          code: '42501',
        });
      } finally {
        await runtime.end();
      }
      const res = await t.graphql<{ verifyAuditChain: { ok: boolean } }>(VERIFY, {}, { token: kobeAdmin.token });
      expect(res.data?.verifyAuditChain.ok).toBe(true);
    });
  });

  describe('exportAuditEvents', () => {
    async function exportLink(user: TestUser, input: Record<string, unknown>): Promise<{ url: string; path: string }> {
      const res = await t.graphql<{ exportAuditEvents: { url: string; expiresAt: string } }>(
        EXPORT,
        { input },
        { token: user.token },
      );
      expect(res.errors).toBeUndefined();
      const { url, expiresAt } = res.data!.exportAuditEvents;
      const minutesLeft = (new Date(expiresAt).getTime() - Date.now()) / 60_000;
      expect(minutesLeft).toBeGreaterThan(9);
      expect(minutesLeft).toBeLessThanOrEqual(10);
      return { url, path: new URL(url).pathname };
    }

    it('gives the requester a CSV with a BOM, Japanese headers and RFC 4180 quoting', async () => {
      const { path } = await exportLink(kobeAdmin, { filter: { action: 'tenant.settings.updated' } });
      expect(path).toMatch(/^\/downloads\/[A-Za-z0-9_.-]+$/);

      const res = await t.download(path, kobeAdmin.token);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(res.headers['content-disposition']).toMatch(new RegExp(`filename="audit-${kobe.slug}-\\d{8}\\.csv"`));
      const body = res.body as Buffer;
      expect([...body.subarray(0, 3)]).toEqual(UTF8_BOM);
      const text = body.subarray(3).toString('utf8');
      const lines = text.split('\r\n');
      expect(lines[0]).toBe(
        '日時,連番,操作者,操作者名,操作者ID,操作,対象種別,対象ID,対象者名,リクエストID,IPアドレス,詳細,ハッシュ,直前のハッシュ',
      );
      expect(lines.at(-1)).toBe('');
      const records = lines.slice(1, -1);
      expect(records.length).toBeGreaterThanOrEqual(2);
      expect(records.every((line) => line.split(',')[5] === 'tenant.settings.updated')).toBe(true);
      expect(records.find((line) => line.includes(kobeAdmin2.email))).toContain('"{""fields"":""nameEn,timezone""}"');
      // Tenant time (Asia/Tokyo), in chain order.
      expect(records[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+09:00,\d+,/);
      const seqs = records.map((line) => BigInt(line.split(',')[1]));
      expect(seqs).toEqual([...seqs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(text).not.toContain(yamagataAdmin.email);

      const exported = await nodes(kobeAdmin, { first: 5, filter: { actorUserId: kobeAdmin.id } });
      expect(exported.map((e) => e.action)).toEqual(
        expect.arrayContaining(['download.fetched', 'audit.exported', 'download.created']),
      );
    });

    it('refuses the link to another user (403), to no token (401) and after it expires (404)', async () => {
      const { path } = await exportLink(kobeAdmin, {});
      expect((await t.download(path, kobeCounselor.token)).status).toBe(403);
      expect((await t.download(path, kobeAdmin2.token)).status).toBe(403);
      expect((await t.download(path)).status).toBe(401);
      expect((await t.download(path, kobeAdmin.token)).status).toBe(200);

      // The download table has no update grant for the runtime role: expire it as the owner.
      const expired = await asOwner(kobe.id, async (owner) => {
        const result = await owner.query(
          `update download set expires_at = now() - interval '1 minute' where tenant_id = $1 and user_id = $2`,
          [kobe.id, kobeAdmin.id],
        );
        return result.rowCount;
      });
      expect(expired).toBeGreaterThan(0);
      const after = await t.download(path, kobeAdmin.token);
      expect(after.status).toBe(404);
      expect(JSON.parse((after.body as Buffer).toString('utf8'))).toMatchObject({ code: 'NOT_FOUND' });

      // The tenant's next export removes the expired files: they are not kept.
      await exportLink(kobeAdmin, {});
      const left = await asOwner(kobe.id, async (owner) => {
        const result = await owner.query(
          `select count(*)::int as n from download where tenant_id = $1 and expires_at < now()`,
          [kobe.id],
        );
        return (result.rows[0] as { n: number }).n;
      });
      expect(left).toBe(0);
    });

    it('exports only the tenant of the request', async () => {
      const { path } = await exportLink(yamagataAdmin, {});
      const res = await t.download(path, yamagataAdmin.token);
      expect(res.status).toBe(200);
      const text = (res.body as Buffer).toString('utf8');
      expect(text).toContain(yamagataAdmin.email);
      for (const user of [kobeAdmin, kobeAdmin2, kobeCounselor]) expect(text).not.toContain(user.email);
      expect(text).not.toContain(kobe.id);
    });

    it('validates the filter of an export', async () => {
      const res = await t.graphql(EXPORT, { input: { filter: { actorUserId: 'nobody' } } }, { token: kobeAdmin.token });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0].extensions?.fieldErrors?.map((f) => f.field)).toEqual(['filter.actorUserId']);
    });
  });
});
