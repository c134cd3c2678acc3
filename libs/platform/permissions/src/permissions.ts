import { PlatformRole, TenantRole, type Role } from './roles';

/**
 * What an operation needs. Every resolver and controller declares one (or is @Public()); the access
 * guard denies everything else. docs/permissions.md is this table in prose, and a snapshot test
 * records which operation declares which permission.
 */
export enum Permission {
  // self: any signed-in user, about their own account
  ReadOwnProfile = 'self:profile:read',
  ManageOwnSessions = 'self:sessions:manage',
  ChangeOwnPassword = 'self:password:change',
  /** MFA enrolment: the only thing an enrolment-only token may do. */
  ManageOwnMfa = 'self:mfa:manage',
  FetchOwnDownload = 'self:downloads:fetch',
  // platform: platform roles, no tenant
  ListTenants = 'platform:tenants:list',
  CreateTenant = 'platform:tenants:create',
  ActivateTenant = 'platform:tenants:activate',
  DeactivateUsers = 'platform:users:deactivate',
  RequestEmergencyAccess = 'platform:emergency-access:request',
  ReadDevOutbox = 'platform:dev-outbox:read',
  /** Webhook events set aside as never processable, across tenants: who, what type, when and why; no content. */
  ReadSetAsideWebhookEvents = 'platform:webhook-events:read',
  /** The platform's audit chain: sign-ins, onboarding, emergency access. */
  ReadPlatformAuditTrail = 'platform:audit:read',
  ExportPlatformAuditTrail = 'platform:audit:export',
  // any: a platform role, or a tenant role in the request's tenant (the service checks the combination)
  InviteUsers = 'users:invite',
  /**
   * Deciding a pending grant of a role that reads consultations: another tenant admin of its tenant,
   * or a platform admin; never the requester or the grantee (the service checks).
   */
  ApproveRoleGrants = 'role-grants:approve',
  // tenant: the request's tenant
  ReadTenant = 'tenant:read',
  UpdateTenantSettings = 'tenant:settings:update',
  ReadOnboardingChecklist = 'tenant:onboarding:read',
  ManageMemberships = 'tenant:memberships:manage',
  ManageChannels = 'tenant:channels:manage',
  ReadAuditTrail = 'tenant:audit:read',
  ExportAuditTrail = 'tenant:audit:export',
  /** Consultation and case content: counsellors, and platform admins under emergency access. */
  ReadConsultations = 'tenant:consultations:read',
  /**
   * Case records (アセスメントシート): a family's case, assessments and their history. Counsellors,
   * and platform admins under emergency access; every read is audited.
   */
  ReadCaseRecords = 'tenant:case-records:read',
  /** Opening cases, writing assessments, setting status, responsible counsellor, risk and review date. */
  WriteCaseRecords = 'tenant:case-records:write',
  /** The tenant's assessment templates as published (no family's data): whoever writes or designs them. */
  ReadAssessmentTemplates = 'tenant:assessment-templates:read',
  /** Creating assessment templates and publishing their versions. */
  ManageAssessmentTemplates = 'tenant:assessment-templates:manage',
  /**
   * A family's rights: exporting everything held about it (開示請求) and erasing it. Tenant admins;
   * the operations also need ReadConsultations and ReadCaseRecords (an admin who also counsels).
   */
  ManageFamilyRights = 'tenant:family-rights:manage',
  /** Importing kintone exports of assessment sheets into a template (`POST /records-import`). */
  ImportCaseRecords = 'tenant:case-records:import',
  /** Triage: status, priority, assignment. */
  ManageConsultations = 'tenant:consultations:manage',
  /** The inbox's configuration: conversation categories, keyword rules, crisis and escalation contacts. */
  ManageInboxSettings = 'tenant:inbox-settings:manage',
  /**
   * The tenant's canned responses as written (no family's data): counsellors keep them while they
   * answer, admins with the inbox settings. Filling one in for a conversation also needs ReadConsultations.
   */
  ManageCannedResponses = 'tenant:canned-responses:manage',
  /** The partner directory (organisations, services, locations, contacts, categories) and its HSDS export. */
  ReadPartnerDirectory = 'tenant:partners:read',
  /** Keeping the partner directory: edits and HSDS import. */
  ManagePartnerDirectory = 'tenant:partners:manage',
  /** Referrals a user may see: counsellors all of their tenant's, partner users those addressed to their organisation. */
  ReadReferrals = 'tenant:referrals:read',
  /** Making referrals: consent, drafting, sending, recalling, closing from the referring side. */
  MakeReferrals = 'tenant:referrals:make',
  /** Answering referrals addressed to one's organisation: accept, decline, start, complete, close. */
  RespondToReferrals = 'tenant:referrals:respond',
  /** Adding notes to an open referral one may see: both sides, each on its own side of the timeline. */
  NoteReferrals = 'tenant:referrals:note',
  /** Creating and editing secondments across municipalities (the NPO's roster). */
  ManageSecondments = 'platform:secondments:manage',
  /**
   * Reading the roster: every signed-in user may ask; the service answers NPO admins with every
   * city's, a tenant admin with their city's people (no check-in notes), anyone else with their own.
   */
  ReadSecondments = 'self:secondments:read',
  /** Interview notes: every signed-in user may ask; the service admits NPO admins and the secondment's mentor. */
  WriteSecondmentCheckIns = 'self:secondments:check-in',
  /** The roster as CSV: NPO admins every city's (a platform download), a tenant admin their city's. */
  ExportSecondmentRoster = 'secondments:export',
  /** Activity reports of one's tenant, with small counts suppressed; exports of them. */
  ReadReports = 'tenant:reports:read',
  /** Every tenant's activity summed, suppressed (the platform report). */
  ReadPlatformReport = 'platform:reports:read',
  /** The tenant's programmes (事業) and their contracts: names, channels, staff, periods, targets; no family's data. */
  ReadProgrammes = 'tenant:programmes:read',
  /** Creating and editing programmes and their contracts with KPIs. */
  ManageProgrammes = 'tenant:programmes:manage',
  /** The food delivery's donations: donors (with a citizen's name and contact), items, stock, thank-yous. */
  ManageDonations = 'tenant:donations:manage',
  /**
   * Households of food-delivery programmes (こども宅食) and their rounds, without addresses:
   * coordinators and tenant admins all of them, counsellors those of LINE families (the service
   * narrows it).
   */
  ReadFoodHouseholds = 'tenant:food-households:read',
  /** Enrolling, deciding, approving and withdrawing households, rounds, and revealing an address (audited). */
  ManageFoodDelivery = 'tenant:food-delivery:manage',
  /** A food-delivery programme's aggregates: households by status, places per round, small counts hidden. */
  ReadFoodDeliveryFigures = 'tenant:food-delivery:figures',
  /** Report settings, exact counts, running a report now. */
  ManageReports = 'tenant:reports:manage',
  /** A tenant admin's review of their city's roster (an onboarding item). */
  ReviewRoster = 'tenant:roster:review',
  /** The family attributes' schema (子どもの生年月, お住まいの区, ...) and which are asked in the LINE survey. */
  ManageRegistrantAttributes = 'tenant:registrant-attributes:manage',
  /** The attributes' schema and the tags in use: no family's data. */
  ReadAudienceSchema = 'tenant:audience-schema:read',
  /** A family's attribute values and tags, in the family card (reading them also needs ReadConsultations). */
  EditFamilyProfiles = 'tenant:family-profiles:edit',
  /** How many families a segment reaches (a number, never who). */
  CountAudience = 'tenant:audience:count',
  /** Linking one's own LINE account to a channel as a test recipient of broadcasts, and the list of who is. */
  ManageOwnTestRecipient = 'tenant:test-recipients:manage-own',
  /** Broadcasts to registered families: their messages, audiences and figures. */
  ReadBroadcasts = 'tenant:broadcasts:read',
  /** Composing, submitting, testing and cancelling broadcasts (the programme office). */
  ComposeBroadcasts = 'tenant:broadcasts:compose',
  /**
   * Approving or sending back a submitted broadcast: the service admits only those the tenant's
   * broadcast settings name (tenant admins by default), never the composer unless allowed.
   */
  ApproveBroadcasts = 'tenant:broadcasts:approve',
  /**
   * Running a food-delivery round: its packing list, who delivers to whom, the outcomes and the
   * deliverers' observations, and the courier file with the addresses (audited).
   */
  RunFoodRounds = 'tenant:food-rounds:run',
  /** Counsellors' tasks about families: one's own and the unassigned open ones; taking and closing them. */
  ManageCounsellorTasks = 'tenant:counsellor-tasks:manage',
}

/**
 * Where a permission applies. `self` needs only a signed-in user; `platform` a platform role;
 * `tenant` a tenant for the request, and the operation then runs in that tenant's transaction;
 * `any` a role granting it among the platform roles and the roles in the request's tenant, if any;
 * such an operation works on the platform path (it may concern another tenant than the request's)
 * and its service checks the exact combination.
 */
export type PermissionScope = 'self' | 'platform' | 'tenant' | 'any';

export const PERMISSION_SCOPE: Record<Permission, PermissionScope> = {
  [Permission.ReadOwnProfile]: 'self',
  [Permission.ManageOwnSessions]: 'self',
  [Permission.ChangeOwnPassword]: 'self',
  [Permission.ManageOwnMfa]: 'self',
  [Permission.FetchOwnDownload]: 'self',
  [Permission.ListTenants]: 'platform',
  [Permission.CreateTenant]: 'platform',
  [Permission.ActivateTenant]: 'platform',
  [Permission.DeactivateUsers]: 'platform',
  [Permission.RequestEmergencyAccess]: 'platform',
  [Permission.ReadDevOutbox]: 'platform',
  [Permission.ReadSetAsideWebhookEvents]: 'platform',
  [Permission.ReadPlatformAuditTrail]: 'platform',
  [Permission.ExportPlatformAuditTrail]: 'platform',
  [Permission.InviteUsers]: 'any',
  [Permission.ApproveRoleGrants]: 'any',
  [Permission.ReadTenant]: 'tenant',
  [Permission.UpdateTenantSettings]: 'tenant',
  [Permission.ReadOnboardingChecklist]: 'tenant',
  [Permission.ManageMemberships]: 'tenant',
  [Permission.ManageChannels]: 'tenant',
  [Permission.ReadAuditTrail]: 'tenant',
  [Permission.ExportAuditTrail]: 'tenant',
  [Permission.ReadConsultations]: 'tenant',
  [Permission.ReadCaseRecords]: 'tenant',
  [Permission.WriteCaseRecords]: 'tenant',
  [Permission.ReadAssessmentTemplates]: 'tenant',
  [Permission.ManageAssessmentTemplates]: 'tenant',
  [Permission.ManageFamilyRights]: 'tenant',
  [Permission.ImportCaseRecords]: 'tenant',
  [Permission.ManageConsultations]: 'tenant',
  [Permission.ManageInboxSettings]: 'tenant',
  [Permission.ManageCannedResponses]: 'tenant',
  [Permission.ReadPartnerDirectory]: 'tenant',
  [Permission.ManagePartnerDirectory]: 'tenant',
  [Permission.ReadReferrals]: 'tenant',
  [Permission.MakeReferrals]: 'tenant',
  [Permission.RespondToReferrals]: 'tenant',
  [Permission.NoteReferrals]: 'tenant',
  [Permission.ManageSecondments]: 'platform',
  [Permission.ReadSecondments]: 'self',
  [Permission.WriteSecondmentCheckIns]: 'self',
  [Permission.ExportSecondmentRoster]: 'any',
  [Permission.ReviewRoster]: 'tenant',
  [Permission.ReadReports]: 'tenant',
  [Permission.ReadPlatformReport]: 'platform',
  [Permission.ManageReports]: 'tenant',
  [Permission.ReadProgrammes]: 'tenant',
  [Permission.ManageProgrammes]: 'tenant',
  [Permission.ManageDonations]: 'tenant',
  [Permission.ReadFoodHouseholds]: 'tenant',
  [Permission.ManageFoodDelivery]: 'tenant',
  [Permission.ReadFoodDeliveryFigures]: 'tenant',
  [Permission.ManageRegistrantAttributes]: 'tenant',
  [Permission.ReadAudienceSchema]: 'tenant',
  [Permission.EditFamilyProfiles]: 'tenant',
  [Permission.CountAudience]: 'tenant',
  [Permission.ManageOwnTestRecipient]: 'tenant',
  [Permission.ReadBroadcasts]: 'tenant',
  [Permission.ComposeBroadcasts]: 'tenant',
  [Permission.ApproveBroadcasts]: 'tenant',
  [Permission.RunFoodRounds]: 'tenant',
  [Permission.ManageCounsellorTasks]: 'tenant',
};

/** The permission matrix: role × permission. `self` permissions need no entry. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [PlatformRole.PLATFORM_ADMIN]: [
    Permission.ListTenants,
    Permission.CreateTenant,
    Permission.ActivateTenant,
    Permission.DeactivateUsers,
    Permission.RequestEmergencyAccess,
    Permission.ReadDevOutbox,
    Permission.ReadSetAsideWebhookEvents,
    Permission.ReadPlatformReport,
    Permission.ReadPlatformAuditTrail,
    Permission.ExportPlatformAuditTrail,
    Permission.InviteUsers,
    Permission.ApproveRoleGrants,
    Permission.ReadTenant,
    Permission.ReadOnboardingChecklist,
  ],
  [PlatformRole.NPO_ADMIN]: [
    Permission.InviteUsers,
    Permission.ReadTenant,
    Permission.ManageSecondments,
    Permission.ExportSecondmentRoster,
  ],
  [TenantRole.TENANT_ADMIN]: [
    Permission.ReadTenant,
    Permission.UpdateTenantSettings,
    Permission.ReadOnboardingChecklist,
    Permission.InviteUsers,
    Permission.ApproveRoleGrants,
    Permission.ManageMemberships,
    Permission.ManageChannels,
    Permission.ManageInboxSettings,
    Permission.ManageCannedResponses,
    Permission.ReadPartnerDirectory,
    Permission.ManagePartnerDirectory,
    Permission.ReviewRoster,
    Permission.ExportSecondmentRoster,
    Permission.ReadReports,
    Permission.ManageReports,
    Permission.ReadProgrammes,
    Permission.ManageProgrammes,
    Permission.ManageDonations,
    Permission.ReadFoodHouseholds,
    Permission.ManageFoodDelivery,
    Permission.ReadFoodDeliveryFigures,
    Permission.ReadAuditTrail,
    Permission.ExportAuditTrail,
    Permission.ManageRegistrantAttributes,
    Permission.ReadAudienceSchema,
    Permission.CountAudience,
    Permission.ManageOwnTestRecipient,
    Permission.ReadBroadcasts,
    Permission.ComposeBroadcasts,
    Permission.ApproveBroadcasts,
    Permission.ReadAssessmentTemplates,
    Permission.ManageAssessmentTemplates,
    Permission.ManageFamilyRights,
    Permission.ImportCaseRecords,
    Permission.RunFoodRounds,
  ],
  [TenantRole.COUNSELOR]: [
    Permission.ReadTenant,
    Permission.ReadConsultations,
    Permission.ReadCaseRecords,
    Permission.WriteCaseRecords,
    Permission.ReadAssessmentTemplates,
    Permission.ManageConsultations,
    Permission.ManageCannedResponses,
    Permission.ReadPartnerDirectory,
    Permission.ReadReferrals,
    Permission.MakeReferrals,
    Permission.NoteReferrals,
    Permission.ReadAudienceSchema,
    Permission.EditFamilyProfiles,
    Permission.ReadProgrammes,
    Permission.ReadFoodHouseholds,
    Permission.ManageCounsellorTasks,
  ],
  [TenantRole.COORDINATOR]: [
    Permission.ReadTenant,
    Permission.ReadPartnerDirectory,
    Permission.ManagePartnerDirectory,
    Permission.ReadAudienceSchema,
    Permission.CountAudience,
    Permission.ManageOwnTestRecipient,
    Permission.ReadBroadcasts,
    Permission.ComposeBroadcasts,
    Permission.ApproveBroadcasts,
    Permission.ReadProgrammes,
    Permission.ManageDonations,
    Permission.ReadFoodHouseholds,
    Permission.ManageFoodDelivery,
    Permission.ReadFoodDeliveryFigures,
    Permission.RunFoodRounds,
  ],
  [TenantRole.MUNICIPAL_VIEWER]: [
    Permission.ReadTenant,
    Permission.ReadReports,
    Permission.ReadProgrammes,
    Permission.ReadFoodDeliveryFigures,
  ],
  [TenantRole.PARTNER_USER]: [
    Permission.ReadTenant,
    Permission.ReadReferrals,
    Permission.RespondToReferrals,
    Permission.NoteReferrals,
  ],
};

/** What an active emergency access adds, for its platform admin, in its tenant: reading content only. */
export const EMERGENCY_ACCESS_PERMISSIONS: readonly Permission[] = [
  Permission.ReadConsultations,
  Permission.ReadCaseRecords,
];

/** How long an emergency access lasts. */
export const EMERGENCY_ACCESS_MINUTES = 60;

export function roleGrants(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** The permissions whose grant needs a second person: reading families' consultations and case records. */
export const CONTENT_PERMISSIONS: readonly Permission[] = [Permission.ReadConsultations, Permission.ReadCaseRecords];

/**
 * Whether a role reads consultation or case content (from the matrix, not a list): granting such a
 * role to oneself, or by someone who cannot read that content, waits for a second admin's approval.
 */
export function readsConsultations(role: Role): boolean {
  return CONTENT_PERMISSIONS.some((permission) => roleGrants(role, permission));
}
