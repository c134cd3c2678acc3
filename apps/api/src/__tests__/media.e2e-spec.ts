import { randomBytes, randomInt } from 'node:crypto';
import { MediaService } from '@tsunagu/conversations';
import { LineSandbox, randomLineUserId, randomWebhookEventId } from '@tsunagu/line-sandbox';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { conversationIdOf, createLineChannel, deliver, eventually, ownerQuery, type TestChannel } from './support/line';
import { TestApp, type TestUser } from './support/test-app';

interface Media {
  id: string;
  status: string;
  contentType: string | null;
  size: number | null;
  fileName: string | null;
  url: string;
}

const MAX_BYTES = 4096;
/** A small JPEG-looking body, different each time. */
const jpeg = (bytes = 1000) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(bytes - 4)]);

function event(userId: string, type: string, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    type,
    mode: 'active',
    timestamp: Date.now(),
    source: { type: 'user', userId },
    webhookEventId: randomWebhookEventId(),
    deliveryContext: { isRedelivery: false },
    ...fields,
  };
}

/** The stored row, read as the database owner (what a dump of the database would show). */
async function storedMedia(id: string): Promise<{ status: string; content: Buffer | null } | undefined> {
  const rows = await ownerQuery<{ status: string; content: Buffer | null }>(
    'select status, content from message_media where id = $1',
    [id],
  );
  return rows[0];
}

async function viewsAudited(mediaId: string): Promise<number> {
  const rows = await ownerQuery<{ n: string }>(
    `select count(*) as n from audit_event where action = 'media.viewed' and target_type = 'message_media' and target_id = $1`,
    [mediaId],
  );
  return Number(rows[0].n);
}

describe('media of families’ messages (against the LINE sandbox)', () => {
  const sandbox = new LineSandbox();
  let t: TestApp;
  let tenant: Tenant;
  let counselor: TestUser;
  let admin: TestUser;
  let channel: TestChannel;

  beforeAll(async () => {
    await sandbox.start();
    t = await TestApp.start({
      JOB_WORKERS: '1',
      LINE_API_BASE_URL: sandbox.url,
      LINE_DATA_API_BASE_URL: sandbox.url,
      LINE_API_TIMEOUT_MS: '2000',
      LINE_MEDIA_MAX_BYTES: String(MAX_BYTES),
    });
    tenant = await t.newTenant();
    counselor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    channel = await createLineChannel(t, admin.token);
  });

  afterAll(async () => {
    await t.close();
    await sandbox.stop();
  });

  /**
   * A family (new each time) sends a media message; the sandbox holds `content` for it (none: expired).
   * Returns the message's media once it has left PENDING, with the family and LINE message id.
   */
  async function familySends(
    type: 'image' | 'video' | 'audio' | 'file',
    content?: { contentType: string; body: Buffer },
    extra: Record<string, unknown> = {},
  ): Promise<{ media: Media | null; userId: string; lineMessageId: string; conversationId: string }> {
    const userId = randomLineUserId();
    const lineMessageId = String(randomInt(1e12, 2e12));
    if (content) sandbox.setContent(lineMessageId, content);
    const message =
      type === 'file'
        ? { id: lineMessageId, type, fileSize: content?.body.length ?? 1, ...extra }
        : { id: lineMessageId, type, quoteToken: 'q', contentProvider: { type: 'line' }, ...extra };
    await deliver(t, channel, [event(userId, 'message', { replyToken: randomBytes(16).toString('hex'), message })]);
    const conversationId = (await eventually(() => conversationIdOf(userId), Boolean)) as string;
    const media = await eventually(
      () => mediaOf(conversationId),
      (m) => m === null || m.status !== 'PENDING',
    );
    return { media, userId, lineMessageId, conversationId };
  }

  async function mediaOf(conversationId: string, token = counselor.token): Promise<Media | null> {
    const res = await t.graphql<{ messages: { edges: { node: { media: Media | null } }[] } }>(
      'query($id: ID!) { messages(conversationId: $id, first: 5) { edges { node { media { id status contentType size fileName url } } } } }',
      { id: conversationId },
      { token },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.messages.edges[0]?.node.media ?? null;
  }

  const view = (url: string, token = counselor.token, tenantSlug = tenant.slug) =>
    t
      .http()
      .get(url)
      .set('authorization', `Bearer ${token}`)
      .set('x-tenant', tenantSlug)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  it('fetches an image on arrival, stores it encrypted and serves it to a counsellor, audited', async () => {
    const body = jpeg();
    const { media, lineMessageId, conversationId } = await familySends('image', {
      contentType: 'image/jpeg',
      body,
    });
    expect(media).toEqual({
      id: expect.any(String),
      status: 'READY',
      contentType: 'image/jpeg',
      size: body.length,
      fileName: null,
      url: `/media/${media!.id}`,
    });

    // The inbox page reads a last message's media only when asked for it (through a fragment here).
    const page = await t.graphql<{
      conversations: { edges: { node: { id: string; lastMessage: { media: Media | null; text: string | null } } }[] };
    }>(
      `{ conversations(first: 100) { edges { node { id ...last } } } }
       fragment last on Conversation { lastMessage { text media { id status contentType size fileName url } } }`,
      {},
      { token: counselor.token },
    );
    const row = page.data!.conversations.edges.find((e) => e.node.id === conversationId)!.node;
    expect(row.lastMessage).toEqual({ text: null, media });
    const bare = await t.graphql<{ conversations: { edges: { node: { id: string; lastMessage: unknown } }[] } }>(
      '{ conversations(first: 100) { edges { node { id lastMessage { type } } } } }',
      {},
      { token: counselor.token },
    );
    expect(bare.data!.conversations.edges.find((e) => e.node.id === conversationId)!.node.lastMessage).toEqual({
      type: 'image',
    });

    const stored = await storedMedia(media!.id);
    expect(stored!.status).toBe('ready');
    expect(stored!.content!.length).toBeGreaterThan(body.length);
    expect(stored!.content!.includes(body.subarray(0, 64))).toBe(false);

    const res = await view(media!.url);
    expect(res.status).toBe(200);
    expect(Buffer.compare(res.body as Buffer, body)).toBe(0);
    expect(res.headers).toMatchObject({
      'content-type': 'image/jpeg',
      'content-length': String(body.length),
      'content-disposition': 'inline',
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': 'sandbox',
    });
    await view(media!.url);
    expect(await viewsAudited(media!.id)).toBe(2);

    // The job running again (pg-boss delivers at least once) changes nothing and asks LINE nothing.
    await t.app.get(MediaService).fetch(tenant.id, media!.id);
    expect(sandbox.recorded('content').filter((r) => r.path.includes(lineMessageId))).toHaveLength(1);
    expect(Buffer.compare((await view(media!.url)).body as Buffer, body)).toBe(0);
  });

  it('serves a file as an attachment under its own (Japanese) name', async () => {
    const body = Buffer.from('%PDF-1.4 相談の記録');
    const { media } = await familySends(
      'file',
      { contentType: 'application/pdf', body },
      { fileName: '相談メモ (1).pdf' },
    );
    expect(media).toMatchObject({ status: 'READY', fileName: '相談メモ (1).pdf', contentType: 'application/pdf' });
    const res = await view(media!.url);
    expect(res.status).toBe(200);
    expect(Buffer.compare(res.body as Buffer, body)).toBe(0);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="____ (1).pdf"; filename*=UTF-8''${encodeURIComponent('相談メモ')}%20%281%29.pdf`,
    );
    expect(res.headers['content-security-policy']).toBe('sandbox');
  });

  it('keeps nothing of content larger than LINE_MEDIA_MAX_BYTES (TOO_LARGE)', async () => {
    const { media } = await familySends('video', { contentType: 'video/mp4', body: randomBytes(MAX_BYTES + 1) });
    expect(media).toMatchObject({ status: 'TOO_LARGE', size: null, contentType: null });
    expect((await storedMedia(media!.id))!.content).toBeNull();
    expect((await view(media!.url)).status).toBe(404);
  });

  it('marks content LINE no longer has as EXPIRED', async () => {
    const { media, lineMessageId } = await familySends('audio');
    expect(media).toMatchObject({ status: 'EXPIRED' });
    expect(sandbox.recorded('content').filter((r) => r.path.includes(lineMessageId))).toMatchObject([{ status: 404 }]);
    expect((await view(media!.url)).status).toBe(404);
  });

  it('retries after a 500 from LINE, and then has the content', async () => {
    const body = jpeg();
    sandbox.failNext('content', { status: 500 });
    const { media, lineMessageId } = await familySends('image', { contentType: 'image/jpeg', body });
    expect(media).toMatchObject({ status: 'READY', size: body.length });
    expect(
      sandbox
        .recorded('content')
        .filter((r) => r.path.includes(lineMessageId))
        .map((r) => r.status),
    ).toEqual([500, 200]);
    expect(Buffer.compare((await view(media!.url)).body as Buffer, body)).toBe(0);
  }, 40_000);

  it('creates no media for content hosted elsewhere (contentProvider external)', async () => {
    const { media } = await familySends('image', undefined, {
      contentProvider: {
        type: 'external',
        originalContentUrl: 'https://example.com/a.jpg',
        previewImageUrl: 'https://example.com/p.jpg',
      },
    });
    expect(media).toBeNull();
  });

  it('erases the media when the family unsends the message', async () => {
    const { media, userId, lineMessageId, conversationId } = await familySends('image', {
      contentType: 'image/jpeg',
      body: jpeg(),
    });
    expect(media!.status).toBe('READY');
    await deliver(t, channel, [event(userId, 'unsend', { unsend: { messageId: lineMessageId } })]);
    const erased = await eventually(
      () => mediaOf(conversationId),
      (m) => m?.status === 'ERASED',
    );
    expect(erased).toMatchObject({ status: 'ERASED', fileName: null });
    expect((await storedMedia(media!.id))!.content).toBeNull();
    expect((await view(media!.url)).status).toBe(404);
  });

  it('does not return media of another tenant: the same 404 as an unknown id', async () => {
    const { media } = await familySends('image', { contentType: 'image/jpeg', body: jpeg() });
    const other = await t.newTenant();
    const outsider = await t.newUser({ tenant: other, role: TenantRole.COUNSELOR });
    const foreign = await view(media!.url, outsider.token, other.slug);
    const unknown = await view('/media/00000000-0000-4000-8000-000000000000');
    const malformed = await view('/media/not-an-id');
    expect(foreign.status).toBe(404);
    expect(JSON.parse((foreign.body as Buffer).toString())).toEqual(JSON.parse((unknown.body as Buffer).toString()));
    expect(unknown.status).toBe(404);
    expect(malformed.status).toBe(404);
    expect(await viewsAudited(media!.id)).toBe(0);
  });

  it('refuses a tenant admin without the counsellor role (403), and anonymous callers (401)', async () => {
    const { media } = await familySends('image', { contentType: 'image/jpeg', body: jpeg() });
    const refused = await view(media!.url, admin.token);
    expect(refused.status).toBe(403);
    expect(JSON.parse((refused.body as Buffer).toString())).toMatchObject({ code: 'FORBIDDEN' });
    expect((await t.http().get(media!.url)).status).toBe(401);
    expect(await viewsAudited(media!.id)).toBe(0);
  });
});
