import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Navigate,
  Outlet,
  redirect,
  type ParsedLocation,
} from '@tanstack/react-router';
import { z } from 'zod';
import { apiErrors, reasonOf } from './lib/errors';
import { anonymousClient, lastTenant, tenantClient } from './lib/clients';
import { freshAccessToken } from './lib/session';
import { LoginPage } from './features/auth/LoginPage';
import { ForgotPasswordPage } from './features/auth/ForgotPasswordPage';
import { ResetPasswordPage } from './features/auth/ResetPasswordPage';
import { AcceptInvitationPage } from './features/auth/AcceptInvitationPage';
import { ChooseTenantPage } from './features/shell/ChooseTenantPage';
import { TenantShell } from './features/shell/TenantShell';
import { WelcomePage } from './features/shell/WelcomePage';
import { InboxPage, NoConversation } from './features/inbox/InboxPage';
import { ConversationView } from './features/inbox/ConversationView';
import { inboxSearch } from './features/inbox/search';
import { useShell } from './features/shell/useShell';
import { ReferralPage } from './features/referrals/ReferralPage';
import { PartnerReferralsPage } from './features/partner/PartnerReferralsPage';
import { PartnerReferralPage } from './features/partner/PartnerReferralPage';
import { RouteError, NotFoundPage } from './features/shell/RouteError';
import { MY_TENANTS, SHELL } from './features/shell/queries';
import { tenantNavigation } from './features/shell/navigation';
import { PlatformHome, PlatformShell } from './features/platform/PlatformShell';
import { onboardingSearch } from './features/onboarding/search';
import { casesSearch } from './features/records/search';

/** Pages that need a session: restore it from the refresh cookie (a reload), or go to the login. */
async function requireSession(location: ParsedLocation): Promise<void> {
  if (await freshAccessToken()) return;
  throw redirect({ to: '/login', search: { redirect: location.href, notice: undefined } });
}

/** A signed-in query refused because the role requires MFA first: the enrolment-only state. */
function enrolmentRequired(error: unknown, location: ParsedLocation): void {
  if (reasonOf(error) === 'MFA_ENROLLMENT_REQUIRED') {
    throw redirect({ to: '/mfa/setup', search: { redirect: location.href, from: undefined } });
  }
}

async function myTenants(location: ParsedLocation) {
  try {
    const { data } = await anonymousClient.query({ query: MY_TENANTS, fetchPolicy: 'network-only' });
    // A refused `me` comes with its error (thrown above); null without one would be the API's fault.
    if (!data?.me) throw new Error('no data');
    return data.me;
  } catch (error) {
    enrolmentRequired(error, location);
    throw error;
  }
}

const rootRoute = createRootRoute({
  component: Outlet,
  errorComponent: RouteError,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: z.object({
    redirect: z.string().optional(),
    notice: z.enum(['expired', 'passwordReset', 'signedOut', 'invitationAccepted']).optional(),
  }),
  component: LoginPage,
});

const forgotRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: ForgotPasswordPage,
});

const resetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  validateSearch: z.object({ token: z.string().optional() }),
  component: ResetPasswordPage,
});

const acceptRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/accept-invitation',
  validateSearch: z.object({ token: z.string().optional() }),
  component: AcceptInvitationPage,
});

const mfaSetupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mfa/setup',
  // redirect: where to go once enrolled (the enrolment-only state); from: the account page it came from.
  validateSearch: z.object({ redirect: z.string().optional(), from: z.string().optional() }),
  beforeLoad: ({ location }) => requireSession(location),
  component: lazyRouteComponent(() => import('./features/auth/MfaSetupPage')),
});

/** Home: the last tenant used, the only one, or the chooser. */
const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: async ({ location }) => {
    await requireSession(location);
    const me = await myTenants(location);
    const slugs = me.memberships.map((m) => m.tenant.slug);
    const last = lastTenant();
    const tenant = last && slugs.includes(last) ? last : slugs.length === 1 ? slugs[0] : undefined;
    if (tenant) throw redirect({ to: '/$tenant', params: { tenant } });
    // The NPO's and the platform's staff, who belong to no tenant, work outside any.
    if (slugs.length === 0 && me.platformRoles.length > 0) throw redirect({ to: '/platform' });
    throw redirect({ to: '/tenants', search: { next: undefined } });
  },
});

const chooseTenantRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tenants',
  validateSearch: z.object({ next: z.string().optional() }),
  beforeLoad: ({ location }) => requireSession(location),
  loader: ({ location }) => myTenants(location),
  component: ChooseTenantPage,
});

/** A mailed link names no tenant: the user's only one, or the chooser, which then goes on to it. */
function forwardToTenant(next: string) {
  return async ({ location }: { location: ParsedLocation }) => {
    await requireSession(location);
    const me = await myTenants(location);
    if (me.memberships.length === 1 && me.platformRoles.length === 0) {
      throw redirect({ href: `/${me.memberships[0]?.tenant.slug}/${next}`, replace: true });
    }
    throw redirect({ to: '/tenants', search: { next }, replace: true });
  };
}

const conversationLinkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/inbox/conversations/$id',
  beforeLoad: ({ location, params }) =>
    forwardToTenant(`inbox/conversations/${encodeURIComponent(params.id)}`)({ location }),
});

const referralLinkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/referrals/$id',
  beforeLoad: ({ location, params }) => forwardToTenant(`referrals/${encodeURIComponent(params.id)}`)({ location }),
});

export const tenantRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/$tenant',
  beforeLoad: ({ location }) => requireSession(location),
  loader: async ({ params, location }) => {
    const client = tenantClient(params.tenant);
    try {
      const { data } = await client.query({ query: SHELL, fetchPolicy: 'network-only' });
      // Refused, `me` or `tenant` comes with its error (thrown above); every tenant page needs both.
      if (!data?.me || !data.tenant) throw new Error('no data');
      return { me: data.me, tenant: data.tenant, slug: params.tenant };
    } catch (error) {
      enrolmentRequired(error, location);
      if (apiErrors(error)[0]?.extensions?.code === 'FORBIDDEN') {
        throw redirect({ to: '/tenants', search: { next: undefined } });
      }
      throw error;
    }
  },
  component: TenantShell,
});

/**
 * Counsellors get the inbox; partner agencies, who never see consultations, their referrals; everyone
 * else a page that says where they are and as what.
 */
function InboxOrWelcome() {
  const { can, slug } = useShell();
  if (can('tenant:consultations:read')) return <InboxPage />;
  if (can('tenant:referrals:respond')) return <Navigate to="/$tenant/referrals" params={{ tenant: slug }} replace />;
  return <WelcomePage />;
}

export const inboxRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/inbox',
  validateSearch: inboxSearch,
  component: InboxOrWelcome,
});

const inboxIndexRoute = createRoute({ getParentRoute: () => inboxRoute, path: '/', component: NoConversation });

export const conversationRoute = createRoute({
  getParentRoute: () => inboxRoute,
  path: '/conversations/$id',
  component: ConversationView,
});

/** The partner agency's portal: the referrals sent to it. Others have no such list: their home instead. */
function PartnerReferralsOrHome() {
  const { can, slug } = useShell();
  return can('tenant:referrals:respond') ? (
    <PartnerReferralsPage />
  ) : (
    <Navigate to="/$tenant" params={{ tenant: slug }} replace />
  );
}

export const referralsRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/referrals',
  component: PartnerReferralsOrHome,
});

/** One referral: the partner agency answers it here, the referring side follows it. */
function ReferralForSide() {
  const { can } = useShell();
  return can('tenant:referrals:respond') ? <PartnerReferralPage /> : <ReferralPage />;
}

export const referralRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/referrals/$id',
  component: ReferralForSide,
});

export const accountRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/account',
  component: lazyRouteComponent(() => import('./features/account/AccountPage')),
});

export const tenantAuditRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/audit',
  component: lazyRouteComponent(() => import('./features/audit/pages'), 'TenantAuditPage'),
});

export const onboardingRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/onboarding',
  validateSearch: onboardingSearch,
  component: lazyRouteComponent(() => import('./features/onboarding/OnboardingPage')),
});

export const membersRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/members',
  component: lazyRouteComponent(() => import('./features/members/MembersPage')),
});

/** The tenant's activity report; the period and exact counts are in the URL, so a view can be bookmarked. */
export const reportsRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/reports',
  validateSearch: z.object({
    fy: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
    month: z.coerce.number().int().min(1).max(12).optional().catch(undefined),
    exact: z.boolean().optional().catch(undefined),
    programme: z.string().uuid().optional().catch(undefined),
  }),
  component: lazyRouteComponent(() => import('./features/reports/ReportsPage')),
});

/** Programmes (事業) with their contracts, and a contract's KPIs (target against actual). */
export const programmesRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/programmes',
  component: lazyRouteComponent(() => import('./features/programmes/ProgrammesPage')),
});

/** A food-delivery programme's households (with the waitlist) and rounds; one household. */
export const foodDeliveryRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/programmes/$programmeId/food-delivery',
  validateSearch: z.object({
    household: z
      .enum(['APPLIED', 'ELIGIBLE', 'INELIGIBLE', 'ENROLLED', 'WAITLISTED', 'WITHDRAWN'])
      .optional()
      .catch(undefined),
  }),
  component: lazyRouteComponent(() => import('./features/food-delivery/FoodDeliveryPage')),
});

export const foodHouseholdRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/programmes/food-delivery/households/$id',
  component: lazyRouteComponent(() => import('./features/food-delivery/HouseholdPage')),
});

export const foodEnrolRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/programmes/$programmeId/food-delivery/enrol',
  component: lazyRouteComponent(() => import('./features/food-delivery/EnrolPage')),
});

/** The application page a family's LINE link opens: no sign-in, the one-time token in the fragment. */
const foodApplicationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/apply/$tenant/food-delivery',
  component: lazyRouteComponent(() => import('./features/food-delivery/ApplicationPage')),
});

export const contractKpisRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/programmes/contracts/$id',
  component: lazyRouteComponent(() => import('./features/programmes/ContractKpiPage')),
});

/** A food-delivery programme's donations: stock, receiving items, allocation to rounds, donors and thanks. */
export const donationsRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/programmes/$programmeId/donations',
  validateSearch: z.object({
    tab: z.enum(['stock', 'receive', 'rounds', 'donors']).optional().catch(undefined),
  }),
  component: lazyRouteComponent(() => import('./features/donations/DonationsPage')),
});

/** A food-delivery round's operations: packing list, assignment, outcomes and observations, courier CSV. */
export const foodRoundRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/food-delivery/rounds/$roundId',
  component: lazyRouteComponent(() => import('./features/food-rounds/RoundOperationsPage')),
});

/** Counsellors' tasks about families (a delivery's worrying observation). */
export const tasksRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/tasks',
  component: lazyRouteComponent(() => import('./features/tasks/CounsellorTasksPage')),
});

/** Broadcasts to registered families: the list, the composer, one broadcast (its approval and figures). */
export const broadcastsRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/broadcasts',
  component: lazyRouteComponent(() => import('./features/broadcasts/BroadcastsPage')),
});

const newBroadcastRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/broadcasts/new',
  component: lazyRouteComponent(() => import('./features/broadcasts/BroadcastComposer'), 'NewBroadcastPage'),
});

const broadcastRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/broadcasts/$id',
  component: lazyRouteComponent(() => import('./features/broadcasts/BroadcastPage'), 'BroadcastPage'),
});

const editBroadcastRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/broadcasts/$id/edit',
  component: lazyRouteComponent(() => import('./features/broadcasts/BroadcastComposer'), 'EditBroadcastPage'),
});

/** Case records: the list (filters in the address), a case, and the admins' template editor. */
export const casesRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/cases',
  validateSearch: casesSearch,
  component: lazyRouteComponent(() => import('./features/records/CaseListPage')),
});

export const caseRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/cases/$id',
  component: lazyRouteComponent(() => import('./features/records/CasePage')),
});

export const assessmentTemplatesRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/settings/assessment-templates',
  component: lazyRouteComponent(() => import('./features/records/TemplatesPage')),
});

/** The tenant admins' import of kintone exports into a template. */
export const recordsImportRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/settings/records-import',
  component: lazyRouteComponent(() => import('./features/records/ImportPage')),
});

/** A tenant's home: the first page of its menu this user may open. */
function TenantHome() {
  const { can, slug } = useShell();
  const first = tenantNavigation.find((entry) => entry.visible(can));
  return <Navigate to={first?.to ?? '/$tenant/account'} params={{ tenant: slug }} replace />;
}

const tenantIndexRoute = createRoute({ getParentRoute: () => tenantRoute, path: '/', component: TenantHome });

export const inboxSettingsRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/settings/inbox',
  component: lazyRouteComponent(() => import('./features/settings/InboxSettingsPage')),
});

export const partnerDirectoryRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/settings/partners',
  // org: the organisation open beside the list.
  validateSearch: z.object({ org: z.string().optional() }),
  component: lazyRouteComponent(() => import('./features/settings/PartnerDirectoryPage')),
});

export const attributesSettingsRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/settings/attributes',
  component: lazyRouteComponent(() => import('./features/audience/AttributesSettingsPage')),
});

export const broadcastSettingsRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/settings/broadcasts',
  component: lazyRouteComponent(() => import('./features/broadcasts/BroadcastSettingsPage')),
});

/** The NPO's and the platform's pages: no tenant in the path, and their requests name none. */
export const platformRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/platform',
  beforeLoad: ({ location }) => requireSession(location),
  loader: ({ location }) => myTenants(location),
  component: PlatformShell,
});

const platformIndexRoute = createRoute({ getParentRoute: () => platformRoute, path: '/', component: PlatformHome });

/** The NPO's secondment roster: a fiscal year, a view (seconded now, alumni) and a home city in the address. */
export const secondmentsRoute = createRoute({
  getParentRoute: () => platformRoute,
  path: '/secondments',
  validateSearch: z.object({
    fy: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
    view: z.enum(['CURRENT', 'ALUMNI']).optional().catch(undefined),
    city: z.string().max(40).optional().catch(undefined),
  }),
  component: lazyRouteComponent(() => import('./features/secondments/RosterPage'), 'RosterPage'),
});

const newSecondmentRoute = createRoute({
  getParentRoute: () => platformRoute,
  path: '/secondments/new',
  component: lazyRouteComponent(() => import('./features/secondments/SecondmentFormPage'), 'CreateSecondmentPage'),
});

const secondmentRoute = createRoute({
  getParentRoute: () => platformRoute,
  path: '/secondments/$id',
  component: lazyRouteComponent(() => import('./features/secondments/SecondmentPage'), 'SecondmentPage'),
});

const editSecondmentRoute = createRoute({
  getParentRoute: () => platformRoute,
  path: '/secondments/$id/edit',
  component: lazyRouteComponent(() => import('./features/secondments/SecondmentFormPage'), 'EditSecondmentPage'),
});

export const platformAuditRoute = createRoute({
  getParentRoute: () => platformRoute,
  path: '/audit',
  component: lazyRouteComponent(() => import('./features/audit/pages'), 'PlatformAuditPage'),
});

const platformTenantsRoute = createRoute({
  getParentRoute: () => platformRoute,
  path: '/tenants',
  component: lazyRouteComponent(() => import('./features/platform-tenants/TenantsPage')),
});

const platformNewTenantRoute = createRoute({
  getParentRoute: () => platformRoute,
  path: '/tenants/new',
  component: lazyRouteComponent(() => import('./features/platform-tenants/NewTenantPage')),
});

const platformTenantRoute = createRoute({
  getParentRoute: () => platformRoute,
  path: '/tenants/$slug',
  component: lazyRouteComponent(() => import('./features/platform-tenants/TenantPage')),
});

export const platformReportRoute = createRoute({
  getParentRoute: () => platformRoute,
  path: '/report',
  validateSearch: z.object({ fy: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) }),
  component: lazyRouteComponent(() => import('./features/reports/PlatformReportPage')),
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  loginRoute,
  forgotRoute,
  resetRoute,
  acceptRoute,
  mfaSetupRoute,
  chooseTenantRoute,
  conversationLinkRoute,
  referralLinkRoute,
  foodApplicationRoute,
  platformRoute.addChildren([
    platformIndexRoute,
    secondmentsRoute,
    newSecondmentRoute,
    secondmentRoute,
    editSecondmentRoute,
    platformAuditRoute,
    platformTenantsRoute,
    platformNewTenantRoute,
    platformTenantRoute,
    platformReportRoute,
  ]),
  tenantRoute.addChildren([
    tenantIndexRoute,
    inboxRoute.addChildren([inboxIndexRoute, conversationRoute]),
    referralsRoute,
    referralRoute,
    accountRoute,
    inboxSettingsRoute,
    partnerDirectoryRoute,
    attributesSettingsRoute,
    broadcastSettingsRoute,
    tenantAuditRoute,
    onboardingRoute,
    membersRoute,
    reportsRoute,
    programmesRoute,
    contractKpisRoute,
    donationsRoute,
    foodDeliveryRoute,
    foodHouseholdRoute,
    foodEnrolRoute,
    broadcastsRoute,
    newBroadcastRoute,
    broadcastRoute,
    editBroadcastRoute,
    casesRoute,
    caseRoute,
    assessmentTemplatesRoute,
    recordsImportRoute,
    foodRoundRoute,
    tasksRoute,
  ]),
]);

export const router = createRouter({ routeTree, defaultPreload: false, scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
