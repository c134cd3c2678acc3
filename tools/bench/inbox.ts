/**
 * `npm run bench -- inbox`: the 50-conversation inbox page over GraphQL (HTTP, sequential, after a
 * warm-up) on a generated tenant of 1,000,000 messages in 50,000 conversations, next to the same
 * page read by one hand-written SQL query in a transaction set up as the application sets its own.
 * BENCH_DATABASE=embedded generates the tenant in an embedded database (PGlite) instead, then runs
 * the API on it as `npm start` does; the API's process then owns the database, so the hand-written
 * readings are taken once, before it starts, to check the pages, and only GraphQL is timed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { EncryptionKey } from '@tsunagu/platform/config';
import { generateTenant, type GeneratedTenant } from './data-generator';
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
  type RunningApi,
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
      id status priority unreadCount lastMessageAt categoryIds urgentSince urgentKeyword outOfHours
      channel { id name }
      registrant { id displayName status }
      assignee { id displayName }
      lastMessage { id direction type text sentAt unsent deliveryStatus }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface InboxPage {
  conversations: {
    edges: { cursor: string; node: { id: string; priority: string; lastMessageAt: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** The inbox's order: urgent conversations first, then the newest (read backwards from its index). */
const URGENT = "(c.priority = 'urgent')";
const ORDER = `${URGENT} desc, c.last_message_at desc, c.id desc`;

/** A keyset position in that order. */
interface InboxPosition {
  urgent: boolean;
  at: string;
  id: string;
}

/**
 * The same page by hand: urgent conversations first, then the newest, each with its registrant,
 * channel, assignee and latest message, optionally after a keyset position and filtered by a search
 * over display names and message texts (NFKC on both sides, ILIKE): `scan` reads every message as the inbox did before
 * its index (what the results must equal), `index` asks the bigram index for candidates first (the
 * timed baseline).
 */
function handWrittenSql(options: { after: boolean; search: false | 'scan' | 'index' }): string {
  const term = `$${options.after ? 5 : 2}`;
  // After the pattern: the candidate messages and their conversations (arrays), then the term.
  const [messageIds, conversationIds, raw] = [6, 7, 8].map((n) => `$${options.after ? n : n - 3}`);
  const keyset = options.after
    ? `and (${URGENT}, c.last_message_at, c.id) < ($2::boolean, $3::timestamptz, $4::uuid)`
    : '';
  const matched =
    options.search === 'index'
      ? `with found_messages as materialized (
           select conversation_id, array_agg(message_id) as message_ids
           from unnest(${messageIds}::uuid[], ${conversationIds}::uuid[]) as f(message_id, conversation_id)
           group by conversation_id),
         found_by_name as materialized (
           select k.id from conversation k join registrant f on f.id = k.registrant_id
           where f.id = any(array(select registrant_id from inbox_search_registrants(${raw}, null)))
             and normalize(f.display_name, NFKC) ilike ${term})`
      : '';
  // The candidates in the inbox's order, a message of each confirmed in that order until the page is full.
  const indexed = `and c.id in (
    select p.id from (
      select c.id, fm.message_ids, fn.id is not null as by_name
      from conversation c
      left join found_messages fm on fm.conversation_id = c.id
      left join found_by_name fn on fn.id = c.id
      where c.tenant_id = $1 ${keyset}
        and c.id in (select conversation_id from found_messages union select id from found_by_name)
      order by ${ORDER} offset 0) p
    where p.by_name or exists (
      select 1 from message s where s.id = any(p.message_ids) and normalize(s.text, NFKC) ilike ${term})
    limit ${PAGE_SIZE + 1})`;
  return `${matched}
  select c.id, c.status, c.priority, c.unread_count, c.last_message_at, c.category_ids,
         c.urgent_since, c.urgent_keyword,
         r.id as registrant_id, r.display_name, r.status as registrant_status,
         ch.id as channel_id, ch.name as channel_name, ch.business_hours, t.timezone,
         u.id as assignee_id, u.display_name as assignee_name,
         m.id as message_id, m.direction, m.type, m.text, m.sent_at, m.unsent_at, m.delivery_status
  from conversation c
  join registrant r on r.id = c.registrant_id
  join line_channel ch on ch.id = r.channel_id
  join tenant t on t.id = c.tenant_id
  left join app_user u on u.id = c.assignee_id
  left join lateral (
    select * from message where conversation_id = c.id order by sent_at desc, id desc limit 1
  ) m on true
  where c.tenant_id = $1
    ${keyset}
    ${
      options.search === 'scan'
        ? `and (normalize(r.display_name, NFKC) ilike ${term}
           or exists (select 1 from message s where s.conversation_id = c.id and normalize(s.text, NFKC) ilike ${term}))`
        : options.search === 'index'
          ? indexed
          : ''
    }
  order by ${ORDER}
  limit ${PAGE_SIZE + 1}`;
}

interface Figures {
  p50: number;
  p95: number;
}

type Search = false | 'scan' | 'index';

/** One hand-written reading of a page, in a transaction set up as the application sets its own. */
async function readBySql(
  client: Client,
  tenantId: string,
  after: InboxPosition | null,
  search: { term: string; how: Search } | null,
): Promise<{ id: string }[]> {
  const { TENANT_ROLE, TENANT_SETTING } = await import('@tsunagu/platform/database');
  await client.query('begin');
  try {
    await client.query(`select set_config('role', $1, true), set_config('${TENANT_SETTING}', $2, true)`, [
      TENANT_ROLE,
      tenantId,
    ]);
    const params: unknown[] = [tenantId];
    if (after) params.push(after.urgent, after.at, after.id);
    if (search) params.push(`%${search.term}%`);
    if (search?.how === 'index') {
      // The candidates first, as the API asks for them (both bench terms have fewer than it confirms one by one).
      const { rows: found } = await client.query<{ message_id: string; conversation_id: string }>(
        'select message_id, conversation_id from inbox_search_messages($1, 2001)',
        [search.term],
      );
      if (found.length > 2000) throw new Error(`"${search.term}" is a common term: the API reads it another way`);
      params.push(
        found.map((r) => r.message_id),
        found.map((r) => r.conversation_id),
        search.term,
      );
    }
    const { rows } = await client.query<{ id: string }>(
      handWrittenSql({ after: after !== null, search: search?.how ?? false }),
      params,
    );
    return rows;
  } finally {
    await client.query('commit');
  }
}

interface Subject {
  api: RunningApi;
  tenant: GeneratedTenant;
  /** The runtime login role's connection (PostgreSQL only: the embedded database is the API's). */
  runtime: Client | null;
  /** The hand-written readings of the first page and of both searches, by the scan (embedded: taken before the API started). */
  expected: { firstPage: { id: string }[]; found: { id: string }[]; missing: { id: string }[] } | null;
  databaseName: string;
  cleanup(): Promise<void>;
}

async function generate(url: string, options: InboxBenchOptions, keys: EncryptionKey[]): Promise<GeneratedTenant> {
  const owner = new Client({ connectionString: url });
  await owner.connect();
  try {
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
    return tenant;
  } finally {
    await owner.end();
  }
}

/** The generated tenant, and the API on it: on PostgreSQL, or (BENCH_DATABASE=embedded) on PGlite. */
async function startSubject(options: InboxBenchOptions, embedded: boolean): Promise<Subject> {
  const keys = benchEncryptionKeys();
  if (!embedded) {
    const db = await freshDatabase();
    const tenant = await generate(db.ownerUrl, options, keys);
    buildApi();
    const api = await startApi(db, keys, { JOB_WORKERS: '0' });
    const runtime = new Client({ connectionString: db.runtimeUrl });
    await runtime.connect();
    return {
      api,
      tenant,
      runtime,
      expected: null,
      databaseName: 'PostgreSQL',
      cleanup: async () => {
        await runtime.end();
        await api.stop();
      },
    };
  }
  const { migrate, startEmbeddedDatabase } = await import('@tsunagu/platform/database');
  const dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-bench-inbox-embedded-'));
  const database = await startEmbeddedDatabase(dataDir, 4);
  let tenant: GeneratedTenant;
  let expected: Subject['expected'];
  try {
    await migrate({ migrationUrl: database.url, runtimeUrl: database.url });
    tenant = await generate(database.url, options, keys);
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const started = Date.now();
      expected = {
        firstPage: await readBySql(client, tenant.tenantId, null, null),
        found: await readBySql(client, tenant.tenantId, null, { term: SEARCH_TERM, how: 'scan' }),
        missing: await readBySql(client, tenant.tenantId, null, { term: MISSING_TERM, how: 'scan' }),
      };
      console.log(`read the pages to compare by the scan in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } finally {
      await client.end();
    }
  } finally {
    await database.stop();
  }
  buildApi();
  // As `npm start` runs it (the demo is not seeded: the database has a tenant already).
  const api = await startApi(null, keys, {
    NODE_ENV: 'development',
    TSUNAGU_DATA_DIR: dataDir,
    JOB_WORKERS: '0',
    LOG_LEVEL: 'info',
  }).catch((error: unknown) => {
    // A million messages' database is not left behind in the temporary folder.
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  return {
    api,
    tenant,
    runtime: null,
    expected,
    databaseName: 'embedded database (PGlite)',
    cleanup: async () => {
      await api.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function inboxBench(options: InboxBenchOptions): Promise<void> {
  const embedded = process.env['BENCH_DATABASE'] === 'embedded';
  const subject = await startSubject(options, embedded);
  const { api, tenant, runtime } = subject;
  try {
    const token = await login(api, tenant.counsellors[0].email, tenant.password);
    const page = (after: string | null, search: string | null) => () =>
      graphql<InboxPage>(api, INBOX_QUERY, { first: PAGE_SIZE, after, filter: search ? { search } : null }, token).then(
        (a) => a.data as InboxPage,
      );
    const sqlPage = (after: InboxPosition | null, search: { term: string; how: Search } | null) => async () =>
      runtime ? readBySql(runtime, tenant.tenantId, after, search) : [];

    // The two readings must be of the same page, or the comparison means nothing; the searches must
    // find exactly what reading every message finds.
    const first = await page(null, null)();
    const firstEdges = first.conversations.edges;
    const last = firstEdges[firstEdges.length - 1].node;
    const secondPosition = { urgent: last.priority === 'URGENT', at: last.lastMessageAt, id: last.id };
    const cursor = first.conversations.pageInfo.endCursor;
    const found = await page(null, SEARCH_TERM)();
    const missing = await page(null, MISSING_TERM)();
    if (subject.expected) {
      await sameIds('first page', firstEdges, subject.expected.firstPage);
      await sameIds('search page', found.conversations.edges, subject.expected.found);
      await sameIds('search without a match', missing.conversations.edges, subject.expected.missing, true);
    } else {
      await sameIds('first page', firstEdges, await sqlPage(null, null)());
      const second = await page(cursor, null)();
      await sameIds('second page', second.conversations.edges, await sqlPage(secondPosition, null)());
      for (const how of ['scan', 'index'] as const) {
        await sameIds(
          `search page (${how})`,
          found.conversations.edges,
          await sqlPage(null, { term: SEARCH_TERM, how })(),
        );
        await sameIds(
          `search without a match (${how})`,
          missing.conversations.edges,
          await sqlPage(null, { term: MISSING_TERM, how })(),
          true,
        );
      }
    }

    const rows: [string, Figures, Figures | null][] = [];
    // Interleaved, so that both readings see the same machine load.
    const measure = async (name: string, gql: () => Promise<unknown>, sql: () => Promise<unknown>, n: number) => {
      const reads = runtime ? [gql, sql] : [gql];
      for (let i = 0; i < options.warmup; i++) await Promise.all(reads.map((read) => read()));
      const durations: number[][] = reads.map(() => []);
      for (let i = 0; i < n; i++) {
        for (const [k, read] of reads.entries()) {
          const start = now();
          await read();
          durations[k].push(now() - start);
        }
      }
      rows.push([`${name} (${n}×)`, figures(durations[0]), runtime ? figures(durations[1]) : null]);
    };
    await measure('first page', page(null, null), sqlPage(null, null), options.iterations);
    await measure('second page (after)', page(cursor, null), sqlPage(secondPosition, null), options.iterations);
    await measure(
      `search "${SEARCH_TERM}" (${found.conversations.edges.length} found)`,
      page(null, SEARCH_TERM),
      sqlPage(null, { term: SEARCH_TERM, how: 'index' }),
      options.searchIterations,
    );
    await measure(
      `search "${MISSING_TERM}" (${missing.conversations.edges.length} found)`,
      page(null, MISSING_TERM),
      sqlPage(null, { term: MISSING_TERM, how: 'index' }),
      options.searchIterations,
    );

    console.log(
      `\ninbox: ${PAGE_SIZE}-conversation page, ${options.conversations.toLocaleString('en')} conversations / ${options.messages.toLocaleString('en')} messages, ${subject.databaseName}`,
    );
    console.log(machineLine());
    console.log(
      `${'page'.padEnd(40)} ${'GraphQL p50'.padStart(12)} ${'GraphQL p95'.padStart(12)} ${'SQL p50'.padStart(10)} ${'SQL p95'.padStart(10)} ${'p50 ratio'.padStart(10)} ${'p95 ratio'.padStart(10)}`,
    );
    for (const [name, g, s] of rows) {
      console.log(
        `${name.padEnd(40)} ${ms(g.p50).padStart(12)} ${ms(g.p95).padStart(12)} ${(s ? ms(s.p50) : '–').padStart(10)} ${(s ? ms(s.p95) : '–').padStart(10)} ${(s ? `${(g.p50 / s.p50).toFixed(1)}×` : '–').padStart(10)} ${(s ? `${(g.p95 / s.p95).toFixed(1)}×` : '–').padStart(10)}`,
      );
    }
    const [, g, s] = rows[0];
    console.log(`target: first page p95 under 25 ms: ${ms(g.p95)}: ${verdict(g.p95 < 25)}`);
    if (s) {
      console.log(
        `target: first page p95 within 3× the hand-written SQL's: ${(g.p95 / s.p95).toFixed(1)}×: ${verdict(g.p95 <= 3 * s.p95)}`,
      );
    }
    for (const [name, g2] of rows.slice(2)) {
      console.log(
        `target: ${name.replace(/ \(\d+×\)$/, '')} p95 under 100 ms: ${ms(g2.p95)}: ${verdict(g2.p95 < 100)}`,
      );
    }
    console.log(
      runtime
        ? "(no target for the second page; the SQL times include its transaction and tenant context; the searches' SQL asks the bigram index as the API does, and both searches found what reading every message finds)"
        : '(no target for the second page; the pages and both searches were checked against hand-written SQL reading every message, before the API started)',
    );
  } finally {
    await subject.cleanup();
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
