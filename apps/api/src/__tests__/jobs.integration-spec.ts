import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { insertJobsFrom, JobsService } from '@tsunagu/platform/jobs';
import { ownerQuery } from './support/line';
import { TestApp } from './support/test-app';

/** Queues no handler works, with pg-boss settings other than its defaults and with its defaults. */
const PROBES = [
  { queue: 'test.probe.tuned', options: '{"policy":"standard","retryLimit":7,"retryDelay":3,"retryBackoff":true}' },
  { queue: 'test.probe.plain', options: '{"policy":"standard"}' },
];

interface JobRow {
  name: string;
  data: { probe: string };
  state: string;
  retry_limit: number;
  retry_delay: number;
  retry_backoff: boolean;
  expire_in: string;
  retention: string;
  policy: string | null;
  dead_letter: string | null;
}

describe('insertJobsFrom (a job in the statement of its write)', () => {
  let t: TestApp;
  let tenant: Tenant;

  beforeAll(async () => {
    t = await TestApp.start();
    tenant = await t.newTenant();
    for (const { queue, options } of PROBES) {
      await ownerQuery(`select pgboss.create_queue($1, $2::json)`, [queue, options]);
    }
  });

  afterAll(async () => {
    await t.close();
    for (const { queue } of PROBES) {
      await ownerQuery('delete from pgboss.job where name = $1', [queue]);
      await ownerQuery('select pgboss.delete_queue($1)', [queue]);
    }
  });

  it.each(PROBES)('writes the job pg-boss itself would write ($queue)', async ({ queue }) => {
    const tenantDb = t.app.get(TenantDb);
    await tenantDb.withTenant(tenant.id, (em) => t.app.get(JobsService).enqueue(em, queue, { probe: 'pg-boss' }));
    const inserted = await tenantDb.statement<{ data: { probe: string } }>(
      tenant.id,
      `with probe as (select jsonb_build_object('probe', ?::text) as data) ${insertJobsFrom(queue, 'probe')}`,
      ['statement'],
    );
    expect(inserted).toEqual([{ data: { probe: 'statement' } }]);

    const rows = await ownerQuery<JobRow>(
      `select name, data, state, retry_limit, retry_delay, retry_backoff, expire_in::text, policy, dead_letter,
              date_trunc('minute', keep_until - created_on + interval '30 seconds')::text as retention
       from pgboss.job where name = $1 order by data->>'probe'`,
      [queue],
    );
    expect(rows.map((row) => row.data.probe)).toEqual(['pg-boss', 'statement']);
    const [byPgBoss, byStatement] = rows.map(({ data: _data, ...settings }) => settings);
    expect(byStatement).toEqual(byPgBoss);
    expect(byStatement.state).toBe('created');
  });

  it('refuses names that would not be plain identifiers', () => {
    expect(() => insertJobsFrom("line.event'; drop table x; --", 'job')).toThrow(/Bad queue/);
    expect(() => insertJobsFrom('line.event', 'job; drop table x')).toThrow(/Bad queue/);
  });
});
