import { randomInt } from 'node:crypto';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { connect, testDatabase } from '@tsunagu/platform/testing';
import { errorCodes, TestApp, type TestUser } from './support/test-app';

const CREATE = `mutation($input: CreateLineChannelInput!) {
  createLineChannel(input: $input) {
    id name lineChannelId channelSecretLast4 channelAccessTokenLast4 status webhookUrl welcomeMessage
    businessHours { closedOnPublicHolidays weekly { day start end } }
  }
}`;
const UPDATE =
  'mutation($input: UpdateLineChannelInput!) { updateLineChannel(input: $input) { id name channelSecretLast4 status } }';

const lineChannelId = () => String(randomInt(1_000_000_000, 2_000_000_000));
const secret = () => Array.from({ length: 32 }, () => '0123456789abcdef'[randomInt(16)]).join('');

describe('LINE channels', () => {
  let t: TestApp;
  let tenant: Tenant;
  let otherTenant: Tenant;
  let admin: TestUser;
  let otherAdmin: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    tenant = await t.newTenant();
    otherTenant = await t.newTenant();
    admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    otherAdmin = await t.newUser({ tenant: otherTenant, role: TenantRole.TENANT_ADMIN });
  });

  afterAll(async () => {
    await t.close();
  });

  const input = (overrides: Record<string, unknown> = {}) => ({
    name: 'ここならチャットKOBE',
    lineChannelId: lineChannelId(),
    channelSecret: secret(),
    channelAccessToken: `token-${secret()}${secret()}`,
    welcomeMessage: 'ご登録ありがとうございます。',
    businessHours: {
      closedOnPublicHolidays: true,
      weekly: [
        { day: 'MON', start: '09:00', end: '17:00' },
        { day: 'TUE', start: '09:00', end: '17:00' },
      ],
    },
    outOfHoursReply: 'ただいま受付時間外です。',
    ...overrides,
  });

  it('connects a channel, shows only the last four characters of its secrets, and keeps them encrypted', async () => {
    const given = input();
    const res = await t.graphql<{ createLineChannel: Record<string, unknown> & { id: string } }>(
      CREATE,
      { input: given },
      { token: admin.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createLineChannel).toMatchObject({
      name: 'ここならチャットKOBE',
      lineChannelId: given.lineChannelId,
      channelSecretLast4: given.channelSecret.slice(-4),
      channelAccessTokenLast4: given.channelAccessToken.slice(-4),
      status: 'ACTIVE',
      webhookUrl: expect.stringMatching(new RegExp(`/webhooks/line/${given.lineChannelId}$`)),
      businessHours: {
        closedOnPublicHolidays: true,
        weekly: [
          { day: 'MON', start: '09:00', end: '17:00' },
          { day: 'TUE', start: '09:00', end: '17:00' },
        ],
      },
    });
    expect(JSON.stringify(res.data)).not.toContain(given.channelSecret);
    const owner = await connect(testDatabase().migrationUrl);
    try {
      const { rows } = await owner.query<{ channel_secret: string; channel_access_token: string }>(
        'select channel_secret, channel_access_token from line_channel where id = $1',
        [res.data!.createLineChannel.id],
      );
      expect(rows[0].channel_secret).not.toContain(given.channelSecret);
      expect(rows[0].channel_access_token).not.toContain(given.channelAccessToken);
    } finally {
      await owner.end();
    }
  });

  it('counts as configured in the onboarding checklist', async () => {
    const fresh = await t.newTenant();
    const freshAdmin = await t.newUser({ tenant: fresh, role: TenantRole.TENANT_ADMIN });
    const checklist = () =>
      t.graphql<{ onboardingChecklist: { channels: boolean } }>(
        '{ onboardingChecklist { channels } }',
        {},
        { token: freshAdmin.token },
      );
    expect((await checklist()).data!.onboardingChecklist.channels).toBe(false);
    await t.graphql(CREATE, { input: input() }, { token: freshAdmin.token });
    expect((await checklist()).data!.onboardingChecklist.channels).toBe(true);
  });

  it('updates a channel and replaces a secret without ever returning it', async () => {
    const created = await t.graphql<{ createLineChannel: { id: string } }>(
      CREATE,
      { input: input() },
      { token: admin.token },
    );
    const newSecret = secret();
    const res = await t.graphql<{ updateLineChannel: Record<string, unknown> }>(
      UPDATE,
      {
        input: {
          id: created.data!.createLineChannel.id,
          name: '新しい名前',
          channelSecret: newSecret,
          status: 'DISABLED',
        },
      },
      { token: admin.token },
    );
    expect(res.data!.updateLineChannel).toEqual({
      id: created.data!.createLineChannel.id,
      name: '新しい名前',
      channelSecretLast4: newSecret.slice(-4),
      status: 'DISABLED',
    });
  });

  it('answers CONFLICT when the LINE channel is already connected, saying nothing of the tenant that has it', async () => {
    const given = input({ name: `他市のチャネル ${otherTenant.slug}` });
    const theirs = await t.graphql<{ createLineChannel: { id: string } }>(
      CREATE,
      { input: given },
      { token: otherAdmin.token },
    );
    const res = await t.graphql(
      CREATE,
      { input: { ...given, name: 'ここならチャットKOBE', channelSecret: secret() } },
      { token: admin.token },
    );
    const expected = [
      {
        message: 'This LINE channel is already connected to tsunagu',
        path: ['createLineChannel'],
        locations: [{ line: 2, column: 3 }],
        extensions: {
          code: 'CONFLICT',
          reason: 'LINE_CHANNEL_TAKEN',
          fieldErrors: [{ field: 'lineChannelId', messages: ['lineChannelId is already connected'] }],
        },
      },
    ];
    expect(res.errors).toEqual(expected);
    const answer = JSON.stringify(res);
    for (const secretOfTheirs of [
      otherTenant.id,
      otherTenant.slug,
      otherTenant.nameJa,
      otherTenant.nameEn,
      theirs.data!.createLineChannel.id,
      given.name,
    ]) {
      expect(answer).not.toContain(secretOfTheirs);
    }
    // The same answer as when this tenant itself has the channel: nothing tells the two apart.
    const own = input();
    await t.graphql(CREATE, { input: own }, { token: admin.token });
    const again = await t.graphql(CREATE, { input: { ...own, channelSecret: secret() } }, { token: admin.token });
    expect(again.errors).toEqual(expected);
  });

  it('refuses malformed secrets and business hours that end before they start', async () => {
    const bad = await t.graphql(CREATE, { input: input({ channelSecret: 'not-hex' }) }, { token: admin.token });
    expect(bad.errors?.[0].extensions?.fieldErrors?.map((f) => f.field)).toEqual(['channelSecret']);
    const hours = await t.graphql(
      CREATE,
      {
        input: input({
          businessHours: { closedOnPublicHolidays: false, weekly: [{ day: 'MON', start: '17:00', end: '09:00' }] },
        }),
      },
      { token: admin.token },
    );
    expect(errorCodes(hours)).toEqual(['BAD_USER_INPUT']);
  });

  it('does not return LINE channels of another tenant, nor let another tenant change them', async () => {
    const mine = await t.graphql<{ createLineChannel: { id: string } }>(
      CREATE,
      { input: input({ name: '自分のチャネル' }) },
      { token: admin.token },
    );
    const theirs = await t.graphql<{ lineChannels: { id: string }[] }>(
      '{ lineChannels { id name } }',
      {},
      { token: otherAdmin.token },
    );
    expect(theirs.data!.lineChannels.map((c) => c.id)).not.toContain(mine.data!.createLineChannel.id);
    const res = await t.graphql(
      UPDATE,
      { input: { id: mine.data!.createLineChannel.id, name: '乗っ取り' } },
      { token: otherAdmin.token },
    );
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
  });

  it('is configured by tenant admins only', async () => {
    const counselor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    expect(errorCodes(await t.graphql('{ lineChannels { id } }', {}, { token: counselor.token }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await t.graphql(CREATE, { input: input() }, { token: counselor.token }))).toEqual(['FORBIDDEN']);
  });
});
