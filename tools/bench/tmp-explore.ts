import { Client } from 'pg';
import { benchEncryptionKeys, graphql, login, now, percentile, startApi } from './harness';
(async () => {
  const ownerUrl = 'postgres://postgres@127.0.0.1:5432/tsunagu_bench_scratch';
  const c = new Client({ connectionString: ownerUrl }); await c.connect();
  await c.query(`alter role tsunagu_bench_login password 'x'`);
  const { rows } = await c.query(`select u.email from app_user u join membership m on m.user_id = u.id where m.role='counselor' limit 1`);
  await c.end();
  const api = await startApi({ ownerUrl, runtimeUrl: 'postgres://tsunagu_bench_login:x@127.0.0.1:5432/tsunagu_bench_scratch' }, benchEncryptionKeys(), { JOB_WORKERS: '0', ...JSON.parse(process.env.EXTRA ?? '{}') });
  const token = await login(api, rows[0].email, 'bench-password-for-counsellors-2026');
  const queries: Record<string, string> = {
    typename: '{ __typename }',
    me: '{ me { email } }',
    tenant: '{ tenant { slug } }',
    conv1: '{ conversations(first: 1) { edges { node { id } } } }',
    conv50ids: '{ conversations(first: 50) { edges { node { id } } } }',
    benchq: `query Inbox($first: Int = 50, $after: String, $filter: ConversationFilter) {
  conversations(first: $first, after: $after, filter: $filter) {
    edges { cursor node {
      id status priority unreadCount lastMessageAt categoryIds
      registrant { id displayName status }
      assignee { id displayName }
      lastMessage { id direction type text sentAt unsent deliveryStatus }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    conv50fullx: `{ conversations(first: 50) { edges { cursor node { id status priority unreadCount lastMessageAt categoryIds registrant { id displayName status } assignee { id displayName } lastMessage { id direction type text sentAt unsent deliveryStatus } } } pageInfo { hasNextPage endCursor } } }`,
  };
  for (const [name, q] of Object.entries(queries)) { if (name === 'conv50fullx') continue;
    for (let i = 0; i < 20; i++) await graphql(api, q, {}, token);
    const d: number[] = [];
    for (let i = 0; i < 100; i++) { const t = now(); await graphql(api, q, {}, token); d.push(now() - t); }
    console.log(name.padEnd(12), percentile(d, 50).toFixed(1), percentile(d, 95).toFixed(1));
  }
  await api.stop();
})().catch((e) => { console.error(e); process.exit(1); });
