import { buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_PAGE_SIZE,
  GRAPHQL_LIMITS,
  graphqlProtection,
  MAX_PAGE_SIZE,
  operationCost,
} from '@tsunagu/platform/graphql';
import { TenantRole } from '@tsunagu/platform/permissions';
import { testDatabase } from '@tsunagu/platform/testing';
import { errorCodes, TestApp } from './support/test-app';

/** The inbox screen's page of conversations. */
const INBOX_PAGE = (first: string) => `conversations(first: ${first}, after: $after) {
  edges { cursor node { id status priority unreadCount lastMessageAt categoryIds categories { id name }
    registrant { id displayName status } assignee { id displayName }
    lastMessage { id direction type text sentAt unsent deliveryStatus automatic
      media { id status contentType size fileName url } } } }
  pageInfo { hasNextPage endCursor } }`;

describe('GraphQL endpoint hardening', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });

  afterAll(async () => {
    await t.close();
  });

  it('refuses a query deeper than the limit', () => {
    // The API's own schema is not yet deep enough to exceed the limit: check the rule on a nested one.
    const schema = buildSchema('type Node { name: String child: Node } type Query { root: Node }');
    const query = (depth: number) => `{ root { ${'child { '.repeat(depth - 2)}name${' }'.repeat(depth - 2)} } }`;
    const rules = graphqlProtection(false).validationRules;
    expect(validate(schema, parse(query(GRAPHQL_LIMITS.maxDepth)), rules)).toEqual([]);
    expect(validate(schema, parse(query(GRAPHQL_LIMITS.maxDepth + 2)), rules)[0]?.message).toMatch(/depth/i);
  });

  it('costs a page as many times as its size, whether `first` is a literal or a variable', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8'));
    const cost = (query: string, variables: Record<string, unknown> = {}) => {
      const document = parse(query);
      return operationCost(schema, document, document.definitions[0] as OperationDefinitionNode, variables);
    };
    const query = (...selections: string[]) => `query($after: String, $first: Int) { ${selections.join(' ')} }`;
    const literal = cost(query(INBOX_PAGE(String(MAX_PAGE_SIZE))));
    expect(cost(query(INBOX_PAGE('$first')), { first: MAX_PAGE_SIZE })).toBe(literal);
    // Left out, `first` is its default: the same cost as written.
    expect(cost(query(INBOX_PAGE('$first')))).toBe(cost(query(INBOX_PAGE(String(DEFAULT_PAGE_SIZE)))));
    expect(cost(query(INBOX_PAGE('$first')), { first: 10 })).toBeLessThan((literal ?? 0) / 5);
    // The largest inbox page passes, and a screen's second list with it; two largest pages do not.
    expect(literal).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxCost);
    expect(
      cost(query(INBOX_PAGE('$first'), `c: conversationCategories { id name }`), { first: 100 }),
    ).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxCost);
    // The conversation screen: its largest page of messages.
    const messages = `query($id: ID!, $first: Int) { messages(conversationId: $id, first: $first) {
      edges { cursor node { id direction type text sentAt unsent deliveryStatus automatic
        media { id status contentType size fileName url } } } pageInfo { hasNextPage endCursor } } }`;
    const conversationId = '00000000-0000-4000-8000-000000000000';
    expect(cost(messages, { id: conversationId, first: MAX_PAGE_SIZE })).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxCost);
    expect(cost(query(`a: ${INBOX_PAGE('$first')}`, `b: ${INBOX_PAGE('$first')}`), { first: 100 })).toBeGreaterThan(
      GRAPHQL_LIMITS.maxCost,
    );
    // Fragments count where they are spread, variables included.
    const fragment = `fragment Page on Query { ${INBOX_PAGE('$first')} }`;
    expect(cost(`${query('...Page')} ${fragment}`, { first: 100 })).toBe(literal);
  });

  it('refuses aliased pages whose size is a variable before running them, and serves the largest page', async () => {
    const tenant = await t.newTenant();
    const counselor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    const aliased = Array.from({ length: GRAPHQL_LIMITS.maxAliases }, (_, n) => `p${n}: ${INBOX_PAGE('$first')}`);
    const attack = await t.graphql(
      `query($after: String, $first: Int) { ${aliased.join(' ')} }`,
      { first: 100 },
      counselor,
    );
    expect(attack.status).toBe(400);
    expect(attack.data).toBeUndefined();
    expect(attack.errors).toHaveLength(1);
    expect(attack.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY' });
    expect(attack.errors?.[0].message).toMatch(/too costly.*limit of 12000/);
    // Asking little of each page does not make fifteen of them cheap.
    const minimal = aliased.map((_, n) => `p${n}: conversations(first: $first) { edges { node { id } } }`);
    const small = await t.graphql(`query($first: Int) { ${minimal.join(' ')} }`, { first: 100 }, counselor);
    expect(small.status).toBe(400);
    expect(small.errors?.[0].extensions?.reason).toBe('QUERY_TOO_COSTLY');

    const screens = [
      { query: `query($after: String) { ${INBOX_PAGE(String(MAX_PAGE_SIZE))} }`, variables: {} },
      { query: `query($after: String, $first: Int) { ${INBOX_PAGE('$first')} }`, variables: { first: MAX_PAGE_SIZE } },
    ];
    for (const { query, variables } of screens) {
      const page = await t.graphql<{ conversations: { edges: unknown[] } }>(query, variables, counselor);
      expect(page.status).toBe(200);
      expect(page.errors).toBeUndefined();
      expect(page.data?.conversations.edges).toEqual([]);
    }
  });

  it('refuses a query with too many aliases', async () => {
    const aliases = Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ');
    const res = await t.graphql(`{ ${aliases} }`);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0].message).toMatch(/alias/i);
  });

  it('refuses a query with too many tokens', async () => {
    const fields = Array.from({ length: GRAPHQL_LIMITS.maxTokens }, () => 'id').join(' ');
    const res = await t.graphql(`{ me { ${fields} } }`);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0].message).toMatch(/token/i);
  });

  it('refuses batched operations', async () => {
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(res.status).toBe(400);
  });

  it('refuses a request a browser could send cross-site without a preflight', async () => {
    const res = await t.http().get('/graphql').query({ query: '{ __typename }' });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/Cross-Site Request Forgery|CSRF/i);
  });

  it('refuses a request body over the limit with 413', async () => {
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } });
    expect(res.status).toBe(413);
  });

  it('answers the health checks without a token', async () => {
    expect((await t.http().get('/health/live')).body).toEqual({ status: 'ok' });
    const ready = await t.http().get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.details.database.status).toBe('up');
  });

  it('sends no stack trace outside development', async () => {
    const res = await t.graphql('{ tenant { slug } }');
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|\.ts:\d+/);
  });
});

describe('GraphQL response size cap', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ GRAPHQL_MAX_RESPONSE_BYTES: '4096' });
  });

  afterAll(async () => {
    await t.close();
  });

  it('replaces a response over the cap with an error and writes nothing', async () => {
    const tenant = await t.newTenant();
    const coordinator = await t.newUser({ tenant, role: TenantRole.COORDINATOR });
    const create = `mutation($input: CreatePartnerOrganizationInput!) { createPartnerOrganization(input: $input) { id name description } }`;
    const name = `大きな説明の団体 ${Date.now()}`;
    const big = await t.graphql(create, { input: { name, description: 'あ'.repeat(2000) } }, coordinator);
    expect(big.status).toBe(400);
    expect(big.data).toBeUndefined();
    expect(big.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'RESPONSE_TOO_LARGE' });
    expect(big.errors?.[0].message).toMatch(/over the limit of 4096/);

    const list = `query($filter: PartnerOrganizationFilter) { partnerOrganizations(filter: $filter) { edges { node { id name } } } }`;
    const after = await t.graphql<{ partnerOrganizations: { edges: unknown[] } }>(
      list,
      { filter: { search: name } },
      coordinator,
    );
    expect(after.errors).toBeUndefined();
    expect(after.data?.partnerOrganizations.edges).toEqual([]);

    // Under the cap the same write goes through.
    const small = await t.graphql(create, { input: { name, description: 'あ'.repeat(100) } }, coordinator);
    expect(small.status).toBe(200);
    expect(small.errors).toBeUndefined();
    const listed = await t.graphql<{ partnerOrganizations: { edges: unknown[] } }>(
      list,
      { filter: { search: name } },
      coordinator,
    );
    expect(listed.data?.partnerOrganizations.edges).toHaveLength(1);
  });
});

describe('GraphQL endpoint in production', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({
      NODE_ENV: 'production',
      DATABASE_URL: testDatabase().url,
      PUBLIC_BASE_URL: 'https://tsunagu.example.jp',
      SMTP_URL: 'smtp://127.0.0.1:1',
      MAIL_FROM: 'tsunagu <no-reply@tsunagu.example.jp>',
      TSUNAGU_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 3).toString('base64')}`,
    });
  });

  afterAll(async () => {
    await t.close();
  });

  it('turns introspection off', async () => {
    const res = await t.graphql('{ __schema { types { name } } }');
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0].message).toMatch(/introspection/i);
  });

  it('does not suggest field names', async () => {
    const res = await t.graphql('{ tenan { slug } }');
    expect(res.errors?.[0].message).not.toMatch(/Did you mean/);
  });
});
