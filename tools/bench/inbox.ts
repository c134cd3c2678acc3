/**
 * `npm run bench -- inbox`: the 50-conversation inbox page over GraphQL (HTTP, sequential, after a
 * warm-up) on a generated tenant of 1,000,000 messages in 50,000 conversations, next to the same
 * page read by one hand-written SQL query in a transaction set up as the application sets its own.
 */
import { Client } from 'pg';
import { generateTenant } from './data-generator';
import {
  benchEncryptionKeys,
  buildApi,
  freshDatabase,
  graphql,
  login,
  machineLine,
  ms,
  now,
  percentile,
  startApi,
  verdict,
} from './harness';

export interface InboxBenchOptions {
  conversations: number;
  messages: number;
  iterations: number;
  /** The search page reads far more: fewer iterations. */
  searchIterations: number;
  warmup: number;
}

export const INBOX_DEFAULTS: InboxBenchOptions = {
  conversations: 50_000,
  messages: 1_000_000,
  iterations: 300,
  searchIterations: 50,
  warmup: 30,
};

const PAGE_SIZE = 50;
/** A two-character term about 1 message in 250 mentions, and one that no message contains. */
const SEARCH_TERM = '虐待';
const MISSING_TERM = '引っ越し';

const INBOX_QUERY = `query Inbox($first: Int, $after: String, $filter: ConversationFilter) {
  conversations(first: $first, after: $after, filter: $filter) {
    edges { cursor node {
      id status priority unreadCount lastMessageAt categoryIds
      registrant { id displayName status }
      assignee { id displayName }
      lastMessage { id direction type text sentAt unsent deliveryStatus }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface InboxPage {
  conversations: {
    edges: { cursor: string; node: { id: string; lastMessageAt: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/**
 * The same page by hand: newest conversations first, each with its registrant, assignee and
 * latest message, optionally after a keyset position and filtered by a search over display names
 * and message texts (as the inbox searches: NFKC on both sides, ILIKE).
 */
function handWrittenSql(options: { after: boolean; search: boolean }): string {
  return `
  select c.id, c.status, c.priority, c.unread_count, c.last_message_at, c.category_ids,
         r.id as registrant_id, r.display_name, r.status as registrant_status,
         u.id as assignee_id, u.display_name as assignee_name,
         m.id as message_id, m.direction, m.type, m.text, m.sent_at, m.unsent_at, m.delivery_status
  from conversation c
  join registrant r on r.id = c.registrant_id
  left join app_user u on u.id = c.assignee_id
  left join lateral (
    select * from message where conversation_id = c.id order by sent_at desc, id desc limit 1
  ) m on true
  where c.tenant_id = $1
    ${options.after ? 'and (c.last_message_at, c.id) < ($2::timestamptz, $3::uuid)' : ''}
    ${
      options.search
        ? `and (normalize(r.display_name, NFKC) ilike $${options.after ? 4 : 2}
           or exists (select 1 from message s where s.conversation_id = c.id and normalize(s.text, NFKC) ilike $${options.after ? 4 : 2}))`
        : ''
    }
  order by c.last_message_at desc, c.id desc
  limit ${PAGE_SIZE + 1}`;
}

interface Figures {
  p50: number;
  p95: number;
}

export async function inboxBench(options: InboxBenchOptions): Promise<void> {
  const { TENANT_ROLE, TENANT_SETTING } = await import('@tsunagu/platform/database');
  const db = await freshDatabase();
  const keys = benchEncryptionKeys();
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  const started = Date.now();
  const tenant = await generateTenant(owner, {
    conversations: options.conversations,
    messages: options.messages,
    keys,
    password: 'bench-password-for-counsellors-2026',
  });
  console.log(
    `generated ${options.messages.toLocaleString('en')} messages in ${options.conversations.toLocaleString('en')} conversations in ${((Date.now() - started) / 1000).toFixed(1)} s (tenant ${tenant.slug})`,
  );
  await owner.end();

  buildApi();
  const api = await startApi(db, keys, { JOB_WORKERS: '0' });
  const runtime = new Client({ connectionString: db.runtimeUrl });
  await runtime.connect();
  try {
    const token = await login(api, tenant.counsellors[0].email, tenant.password);
    const page = (after: string | null, search: string | null) => () =>
      graphql<InboxPage>(api, INBOX_QUERY, { first: PAGE_SIZE, after, filter: search ? { search } : null }, token).then(
        (a) => a.data as InboxPage,
      );
    const sqlPage = (after: { at: string; id: string } | null, search: string | null) => async () => {
      await runtime.query('begin');
      await runtime.query(`select set_config('role', $1, true), set_config('${TENANT_SETTING}', $2, true)`, [
        TENANT_ROLE,
        tenant.tenantId,
      ]);
      const params: unknown[] = [tenant.tenantId];
      if (after) params.push(after.at, after.id);
      if (search) params.push(`%${search}%`);
      const { rows } = await runtime.query<{ id: string }>(
        handWrittenSql({ after: after !== null, search: search !== null }),
        params,
      );
      await runtime.query('commit');
      return rows;
    };

    // The two readings must be of the same page, or the comparison means nothing.
    const first = await page(null, null)();
    const firstEdges = first.conversations.edges;
    const last = firstEdges[firstEdges.length - 1].node;
    const secondPosition = { at: last.lastMessageAt, id: last.id };
    const cursor = first.conversations.pageInfo.endCursor;
    await sameIds('first page', firstEdges, await sqlPage(null, null)());
    const second = await page(cursor, null)();
    await sameIds('second page', second.conversations.edges, await sqlPage(secondPosition, null)());
    const found = await page(null, SEARCH_TERM)();
    await sameIds(`search page`, found.conversations.edges, await sqlPage(null, SEARCH_TERM)());
    const missing = await page(null, MISSING_TERM)();
    await sameIds(`search without a match`, missing.conversations.edges, await sqlPage(null, MISSING_TERM)(), true);

    const rows: [string, Figures, Figures][] = [];
    // Interleaved, so that both readings see the same machine load.
    const measure = async (name: string, gql: () => Promise<unknown>, sql: () => Promise<unknown>, n: number) => {
      for (let i = 0; i < options.warmup; i++) await Promise.all([gql(), sql()]);
      const durations: [number[], number[]] = [[], []];
      for (let i = 0; i < n; i++) {
        for (const [k, read] of [gql, sql].entries()) {
          const start = now();
          await read();
          durations[k].push(now() - start);
        }
      }
      rows.push([`${name} (${n}×)`, figures(durations[0]), figures(durations[1])]);
    };
    await measure('first page', page(null, null), sqlPage(null, null), options.iterations);
    await measure('second page (after)', page(cursor, null), sqlPage(secondPosition, null), options.iterations);
    await measure(
      `search "${SEARCH_TERM}" (${found.conversations.edges.length} found)`,
      page(null, SEARCH_TERM),
      sqlPage(null, SEARCH_TERM),
      options.searchIterations,
    );
    await measure(
      `search "${MISSING_TERM}" (${missing.conversations.edges.length} found)`,
      page(null, MISSING_TERM),
      sqlPage(null, MISSING_TERM),
      options.searchIterations,
    );

    console.log(
      `\ninbox: ${PAGE_SIZE}-conversation page, ${options.conversations.toLocaleString('en')} conversations / ${options.messages.toLocaleString('en')} messages, PostgreSQL`,
    );
    console.log(machineLine());
    console.log(
      `${'page'.padEnd(40)} ${'GraphQL p50'.padStart(12)} ${'GraphQL p95'.padStart(12)} ${'SQL p50'.padStart(10)} ${'SQL p95'.padStart(10)} ${'p50 ratio'.padStart(10)} ${'p95 ratio'.padStart(10)}`,
    );
    for (const [name, g, s] of rows) {
      console.log(
        `${name.padEnd(40)} ${ms(g.p50).padStart(12)} ${ms(g.p95).padStart(12)} ${ms(s.p50).padStart(10)} ${ms(s.p95).padStart(10)} ${`${(g.p50 / s.p50).toFixed(1)}×`.padStart(10)} ${`${(g.p95 / s.p95).toFixed(1)}×`.padStart(10)}`,
      );
    }
    const [, g, s] = rows[0];
    console.log(`target: first page p95 under 25 ms: ${ms(g.p95)}: ${verdict(g.p95 < 25)}`);
    console.log(
      `target: first page p95 within 3× the hand-written SQL's: ${(g.p95 / s.p95).toFixed(1)}×: ${verdict(g.p95 <= 3 * s.p95)}`,
    );
    for (const [name, g2] of rows.slice(2)) {
      console.log(
        `target: ${name.replace(/ \(\d+×\)$/, '')} p95 under 100 ms: ${ms(g2.p95)}: ${verdict(g2.p95 < 100)}`,
      );
    }
    console.log('(no target for the second page; the SQL times include its transaction and tenant context)');
  } finally {
    await runtime.end();
    await api.stop();
  }
}

function figures(durations: number[]): Figures {
  return { p50: percentile(durations, 50), p95: percentile(durations, 95) };
}

async function sameIds(
  what: string,
  edges: { node: { id: string } }[],
  rows: { id: string }[],
  expectEmpty = false,
): Promise<void> {
  const viaApi = edges.map((e) => e.node.id).join();
  const viaSql = rows
    .slice(0, PAGE_SIZE)
    .map((r) => r.id)
    .join();
  if (viaApi !== viaSql || (edges.length === 0) !== expectEmpty) {
    throw new Error(`the ${what} differs between GraphQL (${edges.length}) and the hand-written SQL (${rows.length})`);
  }
}
