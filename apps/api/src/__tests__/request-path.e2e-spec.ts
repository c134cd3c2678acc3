import { TenantRole } from '@tsunagu/platform/permissions';
import { TENANT_ROLE, PLATFORM_ROLE } from '@tsunagu/platform/database';
import { errorCodes, TestApp, type TestUser } from './support/test-app';
import { ownerQuery } from './support/line';
import { StatementRecorder } from './support/statements';

/**
 * The everyday request: its access is cached per session, yet any change to what access is made
 * of, committed by any process (here: straight into the database, as another API process would),
 * takes effect at the next request; and a tenant request is one transaction of few round trips.
 */
describe('the request path', () => {
  let t: TestApp;
  const recorder = new StatementRecorder();

  beforeAll(async () => {
    t = await TestApp.start();
    recorder.install();
  });

  afterAll(async () => {
    recorder.uninstall();
    await t.close();
  });

  const recording = <T>(fn: () => Promise<T>) => recorder.during(fn);

  const ME = '{ me { email } }';
  const INBOX = '{ conversations(first: 5) { edges { node { id } } } }';

  async function counsellor(): Promise<{ user: TestUser; tenantId: string; slug: string }> {
    const tenant = await t.newTenant();
    const user = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    return { user, tenantId: tenant.id, slug: tenant.slug };
  }

  it('answers a signed-in request from the cached access with one statement, and a tenant request in one transaction', async () => {
    const { user, slug } = await counsellor();
    // The first request reads the access (and stamps the session's last use).
    expect((await t.graphql(ME, {}, { token: user.token })).errors).toBeUndefined();

    const me = await recording(() => t.graphql<{ me: { email: string } }>(ME, {}, { token: user.token }));
    expect(me.result.data?.me.email).toBe(user.email);
    // Only the check that nothing access is made of has changed.
    expect(me.statements).toHaveLength(1);
    expect(me.statements[0]).toContain('access_revision');

    const both = `{ a: conversations(first: 5) { edges { node { id } } } b: conversationCategories { id } }`;
    // Access is cached per session and tenant asked for: the first request naming the tenant reads it.
    expect((await t.graphql(both, {}, { token: user.token, tenant: slug })).errors).toBeUndefined();
    const inbox = await recording(() => t.graphql(both, {}, { token: user.token, tenant: slug }));
    expect(inbox.result.errors).toBeUndefined();
    const begins = inbox.statements.filter((s) => /^\s*BEGIN\b/i.test(s));
    // Two root fields, one transaction, opened in the tenant's scope with its BEGIN.
    expect(begins).toHaveLength(1);
    expect(begins[0]).toContain(`'${TENANT_ROLE}'`);
    expect(begins[0]).not.toContain(`'${PLATFORM_ROLE}'`);
    expect(inbox.statements.filter((s) => /^\s*COMMIT\b/i.test(s))).toHaveLength(1);
    // The access check, BEGIN with the scope, the two reads, COMMIT.
    expect(inbox.statements).toHaveLength(5);
  });

  it('ends a session revoked by another process at the next request', async () => {
    const { user } = await counsellor();
    expect((await t.graphql(ME, {}, { token: user.token })).errors).toBeUndefined();
    expect((await t.graphql(ME, {}, { token: user.token })).errors).toBeUndefined();
    await ownerQuery(`update auth_session set revoked_at = now(), revoked_reason = 'test' where user_id = $1`, [
      user.id,
    ]);
    const after = await t.graphql(ME, {}, { token: user.token });
    expect(errorCodes(after)).toEqual(['UNAUTHENTICATED']);
  });

  it('applies a role taken away, a deactivated account and a suspended tenant at the next request', async () => {
    const { user, tenantId } = await counsellor();
    expect((await t.graphql(INBOX, {}, { token: user.token })).errors).toBeUndefined();
    await ownerQuery(`update membership set role = 'municipal_viewer' where user_id = $1`, [user.id]);
    expect(errorCodes(await t.graphql(INBOX, {}, { token: user.token }))).toEqual(['FORBIDDEN']);
    await ownerQuery(`update membership set role = 'counselor' where user_id = $1`, [user.id]);
    expect((await t.graphql(INBOX, {}, { token: user.token })).errors).toBeUndefined();

    await ownerQuery(`update tenant set status = 'suspended' where id = $1`, [tenantId]);
    expect(errorCodes(await t.graphql(INBOX, {}, { token: user.token }))).toEqual(['FORBIDDEN']);
    await ownerQuery(`update tenant set status = 'active' where id = $1`, [tenantId]);
    expect((await t.graphql(INBOX, {}, { token: user.token })).errors).toBeUndefined();

    await ownerQuery(`update app_user set status = 'deactivated' where id = $1`, [user.id]);
    expect(errorCodes(await t.graphql(INBOX, {}, { token: user.token }))).toEqual(['UNAUTHENTICATED']);
  });

  it('moves the access revision only for changes to access, not for sign-ins', async () => {
    const revision = async () =>
      (await ownerQuery<{ value: string }>('select value::text from access_revision'))[0].value;
    const before = await revision();
    const { user } = await counsellor();
    const created = await revision();
    // A new user and membership (the membership moves it), then a sign-in that must not.
    expect(BigInt(created)).toBeGreaterThan(BigInt(before));
    await t.login(user.email);
    expect(await revision()).toBe(created);
  });
});
