import { randomUUID } from 'node:crypto';
import { followEvent, LineSandbox, postbackEvent, randomLineUserId, textMessageEvent } from '@tsunagu/line-sandbox';
import { sha256Hex } from '@tsunagu/platform/crypto';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { createLineChannel, deliver, eventually, ownerQuery, type TestChannel } from './support/line';
import { errorCodes, TestApp, type GraphQLResponse, type TestUser } from './support/test-app';

const HOUSEHOLD_FIELDS = `id name area status statusReason source registrantId appliedAt enrolledAt waitlistPosition
  childrenBirthMonths eligibilityBasis allergies preferredMethod visitConsent rounds { roundId roundName }`;
const HOUSEHOLDS = `query($programmeId: ID!, $statuses: [FoodHouseholdStatus!], $first: Int, $after: String) {
  foodHouseholds(programmeId: $programmeId, statuses: $statuses, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${HOUSEHOLD_FIELDS} } } } }`;
const HOUSEHOLD = `query($id: ID!) { foodHousehold(id: $id) { ${HOUSEHOLD_FIELDS} } }`;
const ADDRESS = `query($id: ID!) { foodHouseholdAddress(householdId: $id) { postalCode prefecture city street building phone } }`;
const ENROL = `mutation($input: EnrolFoodHouseholdInput!) { enrolFoodHousehold(input: $input) { ${HOUSEHOLD_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateFoodHouseholdInput!) { updateFoodHousehold(input: $input) {
  ${HOUSEHOLD_FIELDS} eligibilityNote preferredTimes } }`;
const decide = (name: string) =>
  `mutation($input: DecideFoodHouseholdInput!) { ${name}(input: $input) { ${HOUSEHOLD_FIELDS} } }`;
const ROUND_FIELDS = 'id name startsOn endsOn capacity filled status plannedItems { name quantity }';
const CREATE_ROUND = `mutation($input: CreateFoodRoundInput!) { createFoodRound(input: $input) { ${ROUND_FIELDS} } }`;
const UPDATE_ROUND = `mutation($input: UpdateFoodRoundInput!) { updateFoodRound(input: $input) { ${ROUND_FIELDS} } }`;
const ROUNDS = `query($programmeId: ID!) { foodRounds(programmeId: $programmeId) { ${ROUND_FIELDS} } }`;
const SUMMARY = `query($programmeId: ID!) { foodDeliverySummary(programmeId: $programmeId) {
  programmeName suppressionThreshold statuses { status households { value suppressed display } }
  rounds { name capacity filled { value suppressed display } }
  donations { kind donors { value suppressed display } items { value suppressed display } } } }`;
const FORM = `query($slug: String!, $token: String!) { foodApplicationForm(tenantSlug: $slug, token: $token) {
  tenantName programmeName expiresAt } }`;
const SUBMIT = `mutation($input: SubmitFoodApplicationInput!) { submitFoodApplication(input: $input) { programmeName appliedAt } }`;

interface Household {
  id: string;
  name: string;
  area: string;
  status: string;
  statusReason: string | null;
  source: string;
  registrantId: string | null;
  waitlistPosition: number | null;
  enrolledAt: string | null;
  rounds: { roundId: string; roundName: string }[];
}
interface Round {
  id: string;
  capacity: number;
  filled: number;
}

/** An application as the page sends it. */
function application(overrides: Record<string, unknown> = {}) {
  return {
    name: '本郷 花子',
    address: {
      postalCode: '１１３－００３３',
      prefecture: '東京都',
      city: '文京区',
      street: '本郷七丁目3番1号',
      building: 'つなぐハイツ202',
      phone: '090-1234-5678',
    },
    area: '本郷',
    childrenBirthMonths: ['2018-05', '2021-11'],
    eligibilityBasis: 'CHILD_REARING_ALLOWANCE',
    allergies: '卵',
    preferredMethod: 'HAND',
    preferredTimes: '平日18時以降',
    visitConsent: true,
    ...overrides,
  };
}

/**
 * Households and rounds of a food-delivery programme: the LINE application with its one-time link,
 * the states and their typed errors, the waitlist in order of application, capacity under
 * concurrent approvals, the family told at each step, address sealing and its audited reveal, and
 * who may see what (roles, another tenant).
 */
describe('food delivery: households and rounds', () => {
  const sandbox = new LineSandbox();
  let t: TestApp;
  let city: Tenant;
  let other: Tenant;
  let admin: TestUser;
  let coordinator: TestUser;
  let counsellor: TestUser;
  let viewer: TestUser;
  let partner: TestUser;
  let otherCoordinator: TestUser;
  let channel: TestChannel;
  let programmeId: string;
  let chatProgrammeId: string;
  let family: string;
  let token: string;
  let lineHouseholdId: string;

  const as = (user: TestUser) => ({ token: user.token });
  const gql = <T>(user: TestUser, query: string, variables: Record<string, unknown> = {}) =>
    t.graphql<T>(query, variables, as(user));
  const reasons = (res: GraphQLResponse<unknown>) => (res.errors ?? []).map((e) => e.extensions?.reason);
  const act = async (user: TestUser, mutation: string, householdId: string, reason?: string) =>
    gql<Record<string, Household>>(user, decide(mutation), { input: { householdId, ...(reason ? { reason } : {}) } });
  const sentTo = (lineUserId: string) =>
    ownerQuery<{ text: string; automatic: string | null; retry_key: string | null }>(
      `select m.text, m.automatic, m.retry_key from message m join conversation c on c.id = m.conversation_id
        join registrant r on r.id = c.registrant_id where r.line_user_id = $1 and m.direction = 'out' order by m.sent_at, m.created_at`,
      [lineUserId],
    );
  const households = async (user: TestUser, pid = programmeId, statuses?: string[]) => {
    const res = await gql<{ foodHouseholds: { totalCount: number; edges: { node: Household }[] } }>(user, HOUSEHOLDS, {
      programmeId: pid,
      statuses,
    });
    expect(errorCodes(res)).toEqual([]);
    return res.data!.foodHouseholds.edges.map((e) => e.node);
  };
  const enrol = async (name: string, pid = programmeId) => {
    const res = await gql<{ enrolFoodHousehold: Household }>(coordinator, ENROL, {
      input: { programmeId: pid, ...application({ name }) },
    });
    expect(errorCodes(res)).toEqual([]);
    return res.data!.enrolFoodHousehold;
  };
  const eligible = async (name: string, pid = programmeId) => {
    const household = await enrol(name, pid);
    const res = await act(coordinator, 'markFoodHouseholdEligible', household.id);
    expect(errorCodes(res)).toEqual([]);
    return household.id;
  };
  const createProgramme = async (name: string, kind: string, channelIds: string[] = []) => {
    const res = await gql<{ createProgramme: { id: string } }>(
      admin,
      'mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }',
      { input: { name, kind, channelIds } },
    );
    expect(errorCodes(res)).toEqual([]);
    return res.data!.createProgramme.id;
  };
  const createRound = async (pid: string, name: string, capacity: number, startsOn = '2099-07-01') => {
    const res = await gql<{ createFoodRound: Round }>(coordinator, CREATE_ROUND, {
      input: { programmeId: pid, name, startsOn, endsOn: startsOn.replace(/-01$/, '-10'), capacity },
    });
    expect(errorCodes(res)).toEqual([]);
    return res.data!.createFoodRound;
  };

  beforeAll(async () => {
    await sandbox.start();
    t = await TestApp.start({ JOB_WORKERS: '1', LINE_API_BASE_URL: sandbox.url, LINE_DATA_API_BASE_URL: sandbox.url });
    city = await t.newTenant({ nameJa: '文京区' });
    other = await t.newTenant();
    admin = await t.newUser({ tenant: city, role: TenantRole.TENANT_ADMIN });
    coordinator = await t.newUser({ tenant: city, role: TenantRole.COORDINATOR });
    counsellor = await t.newUser({ tenant: city, role: TenantRole.COUNSELOR });
    viewer = await t.newUser({ tenant: city, role: TenantRole.MUNICIPAL_VIEWER });
    partner = await t.newUser({ tenant: city, role: TenantRole.PARTNER_USER });
    otherCoordinator = await t.newUser({ tenant: other, role: TenantRole.COORDINATOR });
    channel = await createLineChannel(t, admin.token);
    programmeId = await createProgramme('文京区こども宅食', 'FOOD_DELIVERY', [channel.id]);
    chatProgrammeId = await createProgramme('相談', 'LINE_CONSULTATION');
  }, 120_000);

  afterAll(async () => {
    await t.close();
    await sandbox.stop();
  });

  it('answers the keyword 宅食 on LINE with a one-time link to the application page', async () => {
    family = randomLineUserId();
    await deliver(t, channel, [followEvent(family)]);
    // The keyword is answered for a family already known: the follow is processed first.
    await eventually(
      () => ownerQuery('select 1 from registrant where line_user_id = $1', [family]),
      (rows) => rows.length === 1,
    );
    await deliver(t, channel, [textMessageEvent(family, '宅食')]);
    const [link] = await eventually(
      () => sentTo(family),
      (rows) => rows.length >= 1,
    );
    expect(link.automatic).toBe('food_delivery');
    expect(link.text).toContain('文京区こども宅食');
    const match = /\/apply\/([^/]+)\/food-delivery#([A-Za-z0-9_-]+)/.exec(link.text);
    expect(match?.[1]).toBe(city.slug);
    token = match![2];
    // Only the hash is kept, and the family's word became no message for the counsellors.
    const [row] = await ownerQuery<{ token_hash: string }>(
      `select token_hash from food_application_token where tenant_id = $1`,
      [city.id],
    );
    expect(row.token_hash).not.toContain(token);
    expect(row.token_hash).toHaveLength(64);
    const issued = await ownerQuery(
      `select 1 from audit_event where tenant_id = $1 and action = 'food-application.link-issued'`,
      [city.id],
    );
    expect(issued).toHaveLength(1);
    const incoming = await ownerQuery(
      `select 1 from message m join conversation c on c.id = m.conversation_id join registrant r on r.id = c.registrant_id
        where r.line_user_id = $1 and m.direction = 'in'`,
      [family],
    );
    expect(incoming).toHaveLength(0);
    // A rich menu's postback asks the same way.
    const second = randomLineUserId();
    await deliver(t, channel, [followEvent(second), postbackEvent(second, 'food-delivery')]);
    const [viaMenu] = await eventually(
      () => sentTo(second),
      (rows) => rows.length >= 1,
    );
    expect(viaMenu.text).toMatch(/\/apply\/[^/]+\/food-delivery#/);
  });

  it('opens the page for the link without sign-in, and refuses a wrong token or another city', async () => {
    const form = await t.graphql<{ foodApplicationForm: { tenantName: string; programmeName: string } }>(FORM, {
      slug: city.slug,
      token,
    });
    expect(errorCodes(form)).toEqual([]);
    expect(form.data!.foodApplicationForm).toMatchObject({ tenantName: '文京区', programmeName: '文京区こども宅食' });
    const wrong = await t.graphql(FORM, { slug: city.slug, token: 'not-a-token' });
    expect(reasons(wrong)).toEqual(['APPLICATION_TOKEN_INVALID']);
    const elsewhere = await t.graphql(FORM, { slug: other.slug, token });
    expect(reasons(elsewhere)).toEqual(['APPLICATION_TOKEN_INVALID']);
  });

  it('refuses an address that does not validate, writing nothing and keeping the link usable', async () => {
    for (const [field, value] of [
      ['postalCode', '113-003'],
      ['postalCode', '〒1130-033'],
      ['prefecture', '東京'],
      ['prefecture', '文京県'],
    ]) {
      const base = application();
      const res = await t.graphql(SUBMIT, {
        input: { tenantSlug: city.slug, token, ...base, address: { ...base.address, [field]: value } },
      });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(reasons(res)).toEqual(['ADDRESS_INVALID']);
      expect(res.errors![0].extensions!.fieldErrors!.map((e) => e.field)).toEqual([`address.${field}`]);
    }
    expect(await ownerQuery(`select 1 from food_household where tenant_id = $1`, [city.id])).toHaveLength(0);
    expect(
      await ownerQuery(`select 1 from food_application_token where tenant_id = $1 and used_at is not null`, [city.id]),
    ).toHaveLength(0);
  });

  it('takes the application once: an APPLIED household of the family, address sealed, the family told', async () => {
    const res = await t.graphql<{ submitFoodApplication: { programmeName: string } }>(SUBMIT, {
      input: { tenantSlug: city.slug, token, ...application() },
    });
    expect(errorCodes(res)).toEqual([]);
    const again = await t.graphql(SUBMIT, {
      input: { tenantSlug: city.slug, token, ...application({ name: '二回目' }) },
    });
    expect(reasons(again)).toEqual(['APPLICATION_TOKEN_USED']);
    const rows = await ownerQuery<Record<string, unknown>>(`select * from food_household where tenant_id = $1`, [
      city.id,
    ]);
    expect(rows).toHaveLength(1);
    lineHouseholdId = rows[0]['id'] as string;
    expect(rows[0]).toMatchObject({ status: 'applied', source: 'line', area: '本郷', name: '本郷 花子' });
    // No column holds the postal code, the street, the building or the phone in plain text.
    const plain = JSON.stringify(rows[0]);
    for (const secret of ['113-0033', '1130033', '本郷七丁目', 'つなぐハイツ', '090-1234-5678', '5678']) {
      expect(plain).not.toContain(secret);
    }
    expect(String(rows[0]['address_sealed'])).toMatch(/^v1\./);
    const told = await eventually(
      () => sentTo(family),
      (sent) => sent.length >= 2,
    );
    expect(told[1]).toMatchObject({ automatic: 'food_delivery' });
    expect(told[1].text).toContain('お申し込みを受け付けました');
    // Sent by push with the retry key stored before the call.
    const pushes = await eventually(
      async () => sandbox.recorded('push').filter((r) => (r.body as { to?: string }).to === family),
      (p) => p.length >= 2,
    );
    expect(pushes.map((p) => p.retryKey)).toEqual(told.map((m) => m.retry_key));
    // Asking again while the application is open answers that, with no new link.
    await deliver(t, channel, [textMessageEvent(family, 'こども宅食')]);
    const third = await eventually(
      () => sentTo(family),
      (sent) => sent.length >= 3,
    );
    expect(third[2].text).toContain('すでにお申し込みいただいています');
  });

  it('refuses an expired link', async () => {
    const [registrant] = await ownerQuery<{ id: string; channel_id: string }>(
      `select id, channel_id from registrant where line_user_id = $1`,
      [family],
    );
    await ownerQuery(
      `insert into food_application_token (id, tenant_id, programme_id, registrant_id, channel_id, token_hash, expires_at, created_at)
       values (gen_random_uuid(), $1, $2, $3, $4, $5, now() - interval '1 minute', now())`,
      [city.id, programmeId, registrant.id, registrant.channel_id, sha256Hex('expired-token')],
    );
    const res = await t.graphql(SUBMIT, { input: { tenantSlug: city.slug, token: 'expired-token', ...application() } });
    expect(reasons(res)).toEqual(['APPLICATION_TOKEN_EXPIRED']);
  });

  it('shows the address only on request, audited', async () => {
    const res = await gql<{ foodHouseholdAddress: Record<string, string> }>(coordinator, ADDRESS, {
      id: lineHouseholdId,
    });
    expect(errorCodes(res)).toEqual([]);
    expect(res.data!.foodHouseholdAddress).toEqual({
      postalCode: '113-0033',
      prefecture: '東京都',
      city: '文京区',
      street: '本郷七丁目3番1号',
      building: 'つなぐハイツ202',
      phone: '090-1234-5678',
    });
    const audited = await ownerQuery<{ actor_user_id: string }>(
      `select actor_user_id from audit_event where action = 'food-household.address-viewed' and target_id = $1`,
      [lineHouseholdId],
    );
    expect(audited.map((a) => a.actor_user_id)).toEqual([coordinator.id]);
  });

  it('moves a household through its states with typed errors for the wrong moves', async () => {
    const noReason = await act(coordinator, 'markFoodHouseholdIneligible', lineHouseholdId);
    expect(reasons(noReason)).toEqual(['INELIGIBLE_REASON_REQUIRED']);
    const early = await act(coordinator, 'approveFoodHousehold', lineHouseholdId);
    expect(errorCodes(early)).toEqual(['CONFLICT']);
    expect(reasons(early)).toEqual(['HOUSEHOLD_TRANSITION_INVALID']);
    expect(
      (await act(coordinator, 'markFoodHouseholdEligible', lineHouseholdId)).data!['markFoodHouseholdEligible'].status,
    ).toBe('ELIGIBLE');
    // No round yet: enrolled, and the next round created takes it in.
    const approved = await act(coordinator, 'approveFoodHousehold', lineHouseholdId);
    expect(approved.data!['approveFoodHousehold']).toMatchObject({ status: 'ENROLLED', rounds: [] });
    const twice = await act(coordinator, 'approveFoodHousehold', lineHouseholdId);
    expect(reasons(twice)).toEqual(['HOUSEHOLD_TRANSITION_INVALID']);
    const refused = await eligible('対象外 世帯');
    const ineligible = await act(coordinator, 'markFoodHouseholdIneligible', refused, '所得要件を満たさない');
    expect(ineligible.data!['markFoodHouseholdIneligible']).toMatchObject({
      status: 'INELIGIBLE',
      statusReason: '所得要件を満たさない',
    });
    expect(reasons(await act(coordinator, 'withdrawFoodHousehold', refused))).toEqual(['HOUSEHOLD_TRANSITION_INVALID']);
    const told = await eventually(
      () => sentTo(family),
      (sent) => sent.length >= 5,
    );
    expect(told.slice(3).map((m) => m.text)).toEqual([
      expect.stringContaining('お申し込みを確認しました'),
      expect.stringContaining('に登録しました。お届けの日程が決まりしだい'),
    ]);
  });

  it('fills a new round from the enrolled, keeps the waitlist in order of application, promotes when a place frees', async () => {
    const round = await createRound(programmeId, '令和7年度 第1回', 2);
    expect(round).toMatchObject({ capacity: 2, filled: 1 });
    const b = await eligible('世帯B');
    const c = await eligible('世帯C');
    const d = await eligible('世帯D');
    expect((await act(coordinator, 'approveFoodHousehold', b)).data!['approveFoodHousehold']).toMatchObject({
      status: 'ENROLLED',
      rounds: [{ roundId: round.id, roundName: '令和7年度 第1回' }],
    });
    // Approved D before C: the waitlist still goes by application (C applied first).
    expect((await act(coordinator, 'approveFoodHousehold', d)).data!['approveFoodHousehold'].status).toBe('WAITLISTED');
    expect((await act(coordinator, 'approveFoodHousehold', c)).data!['approveFoodHousehold'].status).toBe('WAITLISTED');
    // A waitlisted household is not approved past the others.
    expect(reasons(await act(coordinator, 'approveFoodHousehold', d))).toEqual(['HOUSEHOLD_TRANSITION_INVALID']);
    const waitlist = await households(coordinator, programmeId, ['WAITLISTED']);
    expect(waitlist.map((h) => [h.name, h.waitlistPosition])).toEqual([
      ['世帯C', 1],
      ['世帯D', 2],
    ]);
    // B leaves: C (first applied) takes its place.
    const withdrawn = await act(coordinator, 'withdrawFoodHousehold', b, '転居');
    expect(withdrawn.data!['withdrawFoodHousehold']).toMatchObject({ status: 'WITHDRAWN', rounds: [] });
    expect(
      (await gql<{ foodHousehold: Household }>(coordinator, HOUSEHOLD, { id: c })).data!.foodHousehold,
    ).toMatchObject({ status: 'ENROLLED', rounds: [{ roundId: round.id }] });
    expect(
      (await gql<{ foodHousehold: Household }>(coordinator, HOUSEHOLD, { id: d })).data!.foodHousehold,
    ).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    // Capacity below the places taken is refused; raising it promotes D.
    const below = await gql(coordinator, UPDATE_ROUND, { input: { id: round.id, capacity: 1 } });
    expect(reasons(below)).toEqual(['ROUND_CAPACITY_BELOW_FILLED']);
    const raised = await gql<{ updateFoodRound: Round }>(coordinator, UPDATE_ROUND, {
      input: { id: round.id, capacity: 5 },
    });
    expect(raised.data!.updateFoodRound).toMatchObject({ capacity: 5, filled: 3 });
    expect(
      (await gql<{ foodHousehold: Household }>(coordinator, HOUSEHOLD, { id: d })).data!.foodHousehold.status,
    ).toBe('ENROLLED');
    // The next round carries the enrolled households in order of enrolment, up to its capacity.
    const next = await createRound(programmeId, '令和7年度 第2回', 2, '2099-10-01');
    expect(next.filled).toBe(2);
    const placed = await ownerQuery<{ name: string }>(
      `select h.name from food_round_household p join food_household h on h.id = p.household_id where p.round_id = $1 order by h.enrolled_at`,
      [next.id],
    );
    expect(placed.map((p) => p.name)).toEqual(['本郷 花子', '世帯C']);
  });

  it('never exceeds a round’s capacity when staff approve at the same time', async () => {
    const pid = await createProgramme(`同時承認 ${Date.now()}`, 'FOOD_DELIVERY');
    const round = await createRound(pid, '同時 第1回', 2);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(await eligible(`同時${i}`, pid));
    const results = await Promise.all(ids.map((id) => act(coordinator, 'approveFoodHousehold', id)));
    for (const res of results) expect(errorCodes(res)).toEqual([]);
    const statuses = results.map((r) => r.data!['approveFoodHousehold'].status).sort();
    expect(statuses).toEqual(['ENROLLED', 'ENROLLED', 'WAITLISTED', 'WAITLISTED', 'WAITLISTED', 'WAITLISTED']);
    const rounds = await gql<{ foodRounds: Round[] }>(coordinator, ROUNDS, { programmeId: pid });
    expect(rounds.data!.foodRounds[0]).toMatchObject({ id: round.id, capacity: 2, filled: 2 });
    // Two withdrawals and a raise at once: every place is taken by one household, none beyond capacity.
    const enrolled = (await households(coordinator, pid, ['ENROLLED'])).map((h) => h.id);
    const waiting = (await households(coordinator, pid, ['WAITLISTED'])).map((h) => h.name);
    const concurrent = await Promise.all([
      act(coordinator, 'withdrawFoodHousehold', enrolled[0]),
      act(coordinator, 'withdrawFoodHousehold', enrolled[1]),
      gql(coordinator, UPDATE_ROUND, { input: { id: round.id, capacity: 3 } }),
    ]);
    for (const res of concurrent) expect(errorCodes(res)).toEqual([]);
    const [{ n }] = await ownerQuery<{ n: string }>(
      `select count(*) as n from food_round_household where round_id = $1`,
      [round.id],
    );
    expect(Number(n)).toBe(3);
    const after = await households(coordinator, pid);
    // The first three of the waitlist (in order of application) took the places; the fourth waits.
    expect(after.filter((h) => h.status === 'ENROLLED').map((h) => h.name)).toEqual(waiting.slice(0, 3));
    expect(after.filter((h) => h.status === 'WAITLISTED').map((h) => h.name)).toEqual(waiting.slice(3));
  });

  it('refuses rounds and households of a programme that is not food delivery', async () => {
    const res = await gql(coordinator, CREATE_ROUND, {
      input: { programmeId: chatProgrammeId, name: 'x', startsOn: '2099-01-01', endsOn: '2099-01-02', capacity: 1 },
    });
    expect(reasons(res)).toEqual(['PROGRAMME_NOT_FOOD_DELIVERY']);
    const enrolled = await gql(coordinator, ENROL, { input: { programmeId: chatProgrammeId, ...application() } });
    expect(reasons(enrolled)).toEqual(['PROGRAMME_NOT_FOOD_DELIVERY']);
  });

  it('lets counsellors read households of LINE families only, without addresses', async () => {
    const seen = await households(counsellor);
    expect(seen.map((h) => h.id)).toEqual([lineHouseholdId]);
    const staffOnes = await households(coordinator);
    const staffEnrolled = staffOnes.find((h) => h.source === 'STAFF')!;
    expect(errorCodes(await gql(counsellor, HOUSEHOLD, { id: staffEnrolled.id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(counsellor, ADDRESS, { id: lineHouseholdId }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await act(counsellor, 'withdrawFoodHousehold', lineHouseholdId))).toEqual(['FORBIDDEN']);
  });

  it('shows a partner nothing and a municipal viewer aggregates only, small counts hidden', async () => {
    for (const user of [partner, viewer]) {
      expect(errorCodes(await gql(user, HOUSEHOLDS, { programmeId }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await gql(user, HOUSEHOLD, { id: lineHouseholdId }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await gql(user, ROUNDS, { programmeId }))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await gql(partner, SUMMARY, { programmeId }))).toEqual(['FORBIDDEN']);
    // Donations: a citizen's two items, a food bank's twenty, and another city's, which never count.
    const donated = async (tenant: Tenant, pid: string, kind: string, items: number, recordedBy: string) => {
      const donor = randomUUID();
      await ownerQuery(
        `insert into donor (id, tenant_id, kind, organisation_name, created_at, updated_at) values ($1, $2, $3, '寄付者', now(), now())`,
        [donor, tenant.id, kind],
      );
      for (let i = 0; i < items; i++) {
        await ownerQuery(
          `insert into donation_item (id, tenant_id, donor_id, programme_id, received_on, name, quantity, unit, recorded_by, created_at)
           values ($1, $2, $3, $4, '2026-04-01', 'お米', 5, 'kg', $5, now())`,
          [randomUUID(), tenant.id, donor, pid, recordedBy],
        );
      }
    };
    await donated(city, programmeId, 'citizen', 2, coordinator.id);
    await donated(city, programmeId, 'food_bank', 20, coordinator.id);
    const otherAdmin = await t.newUser({ tenant: other, role: TenantRole.TENANT_ADMIN });
    const otherProgramme = await gql<{ createProgramme: { id: string } }>(
      otherAdmin,
      'mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }',
      { input: { name: '他市こども宅食', kind: 'FOOD_DELIVERY' } },
    );
    await donated(other, otherProgramme.data!.createProgramme.id, 'company', 20, otherAdmin.id);
    const summary = await gql<{
      foodDeliverySummary: {
        suppressionThreshold: number;
        statuses: { status: string; households: { value: number | null; display: string } }[];
        rounds: { capacity: number; filled: { display: string } }[];
        donations: { kind: string; donors: { display: string }; items: { display: string } }[];
      };
    }>(viewer, SUMMARY, { programmeId });
    expect(errorCodes(summary)).toEqual([]);
    const k = summary.data!.foodDeliverySummary.suppressionThreshold;
    const enrolled = summary.data!.foodDeliverySummary.statuses.find((s) => s.status === 'ENROLLED')!;
    expect(enrolled.households).toMatchObject({ value: null, display: `<${k}` });
    expect(summary.data!.foodDeliverySummary.rounds.map((r) => r.capacity)).toEqual([5, 2]);
    expect(JSON.stringify(summary.data)).not.toContain('本郷');
    expect(summary.data!.foodDeliverySummary.donations.map((d) => [d.kind, d.donors.display, d.items.display])).toEqual(
      [
        ['CITIZEN', `<${k}`, `<${k}`],
        ['COMPANY', '0', '0'],
        ['FOOD_BANK', `<${k}`, '20'],
      ],
    );
  });

  it('does not return households, rounds or addresses of another tenant', async () => {
    const [round] = (await gql<{ foodRounds: Round[] }>(coordinator, ROUNDS, { programmeId })).data!.foodRounds;
    expect(reasons(await gql(otherCoordinator, HOUSEHOLDS, { programmeId }))).toEqual(['PROGRAMME_NOT_FOOD_DELIVERY']);
    expect(reasons(await gql(otherCoordinator, ROUNDS, { programmeId }))).toEqual(['PROGRAMME_NOT_FOOD_DELIVERY']);
    expect(reasons(await gql(otherCoordinator, SUMMARY, { programmeId }))).toEqual(['PROGRAMME_NOT_FOOD_DELIVERY']);
    expect(errorCodes(await gql(otherCoordinator, HOUSEHOLD, { id: lineHouseholdId }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(otherCoordinator, ADDRESS, { id: lineHouseholdId }))).toEqual(['NOT_FOUND']);
    for (const mutation of ['markFoodHouseholdEligible', 'approveFoodHousehold', 'withdrawFoodHousehold']) {
      expect(errorCodes(await act(otherCoordinator, mutation, lineHouseholdId))).toEqual(['NOT_FOUND']);
    }
    expect(errorCodes(await gql(otherCoordinator, UPDATE_ROUND, { input: { id: round.id, capacity: 50 } }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      reasons(await gql(otherCoordinator, ENROL, { input: { programmeId, ...application({ name: 'よそ' }) } })),
    ).toEqual(['PROGRAMME_NOT_FOOD_DELIVERY']);
    const [{ capacity }] = await ownerQuery<{ capacity: number }>(`select capacity from food_round where id = $1`, [
      round.id,
    ]);
    expect(capacity).toBe(5);
  });

  describe('editing a household', () => {
    const row = async (id: string) =>
      (await ownerQuery<Record<string, unknown>>(`select * from food_household where id = $1`, [id]))[0];
    const updates = () =>
      ownerQuery<{ target_id: string; details: Record<string, unknown> }>(
        `select target_id, details from audit_event where tenant_id = $1 and action = 'food-household.updated' order by seq`,
        [city.id],
      );

    it('changes the fields given, leaves the others and the sealed address as they were, and audits no values', async () => {
      const { id } = await enrol('編集 太郎');
      const before = await row(id);
      const res = await gql<{ updateFoodHousehold: Household & Record<string, unknown> }>(coordinator, UPDATE, {
        input: {
          id,
          name: '編集 次郎',
          childrenBirthMonths: ['2019-04'],
          eligibilityBasis: 'OTHER',
          eligibilityNote: '生活保護',
          allergies: '',
          preferredMethod: 'COURIER',
          visitConsent: false,
        },
      });
      expect(errorCodes(res)).toEqual([]);
      expect(res.data!.updateFoodHousehold).toMatchObject({
        name: '編集 次郎',
        area: '本郷',
        childrenBirthMonths: ['2019-04'],
        eligibilityBasis: 'OTHER',
        eligibilityNote: '生活保護',
        allergies: null,
        preferredMethod: 'COURIER',
        preferredTimes: '平日18時以降',
        visitConsent: false,
        status: 'APPLIED',
      });
      expect((await row(id))['address_sealed']).toBe(before['address_sealed']);

      const moved = await gql(coordinator, UPDATE, {
        input: {
          id,
          address: { postalCode: '１１２－０００１', prefecture: '東京都', city: '文京区', street: '白山五丁目1番' },
        },
      });
      expect(errorCodes(moved)).toEqual([]);
      const sealed = String((await row(id))['address_sealed']);
      expect(sealed).not.toBe(before['address_sealed']);
      expect(sealed).not.toContain('白山');
      const address = await gql<{ foodHouseholdAddress: Record<string, unknown> }>(coordinator, ADDRESS, { id });
      expect(address.data!.foodHouseholdAddress).toEqual({
        postalCode: '112-0001',
        prefecture: '東京都',
        city: '文京区',
        street: '白山五丁目1番',
        building: null,
        phone: null,
      });
      const audited = (await updates()).filter((a) => a.target_id === id);
      expect(audited.map((a) => a.details['changed'])).toEqual([
        'name,childrenBirthMonths,eligibilityBasis,eligibilityNote,allergies,preferredMethod,visitConsent',
        'address',
      ]);
      expect(JSON.stringify(audited)).not.toMatch(/編集|白山|生活保護|112-0001/);
    });

    it('moves the places in planned rounds to a new area and preferred method', async () => {
      const res = await gql(coordinator, UPDATE, {
        input: { id: lineHouseholdId, area: '根津', preferredMethod: 'COURIER' },
      });
      expect(errorCodes(res)).toEqual([]);
      const places = await ownerQuery<{ area: string; delivery_method: string }>(
        `select area, delivery_method from food_round_household where household_id = $1`,
        [lineHouseholdId],
      );
      expect(places.length).toBeGreaterThan(0);
      expect(places.every((p) => p.area === '根津' && p.delivery_method === 'courier')).toBe(true);
    });

    it('refuses an address or a basis that does not validate, and writes nothing', async () => {
      const { id } = await enrol('編集 拒否');
      const before = await row(id);
      const audits = (await updates()).length;
      const address = application().address;
      const cases: [Record<string, unknown>, string, string[]][] = [
        [{ address: { ...address, postalCode: '113-003' } }, 'ADDRESS_INVALID', ['address.postalCode']],
        [{ address: { ...address, prefecture: '東京' } }, 'ADDRESS_INVALID', ['address.prefecture']],
        [
          { name: ' ', address: { ...address, postalCode: '〒1130-033' } },
          'INVALID_INPUT',
          ['address.postalCode', 'name'],
        ],
        [{ eligibilityBasis: 'OTHER' }, 'INVALID_INPUT', ['eligibilityNote']],
        [{ area: '' }, 'INVALID_INPUT', ['area']],
      ];
      for (const [input, reason, fields] of cases) {
        const res = await gql(coordinator, UPDATE, { input: { id, name: '書き換わらない', ...input } });
        expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
        expect(reasons(res)).toEqual([reason]);
        expect(res.errors![0].extensions!.fieldErrors!.map((e) => e.field).sort()).toEqual(fields);
      }
      expect(await row(id)).toEqual(before);
      expect(await updates()).toHaveLength(audits);
    });

    it('refuses to edit a withdrawn household', async () => {
      const { id } = await enrol('編集 辞退');
      expect(errorCodes(await act(coordinator, 'withdrawFoodHousehold', id))).toEqual([]);
      const res = await gql(coordinator, UPDATE, { input: { id, name: '辞退後' } });
      expect(errorCodes(res)).toEqual(['CONFLICT']);
      expect(reasons(res)).toEqual(['FOOD_HOUSEHOLD_WITHDRAWN']);
      expect((await row(id))['name']).toBe('編集 辞退');
    });

    it('lets neither a partner, a municipal viewer, a counsellor nor another tenant edit a household', async () => {
      const before = await row(lineHouseholdId);
      for (const user of [partner, viewer, counsellor]) {
        expect(errorCodes(await gql(user, UPDATE, { input: { id: lineHouseholdId, name: 'x' } }))).toEqual([
          'FORBIDDEN',
        ]);
      }
      expect(errorCodes(await gql(otherCoordinator, UPDATE, { input: { id: lineHouseholdId, name: 'x' } }))).toEqual([
        'NOT_FOUND',
      ]);
      expect(await row(lineHouseholdId)).toEqual(before);
    });
  });
});
