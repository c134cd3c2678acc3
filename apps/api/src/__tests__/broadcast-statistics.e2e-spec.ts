import { LineSandbox, randomLineUserId } from '@tsunagu/line-sandbox';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { RateLimiter } from '@tsunagu/platform/rate-limit';
import { BroadcastDelivery, BroadcastStatisticsReader, STATISTICS_LIMITS, statisticsBucket } from '@tsunagu/broadcasts';
import { createLineChannel, ownerQuery, type TestChannel } from './support/line';
import { errorCodes, TestApp, type TestUser } from './support/test-app';

const FIELDS = `id status aggregationUnit
  figures { startedAt finishedAt durationSeconds }
  statistics { state opens clickers links { seq url clicks uniqueClicks } readAt refreshing final nextRequestAt }`;

interface Statistics {
  state: string;
  opens: number | null;
  clickers: number | null;
  links: { seq: number; url: string; clicks: number | null; uniqueClicks: number | null }[];
  readAt: string | null;
  refreshing: boolean;
  final: boolean;
  nextRequestAt: string | null;
}

interface BroadcastResult {
  id: string;
  status: string;
  aggregationUnit: string | null;
  figures: { startedAt: string; finishedAt: string; durationSeconds: number } | null;
  statistics: Statistics | null;
}

const LINK = 'https://www.city.kobe.example/pantry';

/**
 * LINE's statistics of sent broadcasts read back: planned at approval, read daily (the worker is off:
 * the test runs each job), and on demand at most every ten minutes, against the LINE sandbox.
 */
describe('broadcast statistics (opens and taps, read back from LINE)', () => {
  const sandbox = new LineSandbox();
  let t: TestApp;
  let tenant: Tenant;
  let admin: TestUser;
  let coordinator: TestUser;

  beforeAll(async () => {
    await sandbox.start();
    t = await TestApp.start({
      JOB_WORKERS: '0',
      LINE_API_BASE_URL: sandbox.url,
      LINE_DATA_API_BASE_URL: sandbox.url,
      LINE_API_TIMEOUT_MS: '300',
    });
    tenant = await t.newTenant();
    admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    coordinator = await t.newUser({ tenant, role: TenantRole.COORDINATOR });
  }, 60_000);

  afterAll(async () => {
    await t.close();
    await sandbox.stop();
  });

  const reader = () => t.app.get(BroadcastStatisticsReader);

  /** A channel with `families` who can receive. */
  async function channelWith(families: number): Promise<TestChannel> {
    const channel = await createLineChannel(t, admin.token);
    await ownerQuery(
      `insert into registrant (id, tenant_id, channel_id, line_user_id, status, first_contact_at, last_contact_at, created_at)
       select gen_random_uuid(), $1, $2, u.id, 'active', now(), now(), now() from unnest($3::text[]) as u(id)`,
      [tenant.id, channel.id, Array.from({ length: families }, randomLineUserId)],
    );
    return channel;
  }

  async function call(user: TestUser, mutation: string, input: object, inputType = 'BroadcastIdInput') {
    const res = await t.graphql<Record<string, BroadcastResult>>(
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${FIELDS} } }`,
      { input },
      { token: user.token },
    );
    const extensions = (res.errors?.[0]?.extensions ?? {}) as { reason?: string };
    return { data: res.data?.[mutation], codes: errorCodes(res), reason: extensions.reason };
  }

  async function read(id: string, user = coordinator): Promise<BroadcastResult> {
    const res = await t.graphql<{ broadcast: BroadcastResult }>(
      `query($id: ID!) { broadcast(id: $id) { ${FIELDS} } }`,
      { id },
      { token: user.token },
    );
    return res.data!.broadcast;
  }

  /** Composed (with no aggregation unit of its own), approved and sent through each job by hand. */
  async function sent(channel: TestChannel): Promise<string> {
    const created = await call(
      coordinator,
      'createBroadcast',
      {
        channelId: channel.id,
        title: 'フードパントリーのお知らせ',
        messages: [
          { kind: 'TEXT', text: '冬休みのフードパントリーを開きます。' },
          { kind: 'LINK', title: '受け取り方法', url: LINK },
        ],
        audienceKind: 'EVERYONE',
      },
      'CreateBroadcastInput',
    );
    const id = created.data!.id;
    await call(coordinator, 'submitBroadcast', { id });
    expect((await call(admin, 'approveBroadcast', { id })).data?.status).toBe('APPROVED');
    await t.app.get(BroadcastDelivery).start({ tenantId: tenant.id, broadcastId: id });
    const [{ batches }] = await ownerQuery<{ batches: number }>(
      'select count(*)::int as batches from broadcast_batch where broadcast_id = $1',
      [id],
    );
    for (let batchNo = 0; batchNo < batches; batchNo++) {
      await t.app
        .get(BroadcastDelivery)
        .sendBatch({ tenantId: tenant.id, broadcastId: id, channelId: channel.id, batchNo });
    }
    expect((await read(id)).status).toBe('SENT');
    return id;
  }

  async function statisticsJobs(id: string): Promise<{ daily: boolean; due_in_hours: number }[]> {
    return ownerQuery(
      `select (data->>'daily')::boolean as daily,
              round(extract(epoch from start_after - now()) / 3600)::int as due_in_hours
         from pgboss.job where name = 'broadcast.statistics' and data->>'broadcastId' = $1 and state = 'created'
        order by start_after`,
      [id],
    );
  }

  it('shows nothing read until LINE is asked, then the families who opened it and tapped its link; fewer than 20 is hidden', async () => {
    sandbox.setEngagement({ opened: 0.5, tapped: 0.5 });
    const channel = await channelWith(45);
    const id = await sent(channel);
    const broadcast = await read(id);
    // Approved without a name of its own: it got one, and LINE was sent it.
    expect(broadcast.aggregationUnit).toMatch(/^bc_[0-9a-f]{27}$/);
    expect(sandbox.recorded('multicast').at(-1)?.body).toMatchObject({
      customAggregationUnits: [broadcast.aggregationUnit],
    });
    expect(broadcast.statistics).toEqual({
      state: 'PENDING',
      opens: null,
      clickers: null,
      links: [],
      readAt: null,
      refreshing: false,
      final: false,
      nextRequestAt: null,
    });
    // The first daily read was planned at approval, an hour after it goes.
    expect(await statisticsJobs(id)).toEqual([{ daily: true, due_in_hours: 1 }]);

    await reader().read({ tenantId: tenant.id, broadcastId: id, daily: true });
    // 45 families: 22 opened it, 11 tapped the link (fewer than 20: LINE shows no figure).
    expect((await read(id)).statistics).toEqual({
      state: 'READY',
      opens: 22,
      clickers: null,
      links: [{ seq: 2, url: LINK, clicks: null, uniqueClicks: null }],
      readAt: expect.any(String),
      refreshing: false,
      final: false,
      nextRequestAt: null,
    });
    // And read again tomorrow.
    expect(await statisticsJobs(id)).toContainEqual({ daily: true, due_in_hours: 24 });
  });

  it('counts taps per link once 20 families tapped it, and the last daily read, after LINE stops counting, is final', async () => {
    sandbox.setEngagement({ opened: 1, tapped: 0.5 });
    const channel = await channelWith(40);
    const id = await sent(channel);
    await ownerQuery(`delete from pgboss.job where name = 'broadcast.statistics' and data->>'broadcastId' = $1`, [id]);
    // Sent 16 days ago (as far as the statistics go): LINE stopped updating two days ago.
    await ownerQuery(`update broadcast set sending_started_at = now() - interval '16 days' where id = $1`, [id]);
    await reader().read({ tenantId: tenant.id, broadcastId: id, daily: true });
    expect((await read(id)).statistics).toMatchObject({
      state: 'READY',
      opens: 40,
      clickers: 20,
      links: [{ seq: 2, url: LINK, clicks: 20, uniqueClicks: 20 }],
      final: true,
    });
    expect(await statisticsJobs(id)).toEqual([]);
  });

  it('a channel whose LINE plan has no statistics says so, and is not read daily', async () => {
    const channel = await channelWith(3);
    sandbox.setStatisticsPlan(channel.accessToken, false);
    const id = await sent(channel);
    await ownerQuery(`delete from pgboss.job where name = 'broadcast.statistics' and data->>'broadcastId' = $1`, [id]);
    await reader().read({ tenantId: tenant.id, broadcastId: id, daily: true });
    expect((await read(id)).statistics).toMatchObject({ state: 'NOT_AVAILABLE', opens: null, readAt: null });
    expect(await statisticsJobs(id)).toEqual([]);
  });

  it('staff ask for a read now, at most every ten minutes; a broadcast not sent has none to ask for', async () => {
    sandbox.setEngagement({ opened: 1, tapped: 0 });
    const channel = await channelWith(25);
    const id = await sent(channel);
    const asked = await call(coordinator, 'refreshBroadcastStatistics', { id });
    expect(asked.codes).toEqual([]);
    expect(asked.data?.statistics).toMatchObject({ state: 'PENDING', refreshing: true });
    expect(Date.parse(asked.data!.statistics!.nextRequestAt!) - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(await statisticsJobs(id)).toContainEqual({ daily: false, due_in_hours: 0 });

    // Asked again at once: refused, nothing queued.
    const again = await call(admin, 'refreshBroadcastStatistics', { id });
    expect(again).toMatchObject({ codes: ['CONFLICT'], reason: 'STATISTICS_REQUESTED_RECENTLY' });
    expect((await statisticsJobs(id)).filter((job) => !job.daily)).toHaveLength(1);

    await reader().read({ tenantId: tenant.id, broadcastId: id, daily: false });
    expect((await read(id)).statistics).toMatchObject({ state: 'READY', opens: 25, refreshing: false });

    const draft = await call(
      coordinator,
      'createBroadcast',
      {
        channelId: channel.id,
        title: '下書き',
        messages: [{ kind: 'TEXT', text: 'まだ送っていません' }],
        audienceKind: 'EVERYONE',
      },
      'CreateBroadcastInput',
    );
    expect(await call(coordinator, 'refreshBroadcastStatistics', { id: draft.data!.id })).toMatchObject({
      codes: ['CONFLICT'],
      reason: 'BROADCAST_NOT_SENT',
    });
    expect((await read(draft.data!.id)).statistics).toBeNull();
  });

  it("puts a read off while the channel's reads of the hour are used up: LINE is not asked", async () => {
    const channel = await channelWith(2);
    const id = await sent(channel);
    const limiter = t.app.get(RateLimiter);
    while ((await limiter.take(statisticsBucket(channel.id), STATISTICS_LIMITS)) === 0);
    const before = sandbox.recorded('statistics').length;
    await ownerQuery(`delete from pgboss.job where name = 'broadcast.statistics' and data->>'broadcastId' = $1`, [id]);
    await reader().read({ tenantId: tenant.id, broadcastId: id, daily: true });
    expect(sandbox.recorded('statistics')).toHaveLength(before);
    expect((await read(id)).statistics?.state).toBe('PENDING');
    // Again when the bucket has a token: about a minute at 54 reads an hour.
    const [job] = await statisticsJobs(id);
    expect(job).toEqual({ daily: true, due_in_hours: 0 });
  });

  it('the figures say how long sending took, to the millisecond, from its stored start and end', async () => {
    const channel = await channelWith(2);
    const id = await sent(channel);
    const { figures } = await read(id);
    expect(figures!.durationSeconds).toBeGreaterThan(0);
    expect(figures!.durationSeconds * 1000).toBeCloseTo(
      Date.parse(figures!.finishedAt) - Date.parse(figures!.startedAt),
    );
  });

  it('counsellors may not ask for a read, and another tenant cannot reach the broadcast', async () => {
    const channel = await channelWith(2);
    const id = await sent(channel);
    const counsellor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    expect((await call(counsellor, 'refreshBroadcastStatistics', { id })).codes).toEqual(['FORBIDDEN']);
    const otherTenant = await t.newTenant();
    const otherAdmin = await t.newUser({ tenant: otherTenant, role: TenantRole.TENANT_ADMIN });
    expect(await call(otherAdmin, 'refreshBroadcastStatistics', { id })).toMatchObject({
      codes: ['NOT_FOUND'],
      reason: 'BROADCAST_NOT_FOUND',
    });
    expect((await read(id)).statistics?.refreshing).toBe(false);
  });
});
