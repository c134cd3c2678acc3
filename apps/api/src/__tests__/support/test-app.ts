import { randomUUID } from 'node:crypto';
import type { DynamicModule } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { AppConfig } from '@tsunagu/platform/config';
import { UsersService } from '@tsunagu/platform/auth';
import { PlatformRole, TenantRole } from '@tsunagu/platform/permissions';
import { PlatformDb, Tenant, TenantDb } from '@tsunagu/platform/database';
import { TenantsService } from '@tsunagu/tenants';
import { parse, visit } from 'graphql';
import {
  connect,
  randomLocalGovernmentCode,
  recordSent,
  testConfig,
  testDatabase,
  uniqueSlug,
} from '@tsunagu/platform/testing';
import { createApp } from '../../bootstrap';

export const TEST_PASSWORD = 'correct horse battery staple 2026';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; reason?: string; fieldErrors?: { field: string; messages: string[] }[] };
  }[];
}

export interface Caller {
  token?: string;
  tenant?: string;
}

export interface TestUser {
  id: string;
  email: string;
  token: string;
}

/** Whether this test file has cleared the queue (Jest loads this module afresh for each file). */
let queueCleared = false;

/**
 * Test files run one after another on one database: jobs an earlier file left queued (its app closed
 * before they ran) would otherwise be run first by this file's workers, against this file's LINE
 * sandbox, and could hold its own jobs back. Cleared once per file, before its first app starts.
 */
async function clearJobsLeftBehind(): Promise<void> {
  if (queueCleared) return;
  queueCleared = true;
  const owner = await connect(testDatabase().migrationUrl);
  try {
    await owner.query('begin');
    await owner.query(`delete from pgboss.job where state in ('created', 'retry', 'active')`);
    await owner.query('commit');
  } finally {
    await owner.end();
  }
}

/** The API booted in-process on the test database, with factories and a GraphQL client. */
export class TestApp {
  private constructor(
    readonly app: NestExpressApplication,
    readonly config: AppConfig,
  ) {}

  /** `databaseUrl`: another way to the test database (the fault test's proxy). */
  static async start(
    env: Record<string, string> = {},
    extraImports: DynamicModule['imports'] = [],
    databaseUrl = testDatabase().url,
  ): Promise<TestApp> {
    const config = testConfig(env);
    await clearJobsLeftBehind();
    const app = await createApp(config, databaseUrl, extraImports, testDatabase().home === 'embedded');
    await app.init();
    return new TestApp(app, config);
  }

  /** Listens on a free loopback port (for WebSocket clients); returns the base URL. */
  async listen(): Promise<string> {
    await this.app.listen(0, '127.0.0.1');
    const address = this.app.getHttpServer().address();
    if (!address || typeof address === 'string') throw new Error('the test app has no port');
    return `http://127.0.0.1:${address.port}`;
  }

  async close(): Promise<void> {
    await this.app.close();
  }

  http(): ReturnType<typeof request> {
    return request(this.app.getHttpServer());
  }

  /** Fetches a download link's path (`/downloads/…`), with the user's bearer token if given; the body as bytes. */
  download(path: string, token?: string) {
    recordSent(path.split('/').pop());
    let req = this.http().get(path);
    if (token) req = req.set('authorization', `Bearer ${token}`);
    return req.buffer(true).parse((res, callback) => {
      const stream = res as unknown as NodeJS.ReadableStream;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => callback(null, Buffer.concat(chunks)));
    });
  }

  async graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    caller: Caller = {},
  ): Promise<GraphQLResponse<T>> {
    recordSent([variables, queryStrings(query)]);
    let req = this.http().post('/graphql').set('content-type', 'application/json');
    if (caller.token) req = req.set('authorization', `Bearer ${caller.token}`);
    if (caller.tenant) req = req.set('x-tenant', caller.tenant);
    const res = await req.send({ query, variables });
    return { status: res.status, ...(res.body as object) };
  }

  async login(email: string, password = TEST_PASSWORD): Promise<string> {
    const res = await this.graphql<{ login: { accessToken: string } }>(
      'mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email, password } },
    );
    if (!res.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(res.errors)}`);
    return res.data.login.accessToken;
  }

  /**
   * A fresh, active tenant. Its users need no MFA unless `mfaRequiredRoles` says so (new tenants
   * require it of admins and counsellors by default, as the MFA tests check).
   */
  async newTenant(
    overrides: Partial<{ slug: string; nameJa: string; mfaRequiredRoles: TenantRole[] }> = {},
  ): Promise<Tenant> {
    const tenants = this.app.get(TenantsService);
    const slug = overrides.slug ?? uniqueSlug();
    for (let attempt = 0; ; attempt++) {
      try {
        await tenants.createTenant({
          slug,
          nameJa: overrides.nameJa ?? `テスト市${slug}`,
          nameEn: `Test ${slug}`,
          localGovernmentCode: randomLocalGovernmentCode(),
          prefecture: '兵庫県',
        });
        await tenants.activateTenant(slug, { reason: 'test: a test tenant goes live before its onboarding is done' });
        return await this.app.get(PlatformDb).run('test: MFA requirement of a test tenant', async (em) => {
          const tenant = await em.findOneOrFail(Tenant, { slug });
          tenant.mfaRequiredRoles = overrides.mfaRequiredRoles ?? [];
          await em.flush();
          return tenant;
        });
      } catch (error) {
        // A random local government code may, rarely, be taken already.
        if (attempt > 5 || !(error instanceof Error) || !error.message.includes('local government code')) throw error;
      }
    }
  }

  /** A user with a role in `tenant` (or a platform role), logged in. */
  async newUser(
    options: {
      tenant?: Tenant;
      role?: TenantRole;
      platformRoles?: PlatformRole[];
      email?: string;
      /** For PARTNER_USER: the organisation (default: a new one in the tenant). */
      partnerOrganizationId?: string;
    } = {},
  ): Promise<TestUser> {
    const users = this.app.get(UsersService);
    const email = options.email ?? `${uniqueSlug('user')}@example.test`;
    const displayName = 'テスト 利用者';
    recordSent([email, displayName]);
    const user = await users.createUser({
      email,
      displayName,
      password: TEST_PASSWORD,
      platformRoles: options.platformRoles ?? [],
    });
    if (options.tenant) {
      const role = options.role ?? TenantRole.COUNSELOR;
      const partnerOrganizationId =
        role === TenantRole.PARTNER_USER
          ? (options.partnerOrganizationId ?? (await this.newPartnerOrganization(options.tenant)))
          : undefined;
      await users.addMembership(user.id, options.tenant.id, role, partnerOrganizationId);
    }
    return { id: user.id, email, token: await this.login(email) };
  }

  /** A partner organisation of `tenant`, with a contact email, for partner users. */
  async newPartnerOrganization(tenant: Tenant, name = 'テスト連携先'): Promise<string> {
    const id = randomUUID();
    await this.app
      .get(TenantDb)
      .withTenant(tenant.id, (em) =>
        em.execute(
          `insert into partner_organization (id, tenant_id, name, email, created_at, updated_at) values (?, ?, ?, ?, now(), now())`,
          [id, tenant.id, name, `${id}@partner.example.test`],
        ),
      );
    return id;
  }
}

/** The string literals written into a GraphQL document (recorded like variables). */
function queryStrings(query: string): string[] {
  const strings: string[] = [];
  try {
    visit(parse(query), { StringValue: (node) => void strings.push(node.value) });
  } catch {
    // A document that does not parse is a test of the parser: it has no strings to record.
  }
  return strings;
}

export function errorCodes<T>(res: GraphQLResponse<T>): (string | undefined)[] {
  return (res.errors ?? []).map((e) => e.extensions?.code);
}
