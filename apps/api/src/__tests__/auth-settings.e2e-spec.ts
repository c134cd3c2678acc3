import { PlatformRole, TenantRole } from '@tsunagu/platform/permissions';
import { errorCodes, TEST_PASSWORD, TestApp, type GraphQLResponse } from './support/test-app';

// Each test boots the API with its own configuration.
const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { accessToken refreshToken mfaRequired mfaToken mfaEnrollmentRequired }
}`;

interface Payload {
  accessToken: string | null;
  mfaEnrollmentRequired: boolean;
}

describe('authentication settings', () => {
  it('rate-limits the authentication mutations per address', async () => {
    const limited = await TestApp.start({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const answers: GraphQLResponse[] = [];
      for (let i = 0; i < 4; i++) {
        answers.push(
          await limited.graphql(LOGIN, { input: { email: 'nobody@example.test', password: 'not a password' } }),
        );
      }
      expect(answers.map((a) => errorCodes(a)[0])).toEqual([
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
        'TOO_MANY_REQUESTS',
      ]);
    } finally {
      await limited.close();
    }
  });

  it('requires MFA of platform roles when MFA_REQUIRED_FOR_PLATFORM_ROLES is on', async () => {
    const strict = await TestApp.start({ MFA_REQUIRED_FOR_PLATFORM_ROLES: '1' });
    try {
      const admin = await strict.newUser({ platformRoles: [PlatformRole.PLATFORM_ADMIN] });
      const payload = (
        await strict.graphql<{ login: Payload }>(LOGIN, { input: { email: admin.email, password: TEST_PASSWORD } })
      ).data!.login;
      expect(payload.mfaEnrollmentRequired).toBe(true);
      const blocked = await strict.graphql('{ tenants { slug } }', {}, { token: payload.accessToken! });
      expect(blocked.errors?.[0].extensions?.reason).toBe('MFA_ENROLLMENT_REQUIRED');
    } finally {
      await strict.close();
    }
  });

  it('keeps mails in the dev outbox without SMTP, readable by platform admins only', async () => {
    const demo = await TestApp.start();
    try {
      const tenant = await demo.newTenant();
      const admin = await demo.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
      const platformAdmin = await demo.newUser({ platformRoles: [PlatformRole.PLATFORM_ADMIN] });
      await demo.graphql(
        'mutation { inviteUser(input: { email: "outbox@example.test", role: COORDINATOR }) { id } }',
        {},
        { token: admin.token },
      );
      const outbox = await demo.graphql<{ devOutbox: { to: string; subject: string; body: string }[] }>(
        '{ devOutbox(first: 10) { to subject body } }',
        {},
        { token: platformAdmin.token },
      );
      const mail = outbox.data!.devOutbox.find((m) => m.to === 'outbox@example.test');
      expect(mail?.body).toMatch(/accept-invitation\?token=/);
      expect(errorCodes(await demo.graphql('{ devOutbox { to } }', {}, { token: admin.token }))).toEqual(['FORBIDDEN']);
    } finally {
      await demo.close();
    }
  });
});
