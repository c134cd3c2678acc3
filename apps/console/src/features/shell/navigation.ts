/**
 * The console's menus, built from what the signed-in user may do (`me { permissions }`): an entry shows only
 * when its permission check passes, so nobody is offered a page that would answer FORBIDDEN. Pages still handle
 * FORBIDDEN themselves (a role can change while a page is open).
 */
type Can = (permission: string) => boolean;

export interface TenantNavEntry {
  /** A route under `/$tenant`. */
  to: '/$tenant/inbox' | '/$tenant/account' | '/$tenant/onboarding' | '/$tenant/members';
  /** The i18n key of its label. */
  label: string;
  visible: (can: Can) => boolean;
}

export const tenantNavigation: TenantNavEntry[] = [
  {
    to: '/$tenant/inbox',
    label: 'nav.inbox',
    visible: (can) => can('tenant:consultations:read') || can('tenant:read'),
  },
  { to: '/$tenant/account', label: 'nav.account', visible: () => true },
  {
    to: '/$tenant/onboarding',
    label: 'onboarding.nav',
    // The wizard's steps need the tenant's settings, its channels and its report settings.
    visible: (can) => can('tenant:onboarding:read') && can('tenant:settings:update') && can('tenant:channels:manage'),
  },
  { to: '/$tenant/members', label: 'members.nav', visible: (can) => can('tenant:memberships:manage') },
];

export interface PlatformNavEntry {
  /** A route under `/platform`, for the NPO's and the platform's staff (no tenant). */
  to: '/platform' | '/platform/tenants';
  label: string;
  visible: (can: Can) => boolean;
}

export const platformNavigation: PlatformNavEntry[] = [
  { to: '/platform/tenants', label: 'platformTenants.nav', visible: (can) => can('platform:tenants:list') },
];
