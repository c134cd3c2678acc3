import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from '@tsunagu/platform/database';
import { testDatabase } from '@tsunagu/platform/testing';
import { ENTITIES } from '../entities';
import { operationPermissions } from './support/operations';
import { TestApp } from './support/test-app';

const SCHEMA_FILE = join(__dirname, '..', '..', 'schema.gql');
const HEADER = '# The GraphQL schema of the tsunagu API, generated from the code: `npm run schema:update`.\n\n';

describe('the public contract', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });

  afterAll(async () => {
    await t.close();
  });

  it('has a committed schema.gql that matches the code', () => {
    const printed = HEADER + printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env['UPDATE_GRAPHQL_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, printed);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    // On a difference, run `npm run schema:update` and review the change to the public contract.
    expect(committed).toBe(printed);
  });

  it('declares a permission, or @Public(), on every operation, as recorded in the snapshot', () => {
    const permissions = operationPermissions(t.app);
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const fields = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
    ];
    expect(Object.keys(permissions)).toEqual(expect.arrayContaining(fields));
    expect(Object.entries(permissions).filter(([, p]) => p === 'NONE')).toEqual([]);
    // A change here changes who can reach what: review it against docs/permissions.md.
    expect(permissions).toMatchSnapshot();
  });

  it('has a migration for every entity change', async () => {
    const orm = await MikroORM.init(ormOptions({ url: testDatabase().migrationUrl, entities: ENTITIES, poolMax: 1 }));
    try {
      // Non-empty: an entity changed without a migration. `npm run db:diff` prints what to add.
      expect(await orm.schema.getUpdateSchemaSQL({ wrap: false })).toBe('');
    } finally {
      await orm.close(true);
    }
  });
});
