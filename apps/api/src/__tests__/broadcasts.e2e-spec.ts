import { LineSandbox, randomLineUserId } from '@tsunagu/line-sandbox';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { BroadcastDelivery } from '@tsunagu/broadcasts';
import { createLineChannel, ownerQuery, type TestChannel } from './support/line';
import { errorCodes, TestApp, type TestUser } from './support/test-app';

const FIELDS = `id status title recipientCount audienceKind scheduledAt notificationDisabled aggregationUnit viewerMayApprove
  messages { kind text title url imageUrl previewImageUrl }
  composedBy { id displayName } approvedBy { id } rejectedBy { id } rejectionReason cancelledBy { id }
  figures { audience sent failed skipped pending }`;

interface BroadcastResult {
  id: string;
  status: string;
  title: string;
  recipientCount: number;
  viewerMayApprove: boolean;
  messages: { kind: string; text: string | null; title: string | null; url: string | null }[];
  composedBy: { id: string; displayName: string };
  approvedBy: { id: string } | null;
  rejectedBy: { id: string } | null;
  rejectionReason: string | null;
  cancelledBy: { id: string } | null;
  scheduledAt: string | null;
}

interface FieldErrorExtension {
  code?: string;
  reason?: string;
  fieldErrors?: { field: string; messages: string[] }[];
}

describe('broadcasts: composing and approval', () => {
  // Approval reads the channel's quota from LINE.
  const sandbox = new LineSandbox();
  let t: TestApp;
  let tenant: Tenant;
  let admin: TestUser;
  let secondAdmin: TestUser;
  let coordinator: TestUser;
  let counsellor: TestUser;
  let viewer: TestUser;
  let partnerUser: TestUser;
  let channel: TestChannel;
  let emptyChannel: TestChannel;
  let otherAdmin: TestUser;

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
    secondAdmin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    coordinator = await t.newUser({ tenant, role: TenantRole.COORDINATOR });
    counsellor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    viewer = await t.newUser({ tenant, role: TenantRole.MUNICIPAL_VIEWER });
    channel = await createLineChannel(t, admin.token);
    emptyChannel = await createLineChannel(t, admin.token);
    const partner = await t.graphql<{ createPartnerOrganization: { id: string } }>(
      'mutation($input: CreatePartnerOrganizationInput!) { createPartnerOrganization(input: $input) { id } }',
      { input: { name: '保健センター', description: '母子保健', email: 'hoken@center.example.jp' } },
      { token: admin.token },
    );
    partnerUser = await t.newUser({
      tenant,
      role: TenantRole.PARTNER_USER,
      partnerOrganizationId: partner.data!.createPartnerOrganization.id,
    });
    // Three families who can receive, one who blocked the account.
    // Two of the three carry the tag ひとり親, and so does the blocked one.
    for (const [status, labels] of [
      ['active', '{ひとり親}'],
      ['active', '{ひとり親}'],
      ['active', '{}'],
      ['blocked', '{ひとり親}'],
    ]) {
      await ownerQuery(
        `insert into registrant (id, tenant_id, channel_id, line_user_id, status, labels, first_contact_at, last_contact_at, created_at)
         values (gen_random_uuid(), $1, $2, $3, $4, $5, now(), now(), now())`,
        [tenant.id, channel.id, randomLineUserId(), status, labels],
      );
    }
    const otherTenant = await t.newTenant();
    otherAdmin = await t.newUser({ tenant: otherTenant, role: TenantRole.TENANT_ADMIN });
  }, 60_000);

  afterAll(async () => {
    await t.close();
    await sandbox.stop();
  });

  const draft = (overrides: Record<string, unknown> = {}) => ({
    channelId: channel.id,
    title: '夏休みの子ども食堂のお知らせ',
    messages: [
      { kind: 'TEXT', text: '夏休みの子ども食堂を開きます。どなたでもどうぞ。' },
      { kind: 'LINK', title: '開催日と場所', url: 'https://www.city.kobe.example/kodomo-shokudo' },
    ],
    audienceKind: 'EVERYONE',
    notificationDisabled: true,
    aggregationUnit: 'summer_2026',
    ...overrides,
  });

  async function call(user: TestUser, mutation: string, inputType: string, input: object) {
    const res = await t.graphql<Record<string, BroadcastResult>>(
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${FIELDS} } }`,
      { input },
      { token: user.token },
    );
    const extensions = (res.errors?.[0]?.extensions ?? {}) as FieldErrorExtension;
    return { data: res.data?.[mutation], codes: errorCodes(res), extensions };
  }

  const create = (user: TestUser, overrides: Record<string, unknown> = {}) =>
    call(user, 'createBroadcast', 'CreateBroadcastInput', draft(overrides));
  const byId = (mutation: string, user: TestUser, id: string) => call(user, mutation, 'BroadcastIdInput', { id });

  async function broadcastCount(): Promise<number> {
    const [{ count }] = await ownerQuery<{ count: string }>(
      'select count(*) as count from broadcast where tenant_id = $1',
      [tenant.id],
    );
    return Number(count);
  }

  it('a coordinator composes and submits; the admin sees exactly what goes to how many, and approves', async () => {
    const created = await create(coordinator);
    expect(created.codes).toEqual([]);
    expect(created.data).toMatchObject({
      status: 'DRAFT',
      recipientCount: 3,
      composedBy: { id: coordinator.id },
      notificationDisabled: true,
      aggregationUnit: 'summer_2026',
    });
    const id = created.data!.id;
    const channels = await t.graphql<{ broadcastChannels: { id: string; reachableFamilies: number }[] }>(
      '{ broadcastChannels { id reachableFamilies } }',
      {},
      { token: coordinator.token },
    );
    expect(channels.data?.broadcastChannels).toEqual(
      expect.arrayContaining([
        { id: channel.id, reachableFamilies: 3 },
        { id: emptyChannel.id, reachableFamilies: 0 },
      ]),
    );

    const submitted = await byId('submitBroadcast', coordinator, id);
    expect(submitted.data).toMatchObject({ status: 'AWAITING_APPROVAL', viewerMayApprove: false });

    const seen = await t.graphql<{ broadcast: BroadcastResult }>(
      `query($id: ID!) { broadcast(id: $id) { ${FIELDS} } }`,
      { id },
      { token: admin.token },
    );
    expect(seen.data?.broadcast).toMatchObject({ recipientCount: 3, viewerMayApprove: true });
    expect(seen.data?.broadcast.messages).toEqual([
      expect.objectContaining({ kind: 'TEXT', text: '夏休みの子ども食堂を開きます。どなたでもどうぞ。' }),
      expect.objectContaining({
        kind: 'LINK',
        title: '開催日と場所',
        url: 'https://www.city.kobe.example/kodomo-shokudo',
      }),
    ]);

    const approved = await byId('approveBroadcast', admin, id);
    expect(approved.codes).toEqual([]);
    expect(approved.data).toMatchObject({ status: 'APPROVED', approvedBy: { id: admin.id } });
    const [job] = await ownerQuery<{ count: string }>(
      `select count(*) as count from pgboss.job where name = 'broadcast.start' and data->>'broadcastId' = $1`,
      [id],
    );
    expect(Number(job.count)).toBe(1);
    const audit = await ownerQuery<{ action: string }>(
      `select action from audit_event where tenant_id = $1 and target_id = $2 order by seq`,
      [tenant.id, id],
    );
    expect(audit.map((a) => a.action)).toEqual(['broadcast.created', 'broadcast.submitted', 'broadcast.approved']);
  });

  it('a scheduled broadcast waits for its time; the approver may send it back with a reason', async () => {
    const at = new Date(Date.now() + 3 * 3600_000).toISOString();
    const id = (await create(coordinator, { scheduledAt: at })).data!.id;
    await byId('submitBroadcast', coordinator, id);
    const rejected = await call(admin, 'rejectBroadcast', 'RejectBroadcastInput', {
      id,
      reason: '日付を入れてください',
    });
    expect(rejected.data).toMatchObject({
      status: 'DRAFT',
      rejectionReason: '日付を入れてください',
      rejectedBy: { id: admin.id },
    });
    const edited = await call(coordinator, 'updateBroadcast', 'UpdateBroadcastInput', {
      id,
      ...draft({ scheduledAt: at, title: '8月1日 子ども食堂' }),
    });
    expect(edited.data).toMatchObject({ status: 'DRAFT', title: '8月1日 子ども食堂' });
    await byId('submitBroadcast', coordinator, id);
    const approved = await byId('approveBroadcast', admin, id);
    expect(approved.data).toMatchObject({ status: 'SCHEDULED' });
    const [job] = await ownerQuery<{ start_after: Date }>(
      `select start_after from pgboss.job where name = 'broadcast.start' and data->>'broadcastId' = $1`,
      [id],
    );
    expect(Math.abs(new Date(job.start_after).getTime() - Date.parse(at))).toBeLessThan(5_000);

    // Cancelled before its time: nothing goes.
    const cancelled = await byId('cancelBroadcast', coordinator, id);
    expect(cancelled.data).toMatchObject({
      status: 'CANCELLED',
      cancelledBy: { id: coordinator.id },
      recipientCount: 0,
    });
    expect((await byId('cancelBroadcast', coordinator, id)).codes).toEqual(['CONFLICT']);
  });

  it('refuses an edit once submitted, and approving one’s own draft unless the tenant allows it', async () => {
    const id = (await create(admin)).data!.id;
    await byId('submitBroadcast', admin, id);
    const edit = await call(admin, 'updateBroadcast', 'UpdateBroadcastInput', { id, ...draft() });
    expect(edit.codes).toEqual(['CONFLICT']);
    expect(edit.extensions.reason).toBe('BROADCAST_NOT_DRAFT');

    const own = await byId('approveBroadcast', admin, id);
    expect(own.codes).toEqual(['BAD_USER_INPUT']);
    expect(own.extensions.reason).toBe('SELF_APPROVAL');
    expect((await byId('submitBroadcast', admin, id)).codes).toEqual(['CONFLICT']);

    const settings = await t.graphql(
      'mutation { updateBroadcastSettings(input: { approverRoles: [TENANT_ADMIN], approverUserIds: [], allowSelfApproval: true }) { allowSelfApproval } }',
      {},
      { token: admin.token },
    );
    expect(settings.errors).toBeUndefined();
    try {
      expect((await byId('approveBroadcast', admin, id)).data).toMatchObject({ status: 'APPROVED' });
    } finally {
      await t.graphql(
        'mutation { updateBroadcastSettings(input: { approverRoles: [TENANT_ADMIN], approverUserIds: [], allowSelfApproval: false }) { allowSelfApproval } }',
        {},
        { token: admin.token },
      );
    }
  });

  it('a coordinator approves only when the tenant names them', async () => {
    const id = (await create(admin)).data!.id;
    await byId('submitBroadcast', admin, id);
    const refused = await byId('approveBroadcast', coordinator, id);
    expect(refused.codes).toEqual(['FORBIDDEN']);
    expect(refused.extensions.reason).toBe('NOT_A_BROADCAST_APPROVER');

    await t.graphql(
      'mutation($input: UpdateBroadcastSettingsInput!) { updateBroadcastSettings(input: $input) { approverUserIds } }',
      { input: { approverRoles: ['TENANT_ADMIN'], approverUserIds: [coordinator.id], allowSelfApproval: false } },
      { token: admin.token },
    );
    try {
      expect((await byId('approveBroadcast', coordinator, id)).data).toMatchObject({ status: 'APPROVED' });
    } finally {
      await t.graphql(
        'mutation { updateBroadcastSettings(input: { approverRoles: [TENANT_ADMIN], approverUserIds: [], allowSelfApproval: false }) { allowSelfApproval } }',
        {},
        { token: admin.token },
      );
    }
  });

  it('refuses bad input with the field, and writes nothing', async () => {
    const before = await broadcastCount();
    const past = await create(coordinator, { scheduledAt: new Date(Date.now() - 3600_000).toISOString() });
    expect(past.codes).toEqual(['BAD_USER_INPUT']);
    expect(past.extensions.reason).toBe('SCHEDULE_IN_PAST');
    expect(past.extensions.fieldErrors?.map((f) => f.field)).toEqual(['scheduledAt']);

    const badLink = await create(coordinator, {
      messages: [{ kind: 'LINK', title: '', url: 'http://insecure.example' }],
      aggregationUnit: 'not valid!',
    });
    expect(badLink.codes).toEqual(['BAD_USER_INPUT']);
    expect(badLink.extensions.fieldErrors?.map((f) => f.field).sort()).toEqual([
      'aggregationUnit',
      'messages.0.title',
      'messages.0.url',
    ]);

    const tooMany = await create(coordinator, {
      messages: Array.from({ length: 6 }, (_, i) => ({ kind: 'TEXT', text: `${i}` })),
    });
    expect(tooMany.codes).toEqual(['BAD_USER_INPUT']);

    const otherChannel = await create(otherAdmin, { channelId: channel.id });
    expect(otherChannel.codes).toEqual(['BAD_USER_INPUT']);
    expect(otherChannel.extensions.fieldErrors?.map((f) => f.field)).toEqual(['channelId']);
    expect(await broadcastCount()).toBe(before);
  });

  it('refuses an approval when LINE does not tell the quota, and approves nothing', async () => {
    const id = (await create(coordinator)).data!.id;
    await byId('submitBroadcast', coordinator, id);
    sandbox.failNext('quota', { status: 500 });
    const refused = await byId('approveBroadcast', admin, id);
    expect(refused.codes).toEqual(['CONFLICT']);
    expect(refused.extensions.reason).toBe('QUOTA_UNAVAILABLE');
    const [row] = await ownerQuery<{ status: string; approved_by_id: string | null }>(
      'select status, approved_by_id from broadcast where id = $1',
      [id],
    );
    expect(row).toEqual({ status: 'awaiting_approval', approved_by_id: null });
  });

  const segmentOf = (...tags: string[]) => ({
    match: 'ALL',
    groups: [{ match: 'ALL', conditions: [{ kind: 'TAGS', tags }] }],
  });

  it('a segment reaches only the families it matches, never one who blocked the account', async () => {
    const created = await create(coordinator, { audienceKind: 'SEGMENT', segment: segmentOf('ひとり親') });
    expect(created.codes).toEqual([]);
    expect(created.data?.recipientCount).toBe(2);
    const seen = await t.graphql<{ broadcast: { segment: unknown } }>(
      'query($id: ID!) { broadcast(id: $id) { segment { match groups { match conditions { kind tags } } } } }',
      { id: created.data!.id },
      { token: admin.token },
    );
    expect(seen.data?.broadcast.segment).toEqual({
      match: 'ALL',
      groups: [{ match: 'ALL', conditions: [{ kind: 'TAGS', tags: ['ひとり親'] }] }],
    });
    expect((await byId('submitBroadcast', coordinator, created.data!.id)).data?.status).toBe('AWAITING_APPROVAL');
  });

  it('refuses a segment that matches nobody at submission, and a bad one on its field', async () => {
    const nobody = (await create(coordinator, { audienceKind: 'SEGMENT', segment: segmentOf('転居予定') })).data!;
    expect(nobody.recipientCount).toBe(0);
    const submitted = await byId('submitBroadcast', coordinator, nobody.id);
    expect(submitted.codes).toEqual(['BAD_USER_INPUT']);
    expect(submitted.extensions.reason).toBe('AUDIENCE_EMPTY');

    const before = await broadcastCount();
    const bad = await create(coordinator, { audienceKind: 'SEGMENT', segment: segmentOf('') });
    expect(bad.codes).toEqual(['BAD_USER_INPUT']);
    expect(bad.extensions.fieldErrors?.map((f) => f.field)).toEqual(['segment.groups.0.conditions.0.tags.0']);
    const missing = await create(coordinator, { audienceKind: 'SEGMENT' });
    expect(missing.extensions.fieldErrors?.map((f) => f.field)).toEqual(['segment']);
    expect(await broadcastCount()).toBe(before);
  });

  it('sends a test to the staff member’s own linked LINE account, once, and says when none is linked', async () => {
    const id = (await create(coordinator)).data!.id;
    const test = (user: TestUser) =>
      t.graphql<{ sendTestBroadcast: { recipients: number } }>(
        'mutation($id: ID!) { sendTestBroadcast(input: { id: $id }) { recipients } }',
        { id },
        { token: user.token },
      );
    const none = await test(coordinator);
    expect(errorCodes(none)).toEqual(['BAD_USER_INPUT']);
    expect((none.errors?.[0]?.extensions as FieldErrorExtension).reason).toBe('NO_LINKED_LINE_ACCOUNT');

    const staffLine = randomLineUserId();
    await ownerQuery(
      `insert into test_recipient (id, tenant_id, channel_id, user_id, line_user_id, linked_at)
       values (gen_random_uuid(), $1, $2, $3, $4, now())`,
      [tenant.id, channel.id, coordinator.id, staffLine],
    );
    const sent = await test(coordinator);
    expect(sent.data?.sendTestBroadcast).toEqual({ recipients: 1 });
    const [job] = await ownerQuery<{ id: string; data: { lineUserIds: string[]; retryKey: string } }>(
      `select id, data from pgboss.job where name = 'broadcast.test' and data->>'broadcastId' = $1`,
      [id],
    );
    expect(job.data.lineUserIds).toEqual([staffLine]);
    // The job, tried twice (a retry after a timeout): the account gets the test once.
    const delivery = t.app.get(BroadcastDelivery);
    await delivery.sendTest({ tenantId: tenant.id, broadcastId: id, ...job.data });
    await delivery.sendTest({ tenantId: tenant.id, broadcastId: id, ...job.data });
    // Done here: no later file's worker (the database is shared) takes the job again.
    await ownerQuery(`update pgboss.job set state = 'completed', completed_on = now() where id = $1`, [job.id]);
    expect(sandbox.deliveriesTo(staffLine)).toHaveLength(1);
    expect(
      sandbox
        .recorded('multicast')
        .filter((r) => r.retryKey === job.data.retryKey)
        .map((r) => r.status),
    ).toEqual([200, 409]);
    // Nothing reached a family.
    const [{ status }] = await ownerQuery<{ status: string }>('select status from broadcast where id = $1', [id]);
    expect(status).toBe('draft');
  });

  it('refuses to submit an audience that matches nobody', async () => {
    const id = (await create(coordinator, { channelId: emptyChannel.id })).data!.id;
    const submitted = await byId('submitBroadcast', coordinator, id);
    expect(submitted.codes).toEqual(['BAD_USER_INPUT']);
    expect(submitted.extensions.reason).toBe('AUDIENCE_EMPTY');
    const [row] = await ownerQuery<{ status: string }>('select status from broadcast where id = $1', [id]);
    expect(row.status).toBe('draft');
  });

  it('counsellors, municipal viewers and partner users see nothing and cannot approve', async () => {
    const id = (await create(coordinator)).data!.id;
    await byId('submitBroadcast', coordinator, id);
    for (const user of [counsellor, viewer, partnerUser]) {
      const list = await t.graphql('{ broadcasts(first: 5) { edges { node { id } } } }', {}, { token: user.token });
      expect(errorCodes(list)).toEqual(['FORBIDDEN']);
      expect((await byId('approveBroadcast', user, id)).codes).toEqual(['FORBIDDEN']);
      expect((await create(user)).codes).toEqual(['FORBIDDEN']);
    }
  });

  it('does not return broadcasts of another tenant', async () => {
    const id = (await create(coordinator)).data!.id;
    const one = await t.graphql('query($id: ID!) { broadcast(id: $id) { id } }', { id }, { token: otherAdmin.token });
    expect(errorCodes(one)).toEqual(['NOT_FOUND']);
    const list = await t.graphql<{ broadcasts: { edges: { node: { id: string } }[] } }>(
      '{ broadcasts(first: 100) { edges { node { id } } } }',
      {},
      { token: otherAdmin.token },
    );
    expect(list.data?.broadcasts.edges.map((e) => e.node.id)).not.toContain(id);
    expect((await byId('approveBroadcast', otherAdmin, id)).codes).toEqual(['NOT_FOUND']);
    expect((await byId('cancelBroadcast', otherAdmin, id)).codes).toEqual(['NOT_FOUND']);
  });

  it('lists newest first, by status, in pages', async () => {
    for (let i = 0; i < 3; i++) await create(coordinator, { title: `下書き${i}` });
    const first = await t.graphql<{
      broadcasts: {
        edges: { node: { id: string; status: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      '{ broadcasts(first: 2, status: DRAFT) { edges { node { id status } } pageInfo { hasNextPage endCursor } } }',
      {},
      {
        token: secondAdmin.token,
      },
    );
    expect(first.data?.broadcasts.edges.length).toBe(2);
    expect(first.data?.broadcasts.edges.every((e) => e.node.status === 'DRAFT')).toBe(true);
    expect(first.data?.broadcasts.pageInfo.hasNextPage).toBe(true);
    const next = await t.graphql<{ broadcasts: { edges: { node: { id: string } }[] } }>(
      'query($after: String) { broadcasts(first: 2, status: DRAFT, after: $after) { edges { node { id } } } }',
      { after: first.data?.broadcasts.pageInfo.endCursor },
      { token: secondAdmin.token },
    );
    const seen = new Set(first.data?.broadcasts.edges.map((e) => e.node.id));
    expect(next.data?.broadcasts.edges.length).toBeGreaterThan(0);
    expect(next.data?.broadcasts.edges.some((e) => seen.has(e.node.id))).toBe(false);
  });

  describe('delivery, step by step (the worker is off: the test runs each job)', () => {
    let deliveryChannel: TestChannel;
    let families: string[];

    beforeAll(async () => {
      deliveryChannel = await createLineChannel(t, admin.token);
      families = Array.from({ length: 5 }, () => randomLineUserId());
      for (const userId of families) {
        await ownerQuery(
          `insert into registrant (id, tenant_id, channel_id, line_user_id, status, first_contact_at, last_contact_at, created_at)
           values (gen_random_uuid(), $1, $2, $3, 'active', now(), now(), now())`,
          [tenant.id, deliveryChannel.id, userId],
        );
      }
    });

    afterEach(async () => {
      await ownerQuery(`update registrant set status = 'active' where channel_id = $1`, [deliveryChannel.id]);
    });

    const delivery = () => t.app.get(BroadcastDelivery);

    async function approved(): Promise<string> {
      const id = (await create(coordinator, { channelId: deliveryChannel.id })).data!.id;
      await byId('submitBroadcast', coordinator, id);
      expect((await byId('approveBroadcast', admin, id)).data?.status).toBe('APPROVED');
      return id;
    }

    const deliveries = (userId: string) => sandbox.deliveriesTo(userId).length;
    const figures = async (id: string) =>
      (
        await t.graphql<{ broadcast: { status: string; figures: Record<string, unknown> } }>(
          'query($id: ID!) { broadcast(id: $id) { status figures { audience sent failed skipped pending failures { reason count } } } }',
          { id },
          { token: coordinator.token },
        )
      ).data!.broadcast;

    it('skips, and counts as skipped, a family who blocks the account after the audience is frozen', async () => {
      const id = await approved();
      await delivery().start({ tenantId: tenant.id, broadcastId: id });
      expect((await figures(id)).status).toBe('SENDING');
      await ownerQuery(`update registrant set status = 'blocked' where line_user_id = $1`, [families[0]]);
      await delivery().sendBatch({ tenantId: tenant.id, broadcastId: id, channelId: deliveryChannel.id, batchNo: 0 });
      expect(await figures(id)).toEqual({
        status: 'SENT',
        figures: { audience: 5, sent: 4, failed: 0, skipped: 1, pending: 0, failures: [] },
      });
      expect(families.map(deliveries)).toEqual([0, 1, 1, 1, 1]);
    });

    it('a retry after a crash reuses the batch’s stored key: LINE answers 409 and the batch counts as sent, once', async () => {
      const id = await approved();
      await delivery().start({ tenantId: tenant.id, broadcastId: id });
      const before = families.map(deliveries);
      await delivery().sendBatch({ tenantId: tenant.id, broadcastId: id, channelId: deliveryChannel.id, batchNo: 0 });
      // The worker died after LINE took the batch and before it was recorded: as it was then.
      await ownerQuery(`update broadcast_batch set status = 'pending', sent_count = 0 where broadcast_id = $1`, [id]);
      await ownerQuery(`update broadcast set status = 'sending', sent_count = 0, finished_at = null where id = $1`, [
        id,
      ]);
      await delivery().sendBatch({ tenantId: tenant.id, broadcastId: id, channelId: deliveryChannel.id, batchNo: 0 });
      const [batch] = await ownerQuery<{ retry_key: string; attempts: number }>(
        'select retry_key, attempts from broadcast_batch where broadcast_id = $1',
        [id],
      );
      const calls = sandbox.recorded('multicast').filter((r) => r.retryKey === batch.retry_key);
      expect(calls.map((c) => c.status)).toEqual([200, 409]);
      expect(batch.attempts).toBe(2);
      expect(families.map(deliveries)).toEqual(before.map((n) => n + 1));
      expect(await figures(id)).toMatchObject({ status: 'SENT', figures: { sent: 5, failed: 0 } });
      // A late duplicate of the job changes nothing.
      await delivery().sendBatch({ tenantId: tenant.id, broadcastId: id, channelId: deliveryChannel.id, batchNo: 0 });
      expect(sandbox.recorded('multicast').filter((r) => r.retryKey === batch.retry_key)).toHaveLength(2);
    });

    it('a batch LINE has not taken by its last try is FAILED with the reason: PARTIALLY_FAILED, never sent twice', async () => {
      const id = await approved();
      await delivery().start({ tenantId: tenant.id, broadcastId: id });
      const before = families.map(deliveries);
      sandbox.failNext('multicast', { status: 503 });
      await expect(
        delivery().sendBatch({ tenantId: tenant.id, broadcastId: id, channelId: deliveryChannel.id, batchNo: 0 }),
      ).rejects.toThrow(/retrying with its key/);
      expect((await figures(id)).status).toBe('SENDING');
      sandbox.failNext('multicast', { status: 500 });
      await delivery().sendBatch(
        { tenantId: tenant.id, broadcastId: id, channelId: deliveryChannel.id, batchNo: 0 },
        true,
      );
      expect(await figures(id)).toEqual({
        status: 'PARTIALLY_FAILED',
        figures: {
          audience: 5,
          sent: 0,
          failed: 5,
          skipped: 0,
          pending: 0,
          failures: [{ reason: 'LINE did not take it: HTTP 500', count: 5 }],
        },
      });
      expect(families.map(deliveries)).toEqual(before);
    });

    it('freezes a segment’s families only', async () => {
      await ownerQuery(`update registrant set labels = '{妊娠中}' where line_user_id = any($1)`, [
        families.slice(0, 2),
      ]);
      const id = (
        await create(coordinator, {
          channelId: deliveryChannel.id,
          audienceKind: 'SEGMENT',
          segment: { match: 'ALL', groups: [{ match: 'ALL', conditions: [{ kind: 'TAGS', tags: ['妊娠中'] }] }] },
        })
      ).data!.id;
      await byId('submitBroadcast', coordinator, id);
      expect((await byId('approveBroadcast', admin, id)).data?.status).toBe('APPROVED');
      const before = families.map(deliveries);
      await delivery().start({ tenantId: tenant.id, broadcastId: id });
      await delivery().sendBatch({ tenantId: tenant.id, broadcastId: id, channelId: deliveryChannel.id, batchNo: 0 });
      expect(await figures(id)).toMatchObject({ status: 'SENT', figures: { audience: 2, sent: 2 } });
      expect(families.map(deliveries)).toEqual(before.map((n, i) => n + (i < 2 ? 1 : 0)));
    });

    it('a broadcast cancelled before its time is not started', async () => {
      const id = (
        await create(coordinator, {
          channelId: deliveryChannel.id,
          scheduledAt: new Date(Date.now() + 3600_000).toISOString(),
        })
      ).data!.id;
      await byId('submitBroadcast', coordinator, id);
      expect((await byId('approveBroadcast', admin, id)).data?.status).toBe('SCHEDULED');
      await byId('cancelBroadcast', coordinator, id);
      await delivery().start({ tenantId: tenant.id, broadcastId: id });
      expect((await figures(id)).status).toBe('CANCELLED');
      const [{ count }] = await ownerQuery<{ count: string }>(
        'select count(*) as count from broadcast_recipient where broadcast_id = $1',
        [id],
      );
      expect(Number(count)).toBe(0);
    });
  });
});
