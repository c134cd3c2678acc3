/**
 * The console's menus, built from what the signed-in user may do (`me { permissions }`): an entry shows only
 * when its permission check passes, so nobody is offered a page that would answer FORBIDDEN. Pages still handle
 * FORBIDDEN themselves (a role can change while a page is open).
 */
type Can = (permission: string) => boolean;

export interface TenantNavEntry {
  /** A route under `/$tenant`. */
  to:
    | '/$tenant/inbox'
    | '/$tenant/referrals'
    | '/$tenant/broadcasts'
    | '/$tenant/cases'
    | '/$tenant/settings/assessment-templates'
    | '/$tenant/settings/records-import'
    | '/$tenant/account'
    | '/$tenant/settings/inbox'
    | '/$tenant/settings/partners'
    | '/$tenant/settings/attributes'
    | '/$tenant/settings/broadcasts'
    | '/$tenant/audit'
    | '/$tenant/onboarding'
    | '/$tenant/members'
    | '/$tenant/reports'
    | '/$tenant/programmes'
    | '/$tenant/tasks';
  /** The i18n key of its label. */
  label: string;
  visible: (can: Can) => boolean;
}

export const tenantNavigation: TenantNavEntry[] = [
  {
    to: '/$tenant/inbox',
    label: 'nav.inbox',
    // Partner agencies read the tenant but never its consultations: their home is their referrals.
    visible: (can) => can('tenant:consultations:read') || (can('tenant:read') && !can('tenant:referrals:respond')),
  },
  { to: '/$tenant/referrals', label: 'partner.nav', visible: (can) => can('tenant:referrals:respond') },
  { to: '/$tenant/cases', label: 'nav.cases', visible: (can) => can('tenant:case-records:read') },
  { to: '/$tenant/tasks', label: 'nav.tasks', visible: (can) => can('tenant:counsellor-tasks:manage') },
  {
    to: '/$tenant/onboarding',
    label: 'nav.onboarding',
    // The wizard's steps need the tenant's settings, its channels and its report settings.
    visible: (can) => can('tenant:onboarding:read') && can('tenant:settings:update') && can('tenant:channels:manage'),
  },
  { to: '/$tenant/broadcasts', label: 'nav.broadcasts', visible: (can) => can('tenant:broadcasts:read') },
  { to: '/$tenant/members', label: 'nav.members', visible: (can) => can('tenant:memberships:manage') },
  { to: '/$tenant/reports', label: 'nav.reports', visible: (can) => can('tenant:reports:read') },
  { to: '/$tenant/programmes', label: 'nav.programmes', visible: (can) => can('tenant:programmes:read') },
  {
    to: '/$tenant/settings/inbox',
    label: 'settings.nav.inbox',
    visible: (can) => can('tenant:inbox-settings:manage'),
  },
  {
    to: '/$tenant/settings/partners',
    label: 'settings.nav.partners',
    visible: (can) => can('tenant:partners:manage'),
  },
  {
    to: '/$tenant/settings/attributes',
    label: 'audience.nav',
    visible: (can) => can('tenant:registrant-attributes:manage'),
  },
  {
    to: '/$tenant/settings/broadcasts',
    label: 'nav.broadcastSettings',
    // Named approvers are chosen from the tenant's members.
    visible: (can) => can('tenant:settings:update') && can('tenant:memberships:manage'),
  },
  {
    to: '/$tenant/settings/assessment-templates',
    label: 'nav.assessmentTemplates',
    visible: (can) => can('tenant:assessment-templates:manage'),
  },
  {
    to: '/$tenant/settings/records-import',
    label: 'nav.recordsImport',
    visible: (can) => can('tenant:case-records:import'),
  },
  { to: '/$tenant/audit', label: 'nav.audit', visible: (can) => can('tenant:audit:read') },
  { to: '/$tenant/account', label: 'nav.account', visible: () => true },
];

export interface PlatformNavEntry {
  /** A route under `/platform`, for the NPO's and the platform's staff (no tenant). */
  to: '/platform' | '/platform/tenants' | '/platform/secondments' | '/platform/audit' | '/platform/report';
  label: string;
  visible: (can: Can) => boolean;
}

export const platformNavigation: PlatformNavEntry[] = [
  { to: '/platform/tenants', label: 'nav.platformTenants', visible: (can) => can('platform:tenants:list') },
  { to: '/platform/secondments', label: 'nav.secondments', visible: (can) => can('platform:secondments:manage') },
  { to: '/platform/audit', label: 'nav.audit', visible: (can) => can('platform:audit:read') },
  { to: '/platform/report', label: 'nav.platformReport', visible: (can) => can('platform:reports:read') },
];

/**
 * Whether the page at `pathname` is one of the menu's and hidden from this user: such a page shows that
 * the role may not open it, rather than a frame whose every part says FORBIDDEN (or, worse, says
 * "nothing here"). `prefix` turns an entry into its path (`/$tenant` into `/kobe`). The tenant's
 * home and the account page decide for themselves.
 */
export function hiddenFromUser(
  entries: { to: string; visible: (can: Can) => boolean }[],
  pathname: string,
  can: Can,
  prefix: (to: string) => string,
): boolean {
  const entry = entries.find((e) => {
    const path = prefix(e.to);
    return pathname === path || pathname.startsWith(`${path}/`);
  });
  return entry !== undefined && !entry.visible(can);
}
