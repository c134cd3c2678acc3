import { buildSchema, parse, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRAPHQL_LIMITS, graphqlProtection, MAX_PAGE_SIZE } from '@tsunagu/platform/graphql';
import { testDatabase } from '@tsunagu/platform/testing';
import { errorCodes, TestApp } from './support/test-app';

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

  it('accepts the largest inbox page a client may ask for, whether `first` is a literal or a variable', () => {
    // The cost rule multiplies by `first` only when it is written in the query: the limit must let the
    // real screens through at the largest page size either way.
    const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8'));
    const rules = graphqlProtection(false).validationRules;
    const inbox = (first: string) => `conversations(first: ${first}, after: $after) {
      edges { cursor node { id status priority unreadCount lastMessageAt categoryIds categories { id name }
        registrant { id displayName status } assignee { id displayName }
        lastMessage { id direction type text sentAt unsent deliveryStatus automatic
          media { id status contentType size fileName url } } } }
      pageInfo { hasNextPage endCursor } }`;
    const query = (...selections: string[]) => `query($after: String, $first: Int) { ${selections.join(' ')} }`;
    expect(validate(schema, parse(query(inbox(String(MAX_PAGE_SIZE)))), rules)).toEqual([]);
    expect(validate(schema, parse(query(inbox('$first'))), rules)).toEqual([]);
    // Several largest pages in one request are refused.
    const many = [1, 2, 3].map((n) => `p${n}: ${inbox(String(MAX_PAGE_SIZE))}`);
    expect(validate(schema, parse(query(...many)), rules)[0]?.message).toMatch(/cost/i);
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
