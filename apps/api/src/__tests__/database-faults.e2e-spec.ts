import { randomBytes } from 'node:crypto';
import { LineSandbox, randomLineUserId, signature, textMessageEvent, webhookBody } from '@tsunagu/line-sandbox';
import type { Tenant } from '@tsunagu/platform/database';
import { PlatformRole, TenantRole } from '@tsunagu/platform/permissions';
import { connect, testDatabase } from '@tsunagu/platform/testing';
import { conversationIdOf, createLineChannel, eventually, type TestChannel } from './support/line';
import { TcpProxy } from './support/tcp-proxy';
import { TestApp, type TestUser } from './support/test-app';

/**
 * What a database failover does to the API, on PostgreSQL: its backends are terminated
 * (`pg_terminate_backend`) again and again under load, then the database becomes unreachable for a
 * few seconds (a proxy in front of it drops and refuses connections) and comes back. The process
 * must survive, requests must fail only with SERVICE_UNAVAILABLE (503), the readiness check must say
 * so, and everything must work again within seconds, the webhook events acknowledged meanwhile
 * included. Only this test's own backends are touched: they carry an application_name of their own.
 */
const onPostgres = process.env['TSUNAGU_TEST_DB_HOME'] === 'postgres';
if (!onPostgres) {
  console.log(
    'database fault test skipped: it terminates server backends with pg_terminate_backend, which the embedded database (one in-process PGlite backend) does not have',
  );
}

const INBOX = '{ conversations(first: 5) { edges { node { id } } } }';
const ME = '{ me { id } }';
const TENANTS = '{ tenants { slug } }';

type Outcome = 'ok' | 'unavailable' | 'other';

(onPostgres ? describe : describe.skip)('surviving database faults (PostgreSQL)', () => {
  const applicationName = `tsunagu-faults-${randomBytes(4).toString('hex')}`;
  const loginRole = decodeURIComponent(new URL(testDatabase().url).username);
  const processErrors: string[] = [];
  const onProcessError = (error: unknown) => {
    processErrors.push(error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error));
  };
  const sandbox = new LineSandbox();
  let proxy: TcpProxy;
  let t: TestApp;
  let tenant: Tenant;
  let counselor: TestUser;
  let platformAdmin: TestUser;
  let channel: TestChannel;

  beforeAll(async () => {
    process.on('unhandledRejection', onProcessError);
    process.on('uncaughtException', onProcessError);
    const target = new URL(testDatabase().url);
    proxy = await new TcpProxy(target.hostname, Number(target.port || 5432)).start();
    const url = new URL(testDatabase().url);
    url.host = `127.0.0.1:${proxy.port}`;
    url.searchParams.set('application_name', applicationName);
    await sandbox.start();
    t = await TestApp.start(
      { JOB_WORKERS: '1', LINE_API_BASE_URL: sandbox.url, LINE_DATA_API_BASE_URL: sandbox.url },
      [],
      url.toString(),
    );
    // Listening once: supertest would otherwise open and close a server per request, and a request
    // ending would close the server under the others.
    await t.app.listen(0, '127.0.0.1');
    tenant = await t.newTenant();
    counselor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    platformAdmin = await t.newUser({ platformRoles: [PlatformRole.PLATFORM_ADMIN] });
    const admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    channel = await createLineChannel(t, admin.token);
  });

  afterAll(async () => {
    proxy.restore();
    await t.close();
    await proxy.stop();
    await sandbox.stop();
    process.off('unhandledRejection', onProcessError);
    process.off('uncaughtException', onProcessError);
  });

  /** Terminates this test's API backends (and nothing else), as the database owner. */
  const terminate = async (): Promise<number> => {
    const owner = await connect(testDatabase().migrationUrl);
    try {
      // The backends are chosen first (a materialized CTE is evaluated on its own): in one WHERE clause
      // the planner may call pg_terminate_backend before the conditions that rule a backend out.
      const { rows } = await owner.query<{ terminated: boolean }>(
        `with mine as materialized (
           select pid from pg_stat_activity
            where application_name = $1 and datname = current_database() and usename = $2
              and backend_type = 'client backend' and pid <> pg_backend_pid())
         select pg_terminate_backend(pid) as terminated from mine`,
        [applicationName, loginRole],
      );
      return rows.filter((row) => row.terminated).length;
    } finally {
      await owner.end();
    }
  };

  const graphql = async (query: string, user: TestUser, tenantSlug?: string): Promise<Outcome> => {
    try {
      const res = await t.graphql(query, {}, { token: user.token, tenant: tenantSlug });
      const codes = (res.errors ?? []).map((e) => e.extensions?.code);
      if (codes.length === 0 && res.data) return 'ok';
      if (codes.length > 0 && codes.every((code) => code === 'SERVICE_UNAVAILABLE')) return 'unavailable';
      unexpected.push(`graphql ${res.status} ${JSON.stringify(codes)}`);
      return 'other';
    } catch (error) {
      unexpected.push(`graphql transport: ${String(error)}`);
      return 'other';
    }
  };

  /** A family's first message; its LINE user id when acknowledged (200). */
  const deliverOne = async (): Promise<{ outcome: Outcome; family: string }> => {
    const family = randomLineUserId();
    const raw = JSON.stringify(webhookBody([textMessageEvent(family, 'こんにちは、相談したいです')]));
    try {
      const res = await t
        .http()
        .post(`/webhooks/line/${channel.lineChannelId}`)
        .set('content-type', 'application/json')
        .set('x-line-signature', signature(channel.secret, raw))
        .send(raw);
      if (res.status === 200) return { outcome: 'ok', family };
      if (res.status === 503) return { outcome: 'unavailable', family };
      unexpected.push(`webhook ${res.status}`);
      return { outcome: 'other', family };
    } catch (error) {
      unexpected.push(`webhook transport: ${String(error)}`);
      return { outcome: 'other', family };
    }
  };

  const ready = async (): Promise<number> => {
    try {
      return (await t.http().get('/health/ready')).status;
    } catch (error) {
      unexpected.push(`health transport: ${String(error)}`);
      return 0;
    }
  };

  const unexpected: string[] = [];
  const tally = { ok: 0, unavailable: 0, other: 0 };
  const acknowledged: string[] = [];

  /** Runs requests of every kind in parallel loops until `until()` is true. */
  const load = async (until: () => boolean): Promise<void> => {
    const loop = async (step: () => Promise<Outcome>) => {
      while (!until()) tally[await step()]++;
    };
    await Promise.all([
      loop(() => graphql(INBOX, counselor)),
      loop(() => graphql(INBOX, counselor)),
      loop(() => graphql(ME, counselor)),
      loop(() => graphql(TENANTS, platformAdmin)),
      // A delivery every half second or so, each processed by the worker it wakes.
      loop(async () => {
        const { outcome, family } = await deliverOne();
        if (outcome === 'ok') acknowledged.push(family);
        await new Promise((r) => setTimeout(r, 500));
        return outcome;
      }),
    ]);
  };

  it('keeps running, answers SERVICE_UNAVAILABLE while the database is away, and recovers within seconds', async () => {
    // 1. Backends terminated again and again under load.
    let terminated = 0;
    let terminations = 0;
    const faultEnds = Date.now() + 8_000;
    const terminator = (async () => {
      while (Date.now() < faultEnds) {
        terminated += await terminate();
        terminations++;
        await new Promise((r) => setTimeout(r, 150));
      }
    })();
    await Promise.all([load(() => Date.now() >= faultEnds), terminator]);
    const duringTerminations = { ...tally };

    // 2. The database unreachable for a few seconds.
    const outage = { ...tally };
    const healthDuringOutage: number[] = [];
    proxy.cut();
    const outageEnds = Date.now() + 3_000;
    await Promise.all([
      load(() => Date.now() >= outageEnds),
      (async () => {
        while (Date.now() < outageEnds) {
          healthDuringOutage.push(await ready());
          await new Promise((r) => setTimeout(r, 200));
        }
      })(),
    ]);
    const outageTally = {
      ok: tally.ok - outage.ok,
      unavailable: tally.unavailable - outage.unavailable,
      other: tally.other - outage.other,
    };

    // 3. The database is back: every kind of request works again within seconds.
    proxy.restore();
    const restored = Date.now();
    const recovered = await eventually(
      async () => [
        await ready(),
        await graphql(INBOX, counselor),
        await graphql(TENANTS, platformAdmin),
        (await deliverOne()).outcome,
      ],
      (outcomes) => outcomes.every((o) => o === 200 || o === 'ok'),
      10_000,
    );
    const recoverySeconds = (Date.now() - restored) / 1000;
    expect(recovered).toEqual([200, 'ok', 'ok', 'ok']);
    const after = { ok: 0, failed: 0 };
    for (let i = 0; i < 10; i++) {
      const outcomes = await Promise.all([graphql(INBOX, counselor), graphql(TENANTS, platformAdmin), deliverOne()]);
      for (const outcome of outcomes) {
        const value = typeof outcome === 'string' ? outcome : outcome.outcome;
        if (value === 'ok') after.ok++;
        else after.failed++;
        if (typeof outcome !== 'string' && value === 'ok') acknowledged.push(outcome.family);
      }
    }

    // 4. Every event acknowledged with a 200, during the faults too, is processed within seconds.
    const processingStarted = Date.now();
    const unprocessed = async () => {
      let left = 0;
      for (const family of acknowledged) if (!(await conversationIdOf(family))) left++;
      return left;
    };
    const leftAtRecovery = await unprocessed();
    const missing = await eventually(
      async () => {
        const left: string[] = [];
        for (const family of acknowledged) if (!(await conversationIdOf(family))) left.push(family);
        return left;
      },
      (left) => left.length === 0,
      30_000,
    );
    const processingSeconds = (Date.now() - processingStarted) / 1000;

    console.log(
      [
        `database fault test: ${terminated} backends terminated in ${terminations} rounds over 8 s of load`,
        `  during terminations: ${duringTerminations.ok} requests succeeded, ${duringTerminations.unavailable} failed with SERVICE_UNAVAILABLE/503, ${duringTerminations.other} otherwise`,
        `  during a 3 s outage: ${outageTally.ok} succeeded, ${outageTally.unavailable} failed with SERVICE_UNAVAILABLE/503, ${outageTally.other} otherwise; /health/ready answered ${summarize(healthDuringOutage)}`,
        `  after recovery: every kind of request succeeded ${recoverySeconds.toFixed(1)} s after the database came back; then ${after.ok} succeeded, ${after.failed} failed`,
        `  webhook events acknowledged: ${acknowledged.length} (${leftAtRecovery} not yet processed when the load stopped), all processed ${processingSeconds.toFixed(1)} s later (${missing.length} missing)`,
        `  uncaught errors in the process: ${processErrors.length}`,
      ].join('\n'),
    );

    expect(processErrors).toEqual([]);
    expect(unexpected).toEqual([]);
    expect(terminated).toBeGreaterThan(0);
    expect(duringTerminations.unavailable + outageTally.unavailable).toBeGreaterThan(0);
    expect(healthDuringOutage).toContain(503);
    expect(healthDuringOutage.every((status) => status === 503 || status === 200)).toBe(true);
    expect(recoverySeconds).toBeLessThan(5);
    expect(after.failed).toBe(0);
    expect(missing).toEqual([]);
    expect(processingSeconds).toBeLessThan(15);
  }, 90_000);
});

function summarize(statuses: number[]): string {
  const counts = new Map<number, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...counts].map(([status, count]) => `${count}× ${status}`).join(', ');
}
