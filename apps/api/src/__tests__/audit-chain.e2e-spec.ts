import { randomUUID } from 'node:crypto';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { connect, testDatabase } from '@tsunagu/platform/testing';
import { TestApp, type TestUser } from './support/test-app';

const VERIFY = '{ verifyAuditChain { ok brokenAt checked } }';

describe('audit chain integrity', () => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let adminA: TestUser;
  let adminB: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    a = await t.newTenant();
    b = await t.newTenant();
    adminA = await t.newUser({ tenant: a, role: TenantRole.TENANT_ADMIN });
    adminB = await t.newUser({ tenant: b, role: TenantRole.TENANT_ADMIN });
    for (const name of ['One', 'Two', 'Three']) {
      await t.graphql(
        `mutation { updateTenantSettings(input: { nameEn: "${name}" }) { id } }`,
        {},
        { token: adminB.token },
      );
    }
  });

  afterAll(async () => {
    await t.close();
  });

  it("refuses a tenant's transaction an event in another tenant's chain", async () => {
    const runtime = await connect(testDatabase().url);
    try {
      await runtime.query('begin');
      await runtime.query(`select set_config('role', 'tsunagu_app', true), set_config('app.tenant_id', $1, true)`, [
        a.id,
      ]);
      await expect(
        runtime.query(
          `insert into audit_event (id, chain, seq, tenant_id, occurred_at, actor_label, action, prev_hash, hash)
           values ($1, $2, 999, $3, now(), 'x', 'forged', 'x', 'x')`,
          [randomUUID(), b.id, a.id],
        ),
      ).rejects.toThrow(/chain of its own tenant/);
    } finally {
      await runtime.query('rollback').catch(() => undefined);
      await runtime.end();
    }
    const res = await t.graphql<{ verifyAuditChain: { ok: boolean } }>(VERIFY, {}, { token: adminB.token });
    expect(res.data!.verifyAuditChain.ok).toBe(true);
  });

  it('detects that the newest events were deleted', async () => {
    const owner = await connect(testDatabase().migrationUrl);
    try {
      await owner.query('begin');
      await owner.query(`select set_config('app.tenant_id', $1, true)`, [b.id]);
      await owner.query('alter table audit_event disable trigger audit_event_no_update');
      await owner.query(
        `delete from audit_event where chain = $1 and seq = (select max(seq) from audit_event where chain = $1)`,
        [b.id],
      );
      await owner.query('alter table audit_event enable trigger audit_event_no_update');
      await owner.query('commit');
    } finally {
      await owner.end();
    }
    // However many events follow, the gap stays visible.
    for (const name of ['Four', 'Five']) {
      await t.graphql(
        `mutation { updateTenantSettings(input: { nameEn: "${name}" }) { id } }`,
        {},
        { token: adminB.token },
      );
    }
    const res = await t.graphql<{ verifyAuditChain: { ok: boolean; brokenAt: string | null } }>(
      VERIFY,
      {},
      { token: adminB.token },
    );
    expect(res.data!.verifyAuditChain.ok).toBe(false);
    expect(res.data!.verifyAuditChain.brokenAt).not.toBeNull();
    const untouched = await t.graphql<{ verifyAuditChain: { ok: boolean } }>(VERIFY, {}, { token: adminA.token });
    expect(untouched.data!.verifyAuditChain.ok).toBe(true);
  });
});
