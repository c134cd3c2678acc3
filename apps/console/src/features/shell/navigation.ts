/**
 * The console's menus, built from what the signed-in user may do (`me { permissions }`): an entry shows only
 * when its permission check passes, so nobody is offered a page that would answer FORBIDDEN. Pages still handle
 * FORBIDDEN themselves (a role can change while a page is open).
 */
type Can = (permission: string) => boolean;

export interface TenantNavEntry {
  /** A route under `/$tenant`. */
  to: '/$tenant/inbox' | '/$tenant/account' | '/$tenant/reports';
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
  { to: '/$tenant/reports', label: 'reports.nav', visible: (can) => can('tenant:reports:read') },
  { to: '/$tenant/account', label: 'nav.account', visible: () => true },
];

export interface PlatformNavEntry {
  /** A route under `/platform`, for the NPO's and the platform's staff (no tenant). */
  to: '/platform' | '/platform/report';
  label: string;
  visible: (can: Can) => boolean;
}

export const platformNavigation: PlatformNavEntry[] = [
  { to: '/platform/report', label: 'reports.platform.nav', visible: (can) => can('platform:reports:read') },
];
