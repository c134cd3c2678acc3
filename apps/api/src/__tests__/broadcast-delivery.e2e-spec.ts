import { LineSandbox, randomLineUserId, SANDBOX_MULTICAST_REQUESTS_PER_SECOND } from '@tsunagu/line-sandbox';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { createLineChannel, eventually, expectLineRequestsValid, ownerQuery, type TestChannel } from './support/line';
import { LiveClient } from './support/live-client';
import { errorCodes, TestApp, type TestUser } from './support/test-app';

interface Figures {
  audience: number;
  sent: number;
  failed: number;
  skipped: number;
  pending: number;
  failures: { reason: string; count: number }[];
}

interface Broadcast {
  id: string;
  status: string;
  recipientCount: number;
  figures: Figures | null;
}

const FIELDS = 'id status recipientCount figures { audience sent failed skipped pending failures { reason count } }';

/**
 * Broadcasts sent through the job worker to the LINE sandbox, which enforces LINE's multicast limits
 * and counts each recipient's deliveries: every family once, whatever LINE answers on the way.
 */
describe('broadcast delivery (through the worker, against the LINE sandbox)', () => {
  const sandbox = new LineSandbox();
  let t: TestApp;
  let tenant: Tenant;
  let admin: TestUser;
  let coordinator: TestUser;
  let channel: TestChannel;
  let url: string;
  const active: string[] = [];
  const blocked: string[] = [];

  beforeAll(async () => {
    await sandbox.start();
    t = await TestApp.start({
      JOB_WORKERS: '1',
      LINE_API_BASE_URL: sandbox.url,
      LINE_DATA_API_BASE_URL: sandbox.url,
      LINE_API_TIMEOUT_MS: '300',
    });
    tenant = await t.newTenant();
    admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    coordinator = await t.newUser({ tenant, role: TenantRole.COORDINATOR });
    channel = await createLineChannel(t, admin.token);
    // 1,203 families who can receive (three batches: 500, 500, 203) and 7 who blocked the account.
    for (let i = 0; i < 1203; i++) active.push(randomLineUserId());
    for (let i = 0; i < 7; i++) blocked.push(randomLineUserId());
    await ownerQuery(
      `insert into registrant (id, tenant_id, channel_id, line_user_id, status, first_contact_at, last_contact_at, created_at)
       select gen_random_uuid(), $1, $2, u.id, u.status, now(), now(), now()
         from unnest($3::text[], $4::text[]) as u(id, status)`,
      [
        tenant.id,
        channel.id,
        [...active, ...blocked],
        [...active.map(() => 'active'), ...blocked.map(() => 'blocked')],
      ],
    );
    url = await t.listen();
  }, 60_000);

  afterAll(async () => {
    await t.close();
    await sandbox.stop();
  });

  // Every request the sandbox received is one the real LINE platform accepts.
  afterAll(() => expectLineRequestsValid(sandbox));

  async function mutate(user: TestUser, mutation: string, input: object, inputType = 'BroadcastIdInput') {
    const res = await t.graphql<Record<string, Broadcast>>(
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${FIELDS} } }`,
      { input },
      { token: user.token },
    );
    return { data: res.data?.[mutation], codes: errorCodes(res), errors: res.errors };
  }

  async function read(id: string): Promise<Broadcast> {
    const res = await t.graphql<{ broadcast: Broadcast }>(
      `query($id: ID!) { broadcast(id: $id) { ${FIELDS} } }`,
      { id },
      { token: coordinator.token },
    );
    return res.data!.broadcast;
  }

  async function submitted(title: string): Promise<string> {
    const created = await mutate(
      coordinator,
      'createBroadcast',
      {
        channelId: channel.id,
        title,
        messages: [
          { kind: 'TEXT', text: '冬休みのフードパントリーのお知らせです。' },
          { kind: 'IMAGE', imageUrl: 'https://www.city.kobe.example/pantry.jpg' },
          { kind: 'LINK', title: '受け取り方法', url: 'https://www.city.kobe.example/pantry' },
        ],
        audienceKind: 'EVERYONE',
        notificationDisabled: true,
        aggregationUnit: 'pantry_winter',
      },
      'CreateBroadcastInput',
    );
    expect(created.codes).toEqual([]);
    const id = created.data!.id;
    expect((await mutate(coordinator, 'submitBroadcast', { id })).data?.status).toBe('AWAITING_APPROVAL');
    return id;
  }

  function deliveriesOf(users: string[]): number[] {
    const counts = sandbox.recipientCounts();
    return users.map((user) => counts.get(user) ?? 0);
  }

  it("refuses a counsellor's subscription to broadcasts with FORBIDDEN, and another tenant's admin hears nothing", async () => {
    const counsellor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    const refused = await LiveClient.as(url, counsellor.token, tenant.slug);
    expect(await refused.acknowledged()).toBe(true);
    refused.subscribe('broadcast', 'subscription { broadcastEvents { broadcasts { id } } }');
    await refused.until((c) => c.has('complete', 'broadcast') || c.has('error', 'broadcast'));
    expect(refused.errorCodes('broadcast')).toEqual(['FORBIDDEN']);
    refused.close();

    const otherTenant = await t.newTenant();
    const otherAdmin = await t.newUser({ tenant: otherTenant, role: TenantRole.TENANT_ADMIN });
    const stranger = await LiveClient.as(url, otherAdmin.token, otherTenant.slug);
    expect(await stranger.acknowledged()).toBe(true);
    stranger.subscribe('broadcast', 'subscription { broadcastEvents { broadcasts { id } } }');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const id = await submitted('ほかの市には届かない');
    await mutate(coordinator, 'cancelBroadcast', { id });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    stranger.close();
    expect(stranger.data('broadcast')).toEqual([]);
  });

  it('a limited quota the broadcast would exceed refuses the approval with the numbers; nothing is queued', async () => {
    const id = await submitted('上限を超える配信');
    sandbox.setQuota({ type: 'limited', value: 1000 });
    try {
      const refused = await mutate(admin, 'approveBroadcast', { id });
      expect(refused.codes).toEqual(['BAD_USER_INPUT']);
      const extensions = refused.errors?.[0]?.extensions as {
        reason: string;
        fieldErrors: { field: string; messages: string[] }[];
      };
      expect(extensions.reason).toBe('QUOTA_EXCEEDED');
      expect(extensions.fieldErrors[0].messages[0]).toMatch(/1203 families.*0 of its 1000.*1000 left/);
      const [jobs] = await ownerQuery<{ count: string }>(
        `select count(*) as count from pgboss.job where name = 'broadcast.start' and data->>'broadcastId' = $1`,
        [id],
      );
      expect(Number(jobs.count)).toBe(0);
      expect((await read(id)).status).toBe('AWAITING_APPROVAL');
    } finally {
      sandbox.setQuota({ type: 'none' });
    }
    await mutate(coordinator, 'cancelBroadcast', { id });
  });

  it('sends to every family once through a 429 storm and 5xx answers, and the figures fill in live', async () => {
    const id = await submitted('冬休みのフードパントリー');
    const live = await LiveClient.as(url, coordinator.token, tenant.slug);
    expect(await live.acknowledged()).toBe(true);
    live.subscribe('broadcast', `subscription($id: ID) { broadcastEvents(id: $id) { broadcasts { ${FIELDS} } } }`, {
      id,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    type Events = { broadcastEvents: { broadcasts: Broadcast[] } };
    const statuses = () =>
      live.data<Events>('broadcast').flatMap((e) => e.broadcastEvents.broadcasts.map((b) => b.status));
    // LINE answers the first tries badly: too many requests, a 500, a timeout (the request may or may
    // not have been taken: the retry sends the same key).
    sandbox.failNext('multicast', { status: 429 }, { status: 429 }, { status: 500 }, 'timeout', { status: 503 });
    // And it takes one batch a second (429 beyond): the figures have time to be seen filling in.
    sandbox.setRateLimit('multicast', 1);
    const approved = await mutate(admin, 'approveBroadcast', { id });
    expect(approved.data?.status).toBe('APPROVED');

    const done = await eventually(
      () => read(id),
      (b) => b.status === 'SENT',
      60_000,
    );
    sandbox.setRateLimit('multicast', SANDBOX_MULTICAST_REQUESTS_PER_SECOND);
    expect(done.figures).toEqual({ audience: 1203, sent: 1203, failed: 0, skipped: 0, pending: 0, failures: [] });
    expect(deliveriesOf(active).every((n) => n === 1)).toBe(true);
    expect(deliveriesOf(blocked)).toEqual(blocked.map(() => 0));

    // The retries used each batch's stored key: three keys, each accepted once.
    const multicasts = sandbox.recorded('multicast');
    const keys = await ownerQuery<{ retry_key: string; attempts: number; status: string }>(
      'select retry_key, attempts, status from broadcast_batch where broadcast_id = $1 order by batch_no',
      [id],
    );
    expect(keys.map((k) => k.status)).toEqual(['sent', 'sent', 'sent']);
    const accepted = multicasts.filter((r) => r.status === 200).map((r) => r.retryKey);
    expect(accepted.filter((key) => keys.some((k) => k.retry_key === key)).sort()).toEqual(
      keys.map((k) => k.retry_key).sort(),
    );
    // This broadcast's (another file's job left in the shared database may have multicast here too).
    const body = multicasts.find((r) => r.status === 200 && keys.some((k) => k.retry_key === r.retryKey))?.body as {
      notificationDisabled: boolean;
      customAggregationUnits: string[];
      messages: { type: string }[];
    };
    expect(body).toMatchObject({ notificationDisabled: true, customAggregationUnits: ['pantry_winter'] });
    expect(body.messages.map((m) => m.type)).toEqual(['text', 'image', 'template']);

    // The figures were pushed as they filled in, the last one SENT.
    await live.until(() => statuses().includes('SENT'), 20_000);
    live.close();
    expect(statuses()).toContain('SENDING');
    expect(statuses().at(-1)).toBe('SENT');
    const partial = live
      .data<Events>('broadcast')
      .flatMap((e) => e.broadcastEvents.broadcasts.map((b) => b.figures?.sent))
      .filter((n): n is number => n !== undefined && n > 0 && n < 1203);
    expect(partial.length).toBeGreaterThan(0);

    const audit = await ownerQuery<{ action: string }>(
      `select action from audit_event where tenant_id = $1 and target_id = $2 order by seq`,
      [tenant.id, id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'broadcast.created',
      'broadcast.submitted',
      'broadcast.approved',
      'broadcast.sending',
      'broadcast.sent',
    ]);
  }, 90_000);
});
