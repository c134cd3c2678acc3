import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { connect, randomLocalGovernmentCode, testDatabase, uniqueSlug } from '@tsunagu/platform/testing';
import { PLATFORM_ROLE, TENANT_ROLE } from '../roles';

/** Tables that are not tenant data: the migration ledger only. */
const NOT_TENANT_DATA = ['mikro_orm_migrations'];

interface Fixture {
  tenantId: string;
  userId: string;
  membershipId: string;
}

/** Inserts a tenant with one member through the platform scope, as onboarding does. */
async function insertTenantWithMember(client: Client): Promise<Fixture> {
  const fixture = { tenantId: randomUUID(), userId: randomUUID(), membershipId: randomUUID() };
  await client.query('begin');
  await client.query(`select set_config('role', $1, true), set_config('app.scope', 'platform', true)`, [PLATFORM_ROLE]);
  await client.query(
    `insert into tenant (id, slug, name_ja, name_en, local_government_code, prefecture, created_at, updated_at)
     values ($1, $2, 'テスト市', 'Test', $3, '兵庫県', now(), now())`,
    [fixture.tenantId, uniqueSlug(), randomLocalGovernmentCode()],
  );
  await client.query(
    `insert into app_user (id, email, display_name, password_hash, created_at, updated_at, password_changed_at)
     values ($1, $2, 'テスト', 'not-a-real-hash', now(), now(), now())`,
    [fixture.userId, `${uniqueSlug('rls')}@example.test`],
  );
  await client.query(
    `insert into membership (id, tenant_id, user_id, role, created_at) values ($1, $2, $3, 'counselor', now())`,
    [fixture.membershipId, fixture.tenantId, fixture.userId],
  );
  await client.query('commit');
  return fixture;
}

/** Runs `fn` in a transaction switched to the tenant role, as TenantDb does. */
async function asTenant<T>(client: Client, tenantId: string, fn: () => Promise<T>): Promise<T> {
  await client.query('begin');
  try {
    await client.query(`select set_config('role', $1, true), set_config('app.tenant_id', $2, true)`, [
      TENANT_ROLE,
      tenantId,
    ]);
    return await fn();
  } finally {
    await client.query('rollback');
  }
}

describe('row-level security', () => {
  const db = testDatabase();
  let owner: Client;
  let runtime: Client;
  let a: Fixture;
  let b: Fixture;

  beforeAll(async () => {
    owner = await connect(db.migrationUrl);
    runtime = await connect(db.url);
    a = await insertTenantWithMember(runtime);
    b = await insertTenantWithMember(runtime);
  });

  afterAll(async () => {
    await owner.end();
    await runtime.end();
  });

  it('is enabled and forced, with a tenant policy, on every table that has tenant_id', async () => {
    const { rows } = await owner.query<{ table: string; enabled: boolean; forced: boolean; policies: string[] }>(`
      select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
             coalesce(array_agg(pg_get_expr(p.polqual, p.polrelid)) filter (where p.polname is not null), '{}') as policies
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
      left join pg_policy p on p.polrelid = c.oid
      where c.relkind in ('r', 'p')
      group by c.relname, c.relrowsecurity, c.relforcerowsecurity`);
    expect(rows.map((r) => r.table)).toContain('membership');
    for (const row of rows) {
      expect({ table: row.table, enabled: row.enabled, forced: row.forced }).toEqual({
        table: row.table,
        enabled: true,
        forced: true,
      });
      expect(row.policies.some((q) => q.includes("current_setting('app.tenant_id'") && q.includes('tenant_id'))).toBe(
        true,
      );
    }
  });

  it('is enabled and forced on every other table too, but the migration ledger', async () => {
    const { rows } = await owner.query<{ table: string }>(`
      select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      where c.relkind in ('r', 'p') and not (c.relrowsecurity and c.relforcerowsecurity)`);
    expect(rows.map((r) => r.table).filter((t) => !NOT_TENANT_DATA.includes(t))).toEqual([]);
  });

  it('shows a transaction without a tenant zero rows', async () => {
    await runtime.query('begin');
    await runtime.query(`select set_config('role', $1, true)`, [TENANT_ROLE]);
    for (const table of ['tenant', 'membership', 'app_user']) {
      const { rows } = await runtime.query<{ n: string }>(`select count(*) as n from ${table}`);
      expect({ table, n: Number(rows[0].n) }).toEqual({ table, n: 0 });
    }
    await runtime.query('rollback');
  });

  it("lets tenant A's transaction read only tenant A's rows, even with raw SQL naming tenant B", async () => {
    await asTenant(runtime, a.tenantId, async () => {
      const memberships = await runtime.query<{ id: string }>('select id from membership');
      expect(memberships.rows.map((r) => r.id)).toEqual([a.membershipId]);
      const named = await runtime.query('select id from membership where tenant_id = $1', [b.tenantId]);
      expect(named.rowCount).toBe(0);
      const tenants = await runtime.query<{ id: string }>('select id from tenant');
      expect(tenants.rows.map((r) => r.id)).toEqual([a.tenantId]);
      const users = await runtime.query<{ id: string }>('select id from app_user');
      expect(users.rows.map((r) => r.id)).toEqual([a.userId]);
    });
  });

  it("refuses tenant A's transaction a write into tenant B", async () => {
    await expect(
      asTenant(runtime, a.tenantId, () =>
        runtime.query(
          `insert into download (id, tenant_id, user_id, filename, content_type, content, created_at, expires_at)
           values ($1, $2, $3, 'x.csv', 'text/csv', 'x', now(), now())`,
          [randomUUID(), b.tenantId, a.userId],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    // Memberships are created on the platform path only: a tenant transaction may not add one at all.
    await expect(
      asTenant(runtime, a.tenantId, () =>
        runtime.query(
          `insert into membership (id, tenant_id, user_id, role, created_at) values ($1, $2, $3, 'tenant_admin', now())`,
          [randomUUID(), a.tenantId, b.userId],
        ),
      ),
    ).rejects.toThrow(/permission denied/);
    const promoted = await asTenant(runtime, a.tenantId, () =>
      runtime.query(`update membership set role = 'tenant_admin' where tenant_id = $1`, [b.tenantId]),
    );
    expect(promoted.rowCount).toBe(0);
    const renamed = await asTenant(runtime, a.tenantId, () =>
      runtime.query(`update tenant set name_en = 'Taken' where id = $1`, [b.tenantId]),
    );
    expect(renamed.rowCount).toBe(0);
    await expect(
      asTenant(runtime, a.tenantId, () =>
        runtime.query(`update membership set tenant_id = $1 where id = $2`, [b.tenantId, a.membershipId]),
      ),
    ).rejects.toThrow(/row-level security|permission denied/);
  });

  it('never lets a tenant transaction read password hashes or change what onboarding owns', async () => {
    await expect(
      asTenant(runtime, a.tenantId, () => runtime.query('select password_hash from app_user')),
    ).rejects.toThrow(/permission denied/);
    await expect(
      asTenant(runtime, a.tenantId, () =>
        runtime.query(`update tenant set status = 'active' where id = $1`, [a.tenantId]),
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('shows the platform role nothing outside a platform-scope transaction', async () => {
    await runtime.query('begin');
    await runtime.query(`select set_config('role', $1, true)`, [PLATFORM_ROLE]);
    const { rows } = await runtime.query<{ n: string }>('select count(*) as n from membership');
    expect(Number(rows[0].n)).toBe(0);
    await runtime.query('rollback');
  });

  const onPostgres = db.home === 'postgres' ? describe : describe.skip;
  onPostgres('with the runtime login role of DATABASE_URL (PostgreSQL only)', () => {
    it('is neither superuser, nor BYPASSRLS, nor the owner of any table', async () => {
      const { rows } = await runtime.query<{ rolsuper: boolean; rolbypassrls: boolean; owned: string }>(`
        select r.rolsuper, r.rolbypassrls,
               (select count(*) from pg_tables t where t.schemaname = 'public' and t.tableowner = current_user) as owned
        from pg_roles r where r.rolname = current_user`);
      expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, owned: '0' });
    });

    it('sees zero rows in a query outside any transaction', async () => {
      for (const table of ['tenant', 'membership', 'app_user']) {
        const { rows } = await runtime.query<{ n: string }>(`select count(*) as n from ${table}`);
        expect({ table, n: Number(rows[0].n) }).toEqual({ table, n: 0 });
      }
      const { rows } = await owner.query<{ n: string }>('select count(*) as n from membership');
      expect(Number(rows[0].n)).toBeGreaterThanOrEqual(2);
    });

    it('cannot leave row-level security by turning it off', async () => {
      await expect(runtime.query('alter table membership no force row level security')).rejects.toThrow(
        /must be owner/,
      );
      await expect(runtime.query(`set row_security = off; select * from membership`)).rejects.toThrow(
        /row-level security/,
      );
    });
  });
});
