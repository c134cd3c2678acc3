import { randomInt, randomUUID } from 'node:crypto';
import type { Tenant } from '@tsunagu/platform/database';
import { PlatformRole, TenantRole } from '@tsunagu/platform/permissions';
import { conversationIdOf, createLineChannel, deliver, eventually, ownerQuery, type TestChannel } from './support/line';
import { errorCodes, TestApp, type TestUser } from './support/test-app';

const lineId = (prefix: string) => `${prefix}${randomUUID().replace(/-/g, '')}`;

const SET_ASIDE = `query($first: Int, $after: String) {
  setAsideWebhookEvents(first: $first, after: $after) {
    edges { cursor node { id tenantId tenantSlug channelId lineChannelId webhookEventId type reason occurredAt receivedAt setAsideAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface SetAsidePage {
  setAsideWebhookEvents: {
    edges: {
      node: { webhookEventId: string; tenantSlug: string; lineChannelId: string; type: string; reason: string };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('webhook events that can never be processed', () => {
  let t: TestApp;
  let tenant: Tenant;
  let admin: TestUser;
  let platformAdmin: TestUser;
  let channel: TestChannel;

  beforeAll(async () => {
    t = await TestApp.start({ JOB_WORKERS: '1' });
    tenant = await t.newTenant();
    admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    platformAdmin = await t.newUser({ platformRoles: [PlatformRole.PLATFORM_ADMIN] });
    channel = await createLineChannel(t, admin.token);
  });

  afterAll(async () => {
    await t.close();
  });

  const message = (userId: string, content: Record<string, unknown>) => ({
    type: 'message',
    mode: 'active',
    timestamp: Date.now(),
    source: { type: 'user', userId },
    webhookEventId: lineId('01'),
    deliveryContext: { isRedelivery: false },
    replyToken: lineId('r'),
    message: { id: String(randomInt(1e12, 2e12)), quoteToken: 'q', ...content },
  });

  const eventRow = async (webhookEventId: string) =>
    (
      await ownerQuery<{ processed_at: Date | null; set_aside_at: Date | null; set_aside_reason: string | null }>(
        'select processed_at, set_aside_at, set_aside_reason from line_webhook_event where webhook_event_id = $1',
        [webhookEventId],
      )
    )[0];

  it('sets an event whose text is not a string aside with the reason, once, and processes the rest of its delivery', async () => {
    const family = lineId('U');
    const numeric = message(family, { type: 'text', text: 42 });
    const object = message(family, { type: 'text', text: { nested: '相談' } });
    const fine = message(family, { type: 'text', text: '相談があります' });
    await deliver(t, channel, [numeric, object, fine]);

    const first = await eventually(
      () => eventRow(numeric.webhookEventId),
      (row) => row?.set_aside_at != null,
    );
    expect(first).toMatchObject({ processed_at: null, set_aside_reason: 'INVALID_EVENT: message.text must be string' });
    expect(
      (
        await eventually(
          () => eventRow(object.webhookEventId),
          (row) => row?.set_aside_at != null,
        )
      )?.set_aside_reason,
    ).toBe('INVALID_EVENT: message.text must be string');
    // The family's valid message of the same delivery reached the inbox.
    expect(await eventually(() => conversationIdOf(family), Boolean)).toBeDefined();
    // Not retried: the delivery's job completed.
    const jobs = await eventually(
      () =>
        ownerQuery<{ state: string; retry_count: number }>(
          `select j.state, j.retry_count from pgboss.job j join line_webhook_event e on j.data->'eventIds' ? e.id::text
           where e.webhook_event_id = $1`,
          [numeric.webhookEventId],
        ),
      (rows) => rows[0]?.state === 'completed',
    );
    expect(jobs).toEqual([{ state: 'completed', retry_count: 0 }]);
  });

  it('shows platform admins what was set aside, where and why, without the content', async () => {
    const event = message(lineId('U'), { type: 'text', text: ['配列'] });
    await deliver(t, channel, [event]);
    await eventually(
      () => eventRow(event.webhookEventId),
      (row) => row?.set_aside_at != null,
    );
    const res = await t.graphql<SetAsidePage>(SET_ASIDE, { first: 100 }, { token: platformAdmin.token });
    expect(res.errors).toBeUndefined();
    const node = res.data!.setAsideWebhookEvents.edges.find(
      (e) => e.node.webhookEventId === event.webhookEventId,
    )?.node;
    expect(node).toMatchObject({
      tenantSlug: tenant.slug,
      lineChannelId: channel.lineChannelId,
      type: 'message',
      reason: 'INVALID_EVENT: message.text must be string',
    });
    expect(JSON.stringify(res.data)).not.toContain('配列');

    // Newest first, page by page.
    const page = await t.graphql<SetAsidePage>(SET_ASIDE, { first: 1 }, { token: platformAdmin.token });
    expect(page.data!.setAsideWebhookEvents.edges[0].node.webhookEventId).toBe(event.webhookEventId);
    const next = await t.graphql<SetAsidePage>(
      SET_ASIDE,
      { first: 1, after: page.data!.setAsideWebhookEvents.pageInfo.endCursor },
      { token: platformAdmin.token },
    );
    expect(next.data!.setAsideWebhookEvents.edges[0].node.webhookEventId).not.toBe(event.webhookEventId);
  });

  it('is for platform admins only', async () => {
    const npoAdmin = await t.newUser({ platformRoles: [PlatformRole.NPO_ADMIN] });
    for (const token of [admin.token, npoAdmin.token]) {
      expect(errorCodes(await t.graphql(SET_ASIDE, { first: 5 }, { token }))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await t.graphql(SET_ASIDE, { first: 5 }, { token: admin.token, tenant: tenant.slug }))).toEqual([
      'FORBIDDEN',
    ]);
  });
});
