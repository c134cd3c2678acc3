import type { useNavigate } from '@tanstack/react-router';

/**
 * Where a fresh session goes: MFA enrolment when the role requires it, else the page that sent the
 * user to the login (a mailed link), else the home route, which picks the tenant.
 */
export function afterSignIn(
  navigate: ReturnType<typeof useNavigate>,
  enrollmentRequired: boolean,
  redirect: string | undefined,
): void {
  if (enrollmentRequired) {
    void navigate({ to: '/mfa/setup', search: { redirect } });
  } else if (redirect && redirect.startsWith('/') && !redirect.startsWith('//')) {
    void navigate({ href: redirect, replace: true });
  } else {
    void navigate({ to: '/', replace: true });
  }
}
