import { JwtService } from '@nestjs/jwt';
import { randomLineUserId, textMessageEvent } from '@tsunagu/line-sandbox';
import type { Tenant } from '@tsunagu/platform/database';
import { UsersService } from '@tsunagu/platform/auth';
import { LiveHub, LiveSubscriptionServer } from '@tsunagu/platform/live';
import { PlatformRole, TenantRole } from '@tsunagu/platform/permissions';
import { todayIn } from '@tsunagu/platform/calendar';
import { testDatabase } from '@tsunagu/platform/testing';
import { conversationIdOf, createLineChannel, deliver, eventually, ownerQuery, type TestChannel } from './support/line';
import { LiveClient } from './support/live-client';
import { errorCodes, TestApp, type TestUser } from './support/test-app';

const INBOX = `subscription {
  inboxEvents { cursor missed events { kind at conversation { id status priority unreadCount } message { id direction text } } }
}`;
const NOTIFICATIONS = 'subscription { notificationEvents { cursor missed notifications { id kind conversationId } } }';
const REFERRALS = `subscription($id: ID) {
  referralEvents(id: $id) { cursor missed referrals { id status timeline { toStatus actorSide } } }
}`;

interface InboxEvents {
  inboxEvents: {
    cursor: string;
    missed: boolean;
    events: {
      kind: string;
      conversation: { id: string; status: string; priority: string };
      message: { id: string; direction: string; text: string | null } | null;
    }[];
  };
}

/** The kinds of inbox events a client received, in order. */
function kinds(client: LiveClient, id: string): string[] {
  return client.data<InboxEvents>(id).flatMap((d) => d.inboxEvents.events.map((e) => e.kind));
}

/** Lets whatever is in flight arrive (a negative check waits for this before asserting silence). */
const settle = (ms = 1_500) => new Promise((resolve) => setTimeout(resolve, ms));

describe('live updates (GraphQL subscriptions over WebSocket)', () => {
  let t: TestApp;
  let url: string;
  let tenant: Tenant;
  let other: Tenant;
  let admin: TestUser;
  let counselor: TestUser;
  let colleague: TestUser;
  let otherCounselor: TestUser;
  let viewer: TestUser;
  let platformAdmin: TestUser;
  let channel: TestChannel;
  let otherChannel: TestChannel;
  const clients: LiveClient[] = [];

  const open = async (token: string, tenantSlug?: string): Promise<LiveClient> => {
    const client = await LiveClient.as(url, token, tenantSlug);
    clients.push(client);
    return client;
  };

  /** A family writes to `on`; returns the conversation's id once processed. */
  const familyWrites = async (on: TestChannel, text: string): Promise<string> => {
    const userId = randomLineUserId();
    await deliver(t, on, [textMessageEvent(userId, text)]);
    return (await eventually(() => conversationIdOf(userId), Boolean)) as string;
  };

  beforeAll(async () => {
    t = await TestApp.start({ JOB_WORKERS: '1' });
    url = await t.listen();
    tenant = await t.newTenant();
    other = await t.newTenant();
    admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    counselor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    colleague = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    viewer = await t.newUser({ tenant, role: TenantRole.MUNICIPAL_VIEWER });
    otherCounselor = await t.newUser({ tenant: other, role: TenantRole.COUNSELOR });
    const otherAdmin = await t.newUser({ tenant: other, role: TenantRole.TENANT_ADMIN });
    platformAdmin = await t.newUser({ platformRoles: [PlatformRole.PLATFORM_ADMIN] });
    channel = await createLineChannel(t, admin.token);
    otherChannel = await createLineChannel(t, otherAdmin.token);
  }, 60_000);

  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });

  afterAll(async () => {
    await t.close();
  });

  describe('connection_init', () => {
    it('closes a socket without a token with 4401 and the reason', async () => {
      const client = await LiveClient.connect(url, undefined);
      clients.push(client);
      expect(await client.closedWith()).toEqual({ code: 4401, reason: expect.stringMatching(/^NOT_AUTHENTICATED: /) });
    });

    it('closes a socket whose token is not ours with 4401', async () => {
      const client = await LiveClient.connect(url, { authorization: 'Bearer not.a.token' });
      clients.push(client);
      expect((await client.closedWith())?.code).toBe(4401);
    });

    it('closes a socket whose token has expired with 4401 TOKEN_EXPIRED', async () => {
      const expired = signToken(t, counselor.token, -30);
      const client = await open(expired);
      expect(await client.closedWith()).toEqual({ code: 4401, reason: expect.stringMatching(/^TOKEN_EXPIRED: /) });
    });

    it("closes a socket asking for another tenant's updates with 4403 NOT_A_MEMBER", async () => {
      const client = await open(counselor.token, other.slug);
      expect(await client.closedWith()).toEqual({ code: 4403, reason: expect.stringMatching(/^NOT_A_MEMBER: /) });
    });

    it('acknowledges a member of the tenant', async () => {
      const client = await open(counselor.token, tenant.slug);
      expect(await client.acknowledged()).toBe(true);
    });
  });

  describe('the inbox', () => {
    it('tells a counsellor of a new family message, re-read with the conversation', async () => {
      const client = await open(counselor.token, tenant.slug);
      expect(await client.acknowledged()).toBe(true);
      client.subscribe('inbox', INBOX);
      await settle(300);
      const conversationId = await familyWrites(channel, '夜になると不安で眠れません');
      await client.until((c) => kinds(c, 'inbox').includes('MESSAGE_RECEIVED'));
      const events = client.data<InboxEvents>('inbox').flatMap((d) => d.inboxEvents.events);
      expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(['CONVERSATION_OPENED', 'MESSAGE_RECEIVED']));
      const received = events.find((e) => e.kind === 'MESSAGE_RECEIVED');
      expect(received).toMatchObject({
        conversation: { id: conversationId, status: 'OPEN' },
        message: { direction: 'IN', text: '夜になると不安で眠れません' },
      });
      expect(Date.parse(client.data<InboxEvents>('inbox')[0].inboxEvents.cursor)).not.toBeNaN();
    });

    it("does not give a counsellor of another tenant anything of this tenant's inbox", async () => {
      const mine = await open(counselor.token, tenant.slug);
      const theirs = await open(otherCounselor.token);
      for (const client of [mine, theirs]) {
        expect(await client.acknowledged()).toBe(true);
        client.subscribe('inbox', INBOX);
        client.subscribe('notes', NOTIFICATIONS);
        client.subscribe('referrals', REFERRALS);
      }
      await settle(300);
      // An urgent keyword: a message, a priority change and notifications, all in this tenant.
      await familyWrites(channel, '死にたいと子どもが言っています');
      await mine.until((c) => kinds(c, 'inbox').includes('MESSAGE_RECEIVED') && c.data('notes').length > 0);
      await settle();
      expect(kinds(mine, 'inbox')).toContain('MESSAGE_RECEIVED');
      expect(theirs.messages.filter((m) => m.type !== 'connection_ack')).toEqual([]);
    });

    it("and gives each tenant's counsellor only their own tenant's family", async () => {
      const mine = await open(counselor.token, tenant.slug);
      const theirs = await open(otherCounselor.token);
      for (const client of [mine, theirs]) {
        expect(await client.acknowledged()).toBe(true);
        client.subscribe('inbox', INBOX);
      }
      await settle(300);
      const ours = await familyWrites(channel, '家賃が払えなくて困っています');
      const elsewhere = await familyWrites(otherChannel, '仕事が見つかりません');
      await mine.until((c) => kinds(c, 'inbox').includes('MESSAGE_RECEIVED'));
      await theirs.until((c) => kinds(c, 'inbox').includes('MESSAGE_RECEIVED'));
      await settle();
      const seen = (client: LiveClient) =>
        new Set(client.data<InboxEvents>('inbox').flatMap((d) => d.inboxEvents.events.map((e) => e.conversation.id)));
      expect([...seen(mine)]).toContain(ours);
      expect([...seen(mine)]).not.toContain(elsewhere);
      expect([...seen(theirs)]).toEqual([elsewhere]);
    });

    it('tells colleagues of a status change made by a counsellor', async () => {
      const conversationId = await familyWrites(channel, '学校に行けていません');
      const client = await open(colleague.token, tenant.slug);
      expect(await client.acknowledged()).toBe(true);
      client.subscribe('inbox', INBOX);
      await settle(300);
      const res = await t.graphql(
        'mutation($input: SetConversationStatusInput!) { setConversationStatus(input: $input) { id } }',
        { input: { conversationId, status: 'PENDING' } },
        { token: counselor.token },
      );
      expect(res.errors).toBeUndefined();
      await client.until((c) => kinds(c, 'inbox').includes('CONVERSATION_UPDATED'));
      const updated = client
        .data<InboxEvents>('inbox')
        .flatMap((d) => d.inboxEvents.events)
        .find((e) => e.kind === 'CONVERSATION_UPDATED');
      expect(updated?.conversation).toMatchObject({ id: conversationId, status: 'PENDING' });
    });

    it('publishes nothing for a change that was rolled back', async () => {
      const conversationId = await familyWrites(channel, '相談したいです');
      const client = await open(colleague.token, tenant.slug);
      expect(await client.acknowledged()).toBe(true);
      client.subscribe('inbox', INBOX);
      await settle(300);
      // The second operation fails, so the document writes nothing.
      const res = await t.graphql(
        `mutation($a: SetConversationPriorityInput!, $b: SetConversationStatusInput!) {
           setConversationPriority(input: $a) { id } setConversationStatus(input: $b) { id } }`,
        {
          a: { conversationId, priority: 'HIGH' },
          b: { conversationId: '00000000-0000-4000-8000-000000000000', status: 'PENDING' },
        },
        { token: counselor.token },
      );
      expect(errorCodes(res)).toContain('NOT_FOUND');
      await settle();
      expect(kinds(client, 'inbox')).toEqual([]);
    });

    it("refuses a viewer's subscription to the inbox with FORBIDDEN", async () => {
      const client = await open(viewer.token, tenant.slug);
      expect(await client.acknowledged()).toBe(true);
      client.subscribe('inbox', INBOX);
      await client.until((c) => c.has('complete', 'inbox') || c.has('error', 'inbox'));
      expect(client.errorCodes('inbox')).toEqual(['FORBIDDEN']);
      expect(t.app.get(LiveHub).size).toBe(0);
    });

    it('lets a viewer hear of their own notifications only', async () => {
      const client = await open(viewer.token, tenant.slug);
      expect(await client.acknowledged()).toBe(true);
      client.subscribe('notes', NOTIFICATIONS);
      await settle(300);
      await familyWrites(channel, '死にたいです');
      await settle(2_500);
      expect(client.data('notes')).toEqual([]);
      expect(client.errorCodes('notes')).toEqual([]);
    });
  });

  describe('what a subscription may ask', () => {
    it('refuses queries and mutations over the socket', async () => {
      const client = await open(counselor.token, tenant.slug);
      expect(await client.acknowledged()).toBe(true);
      client.subscribe('q', '{ me { email } }');
      await client.until((c) => c.has('error', 'q'));
      expect(client.errorCodes('q')).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses an id that is not a UUID, as over HTTP', async () => {
      const client = await open(counselor.token, tenant.slug);
      expect(await client.acknowledged()).toBe(true);
      client.subscribe('r', REFERRALS, { id: 'not-an-id' });
      await client.until((c) => c.has('error', 'r'));
      expect(client.errorCodes('r')).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses a document deeper than the limit', async () => {
      const client = await open(counselor.token, tenant.slug);
      expect(await client.acknowledged()).toBe(true);
      const deep = `subscription { inboxEvents { events { conversation { categories { id } registrant { id } lastMessage { media { id } } } } } }`;
      client.subscribe('ok', deep);
      client.subscribe(
        'deep',
        `subscription { inboxEvents { ${'events { conversation { '.repeat(6)} id ${'} } '.repeat(6)} } }`,
      );
      await client.until((c) => c.has('error', 'deep'));
      expect(client.errorCodes('deep').length).toBeGreaterThan(0);
      expect(new Set(client.errorCodes('deep'))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
      expect(client.errorCodes('ok')).toEqual([]);
    });

    it('answers a subscription sent over HTTP with BAD_USER_INPUT, not a server error', async () => {
      const res = await t.graphql('subscription { inboxEvents { missed } }', {}, { token: counselor.token });
      expect(res.status).toBeLessThan(500);
      expect(errorCodes(res).every((code) => code === 'BAD_USER_INPUT' || code === 'BAD_REQUEST')).toBe(true);
    });
  });

  describe('referrals', () => {
    it("shows the referring counsellor the partner's acceptance live, and the partner only their own referrals", async () => {
      const partnerOrganizationId = await t.newPartnerOrganization(tenant, 'こども家庭センター');
      const partner = await t.newUser({ tenant, role: TenantRole.PARTNER_USER, partnerOrganizationId });
      const otherPartner = await t.newUser({ tenant, role: TenantRole.PARTNER_USER });
      const conversationId = await familyWrites(channel, '発達のことで相談です');
      const consent = await t.graphql<{ recordConsent: { id: string } }>(
        'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
        {
          input: {
            conversationId,
            partnerOrganizationId,
            purpose: '発達相談のための情報共有',
            method: 'IN_CHAT',
            obtainedOn: todayIn('Asia/Tokyo'),
          },
        },
        { token: counselor.token },
      );
      expect(consent.errors).toBeUndefined();
      const created = await t.graphql<{ createReferral: { id: string } }>(
        'mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }',
        { input: { conversationId, partnerOrganizationId, summary: '発達について相談を希望。' } },
        { token: counselor.token },
      );
      const id = created.data!.createReferral.id;
      const referrer = await open(counselor.token, tenant.slug);
      const theirs = await open(otherPartner.token);
      for (const client of [referrer, theirs]) {
        expect(await client.acknowledged()).toBe(true);
        client.subscribe('r', REFERRALS, client === referrer ? { id } : {});
      }
      await settle(300);
      const send = await t.graphql(
        'mutation($input: ReferralIdInput!) { sendReferral(input: $input) { id } }',
        { input: { id } },
        { token: counselor.token },
      );
      expect(send.errors).toBeUndefined();
      const accept = await t.graphql(
        'mutation($input: ReferralIdInput!) { acceptReferral(input: $input) { id } }',
        { input: { id } },
        { token: partner.token },
      );
      expect(accept.errors).toBeUndefined();
      type Referrals = {
        referralEvents: { referrals: { id: string; status: string; timeline: { toStatus: string }[] }[] };
      };
      await referrer.until((c) =>
        c.data<Referrals>('r').some((d) => d.referralEvents.referrals.some((r) => r.status === 'ACCEPTED')),
      );
      const last = referrer.data<Referrals>('r').at(-1)!.referralEvents.referrals.at(-1)!;
      expect(last).toMatchObject({ id, status: 'ACCEPTED' });
      expect(last.timeline.map((s) => s.toStatus)).toEqual(['DRAFT', 'SENT', 'ACCEPTED']);
      // A note is a step too: the referring side sees it arrive, on the partner's side of the timeline.
      const note = await t.graphql(
        'mutation($input: AddReferralNoteInput!) { addReferralNote(input: $input) { id } }',
        { input: { referralId: id, text: '来週、面談の予定です' } },
        { token: partner.token },
      );
      expect(note.errors).toBeUndefined();
      await referrer.until((c) =>
        c.data<Referrals>('r').some((d) => d.referralEvents.referrals.some((r) => r.timeline.length === 4)),
      );
      const noted = referrer.data<Referrals>('r').at(-1)!.referralEvents.referrals.at(-1)!;
      expect(noted.timeline.at(-1)).toEqual({ toStatus: 'ACCEPTED', actorSide: 'PARTNER' });
      await settle();
      expect(theirs.data('r')).toEqual([]);
    });
  });

  describe('subscribers alike', () => {
    /** Counts the server's reads of batches (one tenant transaction each). */
    const countReads = () => {
      const server = t.app.get(LiveSubscriptionServer) as unknown as { read: (...args: unknown[]) => unknown };
      return jest.spyOn(server, 'read');
    };
    const nexts = (client: LiveClient, id: string) => client.data(id).length;

    afterEach(() => jest.restoreAllMocks());

    it('reads each batch once for counsellors alike, apart for a counsellor with another role, and each gets the message', async () => {
      const lead = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
      await t.app.get(UsersService).addMembership(lead.id, tenant.id, TenantRole.TENANT_ADMIN);
      const reads = countReads();
      const clients = [];
      for (const user of [counselor, colleague, lead]) {
        const client = await open(user.token, tenant.slug);
        expect(await client.acknowledged()).toBe(true);
        client.subscribe('inbox', INBOX);
        clients.push(client);
      }
      const [mine, theirs, leads] = clients;
      await settle(300);
      // The two counsellors share one stream and one read; the counsellor who also administers reads apart.
      expect(t.app.get(LiveSubscriptionServer).groupCount).toBe(2);
      expect(t.app.get(LiveHub).size).toBe(2);
      const conversationId = await familyWrites(channel, '子育てに疲れてしまいました');
      for (const client of clients) await client.until((c) => kinds(c, 'inbox').includes('MESSAGE_RECEIVED'));
      await settle();
      const received = (client: LiveClient) =>
        client
          .data<InboxEvents>('inbox')
          .flatMap((d) => d.inboxEvents.events)
          .find((e) => e.kind === 'MESSAGE_RECEIVED');
      for (const client of clients) {
        expect(received(client)).toMatchObject({
          conversation: { id: conversationId },
          message: { direction: 'IN', text: '子育てに疲れてしまいました' },
        });
      }
      expect(theirs.data('inbox')).toEqual(mine.data('inbox'));
      // One read per answer of each group, not per subscriber.
      expect(reads).toHaveBeenCalledTimes(nexts(mine, 'inbox') + nexts(leads, 'inbox'));
    });

    it('stops sending to a deactivated member of a group while the rest of the group goes on', async () => {
      const leaving = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
      // The first to subscribe: the member whose access the group reads with, until it leaves.
      const gone = await open(leaving.token, tenant.slug);
      const staying = await open(colleague.token, tenant.slug);
      for (const client of [gone, staying]) {
        expect(await client.acknowledged()).toBe(true);
        client.subscribe('inbox', INBOX);
      }
      await settle(300);
      expect(t.app.get(LiveSubscriptionServer).groupCount).toBe(1);
      const res = await t.graphql(
        'mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) }',
        { input: { userId: leaving.id } },
        { token: platformAdmin.token },
      );
      expect(res.errors).toBeUndefined();
      expect((await gone.closedWith(10_000))?.code).toBe(4401);
      const before = gone.messages.length;
      const conversationId = await familyWrites(channel, '相談の続きです');
      await staying.until((c) =>
        c
          .data<InboxEvents>('inbox')
          .some((d) =>
            d.inboxEvents.events.some((e) => e.kind === 'MESSAGE_RECEIVED' && e.conversation.id === conversationId),
          ),
      );
      expect(gone.messages.length).toBe(before);
      expect(t.app.get(LiveSubscriptionServer).groupCount).toBe(1);
      expect(t.app.get(LiveHub).size).toBe(1);
    });

    it('moves a subscriber whose roles change to the group of its new access, telling it to refetch', async () => {
      const promoted = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
      const moving = await open(promoted.token, tenant.slug);
      const staying = await open(colleague.token, tenant.slug);
      for (const client of [moving, staying]) {
        expect(await client.acknowledged()).toBe(true);
        client.subscribe('inbox', INBOX);
      }
      await settle(300);
      const server = t.app.get(LiveSubscriptionServer);
      expect(server.groupCount).toBe(1);
      await t.app.get(UsersService).addMembership(promoted.id, tenant.id, TenantRole.TENANT_ADMIN);
      await eventually(
        async () => server.groupCount,
        (count) => count === 2,
        10_000,
      );
      const conversationId = await familyWrites(channel, '引っ越しについて相談です');
      const heard = (c: LiveClient) =>
        c
          .data<InboxEvents>('inbox')
          .some((d) =>
            d.inboxEvents.events.some((e) => e.kind === 'MESSAGE_RECEIVED' && e.conversation.id === conversationId),
          );
      await moving.until(heard);
      await staying.until(heard);
      expect(moving.data<InboxEvents>('inbox').some((d) => d.inboxEvents.missed)).toBe(true);
      expect(staying.data<InboxEvents>('inbox').some((d) => d.inboxEvents.missed)).toBe(false);
      expect(moving.errorCodes('inbox')).toEqual([]);
    });
  });

  describe('the channel', () => {
    const onPostgres = testDatabase().home === 'postgres';
    (onPostgres ? it : it.skip)('tells subscribers to refetch when the listening connection was lost', async () => {
      const client = await open(counselor.token, tenant.slug);
      expect(await client.acknowledged()).toBe(true);
      client.subscribe('inbox', INBOX);
      await settle(300);
      await ownerQuery(
        `select pg_terminate_backend(pid) from pg_stat_activity
         where datname = current_database() and application_name like '%-live' and pid <> pg_backend_pid()`,
      );
      await client.until((c) => c.data<InboxEvents>('inbox').some((d) => d.inboxEvents.missed));
      expect(client.data<InboxEvents>('inbox').some((d) => d.inboxEvents.missed)).toBe(true);
      // And it listens again: the next message arrives.
      await settle(1_000);
      await familyWrites(channel, 'もう一度相談したいです');
      await client.until((c) => kinds(c, 'inbox').includes('MESSAGE_RECEIVED'));
      expect(kinds(client, 'inbox')).toContain('MESSAGE_RECEIVED');
    });
  });

  describe('access ending', () => {
    it('closes the socket when the token expires (4401 TOKEN_EXPIRED)', async () => {
      const client = await open(signToken(t, counselor.token, 2), tenant.slug);
      expect(await client.acknowledged()).toBe(true);
      expect(await client.closedWith(10_000)).toEqual({
        code: 4401,
        reason: expect.stringMatching(/^TOKEN_EXPIRED: /),
      });
    });

    it('closes the socket of a deactivated user within seconds', async () => {
      const user = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
      const client = await open(user.token, tenant.slug);
      expect(await client.acknowledged()).toBe(true);
      client.subscribe('inbox', INBOX);
      await settle(300);
      const res = await t.graphql(
        'mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) }',
        { input: { userId: user.id } },
        { token: platformAdmin.token },
      );
      expect(res.errors).toBeUndefined();
      const started = Date.now();
      expect((await client.closedWith(10_000))?.code).toBe(4401);
      expect(Date.now() - started).toBeLessThan(6_000);
    });

    it('ends an inbox subscription with FORBIDDEN when the counsellor becomes a viewer', async () => {
      const user = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
      const client = await open(user.token, tenant.slug);
      expect(await client.acknowledged()).toBe(true);
      client.subscribe('inbox', INBOX);
      client.subscribe('notes', NOTIFICATIONS);
      await settle(300);
      const members = await t.graphql<{ tenantMembers: { userId: string; id: string }[] }>(
        '{ tenantMembers { userId id } }',
        {},
        { token: admin.token },
      );
      const member = members.data!.tenantMembers.find((m) => m.userId === user.id)!;
      const res = await t.graphql(
        'mutation($input: ChangeMembershipRoleInput!) { changeMembershipRole(input: $input) }',
        { input: { membershipId: member.id, role: 'MUNICIPAL_VIEWER' } },
        { token: admin.token },
      );
      expect(res.errors).toBeUndefined();
      await client.until((c) => c.has('error', 'inbox'), 10_000);
      expect(client.errorCodes('inbox')).toEqual(['FORBIDDEN']);
      // The socket and the subscriptions the new role allows stay.
      expect(client.closed).toBeUndefined();
      expect(client.errorCodes('notes')).toEqual([]);
    });

    it('closes the socket (4403) of a counsellor whose membership ends', async () => {
      const user = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
      const client = await open(user.token, tenant.slug);
      expect(await client.acknowledged()).toBe(true);
      client.subscribe('inbox', INBOX);
      await settle(300);
      const membership = await t.graphql<{ tenantMembers: { userId: string; id: string }[] }>(
        '{ tenantMembers { userId id } }',
        {},
        { token: admin.token },
      );
      const member = membership.data?.tenantMembers.find((m) => m.userId === user.id);
      expect(member).toBeDefined();
      const res = await t.graphql(
        'mutation($input: DeactivateMembershipInput!) { deactivateMembership(input: $input) }',
        { input: { membershipId: member!.id } },
        { token: admin.token },
      );
      expect(res.errors).toBeUndefined();
      // Without a membership there is no tenant: the socket itself closes.
      expect((await client.closedWith(10_000))?.code).toBe(4403);
    });
  });
});

/** A token of the same session as `token`, expiring `seconds` from now (negative: already expired). */
function signToken(t: TestApp, token: string, seconds: number): string {
  const jwt = t.app.get(JwtService);
  const claims = jwt.decode<{ sub: string; sid: string; typ: string }>(token);
  const now = Math.floor(Date.now() / 1000);
  return jwt.sign(
    { sub: claims.sub, sid: claims.sid, typ: claims.typ, iat: now - 60, exp: now + seconds },
    { secret: t.config.jwtSecret, algorithm: 'HS256', issuer: 'tsunagu', audience: 'tsunagu-api' },
  );
}
