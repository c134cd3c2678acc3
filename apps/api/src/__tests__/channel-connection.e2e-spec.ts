import { LineSandbox } from '@tsunagu/line-sandbox';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { lineSpecValidator } from '@tsunagu/platform/testing';
import { createLineChannel, ownerQuery, secretHex } from './support/line';
import { errorCodes, TestApp, type TestUser } from './support/test-app';

const CHECK = `mutation($input: CheckLineChannelConnectionInput!) {
  checkLineChannelConnection(input: $input) { ok botDisplayName botBasicId problem detail checkedAt }
}`;

interface Check {
  ok: boolean;
  botDisplayName: string | null;
  botBasicId: string | null;
  problem: string | null;
  detail: string | null;
}

describe("LINE channels: checking the access token with LINE's bot info", () => {
  const sandbox = new LineSandbox();
  let t: TestApp;
  let tenant: Tenant;
  let otherTenant: Tenant;
  let admin: TestUser;
  let otherAdmin: TestUser;

  beforeAll(async () => {
    await sandbox.start();
    t = await TestApp.start({ LINE_API_BASE_URL: sandbox.url, LINE_API_TIMEOUT_MS: '1000' });
    tenant = await t.newTenant();
    otherTenant = await t.newTenant();
    admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    otherAdmin = await t.newUser({ tenant: otherTenant, role: TenantRole.TENANT_ADMIN });
  });

  afterAll(async () => {
    await t.close();
    await sandbox.stop();
  });

  const check = (channelId: string, as: TestUser = admin) =>
    t.graphql<{ checkLineChannelConnection: Check }>(CHECK, { input: { id: channelId } }, { token: as.token });

  /** A channel whose access token the test knows, to revoke it in the sandbox. */
  const channelWithToken = async () => {
    const accessToken = `token-${secretHex()}`;
    const res = await t.graphql<{ createLineChannel: { id: string } }>(
      'mutation($input: CreateLineChannelInput!) { createLineChannel(input: $input) { id } }',
      {
        input: {
          name: '接続確認',
          lineChannelId: String(1_000_000_000 + Math.floor(Math.random() * 1e9)),
          channelSecret: secretHex(),
          channelAccessToken: accessToken,
        },
      },
      { token: admin.token },
    );
    return { id: res.data!.createLineChannel.id, accessToken };
  };

  it("says the token works and names the bot, after calling GET /v2/bot/info with the channel's token", async () => {
    const { id } = await channelWithToken();
    const before = sandbox.recorded('botInfo').length;
    const res = await check(id);
    expect(res.errors).toBeUndefined();
    expect(res.data?.checkLineChannelConnection).toMatchObject({
      ok: true,
      botDisplayName: sandbox.bot.displayName,
      botBasicId: sandbox.bot.basicId,
      problem: null,
    });
    const calls = sandbox.recorded('botInfo').slice(before);
    expect(calls.map((c) => [c.method, c.path, c.status])).toEqual([['GET', '/v2/bot/info', 200]]);
    const audited = await ownerQuery<{ details: Record<string, string> }>(
      `select details from audit_event where tenant_id = $1 and action = 'channel.connection_checked' and target_id = $2`,
      [tenant.id, id],
    );
    expect(audited.map((a) => a.details)).toEqual([{ ok: 'true' }]);
  });

  it('answers what the real LINE platform answers: the bot info of the OpenAPI file', async () => {
    const validate = lineSpecValidator('messaging-api.yml');
    if (!validate) return;
    const response = await fetch(`${sandbox.url}/v2/bot/info`, { headers: { authorization: 'Bearer any-token' } });
    expect(validate('BotInfoResponse', await response.json())).toEqual([]);
  });

  it('says plainly when LINE refuses the token', async () => {
    const { id, accessToken } = await channelWithToken();
    sandbox.revokeAccessToken(accessToken);
    const res = await check(id);
    expect(res.data?.checkLineChannelConnection).toMatchObject({
      ok: false,
      problem: 'UNAUTHORIZED_TOKEN',
      detail: 'HTTP 401',
      botDisplayName: null,
    });
  });

  it('says when LINE cannot be reached in time, and when it fails', async () => {
    const { id } = await createLineChannel(t, admin.token);
    sandbox.failNext('botInfo', 'timeout');
    expect((await check(id)).data?.checkLineChannelConnection).toMatchObject({ ok: false, problem: 'UNREACHABLE' });
    sandbox.failNext('botInfo', { status: 503 });
    expect((await check(id)).data?.checkLineChannelConnection).toMatchObject({
      ok: false,
      problem: 'LINE_ERROR',
      detail: 'HTTP 503',
    });
  });

  it('does not check the channel of another tenant', async () => {
    const { id } = await createLineChannel(t, otherAdmin.token);
    const before = sandbox.recorded('botInfo').length;
    const res = await check(id);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'LINE_CHANNEL_NOT_FOUND' });
    expect(sandbox.recorded('botInfo')).toHaveLength(before);
  });

  it('is refused to a counsellor, and to a request with other operations', async () => {
    const { id } = await createLineChannel(t, admin.token);
    const counselor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    expect(errorCodes(await check(id, counselor))).toEqual(['FORBIDDEN']);
    const mixed = await t.graphql(
      `mutation($input: CheckLineChannelConnectionInput!) {
        checkLineChannelConnection(input: $input) { ok }
        markRosterReviewed
      }`,
      { input: { id } },
      { token: admin.token },
    );
    expect(mixed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MIXED_SCOPES' });
  });
});
