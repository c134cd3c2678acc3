import { Membership } from '@tsunagu/platform/auth';
import { TenantRole } from '@tsunagu/platform/permissions';
import {
  MissingTenantContextError,
  NestedTransactionError,
  PlatformDb,
  Tenant,
  TenantDb,
} from '@tsunagu/platform/database';
import { ClsService } from 'nestjs-cls';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Client as PgClient } from 'pg';
import { ownerQuery } from './support/line';
import { TestApp } from './support/test-app';

describe('TenantDb', () => {
  let t: TestApp;
  let tenantDb: TenantDb;
  let a: Tenant;
  let b: Tenant;

  beforeAll(async () => {
    t = await TestApp.start();
    tenantDb = t.app.get(TenantDb);
    a = await t.newTenant();
    b = await t.newTenant();
    await t.newUser({ tenant: a, role: TenantRole.COUNSELOR });
    await t.newUser({ tenant: b, role: TenantRole.COUNSELOR });
    await t.newUser({ tenant: b, role: TenantRole.TENANT_ADMIN });
  });

  afterAll(async () => {
    await t.close();
  });

  it('throws when code asks for the tenant outside a tenant transaction', () => {
    expect(() => tenantDb.em).toThrow(MissingTenantContextError);
    expect(() => tenantDb.tenantId).toThrow(MissingTenantContextError);
  });

  it('does not return memberships or the tenant row of another tenant', async () => {
    const seen = await tenantDb.withTenant(a.id, async (em) => ({
      memberships: await em.find(Membership, {}),
      other: await em.findOne(Tenant, { id: b.id }),
    }));
    expect(seen.memberships.map((m) => m.tenant.id)).toEqual([a.id]);
    expect(seen.other).toBeNull();
  });

  it('keeps concurrent transactions of different tenants apart', async () => {
    const runs = Array.from({ length: 20 }, (_, i) => {
      const tenant = i % 2 === 0 ? a : b;
      return tenantDb.withTenant(tenant.id, async (em) => {
        const ids = (await em.find(Membership, {})).map((m) => m.tenant.id);
        return { expected: tenant.id, ids: [...new Set(ids)] };
      });
    });
    for (const run of await Promise.all(runs)) expect(run.ids).toEqual([run.expected]);
  });

  it('refuses a second transaction inside an open one instead of deadlocking', async () => {
    await expect(
      tenantDb.withTenant(a.id, () => t.app.get(PlatformDb).run('test', async () => 'reached')),
    ).rejects.toThrow(NestedTransactionError);
    await expect(tenantDb.withTenant(a.id, () => tenantDb.withTenant(b.id, async () => 'reached'))).rejects.toThrow(
      NestedTransactionError,
    );
    await expect(
      t.app.get(PlatformDb).run('test', () => tenantDb.withTenant(a.id, async () => 'reached')),
    ).rejects.toThrow(NestedTransactionError);
  });

  it('rolls back a request transaction whose commit fails, and keeps serving', async () => {
    const cls = t.app.get(ClsService);
    await expect(
      cls.run(async () => {
        await tenantDb.beginRequestTransaction(a.id);
        const tenant = await tenantDb.em.findOneOrFail(Tenant, { id: a.id });
        tenant.nameEn = 'x'.repeat(500); // longer than the column: fails at the commit's flush
        await tenantDb.finishRequestTransaction(true);
      }),
    ).rejects.toThrow();
    const after = await tenantDb.withTenant(a.id, (em) => em.findOneOrFail(Tenant, { id: a.id }));
    expect(after.nameEn).not.toHaveLength(500);
  });

  it('refuses any use of an EntityManager after its transaction ended', async () => {
    const leaked = await tenantDb.withTenant(a.id, async (em) => em);
    expect(() => leaked.find(Tenant, {})).toThrow(/has ended/);
  });

  it('rolls back a tenant transaction whose work fails', async () => {
    await expect(
      tenantDb.withTenant(a.id, async (em) => {
        const tenant = await em.findOneOrFail(Tenant, { id: a.id });
        tenant.nameEn = 'Never saved';
        await em.flush();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const after = await tenantDb.withTenant(a.id, (em) => em.findOneOrFail(Tenant, { id: a.id }));
    expect(after.nameEn).not.toBe('Never saved');
  });

  describe('statement (one round trip)', () => {
    it("reads and writes only its tenant's rows", async () => {
      const seen = await tenantDb.statement<{ tenant_id: string }>(
        a.id,
        'select distinct tenant_id from membership',
        [],
      );
      expect(seen).toEqual([{ tenant_id: a.id }]);
      const keyword = `statement-${Date.now()}`;
      const insert = `insert into keyword_rule (id, tenant_id, keyword, folded, created_at) values (gen_random_uuid(), ?, ?, ?, now())`;
      await expect(tenantDb.statement(a.id, insert, [b.id, keyword, keyword])).rejects.toThrow(/row-level security/);
      expect(await ownerQuery('select 1 from keyword_rule where keyword = $1', [keyword])).toEqual([]);
      await tenantDb.statement(a.id, insert, [a.id, keyword, keyword]);
      const after = await ownerQuery('select tenant_id from keyword_rule where keyword = $1', [keyword]);
      expect(after).toEqual([{ tenant_id: a.id }]);
    });

    it('is all or nothing, and leaves no scope on the pooled connection', async () => {
      const name = `Never saved ${Date.now()}`;
      await expect(
        tenantDb.statement(
          a.id,
          `with renamed as (update tenant set name_en = ? where id = ? returning id) select 1 / 0 from renamed`,
          [name, a.id],
        ),
      ).rejects.toThrow(/division by zero/);
      expect(await ownerQuery('select 1 from tenant where name_en = $1', [name])).toEqual([]);

      await tenantDb.statement(a.id, 'select 1', []);
      const knex = (t.app.get(MikroORM).em as EntityManager).getKnex();
      const pool = knex.client.pool as { numFree(): number };
      const free = await Promise.all(
        Array.from({ length: pool.numFree() }, () => knex.client.acquireConnection() as Promise<PgClient>),
      );
      try {
        for (const connection of free) {
          const { rows } = await connection.query(
            "select coalesce(current_setting('app.tenant_id', true), '') as tenant, current_user = session_user as own_role",
          );
          expect(rows[0]).toEqual({ tenant: '', own_role: true });
        }
      } finally {
        for (const connection of free) await knex.client.releaseConnection(connection);
      }
    });

    it('refuses to run inside an open transaction', async () => {
      await expect(tenantDb.withTenant(a.id, () => tenantDb.statement(a.id, 'select 1', []))).rejects.toThrow(
        NestedTransactionError,
      );
    });
  });
});
