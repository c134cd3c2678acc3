import { createHmac } from 'node:crypto';
import { randomLineUserId, textMessageEvent } from '@tsunagu/line-sandbox';
import { TenantDb, type Tenant } from '@tsunagu/platform/database';
import { JobsService } from '@tsunagu/platform/jobs';
import { LINE_EVENT_QUEUE, WebhookService } from '@tsunagu/channels';
import { TenantRole } from '@tsunagu/platform/permissions';
import { recordSent } from '@tsunagu/platform/testing';
import { createLineChannel, ownerQuery, secretHex, type TestChannel } from './support/line';
import { TestApp } from './support/test-app';

const textEvent = (text: string) => textMessageEvent(randomLineUserId(), text);

describe('LINE webhook ingress', () => {
  let t: TestApp;
  let tenant: Tenant;
  let channel: TestChannel;
  let adminToken: string;

  beforeAll(async () => {
    t = await TestApp.start();
    tenant = await t.newTenant();
    adminToken = (await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN })).token;
    channel = await createLineChannel(t, adminToken);
  });

  afterAll(async () => {
    await t.close();
  });

  const post = (body: object | string, signature?: string | null, lineChannelId = channel.lineChannelId) => {
    if (typeof body !== 'string') recordSent(body);
    const raw = typeof body === 'string' ? body : JSON.stringify(body);
    const sign =
      signature === undefined ? createHmac('sha256', channel.secret).update(raw).digest('base64') : signature;
    let req = t.http().post(`/webhooks/line/${lineChannelId}`).set('content-type', 'application/json');
    if (sign !== null) req = req.set('x-line-signature', sign);
    return req.send(raw);
  };

  /** A delivery straight to the service, as the controller hands it over: concurrent ones without HTTP. */
  const receive = (body: object) => {
    recordSent(body);
    const raw = Buffer.from(JSON.stringify(body));
    const signature = createHmac('sha256', channel.secret).update(raw).digest('base64');
    return t.app.get(WebhookService).receive(channel.lineChannelId, raw, signature, body);
  };

  const stored = async (webhookEventId: string) => {
    const events = await ownerQuery<{ id: string; tenant_id: string; payload: string }>(
      'select id, tenant_id, payload from line_webhook_event where webhook_event_id = $1',
      [webhookEventId],
    );
    const jobs = await ownerQuery<{ state: string }>(
      `select state from pgboss.job where name = 'line.event' and data->'eventIds' ?| $1::text[]`,
      [events.map((r) => r.id)],
    );
    return { events, jobs };
  };

  it('stores a signed event under its tenant, encrypted, with its processing job, and answers 200', async () => {
    const event = textEvent('子どものことで相談したいです');
    const res = await post({ destination: 'Uxxxxxxxx', events: [event] });
    expect(res.status).toBe(200);
    const { events, jobs } = await stored(event.webhookEventId);
    expect(events).toHaveLength(1);
    expect(events[0].tenant_id).toBe(tenant.id);
    expect(events[0].payload).not.toContain('相談');
    // Stored and enqueued in one transaction: a crash after the 200 loses nothing.
    expect(jobs).toEqual([{ state: 'created' }]);
  });

  it('stores a redelivered event once', async () => {
    const event = textEvent('もう一度');
    expect((await post({ destination: 'U', events: [event] })).status).toBe(200);
    const redelivery = { ...event, deliveryContext: { isRedelivery: true } };
    expect((await post({ destination: 'U', events: [redelivery] })).status).toBe(200);
    const { events, jobs } = await stored(event.webhookEventId);
    expect(events).toHaveLength(1);
    expect(jobs).toHaveLength(1);
  });

  it('stores every event of a delivery once, each in a processing job, the redelivered ones in it included', async () => {
    const first = textEvent('はじめまして');
    expect((await post({ destination: 'U', events: [first] })).status).toBe(200);
    const others = [textEvent('相談です'), textEvent('よろしくお願いします')];
    const res = await post({
      destination: 'U',
      events: [{ ...first, deliveryContext: { isRedelivery: true } }, ...others],
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ received: 3, stored: 2 });
    for (const event of [first, ...others]) {
      const { events, jobs } = await stored(event.webhookEventId);
      expect(events).toHaveLength(1);
      expect(jobs).toHaveLength(1);
    }
  });

  it('stores deliveries that arrive together in one round trip, each answered with its own count and job', async () => {
    const known = textEvent('前にも送りました');
    expect((await post({ destination: 'U', events: [known] })).status).toBe(200);
    const deliveries = Array.from({ length: 12 }, (_, i) =>
      i % 3 === 0
        ? [{ ...known, deliveryContext: { isRedelivery: true } }, textEvent(`同時 ${i}`)]
        : [textEvent(`同時 ${i}`)],
    );
    const together = jest.spyOn(TenantDb.prototype, 'statements');
    const answers = await Promise.all(deliveries.map((events) => receive({ destination: 'U', events })));
    expect(answers).toEqual(deliveries.map((events) => ({ received: events.length, stored: 1 })));
    // Fewer round trips than deliveries: those that waited went together.
    const roundTrips = together.mock.calls.length;
    together.mockRestore();
    expect(roundTrips).toBeLessThan(deliveries.length);
    for (const events of deliveries) {
      const { events: rows, jobs } = await stored(events[events.length - 1].webhookEventId);
      expect(rows).toHaveLength(1);
      expect(jobs).toHaveLength(1);
    }
    expect((await stored(known.webhookEventId)).events).toHaveLength(1);
  });

  it('stores deliveries that failed together again one by one', async () => {
    const together = jest
      .spyOn(TenantDb.prototype, 'statements')
      .mockRejectedValue(new Error('the database went away'));
    const alone = jest.spyOn(TenantDb.prototype, 'statement');
    const deliveries = Array.from({ length: 6 }, (_, i) => [textEvent(`失敗の後 ${i}`)]);
    const answers = await Promise.allSettled(deliveries.map((events) => receive({ destination: 'U', events })));
    const aloneCalls = alone.mock.calls.length;
    together.mockRestore();
    alone.mockRestore();
    // The first went alone and failed with the statement; those that waited went together, failed, and then alone.
    expect(answers[0].status).toBe('rejected');
    expect(answers.slice(1)).toEqual(
      deliveries.slice(1).map(() => ({ status: 'fulfilled', value: { received: 1, stored: 1 } })),
    );
    expect(aloneCalls).toBe(deliveries.length - 1);
    for (const [event] of deliveries.slice(1)) expect((await stored(event.webhookEventId)).jobs).toHaveLength(1);
  });

  it('enqueues the events in the order LINE sent them, in the job row pg-boss itself would write', async () => {
    const delivery = [textEvent('一通目'), textEvent('二通目'), textEvent('三通目')];
    expect((await post({ destination: 'U', events: delivery })).status).toBe(200);
    const ids: string[] = [];
    for (const event of delivery) ids.push((await stored(event.webhookEventId)).events[0].id);
    await t.app
      .get(TenantDb)
      .withTenant(tenant.id, (em) =>
        t.app.get(JobsService).enqueue(em, LINE_EVENT_QUEUE, { tenantId: tenant.id, eventIds: [] }),
      );

    const jobs = await ownerQuery<Record<string, unknown> & { data: { tenantId: string; eventIds: string[] } }>(
      `select data, name, retry_limit, retry_delay, retry_backoff, expire_in::text, policy, dead_letter, priority,
              date_trunc('minute', keep_until - created_on + interval '30 seconds')::text as retention
       from pgboss.job where name = 'line.event' and data->>'tenantId' = $1 and (data->'eventIds' ?| $2::text[] or data->'eventIds' = '[]')
       order by created_on`,
      [tenant.id, ids],
    );
    expect(jobs.map((job) => job.data)).toEqual([
      { tenantId: tenant.id, eventIds: ids },
      { tenantId: tenant.id, eventIds: [] },
    ]);
    const [byIngest, byPgBoss] = jobs.map(({ data: _data, ...settings }) => settings);
    expect(byIngest).toEqual(byPgBoss);
  });

  it('verifies with a rotated channel secret at once (the ingress remembers channels)', async () => {
    expect((await post({ destination: 'U', events: [textEvent('前の鍵で')] })).status).toBe(200);
    const rotated = secretHex();
    const update = await t.graphql(
      'mutation($input: UpdateLineChannelInput!) { updateLineChannel(input: $input) { id } }',
      { input: { id: channel.id, channelSecret: rotated } },
      { token: adminToken },
    );
    expect(update.errors).toBeUndefined();
    channel = { ...channel, secret: rotated };
    const event = textEvent('新しい鍵で');
    expect((await post({ destination: 'U', events: [event] })).status).toBe(200);
    expect((await stored(event.webhookEventId)).events).toHaveLength(1);
  });

  it('refuses a missing or wrong signature with 401 and stores nothing', async () => {
    const event = textEvent('署名なし');
    expect((await post({ destination: 'U', events: [event] }, null)).status).toBe(401);
    const forged = createHmac('sha256', secretHex())
      .update(JSON.stringify({ destination: 'U', events: [event] }))
      .digest('base64');
    expect((await post({ destination: 'U', events: [event] }, forged)).status).toBe(401);
    expect((await stored(event.webhookEventId)).events).toHaveLength(0);
  });

  it('answers an unknown channel exactly as a wrong signature, so channel ids cannot be found out', async () => {
    const body = { destination: 'U', events: [textEvent('x')] };
    const forged = createHmac('sha256', secretHex()).update(JSON.stringify(body)).digest('base64');
    const wrongSignature = await post(body, forged);
    const unknownChannel = await post(body, undefined, '1999999999');
    const unknownUnsigned = await post(body, null, '1999999999');
    for (const res of [unknownChannel, unknownUnsigned]) {
      expect({ status: res.status, body: res.body as unknown }).toEqual({
        status: wrongSignature.status,
        body: wrongSignature.body as unknown,
      });
    }
    expect(wrongSignature.status).toBe(401);
  });

  it("answers LINE's connection check (no events) with 200", async () => {
    expect((await post({ destination: 'U', events: [] })).status).toBe(200);
  });

  it('refuses a body over 1 MB with 413', async () => {
    const res = await post({ destination: 'U', events: [textEvent('x'.repeat(1_100_000))] });
    expect(res.status).toBe(413);
  });

  it('refuses a signed body without the fields of an event, storing nothing', async () => {
    const res = await post({ destination: 'U', events: [{ type: 'message' }] });
    expect(res.status).toBe(400);
  });

  it('refuses a signed event whose timestamp is no time (1e20) with 400, storing nothing', async () => {
    const event = { ...textEvent('未来から'), timestamp: 1e20 };
    const res = await post({ destination: 'U', events: [event] });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_WEBHOOK_BODY' });
    expect((await stored(event.webhookEventId)).events).toHaveLength(0);
  });

  it('refuses text that cannot be stored (NUL, an unpaired surrogate) with 400, storing nothing', async () => {
    for (const text of ['a\u0000b', 'a\ud800b']) {
      const event = textEvent(text);
      const res = await post({ destination: 'U', events: [event] });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNSAFE_TEXT' });
      expect((await stored(event.webhookEventId)).events).toHaveLength(0);
    }
  });
});
