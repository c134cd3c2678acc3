import { Client } from 'pg';
import { now, percentile } from './harness';
(async () => {
  const c = new Client({ connectionString: 'postgres://tsunagu_bench_login:x@127.0.0.1:5432/tsunagu_bench_scratch' }); await c.connect();
  const o = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/tsunagu_bench_scratch' }); await o.connect();
  const { rows: [u] } = await o.query(`select u.id, s.id as sid from app_user u join auth_session s on s.user_id = u.id limit 1`);
  const run = async (name: string, fn: () => Promise<void>) => {
    for (let i = 0; i < 50; i++) await fn();
    const d: number[] = [];
    for (let i = 0; i < 500; i++) { const t = now(); await fn(); d.push(now() - t); }
    console.log(name.padEnd(20), percentile(d, 50).toFixed(2), percentile(d, 95).toFixed(2));
  };
  await run('select 1', async () => { await c.query('select 1'); });
  await run('access 6 rt', async () => {
    await c.query('begin');
    await c.query(`select set_config('role', 'tsunagu_platform', true), set_config('app.tenant_id', '', true), set_config('app.scope', 'platform', true)`);
    await c.query('select * from app_user where id = $1', [u.id]);
    await c.query('select * from auth_session where id = $1 and user_id = $2 and revoked_at is null and expires_at > now()', [u.sid, u.id]);
    await c.query('select m.*, t.* from membership m join tenant t on t.id = m.tenant_id where m.user_id = $1 and m.status = $2', [u.id, 'active']);
    await c.query('commit');
  });
  await c.end(); await o.end();
})().catch((e) => { console.error(e); process.exit(1); });
