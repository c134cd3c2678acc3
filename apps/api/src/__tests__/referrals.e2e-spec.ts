import { randomLineUserId, textMessageEvent } from '@tsunagu/line-sandbox';
import type { Tenant } from '@tsunagu/platform/database';
import { PARTNER_SETTING, TENANT_ROLE } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { connect, SmtpListener, testDatabase } from '@tsunagu/platform/testing';
import { addBusinessDays, businessDaysBetween, todayIn } from '@tsunagu/platform/calendar';
import { ReferralsService } from '@tsunagu/referrals';
import { conversationIdOf, createLineChannel, deliver, eventually, ownerQuery, type TestChannel } from './support/line';
import { errorCodes, TestApp, type TestUser } from './support/test-app';

const REFERRAL_FIELDS = `id status nextStatuses partnerOrganization { id name } conversationId consentId summary
  familyDisplayName sharedMessages { direction text sentAt } shareActive sentAt respondBy overdue outcome closeReason
  declineReason recallReason responseBusinessDaysLeft
  timeline { fromStatus toStatus actorSide actorId actorName reason note }`;

interface ReferralResult {
  id: string;
  status: string;
  nextStatuses: string[];
  partnerOrganization: { id: string; name: string };
  conversationId: string | null;
  consentId: string | null;
  summary: string | null;
  familyDisplayName: string | null;
  sharedMessages: { direction: string; text: string }[];
  shareActive: boolean;
  respondBy: string | null;
  overdue: boolean;
  responseBusinessDaysLeft: number | null;
  outcome: string | null;
  closeReason: string | null;
  timeline: {
    fromStatus: string | null;
    toStatus: string;
    actorSide: string;
    actorId: string | null;
    actorName: string | null;
    reason: string | null;
    note: string | null;
  }[];
}

describe('referrals (closed loop)', () => {
  const smtp = new SmtpListener();
  let t: TestApp;
  let tenant: Tenant;
  let admin: TestUser;
  let counsellor: TestUser;
  let channel: TestChannel;
  let partnerA: string;
  let partnerB: string;
  let partnerUserA: TestUser;
  let partnerUserB: TestUser;

  beforeAll(async () => {
    await smtp.start();
    t = await TestApp.start({ JOB_WORKERS: '1', SMTP_URL: smtp.url });
    tenant = await t.newTenant();
    admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    counsellor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    channel = await createLineChannel(t, admin.token);
    partnerA = await createPartner(admin, 'こども家庭センター', 'kodomo@center.example.jp');
    partnerB = await createPartner(admin, 'フードバンクこうべ', 'info@foodbank.example.jp');
    partnerUserA = await t.newUser({ tenant, role: TenantRole.PARTNER_USER, partnerOrganizationId: partnerA });
    partnerUserB = await t.newUser({ tenant, role: TenantRole.PARTNER_USER, partnerOrganizationId: partnerB });
  }, 60_000);

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  async function createPartner(user: TestUser, name: string, email: string): Promise<string> {
    const res = await t.graphql<{ createPartnerOrganization: { id: string } }>(
      'mutation($input: CreatePartnerOrganizationInput!) { createPartnerOrganization(input: $input) { id } }',
      { input: { name, description: `${name}の支援`, email } },
      { token: user.token },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createPartnerOrganization.id;
  }

  /** A family writes in; returns the conversation and the id of its first message. */
  async function newFamily(
    text = '子どもの発達のことで相談したいです',
  ): Promise<{ conversationId: string; messageId: string }> {
    const userId = randomLineUserId();
    await deliver(t, channel, [textMessageEvent(userId, text)]);
    const conversationId = await eventually(() => conversationIdOf(userId), Boolean);
    const [message] = await ownerQuery<{ id: string }>('select id from message where conversation_id = $1', [
      conversationId,
    ]);
    return { conversationId: conversationId as string, messageId: message.id };
  }

  async function call<T>(
    user: TestUser,
    mutation: string,
    input: object,
  ): Promise<{ data?: T; errors?: unknown[]; codes: (string | undefined)[] }> {
    const inputType = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
    const typeName = ['acceptReferral', 'sendReferral', 'startReferral'].includes(mutation)
      ? 'ReferralIdInput'
      : ['recallReferral', 'declineReferral'].includes(mutation)
        ? 'ReferralReasonInput'
        : inputType;
    const selection = ['recordConsent', 'withdrawConsent'].includes(mutation) ? 'id withdrawnAt' : REFERRAL_FIELDS;
    const res = await t.graphql<Record<string, T>>(
      `mutation($input: ${typeName}!) { ${mutation}(input: $input) { ${selection} } }`,
      { input },
      { token: user.token },
    );
    return { data: res.data?.[mutation], errors: res.errors, codes: errorCodes(res) };
  }

  async function consent(conversationId: string, partnerOrganizationId: string): Promise<string> {
    const res = await call<{ id: string }>(counsellor, 'recordConsent', {
      conversationId,
      partnerOrganizationId,
      purpose: '発達相談のための情報共有',
      method: 'IN_CHAT',
      obtainedOn: todayIn('Asia/Tokyo'),
    });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.id;
  }

  async function draft(conversationId: string, partner = partnerA, extra: object = {}): Promise<ReferralResult> {
    const res = await call<ReferralResult>(counsellor, 'createReferral', {
      conversationId,
      partnerOrganizationId: partner,
      summary: '3歳児の発達について相談を希望。平日午後の連絡可。',
      ...extra,
    });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  }

  async function sent(
    partner = partnerA,
  ): Promise<{ referral: ReferralResult; conversationId: string; consentId: string }> {
    const family = await newFamily();
    const consentId = await consent(family.conversationId, partner);
    const created = await draft(family.conversationId, partner);
    const res = await call<ReferralResult>(counsellor, 'sendReferral', { id: created.id });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return { referral: res.data, conversationId: family.conversationId, consentId };
  }

  async function read(user: TestUser, id: string) {
    const res = await t.graphql<{ referral: ReferralResult }>(
      `query($id: ID!) { referral(id: $id) { ${REFERRAL_FIELDS} } }`,
      { id },
      { token: user.token },
    );
    return { referral: res.data?.referral, codes: errorCodes(res) };
  }

  it('runs the whole loop: consent, draft, send, accept, start, complete, with one timeline for both sides', async () => {
    const family = await newFamily('発達のことで相談です');
    await consent(family.conversationId, partnerA);
    const created = await draft(family.conversationId, partnerA, {
      shareDisplayName: false,
      sharedMessageIds: [family.messageId],
    });
    expect(created.status).toBe('DRAFT');

    const sentRes = await call<ReferralResult>(counsellor, 'sendReferral', { id: created.id });
    expect(sentRes.codes).toEqual([]);
    expect(sentRes.data?.status).toBe('SENT');
    // The response deadline: the tenant's default of 3 business days, weekends and holidays excluded.
    expect(sentRes.data?.respondBy).toBe(addBusinessDays(todayIn('Asia/Tokyo'), 3));

    // The partner sees what was shared, and nothing of the conversation.
    const asPartner = await read(partnerUserA, created.id);
    expect(asPartner.referral).toMatchObject({
      status: 'SENT',
      conversationId: null,
      consentId: null,
      familyDisplayName: null,
      summary: '3歳児の発達について相談を希望。平日午後の連絡可。',
      sharedMessages: [{ direction: 'in', text: '発達のことで相談です' }],
      shareActive: true,
    });
    // The partner's contacts are told by mail, with a link and no personal data.
    const received = await eventually(
      async () => smtp.mails.filter((m) => m.to.includes('kodomo@center.example.jp')),
      (mails) => mails.length > 0,
    );
    expect(received[0].text).toContain(`/referrals/${created.id}`);
    expect(received[0].text).not.toContain('発達のことで相談です');

    for (const [mutation, status] of [
      ['acceptReferral', 'ACCEPTED'],
      ['startReferral', 'IN_PROGRESS'],
    ] as const) {
      const res = await call<ReferralResult>(partnerUserA, mutation, { id: created.id });
      expect({ mutation, codes: res.codes, status: res.data?.status }).toEqual({ mutation, codes: [], status });
    }
    const done = await call<ReferralResult>(partnerUserA, 'completeReferral', {
      id: created.id,
      outcome: 'GOT_HELP',
      note: '面談を実施し、療育につなぎました',
    });
    expect(done.data).toMatchObject({ status: 'COMPLETED', outcome: 'GOT_HELP', nextStatuses: [] });

    const { referral } = await read(counsellor, created.id);
    expect(referral?.timeline.map((e) => [e.fromStatus, e.toStatus, e.actorSide])).toEqual([
      [null, 'DRAFT', 'REFERRER'],
      ['DRAFT', 'SENT', 'REFERRER'],
      ['SENT', 'ACCEPTED', 'PARTNER'],
      ['ACCEPTED', 'IN_PROGRESS', 'PARTNER'],
      ['IN_PROGRESS', 'COMPLETED', 'PARTNER'],
    ]);
    expect(referral?.timeline[4]).toMatchObject({ actorId: partnerUserA.id, reason: 'got_help' });
    expect(referral?.conversationId).toBe(family.conversationId);

    // The referring counsellor is told of each change, in the app and by mail.
    const notices = await t.graphql<{ notifications: { edges: { node: { kind: string; referralId: string } }[] } }>(
      '{ notifications(first: 50) { edges { node { kind referralId } } } }',
      {},
      { token: counsellor.token },
    );
    expect(
      notices.data?.notifications.edges.filter((e) => e.node.referralId === created.id).map((e) => e.node.kind),
    ).toEqual(['REFERRAL_UPDATED', 'REFERRAL_UPDATED', 'REFERRAL_UPDATED']);
    await eventually(
      async () => smtp.mails.filter((m) => m.to.includes(counsellor.email)).length,
      (n) => n >= 3,
    );
    const partnerNotices = await t.graphql<{
      notifications: { edges: { node: { kind: string; referralId: string } }[] };
    }>('{ notifications(first: 50) { edges { node { kind referralId } } } }', {}, { token: partnerUserA.token });
    expect(partnerNotices.data?.notifications.edges.map((e) => e.node)).toContainEqual({
      kind: 'REFERRAL_RECEIVED',
      referralId: created.id,
    });
  });

  it('refuses every illegal transition with the allowed next states, changing nothing', async () => {
    const { referral } = await sent();
    const illegalWhileSent: [TestUser, string, object][] = [
      [counsellor, 'sendReferral', { id: referral.id }],
      [partnerUserA, 'startReferral', { id: referral.id }],
      [partnerUserA, 'completeReferral', { id: referral.id, outcome: 'GOT_HELP' }],
      [partnerUserA, 'closeReferral', { id: referral.id, reason: 'NO_CAPACITY' }],
    ];
    for (const [user, mutation, input] of illegalWhileSent) {
      const res = await call(user, mutation, input);
      expect({ mutation, codes: res.codes }).toEqual({ mutation, codes: ['BAD_USER_INPUT'] });
      expect(JSON.stringify(res.errors)).toContain('ACCEPTED, DECLINED, RECALLED');
    }
    expect((await read(counsellor, referral.id)).referral?.status).toBe('SENT');

    await call(partnerUserA, 'acceptReferral', { id: referral.id });
    for (const [user, mutation, input] of [
      [partnerUserA, 'acceptReferral', { id: referral.id }],
      [partnerUserA, 'declineReferral', { id: referral.id, reason: '対象外' }],
      [partnerUserA, 'completeReferral', { id: referral.id, outcome: 'GOT_HELP' }],
      [counsellor, 'recallReferral', { id: referral.id, reason: '取り下げ' }],
    ] as [TestUser, string, object][]) {
      expect((await call(user, mutation, input)).codes).toEqual(['BAD_USER_INPUT']);
    }
    await call(partnerUserA, 'declineReferral', { id: referral.id, reason: 'x' });
    expect((await read(counsellor, referral.id)).referral?.status).toBe('ACCEPTED');

    // A draft is not the partner's to see, let alone to accept or complete.
    const family = await newFamily();
    const draftOnly = await draft(family.conversationId);
    expect((await call(partnerUserA, 'completeReferral', { id: draftOnly.id, outcome: 'GOT_HELP' })).codes).toEqual([
      'NOT_FOUND',
    ]);
    // CONSENT_WITHDRAWN is the system's to record.
    await call(partnerUserA, 'startReferral', { id: referral.id });
    expect((await call(partnerUserA, 'closeReferral', { id: referral.id, reason: 'CONSENT_WITHDRAWN' })).codes).toEqual(
      ['BAD_USER_INPUT'],
    );
  });

  it('sends nothing without the family’s consent for that partner', async () => {
    const family = await newFamily();
    await consent(family.conversationId, partnerB); // consent for another partner does not count
    const created = await draft(family.conversationId, partnerA);
    const res = await call<ReferralResult>(counsellor, 'sendReferral', { id: created.id });
    expect(res.codes).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(res.errors)).toContain('CONSENT_REQUIRED');
    expect((await read(counsellor, created.id)).referral?.status).toBe('DRAFT');
    expect(await ownerQuery('select 1 from referral_share where referral_id = $1', [created.id])).toEqual([]);
  });

  it('withdrawing consent recalls referrals not yet accepted, closes accepted ones and withdraws what was shared', async () => {
    const family = await newFamily();
    const consentId = await consent(family.conversationId, partnerA);
    const first = await draft(family.conversationId, partnerA, { consentId, sharedMessageIds: [family.messageId] });
    const second = await draft(family.conversationId, partnerA, { consentId });
    await call(counsellor, 'sendReferral', { id: first.id });
    await call(counsellor, 'sendReferral', { id: second.id });
    await call(partnerUserA, 'acceptReferral', { id: second.id });

    const withdrawn = await call<{ id: string; withdrawnAt: string | null }>(counsellor, 'withdrawConsent', {
      id: consentId,
      note: '家族から電話で撤回の連絡',
    });
    expect(withdrawn.data?.withdrawnAt).toBeTruthy();

    const recalled = await read(partnerUserA, first.id);
    expect(recalled.referral).toMatchObject({
      status: 'RECALLED',
      summary: null,
      sharedMessages: [],
      shareActive: false,
    });
    const closed = await read(partnerUserA, second.id);
    expect(closed.referral).toMatchObject({ status: 'CLOSED', closeReason: 'CONSENT_WITHDRAWN', shareActive: false });
    const [share] = await ownerQuery<{ summary: string | null; messages: unknown[] }>(
      'select summary, messages from referral_share where referral_id = $1',
      [first.id],
    );
    expect(share).toEqual({ summary: null, messages: [] });
    // A withdrawn consent sends nothing more.
    const third = await draft(family.conversationId, partnerA);
    expect((await call(counsellor, 'sendReferral', { id: third.id })).codes).toEqual(['BAD_USER_INPUT']);
  });

  it('tells the referring counsellor when a colleague recalls the referral, and the partner that it was recalled', async () => {
    const { referral } = await sent(partnerA);
    const colleague = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    const res = await call<ReferralResult>(colleague, 'recallReferral', {
      id: referral.id,
      reason: '家族の希望で取り下げ',
    });
    expect(res.data).toMatchObject({ status: 'RECALLED', shareActive: false });
    const kinds = async (user: TestUser) => {
      const list = await t.graphql<{ notifications: { edges: { node: { kind: string; referralId: string } }[] } }>(
        '{ notifications(first: 100) { edges { node { kind referralId } } } }',
        {},
        { token: user.token },
      );
      return list.data!.notifications.edges.filter((e) => e.node.referralId === referral.id).map((e) => e.node.kind);
    };
    expect(await kinds(counsellor)).toEqual(['REFERRAL_UPDATED']);
    expect((await kinds(partnerUserA)).sort()).toEqual(['REFERRAL_RECEIVED', 'REFERRAL_UPDATED']);
    expect(await kinds(colleague)).toEqual([]);
  });

  it('never shows a partner a referral that was not sent, whatever the filter', async () => {
    const family = await newFamily();
    const consentId = await consent(family.conversationId, partnerA);
    const unsent = await draft(family.conversationId, partnerA, { consentId });
    const listed = async (filter: string) =>
      (
        await t.graphql<{ referrals: { edges: { node: { id: string } }[] } }>(
          `{ referrals(first: 100${filter}) { edges { node { id } } } }`,
          {},
          { token: partnerUserA.token },
        )
      ).data!.referrals.edges.map((e) => e.node.id);
    expect(await listed(', filter: { status: DRAFT }')).toEqual([]);
    expect(await listed('')).not.toContain(unsent.id);
    expect((await read(partnerUserA, unsent.id)).codes).toEqual(['NOT_FOUND']);
    // Recalled when its consent is withdrawn, it was still never the partner's to see.
    await call(counsellor, 'withdrawConsent', { id: consentId });
    expect(await listed(', filter: { status: RECALLED }')).not.toContain(unsent.id);
    expect((await read(partnerUserA, unsent.id)).codes).toEqual(['NOT_FOUND']);
    expect((await read(counsellor, unsent.id)).referral?.status).toBe('RECALLED');
  });

  it('lets only one of two simultaneous changes through, and records only that one', async () => {
    const { referral } = await sent(partnerA);
    const [accepted, recalled] = await Promise.all([
      call<ReferralResult>(partnerUserA, 'acceptReferral', { id: referral.id }),
      call<ReferralResult>(counsellor, 'recallReferral', { id: referral.id, reason: '同時の取り下げ' }),
    ]);
    const outcomes = [accepted.codes, recalled.codes].map((codes) => (codes.length ? codes[0] : 'OK')).sort();
    expect(outcomes).toEqual(['BAD_USER_INPUT', 'OK']);
    const { referral: after } = await read(counsellor, referral.id);
    expect(after?.timeline.map((e) => e.toStatus)).toEqual(['DRAFT', 'SENT', after?.status]);
  });

  it("keeps one partner's referrals from another partner's users, in the API and in the database", async () => {
    const { referral } = await sent(partnerA);
    const list = await t.graphql<{ referrals: { edges: { node: { id: string } }[] } }>(
      '{ referrals(first: 100) { edges { node { id } } } }',
      {},
      { token: partnerUserB.token },
    );
    expect(list.data?.referrals.edges.map((e) => e.node.id)).not.toContain(referral.id);
    expect((await read(partnerUserB, referral.id)).codes).toEqual(['NOT_FOUND']);
    expect((await call(partnerUserB, 'acceptReferral', { id: referral.id })).codes).toEqual(['NOT_FOUND']);
    expect((await read(counsellor, referral.id)).referral?.status).toBe('SENT');
    // Notes are timeline steps: partner A's stays behind the same wall.
    expect((await call(partnerUserA, 'addReferralNote', { referralId: referral.id, text: 'A社のメモ' })).codes).toEqual(
      [],
    );

    // The database's own wall: a transaction confined to partner B sees none of partner A's rows.
    const runtime = await connect(testDatabase().url);
    try {
      await runtime.query('begin');
      await runtime.query(
        `select set_config('role', $1, true), set_config('app.tenant_id', $2, true), set_config('${PARTNER_SETTING}', $3, true)`,
        [TENANT_ROLE, tenant.id, partnerB],
      );
      const rows = await runtime.query(
        `select (select count(*) from referral where id = $1) as referrals,
                (select count(*) from referral_event where referral_id = $1) as events,
                (select count(*) from referral_share where referral_id = $1) as shares,
                (select count(*) from referral_consent) as consents`,
        [referral.id],
      );
      expect(rows.rows[0]).toEqual({ referrals: '0', events: '0', shares: '0', consents: '0' });
    } finally {
      await runtime.query('rollback');
      await runtime.end();
    }
  });

  it('audits every read of a referral by a partner user, one by one and in lists', async () => {
    const { referral } = await sent(partnerA);
    await read(partnerUserA, referral.id);
    await t.graphql('{ referrals(first: 100) { edges { node { id summary } } } }', {}, { token: partnerUserA.token });
    const events = await ownerQuery<{ action: string }>(
      `select action from audit_event where tenant_id = $1 and target_id = $2 and action = 'referral.viewed_by_partner'`,
      [tenant.id, referral.id],
    );
    expect(events).toHaveLength(2);
  });

  it('flags a referral overdue the day after its deadline, and reminds both sides', async () => {
    const { referral } = await sent(partnerA);
    await ownerQuery(`update referral set respond_by = current_date - 2 where id = $1`, [referral.id]);
    await t.app.get(ReferralsService).checkDeadline({ tenantId: tenant.id, referralId: referral.id });
    const { referral: after } = await read(counsellor, referral.id);
    expect(after?.overdue).toBe(true);
    expect(after?.timeline.at(-1)).toMatchObject({ toStatus: 'SENT', actorSide: 'SYSTEM', reason: 'overdue' });
    const overdue = await t.graphql<{ referrals: { edges: { node: { id: string } }[] } }>(
      '{ referrals(first: 100, filter: { overdue: true }) { edges { node { id } } } }',
      {},
      { token: counsellor.token },
    );
    expect(overdue.data?.referrals.edges.map((e) => e.node.id)).toEqual([referral.id]);
    await eventually(
      async () => smtp.mails.filter((m) => m.subject.includes('回答期限')).map((m) => m.to.join()),
      (to) => to.some((a) => a.includes('kodomo@center.example.jp')) && to.some((a) => a.includes(counsellor.email)),
    );
  });

  it('takes notes from both sides while open, each shown as the other side may see its author', async () => {
    const { referral } = await sent(partnerA);
    const byPartner = await call<ReferralResult>(partnerUserA, 'addReferralNote', {
      referralId: referral.id,
      text: '  保護者と電話で話し、来週面談します。 ',
    });
    expect(byPartner.codes).toEqual([]);
    expect(byPartner.data?.status).toBe('SENT');
    const accepted = await call<ReferralResult>(partnerUserA, 'acceptReferral', { id: referral.id });
    expect(accepted.codes).toEqual([]);
    const byDesk = await call<ReferralResult>(counsellor, 'addReferralNote', {
      referralId: referral.id,
      text: '午前中は連絡がつきにくいそうです',
    });
    expect(byDesk.codes).toEqual([]);

    // The counsellor reads both authors by name; the text is stored trimmed; no status changed.
    const asDesk = (await read(counsellor, referral.id)).referral!;
    expect(asDesk.status).toBe('ACCEPTED');
    expect(asDesk.timeline.slice(2)).toEqual([
      {
        fromStatus: 'SENT',
        toStatus: 'SENT',
        actorSide: 'PARTNER',
        actorId: partnerUserA.id,
        actorName: 'テスト 利用者',
        reason: 'note',
        note: '保護者と電話で話し、来週面談します。',
      },
      expect.objectContaining({ fromStatus: 'SENT', toStatus: 'ACCEPTED' }),
      {
        fromStatus: 'ACCEPTED',
        toStatus: 'ACCEPTED',
        actorSide: 'REFERRER',
        actorId: counsellor.id,
        actorName: 'テスト 利用者',
        reason: 'note',
        note: '午前中は連絡がつきにくいそうです',
      },
    ]);
    // The partner reads the counsellor's note as the tenant's desk's: never the counsellor.
    const asPartner = (await read(partnerUserA, referral.id)).referral!;
    expect(asPartner.timeline.at(-1)).toMatchObject({
      actorSide: 'REFERRER',
      actorId: null,
      actorName: `${tenant.nameJa} 相談窓口`,
      note: '午前中は連絡がつきにくいそうです',
    });
    expect(asPartner.timeline[2]).toMatchObject({ actorId: partnerUserA.id, actorName: 'テスト 利用者' });

    // Each side hears of the other's note in the app; the trail records both, without their text.
    const kinds = async (user: TestUser) =>
      (
        await t.graphql<{ notifications: { edges: { node: { kind: string; referralId: string } }[] } }>(
          '{ notifications(first: 100) { edges { node { kind referralId } } } }',
          {},
          { token: user.token },
        )
      )
        .data!.notifications.edges.filter((e) => e.node.referralId === referral.id)
        .map((e) => e.node.kind)
        .sort();
    // The counsellor: the partner's note and the acceptance; the partner: the referral and the desk's note.
    expect(await kinds(counsellor)).toEqual(['REFERRAL_UPDATED', 'REFERRAL_UPDATED']);
    expect(await kinds(partnerUserA)).toEqual(['REFERRAL_RECEIVED', 'REFERRAL_UPDATED']);
    const audited = await ownerQuery<{ actor_user_id: string; details: string }>(
      `select actor_user_id, details::text as details from audit_event
        where tenant_id = $1 and target_id = $2 and action = 'referral.note_added' order by seq`,
      [tenant.id, referral.id],
    );
    expect(audited.map((a) => a.actor_user_id)).toEqual([partnerUserA.id, counsellor.id]);
    expect(audited.map((a) => a.details).join()).not.toContain('面談');

    // Completed, it takes no more notes, from either side.
    await call(partnerUserA, 'startReferral', { id: referral.id });
    await call(partnerUserA, 'completeReferral', { id: referral.id, outcome: 'GOT_HELP' });
    for (const user of [partnerUserA, counsellor]) {
      const res = await call(user, 'addReferralNote', { referralId: referral.id, text: '追記' });
      expect(res.codes).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(res.errors)).toContain('REFERRAL_FINISHED');
    }
    expect((await read(counsellor, referral.id)).referral?.timeline).toHaveLength(asDesk.timeline.length + 2);
  });

  it('refuses a note with bad text, on a draft, or from another agency or tenant, writing nothing', async () => {
    const { referral, conversationId } = await sent(partnerA);
    const unsent = await draft(conversationId, partnerA);
    const other = await t.newTenant();
    const outsider = await t.newUser({ tenant: other, role: TenantRole.COUNSELOR });
    const countEvents = () =>
      ownerQuery<{ n: string; audits: string }>(
        `select (select count(*) from referral_event where referral_id in ($1, $2)) as n,
                (select count(*) from audit_event
                  where action = 'referral.note_added' and target_id in ($1::text, $2::text)) as audits`,
        [referral.id, unsent.id],
      );
    const before = await countEvents();
    const cases: [TestUser, object, string, string?][] = [
      [partnerUserA, { referralId: referral.id, text: '' }, 'BAD_USER_INPUT'],
      [partnerUserA, { referralId: referral.id, text: ' \n　' }, 'BAD_USER_INPUT'],
      [counsellor, { referralId: referral.id, text: 'あ'.repeat(2001) }, 'BAD_USER_INPUT'],
      [counsellor, { referralId: 'abc', text: 'メモ' }, 'BAD_USER_INPUT'],
      [counsellor, { referralId: unsent.id, text: 'メモ' }, 'BAD_USER_INPUT', 'REFERRAL_NOT_SENT'],
      // Not theirs to see: another agency's partner user, a partner on a draft, another tenant's counsellor.
      [partnerUserB, { referralId: referral.id, text: 'メモ' }, 'NOT_FOUND'],
      [partnerUserA, { referralId: unsent.id, text: 'メモ' }, 'NOT_FOUND'],
      [outsider, { referralId: referral.id, text: 'メモ' }, 'NOT_FOUND'],
      [admin, { referralId: referral.id, text: 'メモ' }, 'FORBIDDEN'],
    ];
    for (const [user, input, code, reason] of cases) {
      const res = await call(user, 'addReferralNote', input);
      expect({ input, codes: res.codes }).toEqual({ input, codes: [code] });
      if (reason) expect(JSON.stringify(res.errors)).toContain(reason);
    }
    expect(await countEvents()).toEqual(before);
  });

  it("counts the business days left to answer by the tenant's calendar, and those overdue", async () => {
    const { referral } = await sent(partnerA);
    const today = todayIn('Asia/Tokyo');
    // Sent today with the default of 3 business days.
    expect(referral.responseBusinessDaysLeft).toBe(3);
    expect((await read(partnerUserA, referral.id)).referral?.responseBusinessDaysLeft).toBe(3);
    await ownerQuery('update referral set respond_by = $2 where id = $1', [referral.id, today]);
    expect((await read(partnerUserA, referral.id)).referral?.responseBusinessDaysLeft).toBe(0);
    // Ten days late: overdue by the business days since the deadline (weekends and holidays not counted).
    const tenDaysAgo = new Date(Date.parse(`${today}T00:00:00Z`) - 10 * 86_400_000).toISOString().slice(0, 10);
    await ownerQuery('update referral set respond_by = $2 where id = $1', [referral.id, tenDaysAgo]);
    const late = (await read(partnerUserA, referral.id)).referral?.responseBusinessDaysLeft;
    expect(late).toBe(-businessDaysBetween(tenDaysAgo, today));
    expect(late).toBeLessThanOrEqual(-5);
    // Answered, there is nothing left to count.
    await call(partnerUserA, 'acceptReferral', { id: referral.id });
    expect((await read(partnerUserA, referral.id)).referral?.responseBusinessDaysLeft).toBeNull();
  });

  it('lists every referral awaiting an answer apart from the rest, however many newer ones there are', async () => {
    const partnerC = await createPartner(admin, '子育て支援ひろば', 'hiroba@example.jp');
    const partnerUserC = await t.newUser({ tenant, role: TenantRole.PARTNER_USER, partnerOrganizationId: partnerC });
    const waiting = (await sent(partnerC)).referral;
    const answered: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { referral } = await sent(partnerC);
      await call(partnerUserC, 'acceptReferral', { id: referral.id });
      answered.unshift(referral.id);
    }
    const page = async (filter: string) =>
      (
        await t.graphql<{ referrals: { edges: { node: { id: string } }[] } }>(
          `{ referrals(first: 2${filter}) { edges { node { id } } } }`,
          {},
          { token: partnerUserC.token },
        )
      ).data!.referrals.edges.map((e) => e.node.id);
    // Newest first, the awaiting one falls off the first page...
    expect(await page('')).toEqual(answered);
    // ...but asked apart, it comes first, and the rest follow without it.
    expect(await page(', filter: { status: SENT }')).toEqual([waiting.id]);
    expect(
      await page(', filter: { statuses: [ACCEPTED, DECLINED, RECALLED, IN_PROGRESS, COMPLETED, CLOSED] }'),
    ).toEqual(answered);
    const empty = await t.graphql(
      '{ referrals(first: 2, filter: { statuses: [] }) { edges { node { id } } } }',
      {},
      {
        token: partnerUserC.token,
      },
    );
    expect(errorCodes(empty)).toEqual(['BAD_USER_INPUT']);
  });

  it('does not return referrals, consents or partners of another tenant', async () => {
    const { referral, conversationId } = await sent(partnerA);
    const other = await t.newTenant();
    const outsider = await t.newUser({ tenant: other, role: TenantRole.COUNSELOR });
    const list = await t.graphql<{ referrals: { edges: unknown[] } }>(
      '{ referrals(first: 100) { edges { node { id } } } }',
      {},
      { token: outsider.token },
    );
    expect(list.data?.referrals.edges).toEqual([]);
    expect((await read(outsider, referral.id)).codes).toEqual(['NOT_FOUND']);
    expect(
      (
        await call(outsider, 'createReferral', {
          conversationId,
          partnerOrganizationId: partnerA,
          summary: '他の自治体から',
        })
      ).codes,
    ).toEqual(['NOT_FOUND']);
    expect(
      (
        await call(outsider, 'recordConsent', {
          conversationId,
          partnerOrganizationId: partnerA,
          purpose: 'x',
          method: 'BY_PHONE',
          obtainedOn: '2026-01-05',
        })
      ).codes,
    ).toEqual(['NOT_FOUND']);
    const consents = await t.graphql(
      'query($id: ID!) { referralConsents(conversationId: $id) { id } }',
      { id: conversationId },
      { token: outsider.token },
    );
    expect(errorCodes(consents)).toEqual(['NOT_FOUND']);
  });

  it('refuses bad input with a clear error and writes nothing', async () => {
    const family = await newFamily();
    const before = await ownerQuery<{ n: string }>('select count(*) as n from referral where tenant_id = $1', [
      tenant.id,
    ]);
    const cases: [string, object][] = [
      ['createReferral', { conversationId: family.conversationId, partnerOrganizationId: partnerA, summary: '' }],
      [
        'createReferral',
        {
          conversationId: family.conversationId,
          partnerOrganizationId: partnerA,
          summary: 'x',
          sharedMessageIds: ['00000000-0000-4000-8000-000000000000'],
        },
      ],
      [
        'createReferral',
        {
          conversationId: family.conversationId,
          partnerOrganizationId: '00000000-0000-4000-8000-000000000000',
          summary: 'x',
        },
      ],
      [
        'recordConsent',
        {
          conversationId: family.conversationId,
          partnerOrganizationId: partnerA,
          purpose: 'x',
          method: 'IN_CHAT',
          obtainedOn: '2999-01-01',
        },
      ],
      [
        'recordConsent',
        {
          conversationId: family.conversationId,
          partnerOrganizationId: partnerA,
          purpose: 'x',
          method: 'IN_CHAT',
          obtainedOn: '昨日',
        },
      ],
      [
        'recordConsent',
        {
          conversationId: family.conversationId,
          partnerOrganizationId: partnerA,
          purpose: 'x',
          method: 'IN_CHAT',
          obtainedOn: '2025-W01-1',
        },
      ],
    ];
    for (const [mutation, input] of cases) {
      const res = await call(counsellor, mutation, input);
      expect({ input, codes: res.codes }).toEqual({ input, codes: ['BAD_USER_INPUT'] });
    }
    expect(await ownerQuery('select count(*) as n from referral where tenant_id = $1', [tenant.id])).toEqual(before);
    // Ids that are not ids are refused as input, before anything is read.
    expect((await read(counsellor, 'abc')).codes).toEqual(['BAD_USER_INPUT']);
    const consents = await t.graphql(
      '{ referralConsents(conversationId: "abc") { id } }',
      {},
      { token: counsellor.token },
    );
    expect(errorCodes(consents)).toEqual(['BAD_USER_INPUT']);
    expect(
      // No consent dated after today in the tenant's time zone (the server's own date may be a day behind).
      await ownerQuery(
        `select 1 from referral_consent c join tenant t on t.id = c.tenant_id
          where c.tenant_id = $1 and c.obtained_on > (now() at time zone t.timezone)::date`,
        [tenant.id],
      ),
    ).toEqual([]);
  });
});

describe('partner users', () => {
  let t: TestApp;
  let tenant: Tenant;
  let admin: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    tenant = await t.newTenant();
    admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
  });

  afterAll(async () => {
    await t.close();
  });

  const invite = (input: object) =>
    t.graphql<{ inviteUser: { id: string; partnerOrganizationId: string | null } }>(
      'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id partnerOrganizationId } }',
      { input },
      { token: admin.token },
    );

  it('are invited bound to one partner organisation of the tenant', async () => {
    const created = await t.graphql<{ createPartnerOrganization: { id: string } }>(
      'mutation($input: CreatePartnerOrganizationInput!) { createPartnerOrganization(input: $input) { id } }',
      { input: { name: '保健センター', description: '乳幼児健診' } },
      { token: admin.token },
    );
    const organizationId = created.data?.createPartnerOrganization.id as string;
    const email = `partner-${Date.now()}@example.test`;

    expect(errorCodes(await invite({ email, role: 'PARTNER_USER' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await invite({ email, role: 'COUNSELOR', partnerOrganizationId: organizationId }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const other = await t.newTenant();
    const otherAdmin = await t.newUser({ tenant: other, role: TenantRole.TENANT_ADMIN });
    const foreign = await t.graphql<{ createPartnerOrganization: { id: string } }>(
      'mutation($input: CreatePartnerOrganizationInput!) { createPartnerOrganization(input: $input) { id } }',
      { input: { name: '他市の団体', description: 'x' } },
      { token: otherAdmin.token },
    );
    expect(
      errorCodes(
        await invite({
          email,
          role: 'PARTNER_USER',
          partnerOrganizationId: foreign.data?.createPartnerOrganization.id,
        }),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(await ownerQuery('select 1 from invitation where email = $1', [email])).toEqual([]);

    const ok = await invite({ email, role: 'PARTNER_USER', partnerOrganizationId: organizationId });
    expect(ok.data?.inviteUser.partnerOrganizationId).toBe(organizationId);
  });

  it('hold no other role in the same tenant', async () => {
    const created = await t.graphql<{ createPartnerOrganization: { id: string } }>(
      'mutation($input: CreatePartnerOrganizationInput!) { createPartnerOrganization(input: $input) { id } }',
      { input: { name: '児童相談所', description: 'x' } },
      { token: admin.token },
    );
    const organizationId = created.data?.createPartnerOrganization.id as string;
    const partner = await t.newUser({ tenant, role: TenantRole.PARTNER_USER, partnerOrganizationId: organizationId });
    const res = await invite({ email: partner.email, role: 'COUNSELOR' });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(res.errors)).toContain('INCOMPATIBLE_ROLES');

    // Nor does a role change make or unmake one: that takes an invitation naming the organisation.
    const counsellor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    const members = await t.graphql<{ tenantMembers: { id: string; userId: string }[] }>(
      '{ tenantMembers { id userId } }',
      {},
      { token: admin.token },
    );
    const membershipOf = (userId: string) => members.data!.tenantMembers.find((m) => m.userId === userId)!.id;
    for (const [membershipId, role] of [
      [membershipOf(partner.id), 'COUNSELOR'],
      [membershipOf(counsellor.id), 'PARTNER_USER'],
    ]) {
      const change = await t.graphql(
        'mutation($input: ChangeMembershipRoleInput!) { changeMembershipRole(input: $input) }',
        { input: { membershipId, role } },
        { token: admin.token },
      );
      expect({ role, codes: errorCodes(change) }).toEqual({ role, codes: ['BAD_USER_INPUT'] });
    }
  });
});
