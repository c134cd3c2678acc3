import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { followEvent, LineSandbox, randomLineUserId, textMessageEvent } from '@tsunagu/line-sandbox';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { createLineChannel, deliver, eventually, ownerQuery, type TestChannel } from './support/line';
import { errorCodes, TestApp, type GraphQLResponse } from './support/test-app';

const FORM = `query($slug: String!, $token: String!) { foodApplicationForm(tenantSlug: $slug, token: $token) { programmeName } }`;
const SUBMIT = `mutation($input: SubmitFoodApplicationInput!) { submitFoodApplication(input: $input) { programmeName } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

/**
 * The food application page needs no sign-in: its form and its submission share one budget per
 * client address (PUBLIC_FORM_RATE_LIMIT_PER_MINUTE, 3 here). Over it they answer TOO_MANY_REQUESTS,
 * write nothing and leave the link unspent; another address, and sign-in, keep their own budgets.
 */
describe('food application: rate limit per client address', () => {
  const sandbox = new LineSandbox();
  let t: TestApp;
  let port: number;
  let city: Tenant;
  let channel: TestChannel;

  beforeAll(async () => {
    await sandbox.start();
    t = await TestApp.start({
      PUBLIC_FORM_RATE_LIMIT_PER_MINUTE: '3',
      JOB_WORKERS: '1',
      LINE_API_BASE_URL: sandbox.url,
      LINE_DATA_API_BASE_URL: sandbox.url,
    });
    city = await t.newTenant({ nameJa: '文京区' });
    const admin = await t.newUser({ tenant: city, role: TenantRole.TENANT_ADMIN });
    channel = await createLineChannel(t, admin.token);
    const created = await t.graphql<{ createProgramme: { id: string } }>(
      'mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }',
      { input: { name: '文京区こども宅食', kind: 'FOOD_DELIVERY', channelIds: [channel.id] } },
      { token: admin.token },
    );
    expect(errorCodes(created)).toEqual([]);
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  }, 120_000);

  afterAll(async () => {
    await t.close();
    await sandbox.stop();
  });

  /** A GraphQL request sent from `address` (another loopback address: another client address). */
  const from = (address: string, query: string, variables: Record<string, unknown>): Promise<GraphQLResponse> =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ query, variables });
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          localAddress: address,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, ...(JSON.parse(Buffer.concat(chunks).toString()) as object) }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const code = (res: GraphQLResponse) => errorCodes(res)[0];

  /** The one-time link a family gets on LINE by writing 宅食. */
  const linkToken = async (): Promise<string> => {
    const family = randomLineUserId();
    await deliver(t, channel, [followEvent(family), textMessageEvent(family, '宅食')]);
    const [sent] = await eventually(
      () =>
        ownerQuery<{ text: string }>(
          `select m.text from message m join conversation c on c.id = m.conversation_id
            join registrant r on r.id = c.registrant_id where r.line_user_id = $1 and m.direction = 'out'`,
          [family],
        ),
      (rows) => rows.length >= 1,
    );
    return /food-delivery#([A-Za-z0-9_-]+)/.exec(sent.text)![1];
  };

  const application = (token: string) => ({
    input: {
      tenantSlug: city.slug,
      token,
      name: '本郷 花子',
      address: { postalCode: '113-0033', prefecture: '東京都', city: '文京区', street: '本郷七丁目3番1号' },
      area: '本郷',
      childrenBirthMonths: ['2018-05'],
      eligibilityBasis: 'CHILD_REARING_ALLOWANCE',
      preferredMethod: 'HAND',
      visitConsent: true,
    },
  });

  it('refuses the form and the submission over the budget of an address, writing nothing and spending no link', async () => {
    const token = await linkToken();
    const address = '127.0.0.41';
    const answers = [
      await from(address, FORM, { slug: city.slug, token }),
      await from(address, FORM, { slug: city.slug, token: 'not-a-token' }),
      await from(address, FORM, { slug: city.slug, token }),
      await from(address, SUBMIT, application(token)),
      await from(address, FORM, { slug: city.slug, token }),
    ];
    // A refused token still counted: guessing costs the budget as much as using a link.
    expect(answers.map(code)).toEqual([
      undefined,
      'BAD_USER_INPUT',
      undefined,
      'TOO_MANY_REQUESTS',
      'TOO_MANY_REQUESTS',
    ]);
    expect(await ownerQuery('select 1 from food_household where tenant_id = $1', [city.id])).toHaveLength(0);
    expect(
      await ownerQuery('select 1 from food_application_token where tenant_id = $1 and used_at is not null', [city.id]),
    ).toHaveLength(0);

    // The same link, from another address, is taken; signing in from the first keeps its own budget.
    expect(code(await from('127.0.0.42', SUBMIT, application(token)))).toBeUndefined();
    expect(await ownerQuery('select 1 from food_household where tenant_id = $1', [city.id])).toHaveLength(1);
    const login = await from(address, LOGIN, { input: { email: 'nobody@example.test', password: 'wrong-password' } });
    expect(code(login)).toBe('UNAUTHENTICATED');
  });
});
