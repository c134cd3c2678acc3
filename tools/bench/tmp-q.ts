import { Client } from 'pg';
import { benchEncryptionKeys, graphql, login, sleep, startApi } from './harness';
(async () => {
  const ownerUrl = 'postgres://postgres@127.0.0.1:5432/tsunagu_bench_scratch';
  const c = new Client({ connectionString: ownerUrl }); await c.connect();
  await c.query(`alter role tsunagu_bench_login password 'x'`);
  const { rows } = await c.query(`select u.email from app_user u join membership m on m.user_id = u.id where m.role='counselor' limit 1`);
  await c.end();
  const api = await startApi({ ownerUrl, runtimeUrl: 'postgres://tsunagu_bench_login:x@127.0.0.1:5432/tsunagu_bench_scratch' }, benchEncryptionKeys(), { JOB_WORKERS: '0' });
  try {
  const token = await login(api, rows[0].email, 'bench-password-for-counsellors-2026');
  await graphql(api, '{ me { email } }', {}, token);
  await sleep(500);
  console.log('MARK');
  await c.connect().catch(() => {});
  await graphql(api, 'query MARKER1 { me { email } }', {}, token);
  await graphql(api, 'query($first: Int) { conversations(first: $first) { edges { node { id registrant { id } assignee { id } lastMessage { id } } } } }', { first: 50 }, token);
  } finally { await api.stop(); }
})().catch((e) => { console.error(e); process.exit(1); });
