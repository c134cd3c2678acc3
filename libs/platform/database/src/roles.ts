/**
 * Database roles the application switches to inside every transaction (`set_config('role', ..., true)`,
 * the transaction-local form of SET LOCAL ROLE). Both are NOLOGIN, not superuser, not BYPASSRLS and own
 * nothing, so row-level security always applies to them. The migrations create them and grant each only
 * the tables it needs; the login role of DATABASE_URL is made a member of both by `npm run db:migrate`.
 */
export const TENANT_ROLE = 'tsunagu_app';
/** The explicit cross-tenant path: platform onboarding and identity lookups, on a few granted tables only. */
export const PLATFORM_ROLE = 'tsunagu_platform';
/** Transaction-local setting that carries the tenant of the transaction. */
export const TENANT_SETTING = 'app.tenant_id';
/**
 * Transaction-local setting that carries a partner user's organisation: restrictive policies then
 * confine referral data to it. Empty for everyone else.
 */
export const PARTNER_SETTING = 'app.partner_organization_id';
/** Transaction-local setting that opens the platform policies (only for PLATFORM_ROLE). */
export const SCOPE_SETTING = 'app.scope';
/** Reaches the job queue's schema (pg-boss), whose rows carry ids only, never tenant data. */
export const JOBS_ROLE = 'tsunagu_jobs';
/** The job queue's schema. */
export const JOBS_SCHEMA = 'pgboss';
/**
 * The inbox search's bigram index of message texts: no runtime role is granted anything in it (see
 * the InboxSearchIndex migration), and the ORM's schema tools leave it alone.
 */
export const SEARCH_SCHEMA = 'inbox_search';
