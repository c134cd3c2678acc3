import { Client } from 'pg';
import { benchEncryptionKeys, graphql, login, now, percentile, startApi } from './harness';
(async () => {
  const ownerUrl = 'postgres://postgres@127.0.0.1:5432/tsunagu_bench_scratch';
  const c = new Client({ connectionString: ownerUrl }); await c.connect();
  await c.query(`alter role tsunagu_bench_login password 'x'`);
  const { rows } = await c.query(`select u.email from app_user u join membership m on m.user_id = u.id where m.role='counselor' limit 1`);
  await c.end();
  const api = await startApi({ ownerUrl, runtimeUrl: 'postgres://tsunagu_bench_login:x@127.0.0.1:5432/tsunagu_bench_scratch' }, benchEncryptionKeys(), { JOB_WORKERS: '0' });
  try {
    const token = await login(api, rows[0].email, 'bench-password-for-counsellors-2026');
    const q = process.argv[2] ?? '{ me { email } }';
    for (let i = 0; i < 50; i++) await graphql(api, q, {}, token);
    const d: number[] = [];
    for (let i = 0; i < Number(process.argv[3] ?? 500); i++) { const t = now(); await graphql(api, q, {}, token); d.push(now() - t); }
    console.log(percentile(d, 50).toFixed(1), percentile(d, 95).toFixed(1));
  } finally { await api.stop(); }
})().catch((e) => { console.error(e); process.exit(1); });
