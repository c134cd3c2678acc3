/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  displayName: string;
  /** A new password; or, when the email already has an account, its current password */
  password: string;
  token: string;
};

export type AcknowledgeConversationInput = {
  conversationId: string | number;
};

export type ActivateTenantInput = {
  /** Why the tenant goes live before its onboarding checklist is complete (audited); needed only then */
  reason?: string | null | undefined;
  slug: string;
};

export type AddAssessmentInput = {
  caseRecordId: string | number;
  templateVersionId: string | number;
  /** Values by field key, checked against the template version */
  values: unknown;
};

export type AddCrisisContactInput = {
  contact: CrisisContactInput;
};

export type AddReferralNoteInput = {
  referralId: string | number;
  /** What the other side should know (1 to 2000 characters); both sides read it */
  text: string;
};

export type AddSecondmentAssignmentInput = {
  /** The city the work is for (a tenant, possibly not the home one) */
  citySlug: string;
  /** Default: the secondment's end */
  endsOn?: string | null | undefined;
  /** The programme as one of that city's LINE channels */
  lineChannelId?: string | number | null | undefined;
  /** The programme there, as text (おやこよりそいチャット山形, 文京区こども宅食); default: the LINE channel's name */
  programme?: string | null | undefined;
  role: string;
  secondmentId: string | number;
  /** Default: the secondment's start */
  startsOn?: string | null | undefined;
  /** Share of their time, 1 to 100 percent */
  timeShare: number;
};

export type AddSecondmentCheckInInput = {
  heldOn: string;
  issues?: string | null | undefined;
  learningGoals?: string | null | undefined;
  notes?: string | null | undefined;
  secondmentId: string | number;
  wellbeing: number;
};

/** The 8 特定原材料 and the 20 特定原材料に準ずるもの (docs/programmes.md) */
export type Allergen =
  | 'ABALONE'
  | 'ALMOND'
  | 'APPLE'
  | 'BANANA'
  | 'BEEF'
  | 'BUCKWHEAT'
  | 'CASHEW'
  | 'CHICKEN'
  | 'CRAB'
  | 'EGG'
  | 'GELATIN'
  | 'KIWI'
  | 'MACADAMIA'
  | 'MACKEREL'
  | 'MILK'
  | 'ORANGE'
  | 'PEACH'
  | 'PEANUT'
  | 'PORK'
  | 'SALMON'
  | 'SALMON_ROE'
  | 'SESAME'
  | 'SHRIMP'
  | 'SOYBEAN'
  | 'SQUID'
  | 'WALNUT'
  | 'WHEAT'
  | 'YAM';

/** Sets how much of each item goes out in a round; other items of the round are unchanged */
export type AllocateDonationsInput = {
  lines: Array<DonationAllocationLineInput>;
  roundId: string | number;
};

export type AssessmentChoiceInput = {
  label: string;
  value: string;
};

export type AssessmentFieldInput = {
  choices?: Array<AssessmentChoiceInput> | null | undefined;
  /** A TABLE's columns */
  columns?: Array<AssessmentFieldInput> | null | undefined;
  help?: string | null | undefined;
  key: string;
  kind: AssessmentFieldKind;
  label: string;
  reportable?: boolean;
  required?: boolean;
};

/** The kind of an assessment field */
export type AssessmentFieldKind =
  | 'DATE'
  | 'LONG_TEXT'
  | 'MULTIPLE_CHOICE'
  | 'NUMBER'
  | 'RISK_SCALE'
  | 'SHORT_TEXT'
  | 'SINGLE_CHOICE'
  | 'TABLE'
  | 'YEAR_MONTH'
  | 'YES_NO';

/** What moving an assessment to another template version does to one field */
export type AssessmentMigrationOutcome = 'ADDED' | 'DROPPED' | 'KEPT' | 'MISSING';

export type AssessmentSectionInput = {
  fields: Array<AssessmentFieldInput>;
  key: string;
  title: string;
};

export type AssignConversationInput = {
  /** A counsellor of this tenant; null to unassign */
  assigneeId?: string | number | null | undefined;
  conversationId: string | number;
};

export type AssignFoodDeliveriesInput = {
  /** Every household of the round in this area; or `placeIds` */
  area?: string | null | undefined;
  /** Required for HAND (a staff or volunteer member); none for COURIER */
  assigneeUserId?: string | number | null | undefined;
  method: DeliveryMethod;
  /** These places of the round; or `area` */
  placeIds?: Array<string | number> | null | undefined;
  roundId: string | number;
};

/** Every field is optional; the fields given must all match */
export type AuditEventFilter = {
  action?: string | null | undefined;
  actorUserId?: string | number | null | undefined;
  /** Events at or after this instant */
  from?: string | null | undefined;
  targetId?: string | null | undefined;
  targetType?: string | null | undefined;
  /** Events before this instant (exclusive) */
  to?: string | null | undefined;
};

export type AutomaticReply = 'CRISIS' | 'FOOD_DELIVERY' | 'OUT_OF_HOURS' | 'SURVEY' | 'WELCOME';

export type BroadcastAudienceKind = 'EVERYONE' | 'SEGMENT' | 'TEST';

export type BroadcastMessageInput = {
  /** TEXT: LINE emoji at `$` characters */
  emojis?: Array<LineEmojiInput> | null | undefined;
  /** IMAGE: https address */
  imageUrl?: string | null | undefined;
  kind: BroadcastMessageKind;
  /** IMAGE: https address of the preview (the image if left out) */
  previewImageUrl?: string | null | undefined;
  /** TEXT */
  text?: string | null | undefined;
  /** LINK: the title shown */
  title?: string | null | undefined;
  /** LINK: https address */
  url?: string | null | undefined;
};

export type BroadcastMessageKind = 'IMAGE' | 'LINK' | 'TEXT';

export type BroadcastStatisticsState =
  /** LINE refused the read (the channel needs attention) */
  | 'FAILED'
  /** The channel's LINE plan gives no statistics */
  | 'NOT_AVAILABLE'
  /** Not read from LINE yet */
  | 'PENDING'
  /** As LINE last counted them */
  | 'READY';

export type BroadcastStatus =
  | 'APPROVED'
  | 'AWAITING_APPROVAL'
  | 'CANCELLED'
  | 'DRAFT'
  | 'PARTIALLY_FAILED'
  | 'SCHEDULED'
  | 'SENDING'
  | 'SENT';

export type BusinessHoursInput = {
  closedOnPublicHolidays: boolean;
  weekly: Array<BusinessHoursRangeInput>;
};

export type BusinessHoursRangeInput = {
  day: Weekday;
  /** HH:MM (24:00 for midnight), after start */
  end: string;
  /** HH:MM, in the tenant time zone */
  start: string;
};

export type CaseRecordFilter = {
  responsibleUserId?: string | number | null | undefined;
  /** Cases whose review date has come (true) or not (false) */
  reviewDue?: boolean | null | undefined;
  risk?: number | null | undefined;
  /** Family name, the assessments' text or a tag (two characters are enough) */
  search?: string | null | undefined;
  status?: CaseStatus | null | undefined;
};

export type CaseStatus = 'CLOSED' | 'MONITORING' | 'OPEN';

export type CategorizeConversationInput = {
  /** Replaces the conversation's categories; an empty list clears them */
  categoryIds: Array<string | number>;
  conversationId: string | number;
};

export type ChangeFoodRoundStatusInput = {
  id: string | number;
  /** PLANNED → PACKING → DELIVERING → COMPLETED (every household with an outcome); PACKING → PLANNED; PLANNED or PACKING → CANCELLED (places released) */
  status: FoodRoundStatus;
};

export type ChangeMembershipRoleInput = {
  membershipId: string | number;
  role: TenantRole;
};

export type ChannelStatus = 'ACTIVE' | 'DISABLED';

export type CheckLineChannelConnectionInput = {
  id: string | number;
};

/** INFANT 0–2, PRESCHOOL 3–5, PRIMARY 6–11, LOWER_SECONDARY 12–14, UPPER_SECONDARY 15–17, ADULT 18+ */
export type ChildAgeBand = 'ADULT' | 'INFANT' | 'LOWER_SECONDARY' | 'PRESCHOOL' | 'PRIMARY' | 'UPPER_SECONDARY';

export type CloseReferralInput = {
  id: string | number;
  note?: string | null | undefined;
  reason: ReferralCloseReason;
};

export type CompleteCounsellorTaskInput = {
  id: string | number;
  /** What was done, in a word */
  note?: string | null | undefined;
};

export type CompleteReferralInput = {
  id: string | number;
  note?: string | null | undefined;
  outcome: ReferralOutcome;
};

export type ConfirmMfaInput = {
  code: string;
};

export type ConsentMethod = 'BY_PHONE' | 'IN_CHAT' | 'IN_PERSON';

export type ContractKpiInput = {
  kind: KpiKind;
  /** The contract's words; the kind's name when left out */
  label?: string | null | undefined;
  /** Required for ANSWERED_WITHIN_MINUTES (1–1440) */
  minutes?: number | null | undefined;
  target: number;
};

export type ConversationFilter = {
  assigneeId?: string | number | null | undefined;
  /** true: only conversations whose urgent episode awaits acknowledgement (the urgent banner); false: none */
  awaitingAcknowledgement?: boolean | null | undefined;
  /** Conversations in any of these categories */
  categoryIds?: Array<string | number> | null | undefined;
  /** Only families who write through this LINE channel (its id) */
  lineChannelId?: string | number | null | undefined;
  priority?: ConversationPriority | null | undefined;
  /** Display names and message text; two characters are enough (虐待, DV) */
  search?: string | null | undefined;
  status?: ConversationStatus | null | undefined;
  /** true: only conversations nobody is assigned to; false: only assigned ones. Not with assigneeId */
  unassigned?: boolean | null | undefined;
};

export type ConversationPriority = 'HIGH' | 'NORMAL' | 'URGENT';

export type ConversationStatus = 'OPEN' | 'PENDING' | 'RESOLVED';

export type CounsellorTaskIdInput = {
  id: string | number;
};

/** DELIVERY_OBSERVATION: a worrying look at the door during a food delivery */
export type CounsellorTaskKind = 'DELIVERY_OBSERVATION';

export type CounsellorTaskStatus = 'DONE' | 'OPEN';

/** CONCERN: 気になる; URGENT: 緊急 */
export type CounsellorTaskUrgency = 'CONCERN' | 'URGENT';

export type CourierSenderInput = {
  /** ご依頼主住所: prefecture, city and street */
  address: string;
  building?: string | null | undefined;
  /** ご依頼主名: the programme office */
  name: string;
  phone: string;
  postalCode: string;
};

export type CreateAssessmentTemplateInput = {
  name: string;
  sections: Array<AssessmentSectionInput>;
};

export type CreateBroadcastInput = {
  /** Up to 30 letters, digits or underscores */
  aggregationUnit?: string | null | undefined;
  audienceKind: BroadcastAudienceKind;
  channelId: string | number;
  messages: Array<BroadcastMessageInput>;
  notificationDisabled?: boolean | null | undefined;
  /** An instant (ISO 8601 with its offset); null: as soon as approved */
  scheduledAt?: string | null | undefined;
  /** SEGMENT: who it goes to (`audienceCount` counts it) */
  segment?: SegmentInput | null | undefined;
  /** TEST: staff users */
  testUserIds?: Array<string | number> | null | undefined;
  title: string;
};

export type CreateCannedResponseInput = {
  /** 1 to 5,000 characters; the only placeholder is {{name}} */
  body: string;
  /** 1 to 100 characters */
  title: string;
};

export type CreateConversationCategoryInput = {
  /** 1 to 50 characters, unique in the tenant (ＤＶ and dv count as DV) */
  name: string;
};

export type CreateDonorInput = {
  /** Address, phone or mail: free text, sealed at rest */
  contact?: string | null | undefined;
  kind: DonorKind;
  /** A citizen's or organisation's name */
  name?: string | null | undefined;
  /** Sealed at rest */
  note?: string | null | undefined;
};

export type CreateFoodRoundInput = {
  capacity: number;
  endsOn: string;
  name: string;
  plannedItems?: Array<PlannedItemInput> | null | undefined;
  programmeId: string | number;
  startsOn: string;
};

export type CreateLineChannelInput = {
  businessHours?: BusinessHoursInput | null | undefined;
  /** Write-only: the long-lived channel access token */
  channelAccessToken: string;
  /** Write-only: 32 hexadecimal characters */
  channelSecret: string;
  /** LINE's channel id (digits) */
  lineChannelId: string;
  name: string;
  /** The automatic answer outside business hours */
  outOfHoursReply?: string | null | undefined;
  /** Sent to a family when they add the account */
  welcomeMessage?: string | null | undefined;
};

export type CreatePartnerContactInput = {
  department?: string | null | undefined;
  email?: string | null | undefined;
  name?: string | null | undefined;
  organizationId: string | number;
  /** Replaces the list */
  phones?: Array<PhoneInput> | null | undefined;
  /** A service of the same organisation; null: the whole organisation */
  serviceId?: string | number | null | undefined;
  title?: string | null | undefined;
};

export type CreatePartnerLocationInput = {
  address?: PartnerAddressInput | null | undefined;
  description?: string | null | undefined;
  name?: string | null | undefined;
  organizationId: string | number;
  type: PartnerLocationType;
  /** Required for VIRTUAL locations */
  url?: string | null | undefined;
};

export type CreatePartnerOrganizationInput = {
  description?: string | null | undefined;
  email?: string | null | undefined;
  name: string;
  /** Replaces the list */
  phones?: Array<PhoneInput> | null | undefined;
  website?: string | null | undefined;
};

export type CreatePartnerServiceInput = {
  /** Service categories of this tenant; replaces the list */
  categoryIds?: Array<string | number> | null | undefined;
  description?: string | null | undefined;
  eligibilityDescription?: string | null | undefined;
  email?: string | null | undefined;
  feesDescription?: string | null | undefined;
  /** BCP 47 codes: ja, en, vi, ... */
  languages?: Array<string> | null | undefined;
  /** Locations of the service's organisation; replaces the list */
  locationIds?: Array<string | number> | null | undefined;
  /** Not below minimumAge */
  maximumAge?: number | null | undefined;
  minimumAge?: number | null | undefined;
  name: string;
  organizationId: string | number;
  /** Ward or city names: 中央区, 神戸市 */
  serviceAreas?: Array<string> | null | undefined;
  /** ACTIVE when left out */
  status?: PartnerServiceStatus | null | undefined;
  url?: string | null | undefined;
};

export type CreateProgrammeContractInput = {
  /** In yen: digits only */
  amountYen?: string | null | undefined;
  contractNumber?: string | null | undefined;
  department?: string | null | undefined;
  /** YYYY-MM-DD, included */
  endsOn?: string | null | undefined;
  /** The targets, in order; replaces them all */
  kpis?: Array<ContractKpiInput> | null | undefined;
  programmeId: string | number;
  /** YYYY-MM-DD */
  startsOn?: string | null | undefined;
  title?: string | null | undefined;
};

export type CreateProgrammeInput = {
  /** The tenant's LINE channels that serve it */
  channelIds?: Array<string | number> | null | undefined;
  description?: string | null | undefined;
  kind?: ProgrammeKind | null | undefined;
  name?: string | null | undefined;
  /** Members of the tenant who serve it */
  staffUserIds?: Array<string | number> | null | undefined;
  /** YYYY-MM-DD */
  startedOn?: string | null | undefined;
};

export type CreateReferralInput = {
  /** Left out, sending uses the latest consent for this partner */
  consentId?: string | number | null | undefined;
  conversationId: string | number;
  partnerOrganizationId: string | number;
  partnerServiceId?: string | number | null | undefined;
  /** Share the family's LINE display name (default false) */
  shareDisplayName?: boolean | null | undefined;
  /** Keys of filled fields of the family's latest assessment to share (their values are read when sent); BAD_USER_INPUT (NOT_IN_LATEST_ASSESSMENT) for any other */
  sharedAssessmentFields?: Array<string> | null | undefined;
  /** Messages of the conversation to share (text only) */
  sharedMessageIds?: Array<string | number> | null | undefined;
  /** Written for the partner: the minimum they need (1 to 4000 characters) */
  summary: string;
};

export type CreateRegistrantAttributeInput = {
  askedInSurvey?: boolean | null | undefined;
  /** Choice labels, 1 to 20 characters each (a LINE button label) */
  choices?: Array<string> | null | undefined;
  /** Lower-case ASCII letters, digits and _, starting with a letter; unique in the tenant */
  key: string;
  kind: RegistrantAttributeKind;
  label: string;
  question?: string | null | undefined;
  sortOrder?: number | null | undefined;
};

export type CreateSecondmentInput = {
  duties?: string | null | undefined;
  /** Default: the last day of the fiscal year it starts in */
  endsOn?: string | null | undefined;
  /** The home municipality (a tenant), which owns the record */
  homeTenantSlug: string;
  hostDepartment: string;
  hostOrganization: string;
  /** Default: 地方公務員法第39条第1項 研修派遣 */
  legalBasis?: string | null | undefined;
  memorandumReference?: string | null | undefined;
  memorandumSignedOn?: string | null | undefined;
  memorandumTitle?: string | null | undefined;
  memorandumUrl?: string | null | undefined;
  mentorName?: string | null | undefined;
  /** The mentor's account, when they have one */
  mentorUserId?: string | number | null | undefined;
  returnDepartment?: string | null | undefined;
  returnRole?: string | null | undefined;
  staff?: SecondedStaffInput | null | undefined;
  /** A person already on the roster; or `staff` */
  staffId?: string | number | null | undefined;
  /** Default: the first day of the current fiscal year of the home city */
  startsOn?: string | null | undefined;
  /** Default: PLANNED */
  status?: SecondmentStatus | null | undefined;
};

export type CreateTenantInput = {
  /** Month the fiscal year starts (1–12); default 4 (April) */
  fiscalYearStartMonth?: number | null | undefined;
  localGovernmentCode: string;
  nameEn: string;
  nameJa: string;
  prefecture: string;
  /** Lower-case letters, digits and hyphens, 3 to 40 characters; used in X-Tenant */
  slug: string;
  /** IANA time zone; default Asia/Tokyo */
  timezone?: string | null | undefined;
};

export type CrisisContactInput = {
  name: string;
  /** e.g. 24時間・無料 */
  note?: string | null | undefined;
  /** Digits, with - + ( ) and spaces: 189, 0120-279-338 */
  phone: string;
};

export type DeactivateMembershipInput = {
  membershipId: string | number;
};

export type DecideFoodHouseholdInput = {
  householdId: string | number;
  /** Required to make it INELIGIBLE; kept for WITHDRAWN */
  reason?: string | null | undefined;
};

export type DeleteCannedResponseInput = {
  id: string | number;
};

export type DeleteConversationCategoryInput = {
  id: string | number;
};

export type DeleteKeywordRuleInput = {
  id: string | number;
};

export type DeleteRegistrantAttributeInput = {
  id: string | number;
};

/** COURIER: 宅配便; HAND: 手渡し (staff or volunteer) */
export type DeliveryMethod = 'COURIER' | 'HAND';

/** 様子 at the door (hand deliveries): FINE: 問題なし; CONCERN: 気になる; URGENT: 緊急 (both open a counsellor task) */
export type DeliveryObservation = 'CONCERN' | 'FINE' | 'URGENT';

/** DELIVERED: 配達済み; ABSENT: 不在; REDELIVERY_ARRANGED: 再配達手配済み; REFUSED: 受取辞退 */
export type DeliveryOutcome = 'ABSENT' | 'DELIVERED' | 'REDELIVERY_ARRANGED' | 'REFUSED';

export type DeliveryStatus = 'FAILED' | 'QUEUED' | 'SENT' | 'UNKNOWN';

export type DonationAllocationLineInput = {
  itemId: string | number;
  /** The item's quantity in the round; 0 takes it out */
  quantity: number;
};

export type DonationItemInput = {
  allergens?: Array<Allergen> | null | undefined;
  /** YYYY-MM-DD; left out for food that has none */
  bestBefore?: string | null | undefined;
  name: string;
  note?: string | null | undefined;
  quantity: number;
  unit: string;
};

export type DonorKind = 'CITIZEN' | 'COMPANY' | 'FOOD_BANK';

/** CHILD_REARING_ALLOWANCE: 児童扶養手当; SCHOOL_ATTENDANCE_AID: 就学援助; OTHER: その他 (with a note) */
export type EligibilityBasis = 'CHILD_REARING_ALLOWANCE' | 'OTHER' | 'SCHOOL_ATTENDANCE_AID';

export type EndSecondmentEarlyInput = {
  /** The last day (YYYY-MM-DD) */
  date: string;
  id: string | number;
  reason: string;
};

export type EnrolFoodHouseholdInput = {
  address: FoodAddressInput;
  allergies?: string | null | undefined;
  /** Coarse area for assignment; the city (市区町村) when left out */
  area?: string | null | undefined;
  /** YYYY-MM of each child */
  childrenBirthMonths: Array<string>;
  eligibilityBasis: EligibilityBasis;
  /** Required for OTHER */
  eligibilityNote?: string | null | undefined;
  name: string;
  preferredMethod: DeliveryMethod;
  preferredTimes?: string | null | undefined;
  programmeId: string | number;
  visitConsent: boolean;
};

export type EraseFamilyInput = {
  /** The family's display name as shown (its id when it has none), typed to confirm */
  confirmation: string;
  registrantId: string | number;
};

export type ExportAuditEventsInput = {
  /** The events to export; all of them when left out */
  filter?: AuditEventFilter | null | undefined;
};

export type ExportFamilyRecordInput = {
  registrantId: string | number;
};

export type ExportFoodCourierCsvInput = {
  /** 請求先分類コード */
  billingClassCode?: string | null | undefined;
  /** 請求先顧客コード (B2クラウド: 10 or 12 digits) */
  billingCustomerCode?: string | null | undefined;
  /** 運賃管理番号 (2 digits) */
  freightNumber?: string | null | undefined;
  /** 品名１ (default 食品) */
  itemName?: string | null | undefined;
  roundId: string | number;
  sender: CourierSenderInput;
  /** 出荷予定日 `YYYY-MM-DD` */
  shipOn: string;
};

export type ExportSecondmentRosterInput = {
  /** Secondments overlapping this fiscal year */
  fiscalYear: number;
};

export type ExportTenantReportInput = {
  /** Exact counts, without suppression: tenant admins only */
  exact?: boolean;
  /** The fiscal year, by the year it starts in (2025 for 令和7年度) */
  fiscalYear: number;
  format: ReportFormat;
  /** A calendar month (1–12) of that fiscal year; none: the whole year */
  month?: number | null | undefined;
  /** A programme: the report cut to its LINE channels' families */
  programmeId?: string | number | null | undefined;
};

export type FamilyAttributeValueInput = {
  attributeKey: string;
  /** Replaces the values; an empty list clears them */
  values: Array<string>;
};

/** A kind of data an erasure deletes */
export type FamilyErasureItem =
  | 'ASSESSMENTS'
  | 'ATTRIBUTES'
  | 'CASE_HISTORY'
  | 'CASE_RECORD'
  | 'DRAFT_REFERRALS'
  | 'FOOD_HOUSEHOLDS'
  | 'MESSAGES'
  | 'PROFILE';

/** A kind of data an erasure keeps because the city must keep it (docs/operations.md) */
export type FamilyKeptItem = 'AUDIT_TRAIL' | 'CONSENTS' | 'SENT_REFERRALS';

export type FoodAddressInput = {
  /** 建物名・部屋番号 */
  building?: string | null | undefined;
  /** 市区町村 */
  city: string;
  phone?: string | null | undefined;
  /** 〒NNN-NNNN: NNN-NNNN or NNNNNNN, full-width digits accepted */
  postalCode: string;
  /** One of the 47 prefectures: 東京都 */
  prefecture: string;
  /** 町名・番地 */
  street: string;
};

export type FoodHouseholdSource = 'LINE' | 'STAFF';

export type FoodHouseholdStatus = 'APPLIED' | 'ELIGIBLE' | 'ENROLLED' | 'INELIGIBLE' | 'WAITLISTED' | 'WITHDRAWN';

export type FoodRoundStatus = 'CANCELLED' | 'COMPLETED' | 'DELIVERING' | 'PACKING' | 'PLANNED';

export type ImportPartnerDirectoryHsdsInput = {
  /** An array of HSDS 3.0 organisations, as partnerDirectoryHsds returns */
  organizations: unknown;
};

/** MESSAGE_RECEIVED: a family wrote; MESSAGE_SENT: a reply (a counsellor’s or automatic) was queued; DELIVERY_UPDATED: what became of a reply changed; CONVERSATION_OPENED: a family’s first conversation; CONVERSATION_REOPENED: a resolved conversation opened again; CONVERSATION_UPDATED: status, priority, assignee or categories changed */
export type InboxEventKind =
  | 'CONVERSATION_OPENED'
  | 'CONVERSATION_REOPENED'
  | 'CONVERSATION_UPDATED'
  | 'DELIVERY_UPDATED'
  | 'MESSAGE_RECEIVED'
  | 'MESSAGE_SENT';

export type InvitationIdInput = {
  invitationId: string | number;
};

export type InvitationStatus = 'ACCEPTED' | 'AWAITING_APPROVAL' | 'EXPIRED' | 'PENDING' | 'REVOKED';

export type InviteUserInput = {
  email: string;
  /** For PARTNER_USER (required, and only for it): the tenant's partner organisation the user works for */
  partnerOrganizationId?: string | number | null | undefined;
  role: Role;
  /** For a tenant role: the tenant (default: the request's tenant) */
  tenantSlug?: string | null | undefined;
};

/** How a KPI’s actual is computed (docs/programmes.md) */
export type KpiKind =
  | 'ANSWERED_WITHIN_MINUTES'
  | 'BROADCASTS'
  | 'CONSULTATIONS'
  | 'DELIVERIES'
  | 'FAMILIES_REGISTERED'
  | 'NEW_REGISTRATIONS'
  | 'REFERRALS'
  | 'REPLIES';

export type KpiUnit = 'COUNT' | 'PERCENT';

export type LineConnectionProblem = 'FORBIDDEN' | 'LINE_ERROR' | 'UNAUTHORIZED_TOKEN' | 'UNREACHABLE';

export type LineEmojiInput = {
  emojiId: string;
  index: number;
  productId: string;
};

export type LoginInput = {
  email: string;
  password: string;
};

export type MarkNotificationsReadInput = {
  /** These notifications; left out, all of them */
  ids?: Array<string | number> | null | undefined;
};

export type MediaStatus = 'ERASED' | 'EXPIRED' | 'FAILED' | 'PENDING' | 'READY' | 'TOO_LARGE';

export type MessageDirection = 'IN' | 'OUT';

export type MetricGroup =
  | 'BROADCASTS'
  | 'CASE_RECORDS'
  | 'CONSULTATIONS'
  | 'FOOD_DELIVERY'
  | 'REFERRALS'
  | 'REGISTRANTS'
  | 'RESPONSIVENESS'
  | 'SECONDMENTS';

export type MetricUnit = 'COUNT' | 'DAYS' | 'MINUTES';

export type MigrateAssessmentInput = {
  id: string | number;
  /** The template's newest version when left out */
  toVersionId?: string | number | null | undefined;
  /** Values for the fields the preview asks for */
  values?: unknown;
};

export type NotificationKind =
  | 'CASE_REVIEW_DUE'
  | 'COUNSELLOR_TASK'
  | 'COUNSELLOR_TASK_URGENT'
  | 'ESCALATED'
  | 'REFERRAL_OVERDUE'
  | 'REFERRAL_RECEIVED'
  | 'REFERRAL_UPDATED'
  | 'URGENT';

/** An item of the onboarding checklist */
export type OnboardingItem = 'CHANNELS' | 'PARTNERS' | 'REPORTING' | 'ROSTER';

export type OpenCaseRecordInput = {
  registrantId: string | number;
  /** A counsellor of the tenant; the caller when left out */
  responsibleUserId?: string | number | null | undefined;
};

export type PartnerAddressInput = {
  addressLine: string;
  city: string;
  /** 〒 as 650-0001 */
  postalCode: string;
  prefecture: string;
};

export type PartnerLocationType = 'PHYSICAL' | 'VIRTUAL';

export type PartnerOrganizationFilter = {
  /** Organisations with a service whose age limits admit this age */
  age?: number | null | undefined;
  /** Organisations with a service covering this ward or city (中央区) */
  area?: string | null | undefined;
  /** Organisations with a service in this category */
  categoryId?: string | number | null | undefined;
  /** In organisation and service names; two characters are enough (DV) */
  search?: string | null | undefined;
  status?: PartnerServiceStatus | null | undefined;
};

export type PartnerServiceStatus = 'ACTIVE' | 'DEFUNCT' | 'INACTIVE' | 'TEMPORARILY_CLOSED';

export type PhoneInput = {
  description?: string | null | undefined;
  number: string;
  type?: PhoneType | null | undefined;
};

export type PhoneType = 'CELL' | 'FAX' | 'PAGER' | 'TEXT' | 'TEXTPHONE' | 'VIDEO' | 'VOICE';

export type PlannedItemInput = {
  name: string;
  quantity: number;
};

/** Roles held by the user across the platform */
export type PlatformRole = 'NPO_ADMIN' | 'PLATFORM_ADMIN';

export type ProgrammeKind = 'EVENTS' | 'FOOD_DELIVERY' | 'LINE_CONSULTATION' | 'OTHER';

export type PublishAssessmentTemplateVersionInput = {
  /** Publish even though filled fields are removed or changed: existing assessments keep their version until migrated */
  allowBreakingChanges?: boolean;
  sections: Array<AssessmentSectionInput>;
  templateId: string | number;
};

/** Items a donor gave on one day, for one food-delivery programme */
export type ReceiveDonationInput = {
  donorId: string | number;
  items: Array<DonationItemInput>;
  programmeId: string | number;
  /** YYYY-MM-DD, not after today */
  receivedOn: string;
};

export type RecordConsentInput = {
  /** The family's conversation */
  conversationId: string | number;
  method: ConsentMethod;
  note?: string | null | undefined;
  /** YYYY-MM-DD, not in the future */
  obtainedOn: string;
  partnerOrganizationId: string | number;
  /** What the family agreed to share for (1 to 500 characters) */
  purpose: string;
};

export type RecordDonorThanksInput = {
  donorId: string | number;
  method: ThanksMethod;
  note?: string | null | undefined;
  sentBy: string;
  /** YYYY-MM-DD, not after today */
  sentOn: string;
};

export type RecordFoodDeliveryInput = {
  householdId: string | number;
  /** Hand deliveries only */
  observation?: DeliveryObservation | null | undefined;
  /** A short note on the observation (at most 500 characters) */
  observationNote?: string | null | undefined;
  outcome: DeliveryOutcome;
  roundId: string | number;
};

export type ReferralCloseReason =
  | 'CONSENT_WITHDRAWN'
  | 'COULD_NOT_CONTACT'
  | 'FAMILY_WITHDREW'
  | 'NOT_ELIGIBLE'
  | 'NO_CAPACITY';

export type ReferralFilter = {
  /** The referrals made from this conversation (the referring side only; a partner user is refused) */
  conversationId?: string | number | null | undefined;
  /** Only sent referrals past their response deadline */
  overdue?: boolean | null | undefined;
  partnerOrganizationId?: string | number | null | undefined;
  status?: ReferralStatus | null | undefined;
  /** Any of these statuses (with `status` too, both apply): e.g. all but SENT after the awaiting ones */
  statuses?: Array<ReferralStatus> | null | undefined;
};

export type ReferralIdInput = {
  id: string | number;
};

export type ReferralOutcome = 'GOT_HELP' | 'NOT_HELPED' | 'PARTIALLY_HELPED';

export type ReferralReasonInput = {
  id: string | number;
  reason: string;
};

/** Who moved a referral */
export type ReferralSide = 'PARTNER' | 'REFERRER' | 'SYSTEM';

export type ReferralStatus =
  | 'ACCEPTED'
  | 'CLOSED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'DRAFT'
  | 'IN_PROGRESS'
  | 'RECALLED'
  | 'SENT';

/** SINGLE_CHOICE: one choice; MULTIPLE_CHOICE: any choices; YEAR_MONTH: year-months YYYY-MM, several allowed (a child each); AREA: one area of a list */
export type RegistrantAttributeKind = 'AREA' | 'MULTIPLE_CHOICE' | 'SINGLE_CHOICE' | 'YEAR_MONTH';

export type RegistrantStatus = 'ACTIVE' | 'BLOCKED';

export type RemoveCrisisContactInput = {
  id: string | number;
};

export type ReplyToConversationInput = {
  conversationId: string | number;
  text: string;
};

export type ReportFormat = 'CSV' | 'PDF' | 'XLSX';

export type ReportRunStatus = 'FAILED' | 'NO_RECIPIENTS' | 'QUEUED' | 'SENT';

export type ReportTrigger = 'MANUAL' | 'SCHEDULED';

export type RequestEmergencyAccessInput = {
  /** Why the content must be read now; shown to the tenant in its audit trail */
  reason: string;
  tenantSlug: string;
};

export type RequestPasswordResetInput = {
  email: string;
};

export type ResetPasswordInput = {
  newPassword: string;
  token: string;
};

export type RetryReplyInput = {
  /** A counsellor's reply whose deliveryStatus is FAILED or UNKNOWN */
  messageId: string | number;
};

export type RevokeSessionInput = {
  id: string | number;
};

/** Any role: platform roles and tenant roles */
export type Role =
  | 'COORDINATOR'
  | 'COUNSELOR'
  | 'MUNICIPAL_VIEWER'
  | 'NPO_ADMIN'
  | 'PARTNER_USER'
  | 'PLATFORM_ADMIN'
  | 'TENANT_ADMIN';

export type RunReportNowInput = {
  /** The fiscal year, by the year it starts in (2025 for 令和7年度) */
  fiscalYear: number;
  /** A calendar month (1–12) of that fiscal year; none: the whole year */
  month?: number | null | undefined;
};

export type SecondedStaffInput = {
  employeeNumber?: string | null | undefined;
  homeDepartment: string;
  jobTitle: string;
  /** 氏名 (kanji) */
  name: string;
  /** ふりがな */
  nameKana: string;
  /** Their tsunagu account, if any */
  userId?: string | number | null | undefined;
};

export type SecondmentStatus = 'ACTIVE' | 'COMPLETED' | 'ENDED_EARLY' | 'EXTENDED' | 'PLANNED';

export type SecondmentView = 'ALUMNI' | 'CURRENT';

export type SecondmentsFilter = {
  /** Secondments overlapping this fiscal year */
  fiscalYear?: number | null | undefined;
  homeTenantSlug?: string | null | undefined;
  status?: SecondmentStatus | null | undefined;
  /** CURRENT: seconded now; ALUMNI: back home */
  view?: SecondmentView | null | undefined;
};

/** One condition. CHOICES: attributeKey and choices (any of them); AGE: attributeKey of a year-month attribute with ageFrom..ageTo, in full years counted from the first day of the month, on the day asked; TAGS: tags (any of them) */
export type SegmentConditionInput = {
  /** Inclusive, in full years */
  ageFrom?: number | null | undefined;
  /** Inclusive, in full years */
  ageTo?: number | null | undefined;
  attributeKey?: string | null | undefined;
  choices?: Array<string> | null | undefined;
  kind: SegmentConditionKind;
  tags?: Array<string> | null | undefined;
};

export type SegmentConditionKind = 'AGE' | 'CHOICES' | 'TAGS';

/** Conditions combined by `match` */
export type SegmentGroupInput = {
  conditions: Array<SegmentConditionInput>;
  match: SegmentMatch;
};

/** Who a broadcast reaches: groups of conditions, the groups combined by `match` (ALL: AND, ANY: OR). Families that blocked the account are never reached */
export type SegmentInput = {
  groups: Array<SegmentGroupInput>;
  match: SegmentMatch;
};

/** ALL: every one must hold (AND); ANY: at least one (OR) */
export type SegmentMatch = 'ALL' | 'ANY';

export type SetConversationPriorityInput = {
  conversationId: string | number;
  priority: ConversationPriority;
};

export type SetConversationStatusInput = {
  conversationId: string | number;
  status: ConversationStatus;
};

export type SetOnDutyInput = {
  onDuty: boolean;
};

export type SubmitFoodApplicationInput = {
  address: FoodAddressInput;
  allergies?: string | null | undefined;
  /** Coarse area for assignment; the city (市区町村) when left out */
  area?: string | null | undefined;
  /** YYYY-MM of each child */
  childrenBirthMonths: Array<string>;
  eligibilityBasis: EligibilityBasis;
  /** Required for OTHER */
  eligibilityNote?: string | null | undefined;
  name: string;
  preferredMethod: DeliveryMethod;
  preferredTimes?: string | null | undefined;
  /** The city's slug, from the link */
  tenantSlug: string;
  /** The one-time token of the link sent on LINE */
  token: string;
  visitConsent: boolean;
};

/** Roles held through a membership in one tenant */
export type TenantRole = 'COORDINATOR' | 'COUNSELOR' | 'MUNICIPAL_VIEWER' | 'PARTNER_USER' | 'TENANT_ADMIN';

export type TenantStatus = 'ACTIVE' | 'OFFBOARDED' | 'ONBOARDING' | 'SUSPENDED';

export type TestRecipientChannelInput = {
  channelId: string | number;
};

/** How a donor was thanked */
export type ThanksMethod = 'EMAIL' | 'IN_PERSON' | 'LETTER';

export type UpdateAssessmentInput = {
  id: string | number;
  /** Every value of the assessment (replaces them), checked against its version */
  values: unknown;
};

export type UpdateBroadcastInput = {
  /** Up to 30 letters, digits or underscores */
  aggregationUnit?: string | null | undefined;
  audienceKind: BroadcastAudienceKind;
  channelId: string | number;
  id: string | number;
  messages: Array<BroadcastMessageInput>;
  notificationDisabled?: boolean | null | undefined;
  /** An instant (ISO 8601 with its offset); null: as soon as approved */
  scheduledAt?: string | null | undefined;
  /** SEGMENT: who it goes to (`audienceCount` counts it) */
  segment?: SegmentInput | null | undefined;
  /** TEST: staff users */
  testUserIds?: Array<string | number> | null | undefined;
  title: string;
};

export type UpdateBroadcastSettingsInput = {
  allowSelfApproval: boolean;
  approverRoles: Array<TenantRole>;
  approverUserIds: Array<string | number>;
};

export type UpdateCannedResponseInput = {
  body?: string | null | undefined;
  id: string | number;
  title?: string | null | undefined;
};

export type UpdateCaseRecordInput = {
  id: string | number;
  /** YYYY-MM-DD; null clears it */
  nextReviewOn?: string | null | undefined;
  responsibleUserId?: string | number | null | undefined;
  risk?: number | null | undefined;
  status?: CaseStatus | null | undefined;
};

export type UpdateCaseRecordSettingsInput = {
  retentionYears: number;
};

export type UpdateConversationCategoryInput = {
  id: string | number;
  name?: string | null | undefined;
  sortOrder?: number | null | undefined;
};

export type UpdateCrisisContactInput = {
  contact: CrisisContactInput;
  id: string | number;
};

/** Replaces the given attributes' values, and the tags when given */
export type UpdateFamilyProfileInput = {
  registrantId: string | number;
  /** Up to 20 tags, 1 to 30 characters each */
  tags?: Array<string> | null | undefined;
  values?: Array<FamilyAttributeValueInput> | null | undefined;
};

export type UpdateFoodHouseholdInput = {
  /** The whole address, sealed again; left out, the sealed address stays as it is (never opened) */
  address?: FoodAddressInput | null | undefined;
  /** Empty clears it */
  allergies?: string | null | undefined;
  area?: string | null | undefined;
  /** YYYY-MM of each child; replaces the list */
  childrenBirthMonths?: Array<string> | null | undefined;
  eligibilityBasis?: EligibilityBasis | null | undefined;
  /** Required for OTHER; empty clears it */
  eligibilityNote?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  preferredMethod?: DeliveryMethod | null | undefined;
  /** Empty clears it */
  preferredTimes?: string | null | undefined;
  visitConsent?: boolean | null | undefined;
};

export type UpdateInboxSettingsInput = {
  /** Replaces the whole list; to change one contact, use addCrisisContact, updateCrisisContact, removeCrisisContact */
  crisisContacts?: Array<CrisisContactInput> | null | undefined;
  escalationEmails?: Array<string> | null | undefined;
  /** Minutes, 1 to 1440 */
  escalationMinutes?: number | null | undefined;
};

export type UpdateLineChannelInput = {
  businessHours?: BusinessHoursInput | null | undefined;
  /** Write-only */
  channelAccessToken?: string | null | undefined;
  /** Write-only */
  channelSecret?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  /** The automatic answer outside business hours */
  outOfHoursReply?: string | null | undefined;
  status?: ChannelStatus | null | undefined;
  /** Sent to a family when they add the account */
  welcomeMessage?: string | null | undefined;
};

export type UpdatePartnerContactInput = {
  department?: string | null | undefined;
  email?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  /** Replaces the list */
  phones?: Array<PhoneInput> | null | undefined;
  /** A service of the same organisation; null: the whole organisation */
  serviceId?: string | number | null | undefined;
  title?: string | null | undefined;
};

export type UpdatePartnerLocationInput = {
  address?: PartnerAddressInput | null | undefined;
  description?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  type?: PartnerLocationType | null | undefined;
  /** Required for VIRTUAL locations */
  url?: string | null | undefined;
};

export type UpdatePartnerOrganizationInput = {
  description?: string | null | undefined;
  email?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  /** Replaces the list */
  phones?: Array<PhoneInput> | null | undefined;
  website?: string | null | undefined;
};

export type UpdatePartnerServiceInput = {
  /** Service categories of this tenant; replaces the list */
  categoryIds?: Array<string | number> | null | undefined;
  description?: string | null | undefined;
  eligibilityDescription?: string | null | undefined;
  email?: string | null | undefined;
  feesDescription?: string | null | undefined;
  id: string | number;
  /** BCP 47 codes: ja, en, vi, ... */
  languages?: Array<string> | null | undefined;
  /** Locations of the service's organisation; replaces the list */
  locationIds?: Array<string | number> | null | undefined;
  /** Not below minimumAge */
  maximumAge?: number | null | undefined;
  minimumAge?: number | null | undefined;
  name?: string | null | undefined;
  /** Ward or city names: 中央区, 神戸市 */
  serviceAreas?: Array<string> | null | undefined;
  /** ACTIVE when left out */
  status?: PartnerServiceStatus | null | undefined;
  url?: string | null | undefined;
};

export type UpdateProgrammeContractInput = {
  /** In yen: digits only */
  amountYen?: string | null | undefined;
  contractNumber?: string | null | undefined;
  department?: string | null | undefined;
  /** YYYY-MM-DD, included */
  endsOn?: string | null | undefined;
  id: string | number;
  /** The targets, in order; replaces them all */
  kpis?: Array<ContractKpiInput> | null | undefined;
  /** YYYY-MM-DD */
  startsOn?: string | null | undefined;
  title?: string | null | undefined;
};

export type UpdateProgrammeInput = {
  archived?: boolean | null | undefined;
  /** The tenant's LINE channels that serve it */
  channelIds?: Array<string | number> | null | undefined;
  description?: string | null | undefined;
  id: string | number;
  kind?: ProgrammeKind | null | undefined;
  name?: string | null | undefined;
  /** Members of the tenant who serve it */
  staffUserIds?: Array<string | number> | null | undefined;
  /** YYYY-MM-DD */
  startedOn?: string | null | undefined;
};

export type UpdateReferralSettingsInput = {
  responseBusinessDays: number;
};

/** Changes to an attribute; its key and kind never change. A choice taken away is taken off every family */
export type UpdateRegistrantAttributeInput = {
  askedInSurvey?: boolean | null | undefined;
  choices?: Array<string> | null | undefined;
  id: string | number;
  label?: string | null | undefined;
  /** An empty text clears it */
  question?: string | null | undefined;
  sortOrder?: number | null | undefined;
};

export type UpdateReportSettingsInput = {
  groups?: Array<MetricGroup> | null | undefined;
  language?: string | null | undefined;
  recipients?: Array<string> | null | undefined;
  /** null: no scheduled report */
  scheduleDay?: number | null | undefined;
  suppressionThreshold?: number | null | undefined;
};

export type UpdateSecondmentInput = {
  duties?: string | null | undefined;
  endsOn?: string | null | undefined;
  hostDepartment?: string | null | undefined;
  id: string | number;
  legalBasis?: string | null | undefined;
  mentorName?: string | null | undefined;
  /** The mentor's account, when they have one */
  mentorUserId?: string | number | null | undefined;
  returnDepartment?: string | null | undefined;
  returnRole?: string | null | undefined;
  startsOn?: string | null | undefined;
  /** ENDED_EARLY only through endSecondmentEarly */
  status?: SecondmentStatus | null | undefined;
};

export type UpdateTenantSettingsInput = {
  fiscalYearStartMonth?: number | null | undefined;
  /** Tenant roles whose holders must sign in with MFA */
  mfaRequiredRoles?: Array<TenantRole> | null | undefined;
  nameEn?: string | null | undefined;
  nameJa?: string | null | undefined;
  prefecture?: string | null | undefined;
  timezone?: string | null | undefined;
};

export type UpsertKeywordRuleInput = {
  /** The rule to change; left out, a new rule */
  id?: string | number | null | undefined;
  keyword: string;
};

export type VerifyMfaInput = {
  /** The 6-digit code of the authenticator app, or a recovery code */
  code: string;
  mfaToken: string;
};

export type Weekday = 'FRI' | 'MON' | 'SAT' | 'SUN' | 'THU' | 'TUE' | 'WED';

export type MySessionsQueryVariables = Exact<{ [key: string]: never }>;

export type MySessionsQuery = {
  mySessions: Array<{
    id: string;
    createdAt: string;
    lastUsedAt: string;
    expiresAt: string;
    ip: string | null;
    userAgent: string | null;
    current: boolean;
  }> | null;
};

export type RevokeSessionMutationVariables = Exact<{
  input: RevokeSessionInput;
}>;

export type RevokeSessionMutation = { revokeSession: boolean };

export type AudienceSchemaQueryVariables = Exact<{ [key: string]: never }>;

export type AudienceSchemaQuery = {
  audienceSchema: {
    tags: Array<string>;
    attributes: Array<{
      id: string;
      key: string;
      label: string;
      kind: RegistrantAttributeKind;
      choices: Array<string>;
      askedInSurvey: boolean;
      question: string | null;
      sortOrder: number;
    }>;
  } | null;
};

export type CreateRegistrantAttributeMutationVariables = Exact<{
  input: CreateRegistrantAttributeInput;
}>;

export type CreateRegistrantAttributeMutation = { createRegistrantAttribute: { id: string } };

export type UpdateRegistrantAttributeMutationVariables = Exact<{
  input: UpdateRegistrantAttributeInput;
}>;

export type UpdateRegistrantAttributeMutation = { updateRegistrantAttribute: { id: string } };

export type DeleteRegistrantAttributeMutationVariables = Exact<{
  input: DeleteRegistrantAttributeInput;
}>;

export type DeleteRegistrantAttributeMutation = { deleteRegistrantAttribute: boolean };

export type FamilyProfileQueryVariables = Exact<{
  registrantId: string | number;
}>;

export type FamilyProfileQuery = {
  familyProfile: {
    registrantId: string;
    tags: Array<string>;
    values: Array<{ attributeKey: string; values: Array<string> }>;
  } | null;
};

export type UpdateFamilyProfileMutationVariables = Exact<{
  input: UpdateFamilyProfileInput;
}>;

export type UpdateFamilyProfileMutation = {
  updateFamilyProfile: {
    registrantId: string;
    tags: Array<string>;
    values: Array<{ attributeKey: string; values: Array<string> }>;
  };
};

export type TestRecipientsQueryVariables = Exact<{ [key: string]: never }>;

export type TestRecipientsQuery = {
  testRecipients: Array<{
    channelId: string;
    channelName: string;
    linkedByMe: boolean;
    recipients: Array<{ userId: string; displayName: string | null; linkedAt: string }>;
  }> | null;
};

export type CreateTestRecipientLinkCodeMutationVariables = Exact<{
  input: TestRecipientChannelInput;
}>;

export type CreateTestRecipientLinkCodeMutation = { createTestRecipientLinkCode: { code: string; expiresAt: string } };

export type UnlinkTestRecipientMutationVariables = Exact<{
  input: TestRecipientChannelInput;
}>;

export type UnlinkTestRecipientMutation = { unlinkTestRecipient: boolean };

export type AuditEventRowFragment = {
  id: string;
  seq: string;
  occurredAt: string;
  actorUserId: string | null;
  actorLabel: string;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  subjectName: string | null;
  details: string | null;
};

export type TenantAuditEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  after?: string | null | undefined;
}>;

export type TenantAuditEventsQuery = {
  auditEvents: {
    edges: Array<{
      node: {
        id: string;
        seq: string;
        occurredAt: string;
        actorUserId: string | null;
        actorLabel: string;
        actorName: string | null;
        action: string;
        targetType: string | null;
        targetId: string | null;
        subjectName: string | null;
        details: string | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  } | null;
};

export type PlatformAuditEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  after?: string | null | undefined;
}>;

export type PlatformAuditEventsQuery = {
  auditEvents: {
    edges: Array<{
      node: {
        id: string;
        seq: string;
        occurredAt: string;
        actorUserId: string | null;
        actorLabel: string;
        actorName: string | null;
        action: string;
        targetType: string | null;
        targetId: string | null;
        subjectName: string | null;
        details: string | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  } | null;
};

export type VerifyTenantAuditChainQueryVariables = Exact<{ [key: string]: never }>;

export type VerifyTenantAuditChainQuery = {
  verification: { ok: boolean; brokenAt: string | null; checked: number } | null;
};

export type VerifyPlatformAuditChainQueryVariables = Exact<{ [key: string]: never }>;

export type VerifyPlatformAuditChainQuery = {
  verification: { ok: boolean; brokenAt: string | null; checked: number } | null;
};

export type ExportTenantAuditEventsMutationVariables = Exact<{
  input: ExportAuditEventsInput;
}>;

export type ExportTenantAuditEventsMutation = { link: { url: string } };

export type ExportPlatformAuditEventsMutationVariables = Exact<{
  input: ExportAuditEventsInput;
}>;

export type ExportPlatformAuditEventsMutation = { link: { url: string } };

export type InvitationQueryVariables = Exact<{
  token: string;
}>;

export type InvitationQuery = {
  invitation: {
    email: string;
    role: Role;
    accountExists: boolean;
    expiresAt: string;
    tenant: { slug: string; nameJa: string; nameEn: string } | null;
  } | null;
};

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;

export type AcceptInvitationMutation = {
  acceptInvitation: {
    accessToken: string | null;
    expiresAt: string | null;
    mfaRequired: boolean;
    mfaEnrollmentRequired: boolean;
  };
};

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;

export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type LoginMutation = {
  login: {
    accessToken: string | null;
    expiresAt: string | null;
    mfaRequired: boolean;
    mfaToken: string | null;
    mfaEnrollmentRequired: boolean;
  };
};

export type VerifyMfaMutationVariables = Exact<{
  input: VerifyMfaInput;
}>;

export type VerifyMfaMutation = {
  verifyMfa: { accessToken: string | null; expiresAt: string | null; mfaEnrollmentRequired: boolean };
};

export type EnrollMfaMutationVariables = Exact<{ [key: string]: never }>;

export type EnrollMfaMutation = { enrollMfa: { otpauthUri: string; recoveryCodes: Array<string> } };

export type ConfirmMfaMutationVariables = Exact<{
  input: ConfirmMfaInput;
}>;

export type ConfirmMfaMutation = {
  confirmMfa: { mfaEnabled: boolean; auth: { accessToken: string | null; expiresAt: string | null } | null };
};

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;

export type ResetPasswordMutation = { resetPassword: boolean };

export type BroadcastItemFragment = {
  id: string;
  channelId: string;
  title: string;
  status: BroadcastStatus;
  audienceKind: BroadcastAudienceKind;
  testUserIds: Array<string>;
  recipientCount: number;
  scheduledAt: string | null;
  notificationDisabled: boolean;
  aggregationUnit: string | null;
  viewerMayApprove: boolean;
  createdAt: string;
  submittedAt: string | null;
  approvedAt: string | null;
  cancelledAt: string | null;
  rejectionReason: string | null;
  segment: {
    match: SegmentMatch;
    groups: Array<{
      match: SegmentMatch;
      conditions: Array<{
        kind: SegmentConditionKind;
        attributeKey: string | null;
        choices: Array<string> | null;
        ageFrom: number | null;
        ageTo: number | null;
        tags: Array<string> | null;
      }>;
    }>;
  } | null;
  composedBy: { id: string; displayName: string };
  approvedBy: { id: string; displayName: string } | null;
  rejectedBy: { id: string; displayName: string } | null;
  cancelledBy: { id: string; displayName: string } | null;
  messages: Array<{
    kind: BroadcastMessageKind;
    text: string | null;
    imageUrl: string | null;
    previewImageUrl: string | null;
    title: string | null;
    url: string | null;
  }>;
  figures: {
    audience: number;
    sent: number;
    failed: number;
    skipped: number;
    pending: number;
    durationSeconds: number | null;
    startedAt: string | null;
    finishedAt: string | null;
    failures: Array<{ reason: string; count: number }>;
  } | null;
  statistics: {
    state: BroadcastStatisticsState;
    opens: number | null;
    clickers: number | null;
    readAt: string | null;
    refreshing: boolean;
    final: boolean;
    nextRequestAt: string | null;
    links: Array<{ seq: number; url: string; clicks: number | null; uniqueClicks: number | null }>;
  } | null;
};

export type BroadcastsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: BroadcastStatus | null | undefined;
}>;

export type BroadcastsQuery = {
  broadcasts: {
    edges: Array<{
      node: {
        id: string;
        channelId: string;
        title: string;
        status: BroadcastStatus;
        audienceKind: BroadcastAudienceKind;
        testUserIds: Array<string>;
        recipientCount: number;
        scheduledAt: string | null;
        notificationDisabled: boolean;
        aggregationUnit: string | null;
        viewerMayApprove: boolean;
        createdAt: string;
        submittedAt: string | null;
        approvedAt: string | null;
        cancelledAt: string | null;
        rejectionReason: string | null;
        segment: {
          match: SegmentMatch;
          groups: Array<{
            match: SegmentMatch;
            conditions: Array<{
              kind: SegmentConditionKind;
              attributeKey: string | null;
              choices: Array<string> | null;
              ageFrom: number | null;
              ageTo: number | null;
              tags: Array<string> | null;
            }>;
          }>;
        } | null;
        composedBy: { id: string; displayName: string };
        approvedBy: { id: string; displayName: string } | null;
        rejectedBy: { id: string; displayName: string } | null;
        cancelledBy: { id: string; displayName: string } | null;
        messages: Array<{
          kind: BroadcastMessageKind;
          text: string | null;
          imageUrl: string | null;
          previewImageUrl: string | null;
          title: string | null;
          url: string | null;
        }>;
        figures: {
          audience: number;
          sent: number;
          failed: number;
          skipped: number;
          pending: number;
          durationSeconds: number | null;
          startedAt: string | null;
          finishedAt: string | null;
          failures: Array<{ reason: string; count: number }>;
        } | null;
        statistics: {
          state: BroadcastStatisticsState;
          opens: number | null;
          clickers: number | null;
          readAt: string | null;
          refreshing: boolean;
          final: boolean;
          nextRequestAt: string | null;
          links: Array<{ seq: number; url: string; clicks: number | null; uniqueClicks: number | null }>;
        } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  } | null;
};

export type BroadcastQueryVariables = Exact<{
  id: string | number;
}>;

export type BroadcastQuery = {
  broadcast: {
    id: string;
    channelId: string;
    title: string;
    status: BroadcastStatus;
    audienceKind: BroadcastAudienceKind;
    testUserIds: Array<string>;
    recipientCount: number;
    scheduledAt: string | null;
    notificationDisabled: boolean;
    aggregationUnit: string | null;
    viewerMayApprove: boolean;
    createdAt: string;
    submittedAt: string | null;
    approvedAt: string | null;
    cancelledAt: string | null;
    rejectionReason: string | null;
    segment: {
      match: SegmentMatch;
      groups: Array<{
        match: SegmentMatch;
        conditions: Array<{
          kind: SegmentConditionKind;
          attributeKey: string | null;
          choices: Array<string> | null;
          ageFrom: number | null;
          ageTo: number | null;
          tags: Array<string> | null;
        }>;
      }>;
    } | null;
    composedBy: { id: string; displayName: string };
    approvedBy: { id: string; displayName: string } | null;
    rejectedBy: { id: string; displayName: string } | null;
    cancelledBy: { id: string; displayName: string } | null;
    messages: Array<{
      kind: BroadcastMessageKind;
      text: string | null;
      imageUrl: string | null;
      previewImageUrl: string | null;
      title: string | null;
      url: string | null;
    }>;
    figures: {
      audience: number;
      sent: number;
      failed: number;
      skipped: number;
      pending: number;
      durationSeconds: number | null;
      startedAt: string | null;
      finishedAt: string | null;
      failures: Array<{ reason: string; count: number }>;
    } | null;
    statistics: {
      state: BroadcastStatisticsState;
      opens: number | null;
      clickers: number | null;
      readAt: string | null;
      refreshing: boolean;
      final: boolean;
      nextRequestAt: string | null;
      links: Array<{ seq: number; url: string; clicks: number | null; uniqueClicks: number | null }>;
    } | null;
  } | null;
};

export type BroadcastChannelsQueryVariables = Exact<{ [key: string]: never }>;

export type BroadcastChannelsQuery = {
  broadcastChannels: Array<{ id: string; name: string; reachableFamilies: number }> | null;
};

export type AudienceCountQueryVariables = Exact<{
  channelId?: string | number | null | undefined;
  segment?: SegmentInput | null | undefined;
}>;

export type AudienceCountQuery = { audienceCount: number | null };

export type BroadcastSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type BroadcastSettingsQuery = {
  broadcastSettings: {
    approverRoles: Array<TenantRole>;
    approverUserIds: Array<string>;
    allowSelfApproval: boolean;
  } | null;
};

export type UpdateBroadcastSettingsMutationVariables = Exact<{
  input: UpdateBroadcastSettingsInput;
}>;

export type UpdateBroadcastSettingsMutation = {
  updateBroadcastSettings: {
    approverRoles: Array<TenantRole>;
    approverUserIds: Array<string>;
    allowSelfApproval: boolean;
  };
};

export type CreateBroadcastMutationVariables = Exact<{
  input: CreateBroadcastInput;
}>;

export type CreateBroadcastMutation = {
  createBroadcast: {
    id: string;
    channelId: string;
    title: string;
    status: BroadcastStatus;
    audienceKind: BroadcastAudienceKind;
    testUserIds: Array<string>;
    recipientCount: number;
    scheduledAt: string | null;
    notificationDisabled: boolean;
    aggregationUnit: string | null;
    viewerMayApprove: boolean;
    createdAt: string;
    submittedAt: string | null;
    approvedAt: string | null;
    cancelledAt: string | null;
    rejectionReason: string | null;
    segment: {
      match: SegmentMatch;
      groups: Array<{
        match: SegmentMatch;
        conditions: Array<{
          kind: SegmentConditionKind;
          attributeKey: string | null;
          choices: Array<string> | null;
          ageFrom: number | null;
          ageTo: number | null;
          tags: Array<string> | null;
        }>;
      }>;
    } | null;
    composedBy: { id: string; displayName: string };
    approvedBy: { id: string; displayName: string } | null;
    rejectedBy: { id: string; displayName: string } | null;
    cancelledBy: { id: string; displayName: string } | null;
    messages: Array<{
      kind: BroadcastMessageKind;
      text: string | null;
      imageUrl: string | null;
      previewImageUrl: string | null;
      title: string | null;
      url: string | null;
    }>;
    figures: {
      audience: number;
      sent: number;
      failed: number;
      skipped: number;
      pending: number;
      durationSeconds: number | null;
      startedAt: string | null;
      finishedAt: string | null;
      failures: Array<{ reason: string; count: number }>;
    } | null;
    statistics: {
      state: BroadcastStatisticsState;
      opens: number | null;
      clickers: number | null;
      readAt: string | null;
      refreshing: boolean;
      final: boolean;
      nextRequestAt: string | null;
      links: Array<{ seq: number; url: string; clicks: number | null; uniqueClicks: number | null }>;
    } | null;
  };
};

export type UpdateBroadcastMutationVariables = Exact<{
  input: UpdateBroadcastInput;
}>;

export type UpdateBroadcastMutation = {
  updateBroadcast: {
    id: string;
    channelId: string;
    title: string;
    status: BroadcastStatus;
    audienceKind: BroadcastAudienceKind;
    testUserIds: Array<string>;
    recipientCount: number;
    scheduledAt: string | null;
    notificationDisabled: boolean;
    aggregationUnit: string | null;
    viewerMayApprove: boolean;
    createdAt: string;
    submittedAt: string | null;
    approvedAt: string | null;
    cancelledAt: string | null;
    rejectionReason: string | null;
    segment: {
      match: SegmentMatch;
      groups: Array<{
        match: SegmentMatch;
        conditions: Array<{
          kind: SegmentConditionKind;
          attributeKey: string | null;
          choices: Array<string> | null;
          ageFrom: number | null;
          ageTo: number | null;
          tags: Array<string> | null;
        }>;
      }>;
    } | null;
    composedBy: { id: string; displayName: string };
    approvedBy: { id: string; displayName: string } | null;
    rejectedBy: { id: string; displayName: string } | null;
    cancelledBy: { id: string; displayName: string } | null;
    messages: Array<{
      kind: BroadcastMessageKind;
      text: string | null;
      imageUrl: string | null;
      previewImageUrl: string | null;
      title: string | null;
      url: string | null;
    }>;
    figures: {
      audience: number;
      sent: number;
      failed: number;
      skipped: number;
      pending: number;
      durationSeconds: number | null;
      startedAt: string | null;
      finishedAt: string | null;
      failures: Array<{ reason: string; count: number }>;
    } | null;
    statistics: {
      state: BroadcastStatisticsState;
      opens: number | null;
      clickers: number | null;
      readAt: string | null;
      refreshing: boolean;
      final: boolean;
      nextRequestAt: string | null;
      links: Array<{ seq: number; url: string; clicks: number | null; uniqueClicks: number | null }>;
    } | null;
  };
};

export type SubmitBroadcastMutationVariables = Exact<{
  id: string | number;
}>;

export type SubmitBroadcastMutation = {
  submitBroadcast: {
    id: string;
    channelId: string;
    title: string;
    status: BroadcastStatus;
    audienceKind: BroadcastAudienceKind;
    testUserIds: Array<string>;
    recipientCount: number;
    scheduledAt: string | null;
    notificationDisabled: boolean;
    aggregationUnit: string | null;
    viewerMayApprove: boolean;
    createdAt: string;
    submittedAt: string | null;
    approvedAt: string | null;
    cancelledAt: string | null;
    rejectionReason: string | null;
    segment: {
      match: SegmentMatch;
      groups: Array<{
        match: SegmentMatch;
        conditions: Array<{
          kind: SegmentConditionKind;
          attributeKey: string | null;
          choices: Array<string> | null;
          ageFrom: number | null;
          ageTo: number | null;
          tags: Array<string> | null;
        }>;
      }>;
    } | null;
    composedBy: { id: string; displayName: string };
    approvedBy: { id: string; displayName: string } | null;
    rejectedBy: { id: string; displayName: string } | null;
    cancelledBy: { id: string; displayName: string } | null;
    messages: Array<{
      kind: BroadcastMessageKind;
      text: string | null;
      imageUrl: string | null;
      previewImageUrl: string | null;
      title: string | null;
      url: string | null;
    }>;
    figures: {
      audience: number;
      sent: number;
      failed: number;
      skipped: number;
      pending: number;
      durationSeconds: number | null;
      startedAt: string | null;
      finishedAt: string | null;
      failures: Array<{ reason: string; count: number }>;
    } | null;
    statistics: {
      state: BroadcastStatisticsState;
      opens: number | null;
      clickers: number | null;
      readAt: string | null;
      refreshing: boolean;
      final: boolean;
      nextRequestAt: string | null;
      links: Array<{ seq: number; url: string; clicks: number | null; uniqueClicks: number | null }>;
    } | null;
  };
};

export type ApproveBroadcastMutationVariables = Exact<{
  id: string | number;
}>;

export type ApproveBroadcastMutation = {
  approveBroadcast: {
    id: string;
    channelId: string;
    title: string;
    status: BroadcastStatus;
    audienceKind: BroadcastAudienceKind;
    testUserIds: Array<string>;
    recipientCount: number;
    scheduledAt: string | null;
    notificationDisabled: boolean;
    aggregationUnit: string | null;
    viewerMayApprove: boolean;
    createdAt: string;
    submittedAt: string | null;
    approvedAt: string | null;
    cancelledAt: string | null;
    rejectionReason: string | null;
    segment: {
      match: SegmentMatch;
      groups: Array<{
        match: SegmentMatch;
        conditions: Array<{
          kind: SegmentConditionKind;
          attributeKey: string | null;
          choices: Array<string> | null;
          ageFrom: number | null;
          ageTo: number | null;
          tags: Array<string> | null;
        }>;
      }>;
    } | null;
    composedBy: { id: string; displayName: string };
    approvedBy: { id: string; displayName: string } | null;
    rejectedBy: { id: string; displayName: string } | null;
    cancelledBy: { id: string; displayName: string } | null;
    messages: Array<{
      kind: BroadcastMessageKind;
      text: string | null;
      imageUrl: string | null;
      previewImageUrl: string | null;
      title: string | null;
      url: string | null;
    }>;
    figures: {
      audience: number;
      sent: number;
      failed: number;
      skipped: number;
      pending: number;
      durationSeconds: number | null;
      startedAt: string | null;
      finishedAt: string | null;
      failures: Array<{ reason: string; count: number }>;
    } | null;
    statistics: {
      state: BroadcastStatisticsState;
      opens: number | null;
      clickers: number | null;
      readAt: string | null;
      refreshing: boolean;
      final: boolean;
      nextRequestAt: string | null;
      links: Array<{ seq: number; url: string; clicks: number | null; uniqueClicks: number | null }>;
    } | null;
  };
};

export type RejectBroadcastMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type RejectBroadcastMutation = {
  rejectBroadcast: {
    id: string;
    channelId: string;
    title: string;
    status: BroadcastStatus;
    audienceKind: BroadcastAudienceKind;
    testUserIds: Array<string>;
    recipientCount: number;
    scheduledAt: string | null;
    notificationDisabled: boolean;
    aggregationUnit: string | null;
    viewerMayApprove: boolean;
    createdAt: string;
    submittedAt: string | null;
    approvedAt: string | null;
    cancelledAt: string | null;
    rejectionReason: string | null;
    segment: {
      match: SegmentMatch;
      groups: Array<{
        match: SegmentMatch;
        conditions: Array<{
          kind: SegmentConditionKind;
          attributeKey: string | null;
          choices: Array<string> | null;
          ageFrom: number | null;
          ageTo: number | null;
          tags: Array<string> | null;
        }>;
      }>;
    } | null;
    composedBy: { id: string; displayName: string };
    approvedBy: { id: string; displayName: string } | null;
    rejectedBy: { id: string; displayName: string } | null;
    cancelledBy: { id: string; displayName: string } | null;
    messages: Array<{
      kind: BroadcastMessageKind;
      text: string | null;
      imageUrl: string | null;
      previewImageUrl: string | null;
      title: string | null;
      url: string | null;
    }>;
    figures: {
      audience: number;
      sent: number;
      failed: number;
      skipped: number;
      pending: number;
      durationSeconds: number | null;
      startedAt: string | null;
      finishedAt: string | null;
      failures: Array<{ reason: string; count: number }>;
    } | null;
    statistics: {
      state: BroadcastStatisticsState;
      opens: number | null;
      clickers: number | null;
      readAt: string | null;
      refreshing: boolean;
      final: boolean;
      nextRequestAt: string | null;
      links: Array<{ seq: number; url: string; clicks: number | null; uniqueClicks: number | null }>;
    } | null;
  };
};

export type CancelBroadcastMutationVariables = Exact<{
  id: string | number;
}>;

export type CancelBroadcastMutation = {
  cancelBroadcast: {
    id: string;
    channelId: string;
    title: string;
    status: BroadcastStatus;
    audienceKind: BroadcastAudienceKind;
    testUserIds: Array<string>;
    recipientCount: number;
    scheduledAt: string | null;
    notificationDisabled: boolean;
    aggregationUnit: string | null;
    viewerMayApprove: boolean;
    createdAt: string;
    submittedAt: string | null;
    approvedAt: string | null;
    cancelledAt: string | null;
    rejectionReason: string | null;
    segment: {
      match: SegmentMatch;
      groups: Array<{
        match: SegmentMatch;
        conditions: Array<{
          kind: SegmentConditionKind;
          attributeKey: string | null;
          choices: Array<string> | null;
          ageFrom: number | null;
          ageTo: number | null;
          tags: Array<string> | null;
        }>;
      }>;
    } | null;
    composedBy: { id: string; displayName: string };
    approvedBy: { id: string; displayName: string } | null;
    rejectedBy: { id: string; displayName: string } | null;
    cancelledBy: { id: string; displayName: string } | null;
    messages: Array<{
      kind: BroadcastMessageKind;
      text: string | null;
      imageUrl: string | null;
      previewImageUrl: string | null;
      title: string | null;
      url: string | null;
    }>;
    figures: {
      audience: number;
      sent: number;
      failed: number;
      skipped: number;
      pending: number;
      durationSeconds: number | null;
      startedAt: string | null;
      finishedAt: string | null;
      failures: Array<{ reason: string; count: number }>;
    } | null;
    statistics: {
      state: BroadcastStatisticsState;
      opens: number | null;
      clickers: number | null;
      readAt: string | null;
      refreshing: boolean;
      final: boolean;
      nextRequestAt: string | null;
      links: Array<{ seq: number; url: string; clicks: number | null; uniqueClicks: number | null }>;
    } | null;
  };
};

export type SendTestBroadcastMutationVariables = Exact<{
  id: string | number;
}>;

export type SendTestBroadcastMutation = { sendTestBroadcast: { recipients: number } };

export type RefreshBroadcastStatisticsMutationVariables = Exact<{
  id: string | number;
}>;

export type RefreshBroadcastStatisticsMutation = {
  refreshBroadcastStatistics: {
    id: string;
    channelId: string;
    title: string;
    status: BroadcastStatus;
    audienceKind: BroadcastAudienceKind;
    testUserIds: Array<string>;
    recipientCount: number;
    scheduledAt: string | null;
    notificationDisabled: boolean;
    aggregationUnit: string | null;
    viewerMayApprove: boolean;
    createdAt: string;
    submittedAt: string | null;
    approvedAt: string | null;
    cancelledAt: string | null;
    rejectionReason: string | null;
    segment: {
      match: SegmentMatch;
      groups: Array<{
        match: SegmentMatch;
        conditions: Array<{
          kind: SegmentConditionKind;
          attributeKey: string | null;
          choices: Array<string> | null;
          ageFrom: number | null;
          ageTo: number | null;
          tags: Array<string> | null;
        }>;
      }>;
    } | null;
    composedBy: { id: string; displayName: string };
    approvedBy: { id: string; displayName: string } | null;
    rejectedBy: { id: string; displayName: string } | null;
    cancelledBy: { id: string; displayName: string } | null;
    messages: Array<{
      kind: BroadcastMessageKind;
      text: string | null;
      imageUrl: string | null;
      previewImageUrl: string | null;
      title: string | null;
      url: string | null;
    }>;
    figures: {
      audience: number;
      sent: number;
      failed: number;
      skipped: number;
      pending: number;
      durationSeconds: number | null;
      startedAt: string | null;
      finishedAt: string | null;
      failures: Array<{ reason: string; count: number }>;
    } | null;
    statistics: {
      state: BroadcastStatisticsState;
      opens: number | null;
      clickers: number | null;
      readAt: string | null;
      refreshing: boolean;
      final: boolean;
      nextRequestAt: string | null;
      links: Array<{ seq: number; url: string; clicks: number | null; uniqueClicks: number | null }>;
    } | null;
  };
};

export type BroadcastEventsSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;

export type BroadcastEventsSubscription = {
  broadcastEvents: {
    cursor: string;
    missed: boolean;
    broadcasts: Array<{
      id: string;
      channelId: string;
      title: string;
      status: BroadcastStatus;
      audienceKind: BroadcastAudienceKind;
      testUserIds: Array<string>;
      recipientCount: number;
      scheduledAt: string | null;
      notificationDisabled: boolean;
      aggregationUnit: string | null;
      viewerMayApprove: boolean;
      createdAt: string;
      submittedAt: string | null;
      approvedAt: string | null;
      cancelledAt: string | null;
      rejectionReason: string | null;
      segment: {
        match: SegmentMatch;
        groups: Array<{
          match: SegmentMatch;
          conditions: Array<{
            kind: SegmentConditionKind;
            attributeKey: string | null;
            choices: Array<string> | null;
            ageFrom: number | null;
            ageTo: number | null;
            tags: Array<string> | null;
          }>;
        }>;
      } | null;
      composedBy: { id: string; displayName: string };
      approvedBy: { id: string; displayName: string } | null;
      rejectedBy: { id: string; displayName: string } | null;
      cancelledBy: { id: string; displayName: string } | null;
      messages: Array<{
        kind: BroadcastMessageKind;
        text: string | null;
        imageUrl: string | null;
        previewImageUrl: string | null;
        title: string | null;
        url: string | null;
      }>;
      figures: {
        audience: number;
        sent: number;
        failed: number;
        skipped: number;
        pending: number;
        durationSeconds: number | null;
        startedAt: string | null;
        finishedAt: string | null;
        failures: Array<{ reason: string; count: number }>;
      } | null;
      statistics: {
        state: BroadcastStatisticsState;
        opens: number | null;
        clickers: number | null;
        readAt: string | null;
        refreshing: boolean;
        final: boolean;
        nextRequestAt: string | null;
        links: Array<{ seq: number; url: string; clicks: number | null; uniqueClicks: number | null }>;
      } | null;
    }>;
  };
};

export type DonationItemFieldsFragment = {
  id: string;
  donorId: string;
  donorName: string;
  donorKind: DonorKind;
  receivedOn: string;
  name: string;
  quantity: number;
  unit: string;
  bestBefore: string | null;
  pastBestBefore: boolean;
  allergens: Array<Allergen>;
  note: string | null;
  allocated: number;
  remaining: number;
};

export type DonationProgrammeQueryVariables = Exact<{
  id: string | number;
}>;

export type DonationProgrammeQuery = { programme: { id: string; name: string; kind: ProgrammeKind } | null };

export type DonationStockQueryVariables = Exact<{
  programmeId: string | number;
}>;

export type DonationStockQuery = {
  donationStock: Array<{
    id: string;
    donorId: string;
    donorName: string;
    donorKind: DonorKind;
    receivedOn: string;
    name: string;
    quantity: number;
    unit: string;
    bestBefore: string | null;
    pastBestBefore: boolean;
    allergens: Array<Allergen>;
    note: string | null;
    allocated: number;
    remaining: number;
  }> | null;
};

export type DonorsQueryVariables = Exact<{
  needsThanks?: boolean | null | undefined;
  after?: string | null | undefined;
}>;

export type DonorsQuery = {
  donors: {
    edges: Array<{
      node: {
        id: string;
        kind: DonorKind;
        name: string;
        contact: string | null;
        note: string | null;
        lastReceivedOn: string | null;
        lastThankedOn: string | null;
        needsThanks: boolean;
        itemCount: number;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  } | null;
};

export type CreateDonorMutationVariables = Exact<{
  input: CreateDonorInput;
}>;

export type CreateDonorMutation = { createDonor: { id: string; name: string } };

export type ReceiveDonationMutationVariables = Exact<{
  input: ReceiveDonationInput;
}>;

export type ReceiveDonationMutation = {
  receiveDonation: Array<{
    id: string;
    donorId: string;
    donorName: string;
    donorKind: DonorKind;
    receivedOn: string;
    name: string;
    quantity: number;
    unit: string;
    bestBefore: string | null;
    pastBestBefore: boolean;
    allergens: Array<Allergen>;
    note: string | null;
    allocated: number;
    remaining: number;
  }>;
};

export type RecordDonorThanksMutationVariables = Exact<{
  input: RecordDonorThanksInput;
}>;

export type RecordDonorThanksMutation = {
  recordDonorThanks: { id: string; sentOn: string; method: ThanksMethod; sentBy: string };
};

export type DonationRoundsQueryVariables = Exact<{
  programmeId: string | number;
}>;

export type DonationRoundsQuery = {
  donationRounds: Array<{ id: string; name: string; startsOn: string; endsOn: string; open: boolean }> | null;
};

export type RoundDonationsQueryVariables = Exact<{
  roundId: string | number;
}>;

export type RoundDonationsQuery = {
  roundDonations: {
    round: { id: string; name: string; startsOn: string; endsOn: string; open: boolean };
    lines: Array<{
      id: string;
      quantity: number;
      item: {
        id: string;
        donorId: string;
        donorName: string;
        donorKind: DonorKind;
        receivedOn: string;
        name: string;
        quantity: number;
        unit: string;
        bestBefore: string | null;
        pastBestBefore: boolean;
        allergens: Array<Allergen>;
        note: string | null;
        allocated: number;
        remaining: number;
      };
    }>;
  } | null;
};

export type AllocateDonationsMutationVariables = Exact<{
  input: AllocateDonationsInput;
}>;

export type AllocateDonationsMutation = {
  allocateDonations: { round: { id: string }; lines: Array<{ id: string; quantity: number }> };
};

export type FoodDeliverySummaryQueryVariables = Exact<{
  programmeId: string | number;
}>;

export type FoodDeliverySummaryQuery = {
  foodDeliverySummary: {
    programmeId: string;
    suppressionThreshold: number;
    statuses: Array<{ status: FoodHouseholdStatus; households: { display: string } }>;
    rounds: Array<{
      roundId: string;
      name: string;
      startsOn: string;
      endsOn: string;
      capacity: number;
      filled: { display: string };
    }>;
    donations: Array<{ kind: DonorKind; donors: { display: string }; items: { display: string } }>;
  } | null;
};

export type FoodHouseholdsQueryVariables = Exact<{
  programmeId: string | number;
  statuses?: Array<FoodHouseholdStatus> | FoodHouseholdStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type FoodHouseholdsQuery = {
  foodHouseholds: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        name: string;
        area: string;
        status: FoodHouseholdStatus;
        source: FoodHouseholdSource;
        appliedAt: string;
        waitlistPosition: number | null;
        preferredMethod: DeliveryMethod;
        rounds: Array<{ roundId: string; roundName: string }>;
      };
    }>;
  } | null;
};

export type FoodHouseholdQueryVariables = Exact<{
  id: string | number;
}>;

export type FoodHouseholdQuery = {
  foodHousehold: {
    id: string;
    programmeId: string;
    registrantId: string | null;
    source: FoodHouseholdSource;
    name: string;
    area: string;
    childrenBirthMonths: Array<string>;
    eligibilityBasis: EligibilityBasis;
    eligibilityNote: string | null;
    allergies: string | null;
    preferredMethod: DeliveryMethod;
    preferredTimes: string | null;
    visitConsent: boolean;
    status: FoodHouseholdStatus;
    statusReason: string | null;
    appliedAt: string;
    enrolledAt: string | null;
    statusChangedAt: string;
    waitlistPosition: number | null;
    rounds: Array<{ roundId: string; roundName: string; startsOn: string; endsOn: string }>;
  } | null;
};

export type FoodHouseholdAddressQueryVariables = Exact<{
  householdId: string | number;
}>;

export type FoodHouseholdAddressQuery = {
  foodHouseholdAddress: {
    postalCode: string;
    prefecture: string;
    city: string;
    street: string;
    building: string | null;
    phone: string | null;
  } | null;
};

export type FoodRoundsQueryVariables = Exact<{
  programmeId: string | number;
}>;

export type FoodRoundsQuery = {
  foodRounds: Array<{
    id: string;
    name: string;
    startsOn: string;
    endsOn: string;
    capacity: number;
    filled: number;
    status: FoodRoundStatus;
    plannedItems: Array<{ name: string; quantity: number }>;
  }> | null;
};

export type FoodProgrammeQueryVariables = Exact<{
  id: string | number;
}>;

export type FoodProgrammeQuery = { programme: { id: string; name: string; kind: ProgrammeKind } | null };

export type CreateFoodRoundMutationVariables = Exact<{
  input: CreateFoodRoundInput;
}>;

export type CreateFoodRoundMutation = { createFoodRound: { id: string; filled: number } };

export type MarkFoodHouseholdEligibleMutationVariables = Exact<{
  input: DecideFoodHouseholdInput;
}>;

export type MarkFoodHouseholdEligibleMutation = {
  markFoodHouseholdEligible: { id: string; status: FoodHouseholdStatus };
};

export type MarkFoodHouseholdIneligibleMutationVariables = Exact<{
  input: DecideFoodHouseholdInput;
}>;

export type MarkFoodHouseholdIneligibleMutation = {
  markFoodHouseholdIneligible: { id: string; status: FoodHouseholdStatus; statusReason: string | null };
};

export type ApproveFoodHouseholdMutationVariables = Exact<{
  input: DecideFoodHouseholdInput;
}>;

export type ApproveFoodHouseholdMutation = { approveFoodHousehold: { id: string; status: FoodHouseholdStatus } };

export type WithdrawFoodHouseholdMutationVariables = Exact<{
  input: DecideFoodHouseholdInput;
}>;

export type WithdrawFoodHouseholdMutation = { withdrawFoodHousehold: { id: string; status: FoodHouseholdStatus } };

export type EnrolFoodHouseholdMutationVariables = Exact<{
  input: EnrolFoodHouseholdInput;
}>;

export type EnrolFoodHouseholdMutation = { enrolFoodHousehold: { id: string } };

export type FoodApplicationFormQueryVariables = Exact<{
  tenantSlug: string;
  token: string;
}>;

export type FoodApplicationFormQuery = {
  foodApplicationForm: { tenantName: string; programmeName: string; expiresAt: string } | null;
};

export type SubmitFoodApplicationMutationVariables = Exact<{
  input: SubmitFoodApplicationInput;
}>;

export type SubmitFoodApplicationMutation = { submitFoodApplication: { programmeName: string; appliedAt: string } };

export type UpdateFoodHouseholdMutationVariables = Exact<{
  input: UpdateFoodHouseholdInput;
}>;

export type UpdateFoodHouseholdMutation = { updateFoodHousehold: { id: string; name: string } };

export type FoodRoundOperationsQueryVariables = Exact<{
  roundId: string | number;
}>;

export type FoodRoundOperationsQuery = {
  foodRoundOperations: {
    courierHouseholds: number;
    round: { id: string; name: string; startsOn: string; endsOn: string; capacity: number; status: FoodRoundStatus };
    packing: {
      households: number;
      children: number;
      householdsWithAllergies: number;
      ageBands: Array<{ band: ChildAgeBand; children: number }>;
      items: Array<{
        name: string;
        quantity: number;
        allergens: Array<string>;
        perHousehold: number | null;
        warnedHouseholds: number;
      }>;
      rows: Array<{
        placeId: string;
        householdId: string;
        name: string;
        area: string;
        children: number;
        childrenAges: Array<number>;
        allergies: string | null;
        method: DeliveryMethod;
        warnings: Array<{ itemName: string; allergen: string }>;
      }>;
    };
    deliveries: Array<{
      placeId: string;
      householdId: string;
      name: string;
      area: string;
      preferredMethod: DeliveryMethod;
      preferredTimes: string | null;
      visitConsent: boolean;
      method: DeliveryMethod | null;
      outcome: DeliveryOutcome | null;
      outcomeAt: string | null;
      observation: DeliveryObservation | null;
      observationNote: string | null;
      observedAt: string | null;
      taskId: string | null;
      taskOpen: boolean;
      assignee: { userId: string; displayName: string } | null;
      outcomeBy: { userId: string; displayName: string } | null;
    }>;
    areas: Array<{ area: string; households: number; hand: number; courier: number; unassigned: number }>;
    deliverers: Array<{ userId: string; displayName: string }>;
  } | null;
};

export type RoundDeliveryFieldsFragment = {
  placeId: string;
  householdId: string;
  name: string;
  area: string;
  preferredMethod: DeliveryMethod;
  preferredTimes: string | null;
  visitConsent: boolean;
  method: DeliveryMethod | null;
  outcome: DeliveryOutcome | null;
  outcomeAt: string | null;
  observation: DeliveryObservation | null;
  observationNote: string | null;
  observedAt: string | null;
  taskId: string | null;
  taskOpen: boolean;
  assignee: { userId: string; displayName: string } | null;
  outcomeBy: { userId: string; displayName: string } | null;
};

export type AssignFoodDeliveriesMutationVariables = Exact<{
  input: AssignFoodDeliveriesInput;
}>;

export type AssignFoodDeliveriesMutation = { assignFoodDeliveries: { courierHouseholds: number } };

export type RecordFoodDeliveryMutationVariables = Exact<{
  input: RecordFoodDeliveryInput;
}>;

export type RecordFoodDeliveryMutation = { recordFoodDelivery: { placeId: string; taskId: string | null } };

export type ExportFoodCourierCsvMutationVariables = Exact<{
  input: ExportFoodCourierCsvInput;
}>;

export type ExportFoodCourierCsvMutation = {
  exportFoodCourierCsv: { url: string; expiresAt: string; households: number; replacedCharacters: number };
};

export type ChangeFoodRoundStatusMutationVariables = Exact<{
  input: ChangeFoodRoundStatusInput;
}>;

export type ChangeFoodRoundStatusMutation = {
  changeFoodRoundStatus: { id: string; status: FoodRoundStatus; filled: number };
};

export type CrisisContactsQueryVariables = Exact<{ [key: string]: never }>;

export type CrisisContactsQuery = {
  crisisContacts: Array<{ name: string; phone: string; note: string | null }> | null;
};

export type NotificationEventsSubscriptionVariables = Exact<{ [key: string]: never }>;

export type NotificationEventsSubscription = {
  notificationEvents: {
    missed: boolean;
    notifications: Array<{
      id: string;
      kind: NotificationKind;
      conversationId: string | null;
      referralId: string | null;
      createdAt: string;
      readAt: string | null;
    }>;
  };
};

export type UrgentConversationsQueryVariables = Exact<{ [key: string]: never }>;

export type UrgentConversationsQuery = {
  conversations: {
    edges: Array<{
      node: {
        id: string;
        status: ConversationStatus;
        priority: ConversationPriority;
        unreadCount: number;
        lastMessageAt: string;
        categoryIds: Array<string>;
        urgentSince: string | null;
        urgentKeyword: string | null;
        channel: { id: string; name: string };
        assignee: { id: string; displayName: string } | null;
        registrant: { id: string; displayName: string | null; status: RegistrantStatus };
        lastMessage: {
          id: string;
          type: string;
          text: string | null;
          direction: MessageDirection;
          unsent: boolean;
        } | null;
      };
    }>;
  } | null;
};

export type ConversationItemFragment = {
  id: string;
  status: ConversationStatus;
  priority: ConversationPriority;
  unreadCount: number;
  lastMessageAt: string;
  categoryIds: Array<string>;
  urgentSince: string | null;
  urgentKeyword: string | null;
  channel: { id: string; name: string };
  assignee: { id: string; displayName: string } | null;
  registrant: { id: string; displayName: string | null; status: RegistrantStatus };
  lastMessage: { id: string; type: string; text: string | null; direction: MessageDirection; unsent: boolean } | null;
};

export type MessageItemFragment = {
  id: string;
  direction: MessageDirection;
  type: string;
  text: string | null;
  unsent: boolean;
  sentAt: string;
  deliveryStatus: DeliveryStatus | null;
  automatic: AutomaticReply | null;
  media: { id: string; status: MediaStatus; contentType: string | null; fileName: string | null; url: string } | null;
};

export type ConversationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ConversationFilter | null | undefined;
}>;

export type ConversationsQuery = {
  conversations: {
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        status: ConversationStatus;
        priority: ConversationPriority;
        unreadCount: number;
        lastMessageAt: string;
        categoryIds: Array<string>;
        urgentSince: string | null;
        urgentKeyword: string | null;
        channel: { id: string; name: string };
        assignee: { id: string; displayName: string } | null;
        registrant: { id: string; displayName: string | null; status: RegistrantStatus };
        lastMessage: {
          id: string;
          type: string;
          text: string | null;
          direction: MessageDirection;
          unsent: boolean;
        } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  } | null;
};

export type InboxChoicesQueryVariables = Exact<{ [key: string]: never }>;

export type InboxChoicesQuery = {
  conversationCategories: Array<{ id: string; name: string }> | null;
  counsellors: Array<{ id: string; displayName: string }> | null;
  conversationChannels: Array<{ id: string; name: string }> | null;
};

export type ConversationQueryVariables = Exact<{
  id: string | number;
}>;

export type ConversationQuery = {
  conversation: {
    outOfHours: boolean;
    id: string;
    status: ConversationStatus;
    priority: ConversationPriority;
    unreadCount: number;
    lastMessageAt: string;
    categoryIds: Array<string>;
    urgentSince: string | null;
    urgentKeyword: string | null;
    categories: Array<{ id: string; name: string }>;
    channel: { id: string; name: string };
    assignee: { id: string; displayName: string } | null;
    registrant: { id: string; displayName: string | null; status: RegistrantStatus };
    lastMessage: { id: string; type: string; text: string | null; direction: MessageDirection; unsent: boolean } | null;
  } | null;
};

export type MessagesQueryVariables = Exact<{
  conversationId: string | number;
  first: number;
  after?: string | null | undefined;
}>;

export type MessagesQuery = {
  messages: {
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        direction: MessageDirection;
        type: string;
        text: string | null;
        unsent: boolean;
        sentAt: string;
        deliveryStatus: DeliveryStatus | null;
        automatic: AutomaticReply | null;
        media: {
          id: string;
          status: MediaStatus;
          contentType: string | null;
          fileName: string | null;
          url: string;
        } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  } | null;
};

export type CannedResponsesQueryVariables = Exact<{
  conversationId?: string | number | null | undefined;
}>;

export type CannedResponsesQuery = { cannedResponses: Array<{ id: string; title: string; text: string }> | null };

export type ReplyMutationVariables = Exact<{
  input: ReplyToConversationInput;
}>;

export type ReplyMutation = {
  replyToConversation: {
    id: string;
    direction: MessageDirection;
    type: string;
    text: string | null;
    unsent: boolean;
    sentAt: string;
    deliveryStatus: DeliveryStatus | null;
    automatic: AutomaticReply | null;
    media: { id: string; status: MediaStatus; contentType: string | null; fileName: string | null; url: string } | null;
  };
};

export type SetConversationStatusMutationVariables = Exact<{
  input: SetConversationStatusInput;
}>;

export type SetConversationStatusMutation = {
  setConversationStatus: {
    id: string;
    status: ConversationStatus;
    priority: ConversationPriority;
    unreadCount: number;
    lastMessageAt: string;
    categoryIds: Array<string>;
    urgentSince: string | null;
    urgentKeyword: string | null;
    channel: { id: string; name: string };
    assignee: { id: string; displayName: string } | null;
    registrant: { id: string; displayName: string | null; status: RegistrantStatus };
    lastMessage: { id: string; type: string; text: string | null; direction: MessageDirection; unsent: boolean } | null;
  };
};

export type SetConversationPriorityMutationVariables = Exact<{
  input: SetConversationPriorityInput;
}>;

export type SetConversationPriorityMutation = {
  setConversationPriority: {
    id: string;
    status: ConversationStatus;
    priority: ConversationPriority;
    unreadCount: number;
    lastMessageAt: string;
    categoryIds: Array<string>;
    urgentSince: string | null;
    urgentKeyword: string | null;
    channel: { id: string; name: string };
    assignee: { id: string; displayName: string } | null;
    registrant: { id: string; displayName: string | null; status: RegistrantStatus };
    lastMessage: { id: string; type: string; text: string | null; direction: MessageDirection; unsent: boolean } | null;
  };
};

export type AssignConversationMutationVariables = Exact<{
  input: AssignConversationInput;
}>;

export type AssignConversationMutation = {
  assignConversation: {
    id: string;
    status: ConversationStatus;
    priority: ConversationPriority;
    unreadCount: number;
    lastMessageAt: string;
    categoryIds: Array<string>;
    urgentSince: string | null;
    urgentKeyword: string | null;
    channel: { id: string; name: string };
    assignee: { id: string; displayName: string } | null;
    registrant: { id: string; displayName: string | null; status: RegistrantStatus };
    lastMessage: { id: string; type: string; text: string | null; direction: MessageDirection; unsent: boolean } | null;
  };
};

export type CategorizeConversationMutationVariables = Exact<{
  input: CategorizeConversationInput;
}>;

export type CategorizeConversationMutation = {
  categorizeConversation: {
    id: string;
    status: ConversationStatus;
    priority: ConversationPriority;
    unreadCount: number;
    lastMessageAt: string;
    categoryIds: Array<string>;
    urgentSince: string | null;
    urgentKeyword: string | null;
    categories: Array<{ id: string; name: string }>;
    channel: { id: string; name: string };
    assignee: { id: string; displayName: string } | null;
    registrant: { id: string; displayName: string | null; status: RegistrantStatus };
    lastMessage: { id: string; type: string; text: string | null; direction: MessageDirection; unsent: boolean } | null;
  };
};

export type InboxEventsSubscriptionVariables = Exact<{ [key: string]: never }>;

export type InboxEventsSubscription = {
  inboxEvents: {
    missed: boolean;
    events: Array<{
      kind: InboxEventKind;
      conversation: {
        id: string;
        status: ConversationStatus;
        priority: ConversationPriority;
        unreadCount: number;
        lastMessageAt: string;
        categoryIds: Array<string>;
        urgentSince: string | null;
        urgentKeyword: string | null;
        channel: { id: string; name: string };
        assignee: { id: string; displayName: string } | null;
        registrant: { id: string; displayName: string | null; status: RegistrantStatus };
        lastMessage: {
          id: string;
          type: string;
          text: string | null;
          direction: MessageDirection;
          unsent: boolean;
        } | null;
      };
      message: {
        id: string;
        direction: MessageDirection;
        type: string;
        text: string | null;
        unsent: boolean;
        sentAt: string;
        deliveryStatus: DeliveryStatus | null;
        automatic: AutomaticReply | null;
        media: {
          id: string;
          status: MediaStatus;
          contentType: string | null;
          fileName: string | null;
          url: string;
        } | null;
      } | null;
    }>;
  };
};

export type AcknowledgeConversationMutationVariables = Exact<{
  input: AcknowledgeConversationInput;
}>;

export type AcknowledgeConversationMutation = {
  acknowledgeConversation: {
    id: string;
    status: ConversationStatus;
    priority: ConversationPriority;
    unreadCount: number;
    lastMessageAt: string;
    categoryIds: Array<string>;
    urgentSince: string | null;
    urgentKeyword: string | null;
    channel: { id: string; name: string };
    assignee: { id: string; displayName: string } | null;
    registrant: { id: string; displayName: string | null; status: RegistrantStatus };
    lastMessage: { id: string; type: string; text: string | null; direction: MessageDirection; unsent: boolean } | null;
  };
};

export type RetryReplyMutationVariables = Exact<{
  input: RetryReplyInput;
}>;

export type RetryReplyMutation = {
  retryReply: {
    id: string;
    direction: MessageDirection;
    type: string;
    text: string | null;
    unsent: boolean;
    sentAt: string;
    deliveryStatus: DeliveryStatus | null;
    automatic: AutomaticReply | null;
    media: { id: string; status: MediaStatus; contentType: string | null; fileName: string | null; url: string } | null;
  };
};

export type MembersListQueryVariables = Exact<{ [key: string]: never }>;

export type MembersListQuery = {
  tenantMembers: Array<{
    id: string;
    role: TenantRole;
    active: boolean;
    userId: string;
    email: string;
    displayName: string;
  }> | null;
};

export type PendingInvitationsQueryVariables = Exact<{
  tenantSlug?: string | null | undefined;
}>;

export type PendingInvitationsQuery = {
  invitations: Array<{
    id: string;
    email: string;
    role: Role;
    status: InvitationStatus;
    expiresAt: string;
    invitedByName: string | null;
  }> | null;
};

export type InviteMemberMutationVariables = Exact<{
  input: InviteUserInput;
}>;

export type InviteMemberMutation = { inviteUser: { id: string; email: string; status: InvitationStatus } };

export type ResendInvitationMutationVariables = Exact<{
  input: InvitationIdInput;
}>;

export type ResendInvitationMutation = {
  resendInvitation: { id: string; status: InvitationStatus; expiresAt: string };
};

export type RevokeInvitationMutationVariables = Exact<{
  input: InvitationIdInput;
}>;

export type RevokeInvitationMutation = { revokeInvitation: { id: string; status: InvitationStatus } };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMembershipRoleInput;
}>;

export type ChangeMemberRoleMutation = { changeMembershipRole: boolean };

export type DeactivateMemberMutationVariables = Exact<{
  input: DeactivateMembershipInput;
}>;

export type DeactivateMemberMutation = { deactivateMembership: boolean };

export type InvitablePartnersQueryVariables = Exact<{ [key: string]: never }>;

export type InvitablePartnersQuery = {
  partnerOrganizations: { edges: Array<{ node: { id: string; name: string } }> } | null;
};

export type OnboardingStateQueryVariables = Exact<{ [key: string]: never }>;

export type OnboardingStateQuery = {
  onboardingChecklist: {
    complete: boolean;
    items: Array<{ item: OnboardingItem; done: boolean; missing: string | null }>;
  } | null;
  tenant: {
    id: string;
    nameJa: string;
    nameEn: string;
    timezone: string;
    fiscalYearStartMonth: number;
    mfaRequiredRoles: Array<TenantRole>;
    status: TenantStatus;
  } | null;
  lineChannels: Array<{
    id: string;
    name: string;
    lineChannelId: string;
    webhookUrl: string;
    status: ChannelStatus;
    channelAccessTokenLast4: string;
  }> | null;
  reportSettings: { recipients: Array<string> } | null;
};

export type SaveTenantSettingsMutationVariables = Exact<{
  input: UpdateTenantSettingsInput;
}>;

export type SaveTenantSettingsMutation = {
  updateTenantSettings: {
    id: string;
    nameJa: string;
    nameEn: string;
    timezone: string;
    fiscalYearStartMonth: number;
    mfaRequiredRoles: Array<TenantRole>;
  };
};

export type ConnectLineChannelMutationVariables = Exact<{
  input: CreateLineChannelInput;
}>;

export type ConnectLineChannelMutation = { createLineChannel: { id: string } };

export type CheckLineConnectionMutationVariables = Exact<{
  input: CheckLineChannelConnectionInput;
}>;

export type CheckLineConnectionMutation = {
  checkLineChannelConnection: {
    ok: boolean;
    botDisplayName: string | null;
    problem: LineConnectionProblem | null;
    detail: string | null;
  };
};

export type OnboardingAddPartnerOrganizationMutationVariables = Exact<{
  input: CreatePartnerOrganizationInput;
}>;

export type OnboardingAddPartnerOrganizationMutation = { createPartnerOrganization: { id: string } };

export type OnboardingAddPartnerServiceMutationVariables = Exact<{
  input: CreatePartnerServiceInput;
}>;

export type OnboardingAddPartnerServiceMutation = { createPartnerService: { id: string } };

export type OnboardingMarkRosterReviewedMutationVariables = Exact<{ [key: string]: never }>;

export type OnboardingMarkRosterReviewedMutation = { markRosterReviewed: boolean };

export type OnboardingSaveReportRecipientsMutationVariables = Exact<{
  input: UpdateReportSettingsInput;
}>;

export type OnboardingSaveReportRecipientsMutation = { updateReportSettings: { recipients: Array<string> } };

export type PartnerReferralRowFragment = {
  id: string;
  status: ReferralStatus;
  sentAt: string | null;
  respondBy: string | null;
  overdue: boolean;
  responseBusinessDaysLeft: number | null;
  familyDisplayName: string | null;
  outcome: ReferralOutcome | null;
  partnerOrganization: { id: string; name: string };
};

export type PartnerReferralsQueryVariables = Exact<{
  filter: ReferralFilter;
  after?: string | null | undefined;
}>;

export type PartnerReferralsQuery = {
  referrals: {
    edges: Array<{
      node: {
        id: string;
        status: ReferralStatus;
        sentAt: string | null;
        respondBy: string | null;
        overdue: boolean;
        responseBusinessDaysLeft: number | null;
        familyDisplayName: string | null;
        outcome: ReferralOutcome | null;
        partnerOrganization: { id: string; name: string };
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  } | null;
};

export type PartnerReferralDetailFragment = {
  summary: string | null;
  shareActive: boolean;
  nextStatuses: Array<ReferralStatus>;
  declineReason: string | null;
  closeReason: ReferralCloseReason | null;
  id: string;
  status: ReferralStatus;
  sentAt: string | null;
  respondBy: string | null;
  overdue: boolean;
  responseBusinessDaysLeft: number | null;
  familyDisplayName: string | null;
  outcome: ReferralOutcome | null;
  sharedMessages: Array<{ direction: string; text: string; sentAt: string }>;
  sharedAssessmentFields: Array<{
    key: string;
    section: string;
    label: string;
    kind: AssessmentFieldKind;
    value: unknown;
    columns: Array<{ key: string; label: string; kind: AssessmentFieldKind }>;
  }>;
  timeline: Array<{
    toStatus: ReferralStatus;
    occurredAt: string;
    actorName: string | null;
    actorSide: ReferralSide;
    reason: string | null;
    note: string | null;
  }>;
  partnerOrganization: { id: string; name: string };
};

export type PartnerReferralQueryVariables = Exact<{
  id: string | number;
}>;

export type PartnerReferralQuery = {
  referral: {
    summary: string | null;
    shareActive: boolean;
    nextStatuses: Array<ReferralStatus>;
    declineReason: string | null;
    closeReason: ReferralCloseReason | null;
    id: string;
    status: ReferralStatus;
    sentAt: string | null;
    respondBy: string | null;
    overdue: boolean;
    responseBusinessDaysLeft: number | null;
    familyDisplayName: string | null;
    outcome: ReferralOutcome | null;
    sharedMessages: Array<{ direction: string; text: string; sentAt: string }>;
    sharedAssessmentFields: Array<{
      key: string;
      section: string;
      label: string;
      kind: AssessmentFieldKind;
      value: unknown;
      columns: Array<{ key: string; label: string; kind: AssessmentFieldKind }>;
    }>;
    timeline: Array<{
      toStatus: ReferralStatus;
      occurredAt: string;
      actorName: string | null;
      actorSide: ReferralSide;
      reason: string | null;
      note: string | null;
    }>;
    partnerOrganization: { id: string; name: string };
  } | null;
};

export type AcceptReferralMutationVariables = Exact<{
  input: ReferralIdInput;
}>;

export type AcceptReferralMutation = {
  acceptReferral: {
    summary: string | null;
    shareActive: boolean;
    nextStatuses: Array<ReferralStatus>;
    declineReason: string | null;
    closeReason: ReferralCloseReason | null;
    id: string;
    status: ReferralStatus;
    sentAt: string | null;
    respondBy: string | null;
    overdue: boolean;
    responseBusinessDaysLeft: number | null;
    familyDisplayName: string | null;
    outcome: ReferralOutcome | null;
    sharedMessages: Array<{ direction: string; text: string; sentAt: string }>;
    sharedAssessmentFields: Array<{
      key: string;
      section: string;
      label: string;
      kind: AssessmentFieldKind;
      value: unknown;
      columns: Array<{ key: string; label: string; kind: AssessmentFieldKind }>;
    }>;
    timeline: Array<{
      toStatus: ReferralStatus;
      occurredAt: string;
      actorName: string | null;
      actorSide: ReferralSide;
      reason: string | null;
      note: string | null;
    }>;
    partnerOrganization: { id: string; name: string };
  };
};

export type DeclineReferralMutationVariables = Exact<{
  input: ReferralReasonInput;
}>;

export type DeclineReferralMutation = {
  declineReferral: {
    summary: string | null;
    shareActive: boolean;
    nextStatuses: Array<ReferralStatus>;
    declineReason: string | null;
    closeReason: ReferralCloseReason | null;
    id: string;
    status: ReferralStatus;
    sentAt: string | null;
    respondBy: string | null;
    overdue: boolean;
    responseBusinessDaysLeft: number | null;
    familyDisplayName: string | null;
    outcome: ReferralOutcome | null;
    sharedMessages: Array<{ direction: string; text: string; sentAt: string }>;
    sharedAssessmentFields: Array<{
      key: string;
      section: string;
      label: string;
      kind: AssessmentFieldKind;
      value: unknown;
      columns: Array<{ key: string; label: string; kind: AssessmentFieldKind }>;
    }>;
    timeline: Array<{
      toStatus: ReferralStatus;
      occurredAt: string;
      actorName: string | null;
      actorSide: ReferralSide;
      reason: string | null;
      note: string | null;
    }>;
    partnerOrganization: { id: string; name: string };
  };
};

export type StartReferralMutationVariables = Exact<{
  input: ReferralIdInput;
}>;

export type StartReferralMutation = {
  startReferral: {
    summary: string | null;
    shareActive: boolean;
    nextStatuses: Array<ReferralStatus>;
    declineReason: string | null;
    closeReason: ReferralCloseReason | null;
    id: string;
    status: ReferralStatus;
    sentAt: string | null;
    respondBy: string | null;
    overdue: boolean;
    responseBusinessDaysLeft: number | null;
    familyDisplayName: string | null;
    outcome: ReferralOutcome | null;
    sharedMessages: Array<{ direction: string; text: string; sentAt: string }>;
    sharedAssessmentFields: Array<{
      key: string;
      section: string;
      label: string;
      kind: AssessmentFieldKind;
      value: unknown;
      columns: Array<{ key: string; label: string; kind: AssessmentFieldKind }>;
    }>;
    timeline: Array<{
      toStatus: ReferralStatus;
      occurredAt: string;
      actorName: string | null;
      actorSide: ReferralSide;
      reason: string | null;
      note: string | null;
    }>;
    partnerOrganization: { id: string; name: string };
  };
};

export type CompleteReferralMutationVariables = Exact<{
  input: CompleteReferralInput;
}>;

export type CompleteReferralMutation = {
  completeReferral: {
    summary: string | null;
    shareActive: boolean;
    nextStatuses: Array<ReferralStatus>;
    declineReason: string | null;
    closeReason: ReferralCloseReason | null;
    id: string;
    status: ReferralStatus;
    sentAt: string | null;
    respondBy: string | null;
    overdue: boolean;
    responseBusinessDaysLeft: number | null;
    familyDisplayName: string | null;
    outcome: ReferralOutcome | null;
    sharedMessages: Array<{ direction: string; text: string; sentAt: string }>;
    sharedAssessmentFields: Array<{
      key: string;
      section: string;
      label: string;
      kind: AssessmentFieldKind;
      value: unknown;
      columns: Array<{ key: string; label: string; kind: AssessmentFieldKind }>;
    }>;
    timeline: Array<{
      toStatus: ReferralStatus;
      occurredAt: string;
      actorName: string | null;
      actorSide: ReferralSide;
      reason: string | null;
      note: string | null;
    }>;
    partnerOrganization: { id: string; name: string };
  };
};

export type CloseReferralMutationVariables = Exact<{
  input: CloseReferralInput;
}>;

export type CloseReferralMutation = {
  closeReferral: {
    summary: string | null;
    shareActive: boolean;
    nextStatuses: Array<ReferralStatus>;
    declineReason: string | null;
    closeReason: ReferralCloseReason | null;
    id: string;
    status: ReferralStatus;
    sentAt: string | null;
    respondBy: string | null;
    overdue: boolean;
    responseBusinessDaysLeft: number | null;
    familyDisplayName: string | null;
    outcome: ReferralOutcome | null;
    sharedMessages: Array<{ direction: string; text: string; sentAt: string }>;
    sharedAssessmentFields: Array<{
      key: string;
      section: string;
      label: string;
      kind: AssessmentFieldKind;
      value: unknown;
      columns: Array<{ key: string; label: string; kind: AssessmentFieldKind }>;
    }>;
    timeline: Array<{
      toStatus: ReferralStatus;
      occurredAt: string;
      actorName: string | null;
      actorSide: ReferralSide;
      reason: string | null;
      note: string | null;
    }>;
    partnerOrganization: { id: string; name: string };
  };
};

export type PlatformTenantOnboardingQueryVariables = Exact<{ [key: string]: never }>;

export type PlatformTenantOnboardingQuery = {
  tenantOnboarding: Array<{
    tenant: {
      id: string;
      slug: string;
      nameJa: string;
      nameEn: string;
      localGovernmentCode: string;
      prefecture: string;
      status: TenantStatus;
    };
    checklist: { complete: boolean; items: Array<{ item: OnboardingItem; done: boolean; missing: string | null }> };
  }> | null;
};

export type PlatformCreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;

export type PlatformCreateTenantMutation = { createTenant: { id: string; slug: string } };

export type PlatformActivateTenantMutationVariables = Exact<{
  input: ActivateTenantInput;
}>;

export type PlatformActivateTenantMutation = { activateTenant: { id: string; status: TenantStatus } };

export type PlatformRequestEmergencyAccessMutationVariables = Exact<{
  input: RequestEmergencyAccessInput;
}>;

export type PlatformRequestEmergencyAccessMutation = {
  requestEmergencyAccess: { id: string; reason: string; grantedAt: string; expiresAt: string };
};

export type ProgrammesQueryVariables = Exact<{ [key: string]: never }>;

export type ProgrammesQuery = {
  programmes: Array<{
    id: string;
    name: string;
    kind: ProgrammeKind;
    description: string | null;
    startedOn: string | null;
    archived: boolean;
    channels: Array<{ id: string; name: string }>;
    staff: Array<{ userId: string; displayName: string }>;
    contracts: Array<{
      id: string;
      title: string;
      department: string;
      contractNumber: string | null;
      startsOn: string;
      endsOn: string;
      amountYen: string | null;
      kpis: Array<{ id: string; kind: KpiKind; label: string; target: number; unit: KpiUnit; minutes: number | null }>;
    }>;
  }> | null;
};

export type ProgrammeChannelsQueryVariables = Exact<{ [key: string]: never }>;

export type ProgrammeChannelsQuery = { lineChannels: Array<{ id: string; name: string }> | null };

export type ProgrammeMembersQueryVariables = Exact<{ [key: string]: never }>;

export type ProgrammeMembersQuery = {
  tenantMembers: Array<{ id: string; role: TenantRole; active: boolean; userId: string; displayName: string }> | null;
};

export type CreateProgrammeMutationVariables = Exact<{
  input: CreateProgrammeInput;
}>;

export type CreateProgrammeMutation = { createProgramme: { id: string } };

export type UpdateProgrammeMutationVariables = Exact<{
  input: UpdateProgrammeInput;
}>;

export type UpdateProgrammeMutation = { updateProgramme: { id: string } };

export type CreateProgrammeContractMutationVariables = Exact<{
  input: CreateProgrammeContractInput;
}>;

export type CreateProgrammeContractMutation = { createProgrammeContract: { id: string } };

export type UpdateProgrammeContractMutationVariables = Exact<{
  input: UpdateProgrammeContractInput;
}>;

export type UpdateProgrammeContractMutation = { updateProgrammeContract: { id: string } };

export type ContractKpisQueryVariables = Exact<{
  contractId: string | number;
}>;

export type ContractKpisQuery = {
  contractKpis: {
    programmeId: string;
    programmeName: string;
    periodLabel: string;
    elapsed: number;
    suppressionThreshold: number;
    generatedAt: string;
    contract: {
      id: string;
      title: string;
      department: string;
      contractNumber: string | null;
      startsOn: string;
      endsOn: string;
    };
    figures: Array<{
      recorded: boolean;
      progress: number | null;
      kpi: { id: string; kind: KpiKind; label: string; target: number; unit: KpiUnit; minutes: number | null };
      actual: { value: number | null; suppressed: boolean; display: string };
    }>;
  } | null;
};

export type FamilyCaseQueryVariables = Exact<{
  id: string | number;
}>;

export type FamilyCaseQuery = {
  conversation: {
    id: string;
    registrant: { id: string };
    caseRecord: {
      id: string;
      status: CaseStatus;
      risk: number | null;
      nextReviewOn: string | null;
      reviewDue: boolean;
      responsibleName: string | null;
      latestAssessment: {
        id: string;
        summary: string | null;
        createdAt: string;
        templateVersion: { id: string; templateName: string; version: number };
      } | null;
    } | null;
  } | null;
};

export type CaseRecordsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: CaseRecordFilter | null | undefined;
}>;

export type CaseRecordsQuery = {
  caseRecords: {
    edges: Array<{
      node: {
        id: string;
        familyName: string | null;
        status: CaseStatus;
        risk: number | null;
        nextReviewOn: string | null;
        reviewDue: boolean;
        responsibleName: string | null;
        updatedAt: string;
        latestAssessment: { id: string; summary: string | null } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  } | null;
  counsellors: Array<{ id: string; displayName: string }> | null;
};

export type TemplateVersionFieldsFragment = {
  id: string;
  templateId: string;
  templateName: string;
  version: number;
  publishedAt: string;
  definition: unknown;
};

export type CaseRecordQueryVariables = Exact<{
  id: string | number;
}>;

export type CaseRecordQuery = {
  caseRecord: {
    id: string;
    registrantId: string;
    familyName: string | null;
    labels: Array<string>;
    conversationId: string | null;
    status: CaseStatus;
    risk: number | null;
    nextReviewOn: string | null;
    reviewDue: boolean;
    responsibleUserId: string | null;
    responsibleName: string | null;
    assessments: Array<{
      id: string;
      values: unknown;
      summary: string | null;
      createdAt: string;
      createdByName: string | null;
      templateVersion: {
        id: string;
        templateId: string;
        templateName: string;
        version: number;
        publishedAt: string;
        definition: unknown;
      };
    }>;
  } | null;
  assessmentTemplates: Array<{
    id: string;
    name: string;
    latestVersion: {
      id: string;
      templateId: string;
      templateName: string;
      version: number;
      publishedAt: string;
      definition: unknown;
    };
  }> | null;
  counsellors: Array<{ id: string; displayName: string }> | null;
};

export type CaseHistoryQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;

export type CaseHistoryQuery = {
  caseRecordHistory: {
    edges: Array<{
      node: {
        id: string;
        field: string;
        section: string | null;
        label: string | null;
        row: number | null;
        column: string | null;
        kind: AssessmentFieldKind | null;
        beforeShown: unknown;
        afterShown: unknown;
        actorName: string | null;
        changedAt: string;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  } | null;
};

export type OpenCaseRecordMutationVariables = Exact<{
  input: OpenCaseRecordInput;
}>;

export type OpenCaseRecordMutation = { openCaseRecord: { id: string } };

export type UpdateCaseRecordMutationVariables = Exact<{
  input: UpdateCaseRecordInput;
}>;

export type UpdateCaseRecordMutation = {
  updateCaseRecord: {
    id: string;
    status: CaseStatus;
    risk: number | null;
    nextReviewOn: string | null;
    reviewDue: boolean;
    responsibleUserId: string | null;
    responsibleName: string | null;
  };
};

export type AddAssessmentMutationVariables = Exact<{
  input: AddAssessmentInput;
}>;

export type AddAssessmentMutation = { addAssessment: { id: string } };

export type UpdateAssessmentMutationVariables = Exact<{
  input: UpdateAssessmentInput;
}>;

export type UpdateAssessmentMutation = { updateAssessment: { id: string; values: unknown } };

export type AssessmentTemplatesQueryVariables = Exact<{ [key: string]: never }>;

export type AssessmentTemplatesQuery = {
  assessmentTemplates: Array<{
    id: string;
    name: string;
    versions: Array<{ id: string; version: number; publishedAt: string }>;
    latestVersion: {
      id: string;
      templateId: string;
      templateName: string;
      version: number;
      publishedAt: string;
      definition: unknown;
    };
  }> | null;
};

export type CreateAssessmentTemplateMutationVariables = Exact<{
  input: CreateAssessmentTemplateInput;
}>;

export type CreateAssessmentTemplateMutation = { createAssessmentTemplate: { id: string } };

export type PublishAssessmentTemplateVersionMutationVariables = Exact<{
  input: PublishAssessmentTemplateVersionInput;
}>;

export type PublishAssessmentTemplateVersionMutation = {
  publishAssessmentTemplateVersion: { id: string; latestVersion: { version: number } };
};

export type AssessmentMigrationPreviewQueryVariables = Exact<{
  id: string | number;
}>;

export type AssessmentMigrationPreviewQuery = {
  assessmentMigrationPreview: {
    assessmentId: string;
    from: { version: number };
    to: { id: string; version: number };
    steps: Array<{ field: string; label: string; outcome: AssessmentMigrationOutcome; before: unknown }>;
  } | null;
};

export type MigrateAssessmentMutationVariables = Exact<{
  input: MigrateAssessmentInput;
}>;

export type MigrateAssessmentMutation = { migrateAssessment: { id: string } };

export type ShareChoicesQueryVariables = Exact<{
  id: string | number;
}>;

export type ShareChoicesQuery = {
  conversation: {
    id: string;
    caseRecord: {
      id: string;
      latestAssessment: {
        id: string;
        createdAt: string;
        values: unknown;
        templateVersion: {
          id: string;
          templateId: string;
          templateName: string;
          version: number;
          publishedAt: string;
          definition: unknown;
        };
      } | null;
    } | null;
  } | null;
};

export type CaseRecordSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type CaseRecordSettingsQuery = { caseRecordSettings: { retentionYears: number } | null };

export type UpdateCaseRecordSettingsMutationVariables = Exact<{
  input: UpdateCaseRecordSettingsInput;
}>;

export type UpdateCaseRecordSettingsMutation = { updateCaseRecordSettings: { retentionYears: number } };

export type FamilyErasurePlanQueryVariables = Exact<{
  registrantId: string | number;
}>;

export type FamilyErasurePlanQuery = {
  familyErasurePlan: {
    registrantId: string;
    displayName: string | null;
    erased: Array<{ item: FamilyErasureItem; count: number }>;
    kept: Array<{ item: FamilyKeptItem; count: number }>;
  } | null;
};

export type ExportFamilyRecordMutationVariables = Exact<{
  input: ExportFamilyRecordInput;
}>;

export type ExportFamilyRecordMutation = { exportFamilyRecord: { url: string; expiresAt: string } };

export type EraseFamilyMutationVariables = Exact<{
  input: EraseFamilyInput;
}>;

export type EraseFamilyMutation = {
  eraseFamily: { cases: number; messages: number; keptReferrals: number; keptConsents: number; foodHouseholds: number };
};

export type ReferralItemFragment = {
  id: string;
  status: ReferralStatus;
  createdAt: string;
  sentAt: string | null;
  respondBy: string | null;
  overdue: boolean;
  responseBusinessDaysLeft: number | null;
  summary: string | null;
  familyDisplayName: string | null;
  conversationId: string | null;
  partnerOrganization: { id: string; name: string };
  timeline: Array<{
    toStatus: ReferralStatus;
    fromStatus: ReferralStatus | null;
    occurredAt: string;
    actorName: string | null;
    actorSide: ReferralSide;
    reason: string | null;
    note: string | null;
  }>;
};

export type FamilyQueryVariables = Exact<{
  id: string | number;
}>;

export type FamilyQuery = {
  conversation: {
    id: string;
    registrant: { id: string; displayName: string | null; status: RegistrantStatus; since: string };
    consents: Array<{
      id: string;
      partnerOrganizationId: string;
      partnerOrganizationName: string;
      purpose: string;
      method: ConsentMethod;
      obtainedOn: string;
      obtainedByName: string;
      withdrawnAt: string | null;
    }> | null;
    referrals: Array<{
      id: string;
      status: ReferralStatus;
      createdAt: string;
      sentAt: string | null;
      respondBy: string | null;
      overdue: boolean;
      responseBusinessDaysLeft: number | null;
      summary: string | null;
      familyDisplayName: string | null;
      conversationId: string | null;
      partnerOrganization: { id: string; name: string };
      timeline: Array<{
        toStatus: ReferralStatus;
        fromStatus: ReferralStatus | null;
        occurredAt: string;
        actorName: string | null;
        actorSide: ReferralSide;
        reason: string | null;
        note: string | null;
      }>;
    }> | null;
  } | null;
};

export type PartnerChoicesQueryVariables = Exact<{ [key: string]: never }>;

export type PartnerChoicesQuery = {
  partnerAreas: Array<string> | null;
  serviceCategories: Array<{ id: string; name: string }> | null;
};

export type PartnersQueryVariables = Exact<{
  filter?: PartnerOrganizationFilter | null | undefined;
}>;

export type PartnersQuery = {
  partnerOrganizations: {
    edges: Array<{
      node: {
        id: string;
        name: string;
        services: Array<{
          id: string;
          name: string;
          serviceAreas: Array<string>;
          categories: Array<{ id: string; name: string }>;
        }>;
      };
    }>;
  } | null;
};

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;

export type RecordConsentMutation = { recordConsent: { id: string } };

export type CreateReferralMutationVariables = Exact<{
  input: CreateReferralInput;
}>;

export type CreateReferralMutation = { createReferral: { id: string } };

export type SendReferralMutationVariables = Exact<{
  input: ReferralIdInput;
}>;

export type SendReferralMutation = {
  sendReferral: {
    id: string;
    status: ReferralStatus;
    createdAt: string;
    sentAt: string | null;
    respondBy: string | null;
    overdue: boolean;
    responseBusinessDaysLeft: number | null;
    summary: string | null;
    familyDisplayName: string | null;
    conversationId: string | null;
    partnerOrganization: { id: string; name: string };
    timeline: Array<{
      toStatus: ReferralStatus;
      fromStatus: ReferralStatus | null;
      occurredAt: string;
      actorName: string | null;
      actorSide: ReferralSide;
      reason: string | null;
      note: string | null;
    }>;
  };
};

export type ReferralQueryVariables = Exact<{
  id: string | number;
}>;

export type ReferralQuery = {
  referral: {
    id: string;
    status: ReferralStatus;
    createdAt: string;
    sentAt: string | null;
    respondBy: string | null;
    overdue: boolean;
    responseBusinessDaysLeft: number | null;
    summary: string | null;
    familyDisplayName: string | null;
    conversationId: string | null;
    sharedAssessmentFields: Array<{
      key: string;
      section: string;
      label: string;
      kind: AssessmentFieldKind;
      value: unknown;
      columns: Array<{ key: string; label: string; kind: AssessmentFieldKind }>;
    }>;
    partnerOrganization: { id: string; name: string };
    timeline: Array<{
      toStatus: ReferralStatus;
      fromStatus: ReferralStatus | null;
      occurredAt: string;
      actorName: string | null;
      actorSide: ReferralSide;
      reason: string | null;
      note: string | null;
    }>;
  } | null;
};

export type AddReferralNoteMutationVariables = Exact<{
  input: AddReferralNoteInput;
}>;

export type AddReferralNoteMutation = {
  addReferralNote: {
    id: string;
    status: ReferralStatus;
    timeline: Array<{
      toStatus: ReferralStatus;
      fromStatus: ReferralStatus | null;
      occurredAt: string;
      actorName: string | null;
      actorSide: ReferralSide;
      reason: string | null;
      note: string | null;
    }>;
  };
};

export type ReferralEventsSubscriptionVariables = Exact<{ [key: string]: never }>;

export type ReferralEventsSubscription = {
  referralEvents: {
    missed: boolean;
    referrals: Array<{
      id: string;
      status: ReferralStatus;
      createdAt: string;
      sentAt: string | null;
      respondBy: string | null;
      overdue: boolean;
      responseBusinessDaysLeft: number | null;
      summary: string | null;
      familyDisplayName: string | null;
      conversationId: string | null;
      partnerOrganization: { id: string; name: string };
      timeline: Array<{
        toStatus: ReferralStatus;
        fromStatus: ReferralStatus | null;
        occurredAt: string;
        actorName: string | null;
        actorSide: ReferralSide;
        reason: string | null;
        note: string | null;
      }>;
    }>;
  };
};

export type ReportTableFieldsFragment = {
  key: string;
  group: MetricGroup;
  title: string;
  titleEn: string;
  unit: MetricUnit;
  columns: Array<{ key: string; label: string; labelEn: string }>;
  rows: Array<{
    key: string;
    label: string;
    labelEn: string;
    values: Array<{ value: number | null; suppressed: boolean; display: string }>;
  }>;
};

export type ReportCalendarQueryVariables = Exact<{ [key: string]: never }>;

export type ReportCalendarQuery = { tenant: { id: string; fiscalYearStartMonth: number; timezone: string } | null };

export type TenantReportQueryVariables = Exact<{
  fiscalYear: number;
  month?: number | null | undefined;
  exact?: boolean | null | undefined;
  programmeId?: string | number | null | undefined;
}>;

export type TenantReportQuery = {
  tenantReport: {
    programmeName: string | null;
    fiscalYear: number;
    month: number | null;
    periodLabel: string;
    periodLabelEn: string;
    generatedAt: string;
    suppressionThreshold: number | null;
    tables: Array<{
      key: string;
      group: MetricGroup;
      title: string;
      titleEn: string;
      unit: MetricUnit;
      columns: Array<{ key: string; label: string; labelEn: string }>;
      rows: Array<{
        key: string;
        label: string;
        labelEn: string;
        values: Array<{ value: number | null; suppressed: boolean; display: string }>;
      }>;
    }>;
  } | null;
};

export type ReportProgrammesQueryVariables = Exact<{ [key: string]: never }>;

export type ReportProgrammesQuery = {
  programmes: Array<{
    id: string;
    name: string;
    archived: boolean;
    contracts: Array<{ id: string; title: string }>;
  }> | null;
};

export type ExportTenantReportMutationVariables = Exact<{
  input: ExportTenantReportInput;
}>;

export type ExportTenantReportMutation = { exportTenantReport: { url: string; expiresAt: string } };

export type ReportRunsQueryVariables = Exact<{ [key: string]: never }>;

export type ReportRunsQuery = {
  reportRuns: {
    edges: Array<{
      node: {
        id: string;
        periodLabel: string;
        trigger: ReportTrigger;
        status: ReportRunStatus;
        recipientCount: number;
        createdAt: string;
        finishedAt: string | null;
      };
    }>;
  } | null;
};

export type RunReportNowMutationVariables = Exact<{
  input: RunReportNowInput;
}>;

export type RunReportNowMutation = {
  runReportNow: {
    id: string;
    periodLabel: string;
    trigger: ReportTrigger;
    status: ReportRunStatus;
    recipientCount: number;
    createdAt: string;
    finishedAt: string | null;
  };
};

export type ReportSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type ReportSettingsQuery = {
  reportSettings: {
    groups: Array<MetricGroup>;
    suppressionThreshold: number;
    recipients: Array<string>;
    scheduleDay: number | null;
    language: string;
  } | null;
};

export type UpdateReportSettingsMutationVariables = Exact<{
  input: UpdateReportSettingsInput;
}>;

export type UpdateReportSettingsMutation = {
  updateReportSettings: {
    groups: Array<MetricGroup>;
    suppressionThreshold: number;
    recipients: Array<string>;
    scheduleDay: number | null;
    language: string;
  };
};

export type PlatformReportQueryVariables = Exact<{
  fiscalYear: number;
}>;

export type PlatformReportQuery = {
  platformReport: {
    fiscalYear: number;
    periodLabel: string;
    periodLabelEn: string;
    generatedAt: string;
    suppressionThreshold: number | null;
    tables: Array<{
      key: string;
      group: MetricGroup;
      title: string;
      titleEn: string;
      unit: MetricUnit;
      columns: Array<{ key: string; label: string; labelEn: string }>;
      rows: Array<{
        key: string;
        label: string;
        labelEn: string;
        values: Array<{ value: number | null; suppressed: boolean; display: string }>;
      }>;
    }>;
    cities: Array<{
      tenantSlug: string;
      tenantName: string;
      tenantNameEn: string;
      suppressionThreshold: number;
      figures: Array<{
        key: string;
        title: string;
        titleEn: string;
        label: string;
        labelEn: string;
        unit: MetricUnit;
        value: { value: number | null; suppressed: boolean; display: string };
      }>;
    }>;
  } | null;
};

export type SecondmentRowFragment = {
  id: string;
  status: SecondmentStatus;
  startsOn: string;
  endsOn: string;
  endedEarlyOn: string | null;
  fiscalYearLabel: string;
  hostOrganization: string;
  hostDepartment: string;
  returnDepartment: string | null;
  returnRole: string | null;
  staff: { id: string; name: string; nameKana: string; homeDepartment: string };
  homeCity: { slug: string; nameJa: string };
};

export type SecondmentsQueryVariables = Exact<{
  filter?: SecondmentsFilter | null | undefined;
  after?: string | null | undefined;
}>;

export type SecondmentsQuery = {
  secondments: {
    edges: Array<{
      node: {
        id: string;
        status: SecondmentStatus;
        startsOn: string;
        endsOn: string;
        endedEarlyOn: string | null;
        fiscalYearLabel: string;
        hostOrganization: string;
        hostDepartment: string;
        returnDepartment: string | null;
        returnRole: string | null;
        staff: { id: string; name: string; nameKana: string; homeDepartment: string };
        homeCity: { slug: string; nameJa: string };
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  } | null;
};

export type CurrentSecondmentRosterQueryVariables = Exact<{ [key: string]: never }>;

export type CurrentSecondmentRosterQuery = {
  currentSecondmentRoster: Array<{
    hostOrganization: string;
    hostDepartment: string;
    secondments: Array<{
      id: string;
      status: SecondmentStatus;
      startsOn: string;
      endsOn: string;
      endedEarlyOn: string | null;
      fiscalYearLabel: string;
      hostOrganization: string;
      hostDepartment: string;
      returnDepartment: string | null;
      returnRole: string | null;
      staff: { id: string; name: string; nameKana: string; homeDepartment: string };
      homeCity: { slug: string; nameJa: string };
    }>;
  }> | null;
};

export type SecondmentQueryVariables = Exact<{
  id: string | number;
}>;

export type SecondmentQuery = {
  secondment: {
    fiscalYear: number;
    legalBasis: string;
    memorandumTitle: string | null;
    memorandumSignedOn: string | null;
    memorandumReference: string | null;
    duties: string | null;
    endReason: string | null;
    mentorName: string | null;
    id: string;
    status: SecondmentStatus;
    startsOn: string;
    endsOn: string;
    endedEarlyOn: string | null;
    fiscalYearLabel: string;
    hostOrganization: string;
    hostDepartment: string;
    returnDepartment: string | null;
    returnRole: string | null;
    staff: {
      id: string;
      jobTitle: string;
      employeeNumber: string | null;
      name: string;
      nameKana: string;
      homeDepartment: string;
    };
    assignments: Array<{
      id: string;
      programme: string;
      role: string;
      timeShare: number;
      startsOn: string;
      endsOn: string;
      city: { slug: string; nameJa: string };
    }>;
    checkIns: Array<{
      id: string;
      heldOn: string;
      wellbeing: number;
      learningGoals: string | null;
      issues: string | null;
      notes: string | null;
    }> | null;
    homeCity: { slug: string; nameJa: string };
  } | null;
};

export type CreateSecondmentMutationVariables = Exact<{
  input: CreateSecondmentInput;
}>;

export type CreateSecondmentMutation = { createSecondment: { id: string } };

export type UpdateSecondmentMutationVariables = Exact<{
  input: UpdateSecondmentInput;
}>;

export type UpdateSecondmentMutation = { updateSecondment: { id: string } };

export type EndSecondmentEarlyMutationVariables = Exact<{
  input: EndSecondmentEarlyInput;
}>;

export type EndSecondmentEarlyMutation = { endSecondmentEarly: { id: string } };

export type AddSecondmentAssignmentMutationVariables = Exact<{
  input: AddSecondmentAssignmentInput;
}>;

export type AddSecondmentAssignmentMutation = { addSecondmentAssignment: { id: string } };

export type AddSecondmentCheckInMutationVariables = Exact<{
  input: AddSecondmentCheckInInput;
}>;

export type AddSecondmentCheckInMutation = { addSecondmentCheckIn: { id: string } };

export type ExportSecondmentRosterMutationVariables = Exact<{
  input: ExportSecondmentRosterInput;
}>;

export type ExportSecondmentRosterMutation = { exportSecondmentRoster: { url: string } };

export type SecondmentCitiesQueryVariables = Exact<{ [key: string]: never }>;

export type SecondmentCitiesQuery = {
  secondmentCities: Array<{
    slug: string;
    nameJa: string;
    nameEn: string;
    timezone: string;
    rosterReviewDue: boolean;
    lastRosterReview: { reviewedAt: string; reviewerName: string } | null;
  }> | null;
};

export type PartnerDirectoryListQueryVariables = Exact<{
  filter?: PartnerOrganizationFilter | null | undefined;
  after?: string | null | undefined;
}>;

export type PartnerDirectoryListQuery = {
  partnerOrganizations: {
    edges: Array<{ node: { id: string; name: string; services: Array<{ id: string; name: string }> } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  } | null;
};

export type PartnerDirectoryDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type PartnerDirectoryDetailQuery = {
  partnerOrganization: {
    id: string;
    name: string;
    description: string | null;
    email: string | null;
    website: string | null;
    phones: Array<{ id: string; number: string; type: PhoneType | null; description: string | null }>;
    services: Array<{
      id: string;
      name: string;
      description: string | null;
      status: PartnerServiceStatus;
      serviceAreas: Array<string>;
      minimumAge: number | null;
      maximumAge: number | null;
      categories: Array<{ id: string; name: string }>;
    }>;
    locations: Array<{
      id: string;
      name: string | null;
      type: PartnerLocationType;
      description: string | null;
      url: string | null;
      address: { postalCode: string; prefecture: string; city: string; addressLine: string } | null;
    }>;
    contacts: Array<{
      id: string;
      name: string | null;
      title: string | null;
      department: string | null;
      email: string | null;
      phones: Array<{ id: string; number: string; type: PhoneType | null; description: string | null }>;
    }>;
  } | null;
  serviceCategories: Array<{ id: string; name: string }> | null;
};

export type PartnerCreateOrganizationMutationVariables = Exact<{
  input: CreatePartnerOrganizationInput;
}>;

export type PartnerCreateOrganizationMutation = { createPartnerOrganization: { id: string; name: string } };

export type PartnerUpdateOrganizationMutationVariables = Exact<{
  input: UpdatePartnerOrganizationInput;
}>;

export type PartnerUpdateOrganizationMutation = { updatePartnerOrganization: { id: string; name: string } };

export type PartnerCreateServiceMutationVariables = Exact<{
  input: CreatePartnerServiceInput;
}>;

export type PartnerCreateServiceMutation = { createPartnerService: { id: string } };

export type PartnerUpdateServiceMutationVariables = Exact<{
  input: UpdatePartnerServiceInput;
}>;

export type PartnerUpdateServiceMutation = { updatePartnerService: { id: string } };

export type PartnerCreateLocationMutationVariables = Exact<{
  input: CreatePartnerLocationInput;
}>;

export type PartnerCreateLocationMutation = { createPartnerLocation: { id: string } };

export type PartnerUpdateLocationMutationVariables = Exact<{
  input: UpdatePartnerLocationInput;
}>;

export type PartnerUpdateLocationMutation = { updatePartnerLocation: { id: string } };

export type PartnerCreateContactMutationVariables = Exact<{
  input: CreatePartnerContactInput;
}>;

export type PartnerCreateContactMutation = { createPartnerContact: { id: string } };

export type PartnerUpdateContactMutationVariables = Exact<{
  input: UpdatePartnerContactInput;
}>;

export type PartnerUpdateContactMutation = { updatePartnerContact: { id: string } };

export type PartnerDirectoryHsdsQueryVariables = Exact<{ [key: string]: never }>;

export type PartnerDirectoryHsdsQuery = { partnerDirectoryHsds: unknown };

export type PartnerImportHsdsMutationVariables = Exact<{
  input: ImportPartnerDirectoryHsdsInput;
}>;

export type PartnerImportHsdsMutation = {
  importPartnerDirectoryHsds: {
    created: number;
    updated: number;
    errors: Array<{ index: number; id: string | null; messages: Array<string> }>;
  };
};

export type PartnerReferralSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type PartnerReferralSettingsQuery = { referralSettings: { responseBusinessDays: number } | null };

export type PartnerUpdateReferralSettingsMutationVariables = Exact<{
  input: UpdateReferralSettingsInput;
}>;

export type PartnerUpdateReferralSettingsMutation = { updateReferralSettings: { responseBusinessDays: number } };

export type InboxSettingsPageQueryVariables = Exact<{ [key: string]: never }>;

export type InboxSettingsPageQuery = {
  inboxSettings: {
    escalationEmails: Array<string>;
    escalationMinutes: number;
    crisisContacts: Array<{ id: string; name: string; phone: string; note: string | null }>;
  } | null;
  conversationCategories: Array<{ id: string; name: string; sortOrder: number }> | null;
  cannedResponses: Array<{ id: string; title: string; body: string }> | null;
  keywordRules: Array<{ id: string; keyword: string }> | null;
};

export type SettingsCreateCategoryMutationVariables = Exact<{
  input: CreateConversationCategoryInput;
}>;

export type SettingsCreateCategoryMutation = {
  createConversationCategory: { id: string; name: string; sortOrder: number };
};

export type SettingsUpdateCategoryMutationVariables = Exact<{
  input: UpdateConversationCategoryInput;
}>;

export type SettingsUpdateCategoryMutation = {
  updateConversationCategory: { id: string; name: string; sortOrder: number };
};

export type SettingsDeleteCategoryMutationVariables = Exact<{
  input: DeleteConversationCategoryInput;
}>;

export type SettingsDeleteCategoryMutation = { deleteConversationCategory: boolean };

export type SettingsCreateCannedMutationVariables = Exact<{
  input: CreateCannedResponseInput;
}>;

export type SettingsCreateCannedMutation = { createCannedResponse: { id: string; title: string; body: string } };

export type SettingsUpdateCannedMutationVariables = Exact<{
  input: UpdateCannedResponseInput;
}>;

export type SettingsUpdateCannedMutation = { updateCannedResponse: { id: string; title: string; body: string } };

export type SettingsDeleteCannedMutationVariables = Exact<{
  input: DeleteCannedResponseInput;
}>;

export type SettingsDeleteCannedMutation = { deleteCannedResponse: boolean };

export type SettingsUpsertKeywordMutationVariables = Exact<{
  input: UpsertKeywordRuleInput;
}>;

export type SettingsUpsertKeywordMutation = { upsertKeywordRule: { id: string; keyword: string } };

export type SettingsDeleteKeywordMutationVariables = Exact<{
  input: DeleteKeywordRuleInput;
}>;

export type SettingsDeleteKeywordMutation = { deleteKeywordRule: boolean };

export type SettingsMatchingKeywordQueryVariables = Exact<{
  text: string;
}>;

export type SettingsMatchingKeywordQuery = { matchingKeywordRule: { id: string; keyword: string } | null };

export type SettingsAddCrisisContactMutationVariables = Exact<{
  input: AddCrisisContactInput;
}>;

export type SettingsAddCrisisContactMutation = { addCrisisContact: { id: string } };

export type SettingsUpdateCrisisContactMutationVariables = Exact<{
  input: UpdateCrisisContactInput;
}>;

export type SettingsUpdateCrisisContactMutation = { updateCrisisContact: { id: string } };

export type SettingsRemoveCrisisContactMutationVariables = Exact<{
  input: RemoveCrisisContactInput;
}>;

export type SettingsRemoveCrisisContactMutation = { removeCrisisContact: boolean };

export type SettingsUpdateEscalationMutationVariables = Exact<{
  input: UpdateInboxSettingsInput;
}>;

export type SettingsUpdateEscalationMutation = {
  updateInboxSettings: { escalationEmails: Array<string>; escalationMinutes: number };
};

export type SettingsChannelHoursQueryVariables = Exact<{ [key: string]: never }>;

export type SettingsChannelHoursQuery = {
  lineChannels: Array<{
    id: string;
    name: string;
    businessHours: {
      closedOnPublicHolidays: boolean;
      weekly: Array<{ day: Weekday; start: string; end: string }>;
    } | null;
  }> | null;
};

export type SettingsUpdateChannelHoursMutationVariables = Exact<{
  input: UpdateLineChannelInput;
}>;

export type SettingsUpdateChannelHoursMutation = {
  updateLineChannel: {
    id: string;
    businessHours: {
      closedOnPublicHolidays: boolean;
      weekly: Array<{ day: Weekday; start: string; end: string }>;
    } | null;
  };
};

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never }>;

export type UnreadNotificationCountQuery = { unreadNotificationCount: number | null };

export type NotificationsQueryVariables = Exact<{ [key: string]: never }>;

export type NotificationsQuery = {
  notifications: {
    edges: Array<{
      node: {
        id: string;
        kind: NotificationKind;
        conversationId: string | null;
        referralId: string | null;
        taskId: string | null;
        createdAt: string;
        readAt: string | null;
      };
    }>;
  } | null;
};

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;

export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type OnDutyQueryVariables = Exact<{ [key: string]: never }>;

export type OnDutyQuery = { onDuty: { onDuty: boolean } | null };

export type SetOnDutyMutationVariables = Exact<{
  input: SetOnDutyInput;
}>;

export type SetOnDutyMutation = { setOnDuty: { onDuty: boolean } };

export type MyTenantsQueryVariables = Exact<{ [key: string]: never }>;

export type MyTenantsQuery = {
  me: {
    id: string;
    displayName: string;
    platformRoles: Array<PlatformRole>;
    permissions: Array<string>;
    memberships: Array<{
      id: string;
      role: TenantRole;
      tenant: { id: string; slug: string; nameJa: string; nameEn: string };
    }>;
  } | null;
};

export type AllTenantsQueryVariables = Exact<{ [key: string]: never }>;

export type AllTenantsQuery = { tenants: Array<{ id: string; slug: string; nameJa: string; nameEn: string }> | null };

export type ShellQueryVariables = Exact<{ [key: string]: never }>;

export type ShellQuery = {
  me: {
    id: string;
    displayName: string;
    email: string;
    platformRoles: Array<PlatformRole>;
    permissions: Array<string>;
    mfaEnabled: boolean;
    memberships: Array<{
      id: string;
      role: TenantRole;
      tenant: { id: string; slug: string; nameJa: string; nameEn: string };
    }>;
  } | null;
  tenant: { id: string; slug: string; nameJa: string; nameEn: string; timezone: string } | null;
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: boolean };

export type CounsellorTasksQueryVariables = Exact<{
  status?: CounsellorTaskStatus | null | undefined;
}>;

export type CounsellorTasksQuery = {
  counsellorTasks: {
    openMine: number;
    openUnassigned: number;
    tasks: Array<{
      id: string;
      kind: CounsellorTaskKind;
      urgency: CounsellorTaskUrgency;
      title: string;
      familyLabel: string;
      detail: string | null;
      caseRecordId: string | null;
      conversationId: string | null;
      status: CounsellorTaskStatus;
      createdAt: string;
      doneAt: string | null;
      doneNote: string | null;
      assignee: { userId: string; displayName: string } | null;
      createdBy: { displayName: string } | null;
      doneBy: { displayName: string } | null;
    }>;
  } | null;
};

export type TakeCounsellorTaskMutationVariables = Exact<{
  input: CounsellorTaskIdInput;
}>;

export type TakeCounsellorTaskMutation = { takeCounsellorTask: { id: string; assignee: { userId: string } | null } };

export type CompleteCounsellorTaskMutationVariables = Exact<{
  input: CompleteCounsellorTaskInput;
}>;

export type CompleteCounsellorTaskMutation = { completeCounsellorTask: { id: string; status: CounsellorTaskStatus } };

export const AuditEventRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEventRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorUserId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'details' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditEventRowFragment, unknown>;
export const BroadcastItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BroadcastItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Broadcast' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audienceKind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'conditions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'attributeKey' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'choices' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ageFrom' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ageTo' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'testUserIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notificationDisabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aggregationUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayApprove' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'composedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelledBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'messages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'imageUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previewImageUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'figures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skipped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'failures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clickers' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'links' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'clicks' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'uniqueClicks' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refreshing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'final' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextRequestAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BroadcastItemFragment, unknown>;
export const DonationItemFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DonationItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DonationItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'donorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'donorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'donorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pastBestBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allergens' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DonationItemFieldsFragment, unknown>;
export const RoundDeliveryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoundDeliveryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RoundDelivery' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'placeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'householdId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'area' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredMethod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visitConsent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'method' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcomeBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'observation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'observationNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'observedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taskId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taskOpen' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoundDeliveryFieldsFragment, unknown>;
export const ConversationItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastMessageAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgentSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgentKeyword' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'channel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registrant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastMessage' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unsent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConversationItemFragment, unknown>;
export const MessageItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MessageItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Message' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unsent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'automatic' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'media' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MessageItemFragment, unknown>;
export const PartnerReferralRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseBusinessDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyDisplayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerReferralRowFragment, unknown>;
export const PartnerReferralDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerReferralDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerReferralRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareActive' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedMessages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedAssessmentFields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'columns' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'nextStatuses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorSide' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseBusinessDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyDisplayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerReferralDetailFragment, unknown>;
export const TemplateVersionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TemplateVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentTemplateVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'templateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'templateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TemplateVersionFieldsFragment, unknown>;
export const ReferralItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseBusinessDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyDisplayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorSide' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralItemFragment, unknown>;
export const ReportTableFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportTableFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportTable' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'group' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'columns' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'values' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportTableFieldsFragment, unknown>;
export const SecondmentRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SecondmentRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Secondment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedEarlyOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fiscalYearLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganization' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostDepartment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnDepartment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnRole' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staff' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameKana' } },
                { kind: 'Field', name: { kind: 'Name', value: 'homeDepartment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'homeCity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SecondmentRowFragment, unknown>;
export const MySessionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MySessions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mySessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ip' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userAgent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const RevokeSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RevokeSessionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const AudienceSchemaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AudienceSchema' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'audienceSchema' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'attributes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'choices' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'askedInSurvey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'question' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AudienceSchemaQuery, AudienceSchemaQueryVariables>;
export const CreateRegistrantAttributeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateRegistrantAttribute' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateRegistrantAttributeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createRegistrantAttribute' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateRegistrantAttributeMutation, CreateRegistrantAttributeMutationVariables>;
export const UpdateRegistrantAttributeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateRegistrantAttribute' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateRegistrantAttributeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateRegistrantAttribute' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateRegistrantAttributeMutation, UpdateRegistrantAttributeMutationVariables>;
export const DeleteRegistrantAttributeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteRegistrantAttribute' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DeleteRegistrantAttributeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteRegistrantAttribute' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteRegistrantAttributeMutation, DeleteRegistrantAttributeMutationVariables>;
export const FamilyProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FamilyProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'registrantId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'familyProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'registrantId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'registrantId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'registrantId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'values' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'attributeKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'values' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyProfileQuery, FamilyProfileQueryVariables>;
export const UpdateFamilyProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateFamilyProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateFamilyProfileInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateFamilyProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'registrantId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'values' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'attributeKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'values' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateFamilyProfileMutation, UpdateFamilyProfileMutationVariables>;
export const TestRecipientsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TestRecipients' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'testRecipients' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channelName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'linkedByMe' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recipients' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'linkedAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TestRecipientsQuery, TestRecipientsQueryVariables>;
export const CreateTestRecipientLinkCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateTestRecipientLinkCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TestRecipientChannelInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createTestRecipientLinkCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateTestRecipientLinkCodeMutation, CreateTestRecipientLinkCodeMutationVariables>;
export const UnlinkTestRecipientDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnlinkTestRecipient' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TestRecipientChannelInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unlinkTestRecipient' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnlinkTestRecipientMutation, UnlinkTestRecipientMutationVariables>;
export const TenantAuditEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantAuditEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEventFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditEventRow' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEventRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorUserId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'details' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantAuditEventsQuery, TenantAuditEventsQueryVariables>;
export const PlatformAuditEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlatformAuditEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEventFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'auditEvents' },
            name: { kind: 'Name', value: 'platformAuditEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditEventRow' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEventRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorUserId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'details' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlatformAuditEventsQuery, PlatformAuditEventsQueryVariables>;
export const VerifyTenantAuditChainDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VerifyTenantAuditChain' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'verification' },
            name: { kind: 'Name', value: 'verifyAuditChain' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                { kind: 'Field', name: { kind: 'Name', value: 'brokenAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checked' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyTenantAuditChainQuery, VerifyTenantAuditChainQueryVariables>;
export const VerifyPlatformAuditChainDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VerifyPlatformAuditChain' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'verification' },
            name: { kind: 'Name', value: 'verifyPlatformAuditChain' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                { kind: 'Field', name: { kind: 'Name', value: 'brokenAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checked' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyPlatformAuditChainQuery, VerifyPlatformAuditChainQueryVariables>;
export const ExportTenantAuditEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExportTenantAuditEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExportAuditEventsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'link' },
            name: { kind: 'Name', value: 'exportAuditEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'url' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportTenantAuditEventsMutation, ExportTenantAuditEventsMutationVariables>;
export const ExportPlatformAuditEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExportPlatformAuditEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExportAuditEventsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'link' },
            name: { kind: 'Name', value: 'exportPlatformAuditEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'url' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportPlatformAuditEventsMutation, ExportPlatformAuditEventsMutationVariables>;
export const InvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Invitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accountExists' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tenant' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvitationQuery, InvitationQueryVariables>;
export const AcceptInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AcceptInvitationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mfaRequired' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mfaEnrollmentRequired' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const RequestPasswordResetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPasswordReset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestPasswordResetInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestPasswordReset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LoginInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mfaRequired' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mfaToken' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mfaEnrollmentRequired' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const VerifyMfaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'VerifyMfa' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'VerifyMfaInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyMfa' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mfaEnrollmentRequired' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyMfaMutation, VerifyMfaMutationVariables>;
export const EnrollMfaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EnrollMfa' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enrollMfa' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'otpauthUri' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recoveryCodes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnrollMfaMutation, EnrollMfaMutationVariables>;
export const ConfirmMfaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmMfa' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConfirmMfaInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmMfa' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'mfaEnabled' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'auth' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmMfaMutation, ConfirmMfaMutationVariables>;
export const ResetPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResetPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ResetPasswordInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const BroadcastsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Broadcasts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'BroadcastStatus' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'broadcasts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BroadcastItem' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BroadcastItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Broadcast' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audienceKind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'conditions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'attributeKey' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'choices' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ageFrom' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ageTo' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'testUserIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notificationDisabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aggregationUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayApprove' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'composedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelledBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'messages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'imageUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previewImageUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'figures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skipped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'failures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clickers' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'links' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'clicks' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'uniqueClicks' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refreshing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'final' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextRequestAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BroadcastsQuery, BroadcastsQueryVariables>;
export const BroadcastDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Broadcast' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'broadcast' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BroadcastItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BroadcastItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Broadcast' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audienceKind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'conditions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'attributeKey' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'choices' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ageFrom' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ageTo' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'testUserIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notificationDisabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aggregationUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayApprove' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'composedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelledBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'messages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'imageUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previewImageUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'figures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skipped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'failures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clickers' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'links' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'clicks' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'uniqueClicks' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refreshing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'final' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextRequestAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BroadcastQuery, BroadcastQueryVariables>;
export const BroadcastChannelsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BroadcastChannels' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'broadcastChannels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reachableFamilies' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BroadcastChannelsQuery, BroadcastChannelsQueryVariables>;
export const AudienceCountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AudienceCount' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'channelId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'segment' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SegmentInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'audienceCount' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'channelId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'channelId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'segment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'segment' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AudienceCountQuery, AudienceCountQueryVariables>;
export const BroadcastSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BroadcastSettings' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'broadcastSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'approverRoles' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approverUserIds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowSelfApproval' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BroadcastSettingsQuery, BroadcastSettingsQueryVariables>;
export const UpdateBroadcastSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateBroadcastSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateBroadcastSettingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateBroadcastSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'approverRoles' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approverUserIds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowSelfApproval' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateBroadcastSettingsMutation, UpdateBroadcastSettingsMutationVariables>;
export const CreateBroadcastDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateBroadcast' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateBroadcastInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createBroadcast' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BroadcastItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BroadcastItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Broadcast' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audienceKind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'conditions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'attributeKey' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'choices' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ageFrom' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ageTo' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'testUserIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notificationDisabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aggregationUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayApprove' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'composedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelledBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'messages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'imageUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previewImageUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'figures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skipped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'failures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clickers' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'links' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'clicks' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'uniqueClicks' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refreshing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'final' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextRequestAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateBroadcastMutation, CreateBroadcastMutationVariables>;
export const UpdateBroadcastDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateBroadcast' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateBroadcastInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateBroadcast' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BroadcastItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BroadcastItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Broadcast' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audienceKind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'conditions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'attributeKey' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'choices' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ageFrom' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ageTo' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'testUserIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notificationDisabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aggregationUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayApprove' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'composedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelledBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'messages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'imageUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previewImageUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'figures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skipped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'failures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clickers' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'links' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'clicks' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'uniqueClicks' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refreshing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'final' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextRequestAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateBroadcastMutation, UpdateBroadcastMutationVariables>;
export const SubmitBroadcastDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitBroadcast' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitBroadcast' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BroadcastItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BroadcastItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Broadcast' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audienceKind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'conditions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'attributeKey' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'choices' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ageFrom' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ageTo' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'testUserIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notificationDisabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aggregationUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayApprove' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'composedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelledBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'messages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'imageUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previewImageUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'figures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skipped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'failures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clickers' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'links' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'clicks' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'uniqueClicks' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refreshing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'final' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextRequestAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitBroadcastMutation, SubmitBroadcastMutationVariables>;
export const ApproveBroadcastDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveBroadcast' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveBroadcast' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BroadcastItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BroadcastItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Broadcast' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audienceKind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'conditions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'attributeKey' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'choices' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ageFrom' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ageTo' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'testUserIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notificationDisabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aggregationUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayApprove' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'composedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelledBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'messages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'imageUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previewImageUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'figures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skipped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'failures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clickers' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'links' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'clicks' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'uniqueClicks' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refreshing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'final' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextRequestAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveBroadcastMutation, ApproveBroadcastMutationVariables>;
export const RejectBroadcastDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectBroadcast' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectBroadcast' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'reason' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BroadcastItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BroadcastItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Broadcast' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audienceKind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'conditions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'attributeKey' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'choices' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ageFrom' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ageTo' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'testUserIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notificationDisabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aggregationUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayApprove' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'composedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelledBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'messages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'imageUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previewImageUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'figures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skipped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'failures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clickers' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'links' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'clicks' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'uniqueClicks' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refreshing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'final' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextRequestAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectBroadcastMutation, RejectBroadcastMutationVariables>;
export const CancelBroadcastDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelBroadcast' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelBroadcast' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BroadcastItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BroadcastItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Broadcast' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audienceKind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'conditions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'attributeKey' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'choices' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ageFrom' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ageTo' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'testUserIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notificationDisabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aggregationUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayApprove' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'composedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelledBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'messages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'imageUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previewImageUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'figures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skipped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'failures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clickers' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'links' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'clicks' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'uniqueClicks' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refreshing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'final' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextRequestAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelBroadcastMutation, CancelBroadcastMutationVariables>;
export const SendTestBroadcastDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendTestBroadcast' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendTestBroadcast' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'recipients' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendTestBroadcastMutation, SendTestBroadcastMutationVariables>;
export const RefreshBroadcastStatisticsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RefreshBroadcastStatistics' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refreshBroadcastStatistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BroadcastItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BroadcastItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Broadcast' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audienceKind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'conditions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'attributeKey' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'choices' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ageFrom' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ageTo' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'testUserIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notificationDisabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aggregationUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayApprove' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'composedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelledBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'messages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'imageUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previewImageUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'figures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skipped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'failures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clickers' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'links' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'clicks' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'uniqueClicks' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refreshing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'final' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextRequestAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RefreshBroadcastStatisticsMutation, RefreshBroadcastStatisticsMutationVariables>;
export const BroadcastEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'BroadcastEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'broadcastEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'broadcasts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BroadcastItem' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BroadcastItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Broadcast' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channelId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audienceKind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'segment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'match' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'conditions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'attributeKey' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'choices' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ageFrom' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ageTo' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'testUserIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notificationDisabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aggregationUnit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayApprove' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'composedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelledBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'messages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'imageUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previewImageUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'figures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skipped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'failures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clickers' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'links' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'clicks' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'uniqueClicks' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refreshing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'final' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextRequestAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BroadcastEventsSubscription, BroadcastEventsSubscriptionVariables>;
export const DonationProgrammeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DonationProgramme' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programme' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DonationProgrammeQuery, DonationProgrammeQueryVariables>;
export const DonationStockDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DonationStock' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'programmeId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'donationStock' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'programmeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'programmeId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DonationItemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DonationItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DonationItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'donorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'donorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'donorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pastBestBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allergens' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DonationStockQuery, DonationStockQueryVariables>;
export const DonorsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Donors' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'needsThanks' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'donors' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'needsThanks' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'needsThanks' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'contact' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'lastReceivedOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'lastThankedOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'needsThanks' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'itemCount' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DonorsQuery, DonorsQueryVariables>;
export const CreateDonorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateDonor' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateDonorInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createDonor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateDonorMutation, CreateDonorMutationVariables>;
export const ReceiveDonationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReceiveDonation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReceiveDonationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'receiveDonation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DonationItemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DonationItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DonationItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'donorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'donorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'donorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pastBestBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allergens' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReceiveDonationMutation, ReceiveDonationMutationVariables>;
export const RecordDonorThanksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordDonorThanks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordDonorThanksInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordDonorThanks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentBy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordDonorThanksMutation, RecordDonorThanksMutationVariables>;
export const DonationRoundsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DonationRounds' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'programmeId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'donationRounds' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'programmeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'programmeId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'open' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DonationRoundsQuery, DonationRoundsQueryVariables>;
export const RoundDonationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RoundDonations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'roundId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roundDonations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'roundId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'roundId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'round' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'open' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'item' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DonationItemFields' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DonationItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DonationItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'donorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'donorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'donorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pastBestBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allergens' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoundDonationsQuery, RoundDonationsQueryVariables>;
export const AllocateDonationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AllocateDonations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AllocateDonationsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocateDonations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'round' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AllocateDonationsMutation, AllocateDonationsMutationVariables>;
export const FoodDeliverySummaryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FoodDeliverySummary' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'programmeId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'foodDeliverySummary' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'programmeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'programmeId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'programmeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressionThreshold' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'statuses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'households' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rounds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'roundId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'filled' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'donations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'donors' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'items' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'display' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FoodDeliverySummaryQuery, FoodDeliverySummaryQueryVariables>;
export const FoodHouseholdsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FoodHouseholds' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'programmeId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'statuses' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'FoodHouseholdStatus' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'foodHouseholds' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'programmeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'programmeId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'statuses' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'statuses' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'appliedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'preferredMethod' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'rounds' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'roundId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'roundName' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FoodHouseholdsQuery, FoodHouseholdsQueryVariables>;
export const FoodHouseholdDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FoodHousehold' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'foodHousehold' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programmeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registrantId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                { kind: 'Field', name: { kind: 'Name', value: 'childrenBirthMonths' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eligibilityBasis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eligibilityNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allergies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredMethod' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredTimes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitConsent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'appliedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enrolledAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusChangedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rounds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'roundId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'roundName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FoodHouseholdQuery, FoodHouseholdQueryVariables>;
export const FoodHouseholdAddressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FoodHouseholdAddress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'householdId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'foodHouseholdAddress' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'householdId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'householdId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefecture' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'street' } },
                { kind: 'Field', name: { kind: 'Name', value: 'building' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FoodHouseholdAddressQuery, FoodHouseholdAddressQueryVariables>;
export const FoodRoundsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FoodRounds' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'programmeId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'foodRounds' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'programmeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'programmeId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plannedItems' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FoodRoundsQuery, FoodRoundsQueryVariables>;
export const FoodProgrammeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FoodProgramme' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programme' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FoodProgrammeQuery, FoodProgrammeQueryVariables>;
export const CreateFoodRoundDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateFoodRound' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateFoodRoundInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createFoodRound' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filled' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateFoodRoundMutation, CreateFoodRoundMutationVariables>;
export const MarkFoodHouseholdEligibleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkFoodHouseholdEligible' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecideFoodHouseholdInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markFoodHouseholdEligible' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkFoodHouseholdEligibleMutation, MarkFoodHouseholdEligibleMutationVariables>;
export const MarkFoodHouseholdIneligibleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkFoodHouseholdIneligible' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecideFoodHouseholdInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markFoodHouseholdIneligible' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkFoodHouseholdIneligibleMutation, MarkFoodHouseholdIneligibleMutationVariables>;
export const ApproveFoodHouseholdDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveFoodHousehold' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecideFoodHouseholdInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveFoodHousehold' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveFoodHouseholdMutation, ApproveFoodHouseholdMutationVariables>;
export const WithdrawFoodHouseholdDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawFoodHousehold' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecideFoodHouseholdInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawFoodHousehold' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawFoodHouseholdMutation, WithdrawFoodHouseholdMutationVariables>;
export const EnrolFoodHouseholdDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EnrolFoodHousehold' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EnrolFoodHouseholdInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enrolFoodHousehold' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnrolFoodHouseholdMutation, EnrolFoodHouseholdMutationVariables>;
export const FoodApplicationFormDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FoodApplicationForm' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'tenantSlug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'foodApplicationForm' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'tenantSlug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'tenantSlug' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'tenantName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programmeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FoodApplicationFormQuery, FoodApplicationFormQueryVariables>;
export const SubmitFoodApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitFoodApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmitFoodApplicationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitFoodApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'programmeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'appliedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitFoodApplicationMutation, SubmitFoodApplicationMutationVariables>;
export const UpdateFoodHouseholdDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateFoodHousehold' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateFoodHouseholdInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateFoodHousehold' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateFoodHouseholdMutation, UpdateFoodHouseholdMutationVariables>;
export const FoodRoundOperationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FoodRoundOperations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'roundId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'foodRoundOperations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'roundId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'roundId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'round' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'packing' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'households' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'children' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'householdsWithAllergies' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ageBands' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'children' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'items' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'allergens' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'perHousehold' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'warnedHouseholds' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rows' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'placeId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'householdId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'children' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'childrenAges' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'allergies' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'warnings' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'itemName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'allergen' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deliveries' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RoundDeliveryFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'areas' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'households' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'courier' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unassigned' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deliverers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'courierHouseholds' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoundDeliveryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RoundDelivery' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'placeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'householdId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'area' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredMethod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visitConsent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'method' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcomeBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'observation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'observationNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'observedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taskId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taskOpen' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FoodRoundOperationsQuery, FoodRoundOperationsQueryVariables>;
export const AssignFoodDeliveriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssignFoodDeliveries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AssignFoodDeliveriesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignFoodDeliveries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'courierHouseholds' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignFoodDeliveriesMutation, AssignFoodDeliveriesMutationVariables>;
export const RecordFoodDeliveryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordFoodDelivery' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordFoodDeliveryInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordFoodDelivery' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'placeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taskId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordFoodDeliveryMutation, RecordFoodDeliveryMutationVariables>;
export const ExportFoodCourierCsvDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExportFoodCourierCsv' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExportFoodCourierCsvInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportFoodCourierCsv' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'households' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replacedCharacters' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportFoodCourierCsvMutation, ExportFoodCourierCsvMutationVariables>;
export const ChangeFoodRoundStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeFoodRoundStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangeFoodRoundStatusInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeFoodRoundStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filled' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangeFoodRoundStatusMutation, ChangeFoodRoundStatusMutationVariables>;
export const CrisisContactsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CrisisContacts' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crisisContacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CrisisContactsQuery, CrisisContactsQueryVariables>;
export const NotificationEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'NotificationEvents' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notificationEvents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'missed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'notifications' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'conversationId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'referralId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationEventsSubscription, NotificationEventsSubscriptionVariables>;
export const UrgentConversationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UrgentConversations' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversations' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '10' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'awaitingAcknowledgement' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationItem' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastMessageAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgentSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgentKeyword' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'channel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registrant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastMessage' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unsent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UrgentConversationsQuery, UrgentConversationsQueryVariables>;
export const ConversationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Conversations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConversationFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationItem' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastMessageAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgentSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgentKeyword' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'channel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registrant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastMessage' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unsent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConversationsQuery, ConversationsQueryVariables>;
export const InboxChoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InboxChoices' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversationCategories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counsellors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversationChannels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InboxChoicesQuery, InboxChoicesQueryVariables>;
export const ConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Conversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationItem' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outOfHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'categories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastMessageAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgentSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgentKeyword' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'channel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registrant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastMessage' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unsent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConversationQuery, ConversationQueryVariables>;
export const MessagesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Messages' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'messages' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'conversationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MessageItem' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MessageItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Message' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unsent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'automatic' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'media' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MessagesQuery, MessagesQueryVariables>;
export const CannedResponsesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CannedResponses' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cannedResponses' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'conversationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CannedResponsesQuery, CannedResponsesQueryVariables>;
export const ReplyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Reply' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReplyToConversationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'replyToConversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MessageItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MessageItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Message' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unsent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'automatic' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'media' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReplyMutation, ReplyMutationVariables>;
export const SetConversationStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetConversationStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetConversationStatusInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setConversationStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastMessageAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgentSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgentKeyword' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'channel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registrant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastMessage' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unsent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetConversationStatusMutation, SetConversationStatusMutationVariables>;
export const SetConversationPriorityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetConversationPriority' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetConversationPriorityInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setConversationPriority' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastMessageAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgentSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgentKeyword' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'channel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registrant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastMessage' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unsent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetConversationPriorityMutation, SetConversationPriorityMutationVariables>;
export const AssignConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssignConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AssignConversationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignConversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastMessageAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgentSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgentKeyword' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'channel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registrant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastMessage' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unsent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignConversationMutation, AssignConversationMutationVariables>;
export const CategorizeConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CategorizeConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CategorizeConversationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categorizeConversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationItem' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'categories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastMessageAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgentSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgentKeyword' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'channel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registrant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastMessage' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unsent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CategorizeConversationMutation, CategorizeConversationMutationVariables>;
export const InboxEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'InboxEvents' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inboxEvents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'missed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'events' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'conversation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationItem' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'message' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MessageItem' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastMessageAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgentSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgentKeyword' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'channel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registrant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastMessage' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unsent' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MessageItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Message' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unsent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'automatic' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'media' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InboxEventsSubscription, InboxEventsSubscriptionVariables>;
export const AcknowledgeConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcknowledgeConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AcknowledgeConversationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acknowledgeConversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastMessageAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgentSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgentKeyword' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'channel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registrant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastMessage' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unsent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcknowledgeConversationMutation, AcknowledgeConversationMutationVariables>;
export const RetryReplyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetryReply' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RetryReplyInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retryReply' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MessageItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MessageItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Message' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unsent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'automatic' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'media' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RetryReplyMutation, RetryReplyMutationVariables>;
export const MembersListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MembersList' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tenantMembers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MembersListQuery, MembersListQueryVariables>;
export const PendingInvitationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PendingInvitations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'tenantSlug' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'tenantSlug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'tenantSlug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invitedByName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PendingInvitationsQuery, PendingInvitationsQueryVariables>;
export const InviteMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InviteMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'InviteUserInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const ResendInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResendInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InvitationIdInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resendInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const RevokeInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InvitationIdInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const ChangeMemberRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeMemberRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangeMembershipRoleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeMembershipRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const DeactivateMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeactivateMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DeactivateMembershipInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deactivateMembership' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeactivateMemberMutation, DeactivateMemberMutationVariables>;
export const InvitablePartnersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InvitablePartners' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerOrganizations' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvitablePartnersQuery, InvitablePartnersQueryVariables>;
export const OnboardingStateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OnboardingState' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onboardingChecklist' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'item' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tenant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fiscalYearStartMonth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mfaRequiredRoles' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lineChannels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lineChannelId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'webhookUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channelAccessTokenLast4' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'recipients' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OnboardingStateQuery, OnboardingStateQueryVariables>;
export const SaveTenantSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveTenantSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateTenantSettingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateTenantSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fiscalYearStartMonth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mfaRequiredRoles' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveTenantSettingsMutation, SaveTenantSettingsMutationVariables>;
export const ConnectLineChannelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConnectLineChannel' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateLineChannelInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createLineChannel' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConnectLineChannelMutation, ConnectLineChannelMutationVariables>;
export const CheckLineConnectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CheckLineConnection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CheckLineChannelConnectionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkLineChannelConnection' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                { kind: 'Field', name: { kind: 'Name', value: 'botDisplayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problem' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckLineConnectionMutation, CheckLineConnectionMutationVariables>;
export const OnboardingAddPartnerOrganizationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OnboardingAddPartnerOrganization' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePartnerOrganizationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPartnerOrganization' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  OnboardingAddPartnerOrganizationMutation,
  OnboardingAddPartnerOrganizationMutationVariables
>;
export const OnboardingAddPartnerServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OnboardingAddPartnerService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePartnerServiceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPartnerService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OnboardingAddPartnerServiceMutation, OnboardingAddPartnerServiceMutationVariables>;
export const OnboardingMarkRosterReviewedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OnboardingMarkRosterReviewed' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'markRosterReviewed' } }],
      },
    },
  ],
} as unknown as DocumentNode<OnboardingMarkRosterReviewedMutation, OnboardingMarkRosterReviewedMutationVariables>;
export const OnboardingSaveReportRecipientsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OnboardingSaveReportRecipients' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateReportSettingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateReportSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'recipients' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OnboardingSaveReportRecipientsMutation, OnboardingSaveReportRecipientsMutationVariables>;
export const PartnerReferralsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartnerReferrals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralFilter' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referrals' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerReferralRow' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseBusinessDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyDisplayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerReferralsQuery, PartnerReferralsQueryVariables>;
export const PartnerReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartnerReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerReferralDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseBusinessDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyDisplayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerReferralDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerReferralRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareActive' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedMessages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedAssessmentFields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'columns' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'nextStatuses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorSide' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerReferralQuery, PartnerReferralQueryVariables>;
export const AcceptReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralIdInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerReferralDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseBusinessDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyDisplayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerReferralDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerReferralRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareActive' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedMessages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedAssessmentFields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'columns' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'nextStatuses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorSide' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptReferralMutation, AcceptReferralMutationVariables>;
export const DeclineReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeclineReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralReasonInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declineReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerReferralDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseBusinessDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyDisplayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerReferralDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerReferralRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareActive' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedMessages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedAssessmentFields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'columns' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'nextStatuses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorSide' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeclineReferralMutation, DeclineReferralMutationVariables>;
export const StartReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralIdInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerReferralDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseBusinessDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyDisplayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerReferralDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerReferralRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareActive' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedMessages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedAssessmentFields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'columns' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'nextStatuses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorSide' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartReferralMutation, StartReferralMutationVariables>;
export const CompleteReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CompleteReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CompleteReferralInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerReferralDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseBusinessDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyDisplayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerReferralDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerReferralRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareActive' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedMessages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedAssessmentFields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'columns' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'nextStatuses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorSide' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompleteReferralMutation, CompleteReferralMutationVariables>;
export const CloseReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CloseReferralInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerReferralDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseBusinessDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyDisplayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PartnerReferralDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PartnerReferralRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareActive' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedMessages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedAssessmentFields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'columns' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'nextStatuses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorSide' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseReferralMutation, CloseReferralMutationVariables>;
export const PlatformTenantOnboardingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlatformTenantOnboarding' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tenantOnboarding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tenant' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'localGovernmentCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'prefecture' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'checklist' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'items' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'item' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlatformTenantOnboardingQuery, PlatformTenantOnboardingQueryVariables>;
export const PlatformCreateTenantDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlatformCreateTenant' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateTenantInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createTenant' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlatformCreateTenantMutation, PlatformCreateTenantMutationVariables>;
export const PlatformActivateTenantDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlatformActivateTenant' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ActivateTenantInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activateTenant' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlatformActivateTenantMutation, PlatformActivateTenantMutationVariables>;
export const PlatformRequestEmergencyAccessDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlatformRequestEmergencyAccess' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestEmergencyAccessInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestEmergencyAccess' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grantedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlatformRequestEmergencyAccessMutation, PlatformRequestEmergencyAccessMutationVariables>;
export const ProgrammesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Programmes' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programmes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'channels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contracts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'department' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contractNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amountYen' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'kpis' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammesQuery, ProgrammesQueryVariables>;
export const ProgrammeChannelsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProgrammeChannels' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lineChannels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeChannelsQuery, ProgrammeChannelsQueryVariables>;
export const ProgrammeMembersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProgrammeMembers' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tenantMembers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeMembersQuery, ProgrammeMembersQueryVariables>;
export const CreateProgrammeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateProgramme' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateProgrammeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createProgramme' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateProgrammeMutation, CreateProgrammeMutationVariables>;
export const UpdateProgrammeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateProgramme' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateProgrammeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateProgramme' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateProgrammeMutation, UpdateProgrammeMutationVariables>;
export const CreateProgrammeContractDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateProgrammeContract' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateProgrammeContractInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createProgrammeContract' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateProgrammeContractMutation, CreateProgrammeContractMutationVariables>;
export const UpdateProgrammeContractDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateProgrammeContract' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateProgrammeContractInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateProgrammeContract' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateProgrammeContractMutation, UpdateProgrammeContractMutationVariables>;
export const ContractKpisDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ContractKpis' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'contractId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contractKpis' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'contractId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'contractId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'programmeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programmeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'elapsed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressionThreshold' } },
                { kind: 'Field', name: { kind: 'Name', value: 'generatedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contract' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'department' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contractNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'figures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'kpi' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'recorded' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'actual' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContractKpisQuery, ContractKpisQueryVariables>;
export const FamilyCaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FamilyCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'registrant' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'caseRecord' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'risk' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nextReviewOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewDue' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'responsibleName' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'latestAssessment' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'templateVersion' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'templateName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyCaseQuery, FamilyCaseQueryVariables>;
export const CaseRecordsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CaseRecords' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseRecordFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseRecords' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'risk' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nextReviewOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reviewDue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'responsibleName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'latestAssessment' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counsellors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseRecordsQuery, CaseRecordsQueryVariables>;
export const CaseRecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CaseRecord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseRecord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registrantId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labels' } },
                { kind: 'Field', name: { kind: 'Name', value: 'conversationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'risk' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextReviewOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewDue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responsibleUserId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responsibleName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assessments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'values' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'templateVersion' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TemplateVersionFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessmentTemplates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'latestVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TemplateVersionFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counsellors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TemplateVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentTemplateVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'templateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'templateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseRecordQuery, CaseRecordQueryVariables>;
export const CaseHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CaseHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseRecordHistory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseRecordId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'beforeShown' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'afterShown' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseHistoryQuery, CaseHistoryQueryVariables>;
export const OpenCaseRecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OpenCaseRecord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'OpenCaseRecordInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openCaseRecord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenCaseRecordMutation, OpenCaseRecordMutationVariables>;
export const UpdateCaseRecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateCaseRecord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateCaseRecordInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCaseRecord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'risk' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextReviewOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewDue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responsibleUserId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responsibleName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateCaseRecordMutation, UpdateCaseRecordMutationVariables>;
export const AddAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddAssessmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addAssessment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddAssessmentMutation, AddAssessmentMutationVariables>;
export const UpdateAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateAssessmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAssessment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'values' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateAssessmentMutation, UpdateAssessmentMutationVariables>;
export const AssessmentTemplatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AssessmentTemplates' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessmentTemplates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'versions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'latestVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TemplateVersionFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TemplateVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentTemplateVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'templateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'templateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssessmentTemplatesQuery, AssessmentTemplatesQueryVariables>;
export const CreateAssessmentTemplateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateAssessmentTemplate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateAssessmentTemplateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createAssessmentTemplate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateAssessmentTemplateMutation, CreateAssessmentTemplateMutationVariables>;
export const PublishAssessmentTemplateVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishAssessmentTemplateVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PublishAssessmentTemplateVersionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishAssessmentTemplateVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'latestVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  PublishAssessmentTemplateVersionMutation,
  PublishAssessmentTemplateVersionMutationVariables
>;
export const AssessmentMigrationPreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AssessmentMigrationPreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessmentMigrationPreview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assessmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'assessmentId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'from' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'to' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'steps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssessmentMigrationPreviewQuery, AssessmentMigrationPreviewQueryVariables>;
export const MigrateAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MigrateAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MigrateAssessmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'migrateAssessment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MigrateAssessmentMutation, MigrateAssessmentMutationVariables>;
export const ShareChoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ShareChoices' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'caseRecord' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'latestAssessment' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'values' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'templateVersion' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TemplateVersionFields' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TemplateVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentTemplateVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'templateId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'templateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ShareChoicesQuery, ShareChoicesQueryVariables>;
export const CaseRecordSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CaseRecordSettings' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseRecordSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'retentionYears' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseRecordSettingsQuery, CaseRecordSettingsQueryVariables>;
export const UpdateCaseRecordSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateCaseRecordSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateCaseRecordSettingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCaseRecordSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'retentionYears' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateCaseRecordSettingsMutation, UpdateCaseRecordSettingsMutationVariables>;
export const FamilyErasurePlanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FamilyErasurePlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'registrantId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'familyErasurePlan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'registrantId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'registrantId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'registrantId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'erased' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'item' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kept' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'item' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyErasurePlanQuery, FamilyErasurePlanQueryVariables>;
export const ExportFamilyRecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExportFamilyRecord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExportFamilyRecordInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportFamilyRecord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportFamilyRecordMutation, ExportFamilyRecordMutationVariables>;
export const EraseFamilyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EraseFamily' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EraseFamilyInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'eraseFamily' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'messages' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keptReferrals' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keptConsents' } },
                { kind: 'Field', name: { kind: 'Name', value: 'foodHouseholds' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EraseFamilyMutation, EraseFamilyMutationVariables>;
export const FamilyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Family' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'registrant' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'consents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerOrganizationId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerOrganizationName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'obtainedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'obtainedByName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'withdrawnAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'referrals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralItem' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseBusinessDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyDisplayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorSide' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyQuery, FamilyQueryVariables>;
export const PartnerChoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartnerChoices' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceCategories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerAreas' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerChoicesQuery, PartnerChoicesQueryVariables>;
export const PartnersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Partners' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PartnerOrganizationFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerOrganizations' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'services' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'serviceAreas' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'categories' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnersQuery, PartnersQueryVariables>;
export const RecordConsentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordConsent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordConsentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordConsent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordConsentMutation, RecordConsentMutationVariables>;
export const CreateReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateReferralInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateReferralMutation, CreateReferralMutationVariables>;
export const SendReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralIdInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseBusinessDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyDisplayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorSide' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendReferralMutation, SendReferralMutationVariables>;
export const ReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Referral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralItem' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sharedAssessmentFields' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'columns' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseBusinessDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyDisplayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorSide' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralQuery, ReferralQueryVariables>;
export const AddReferralNoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddReferralNote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddReferralNoteInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addReferralNote' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'timeline' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorSide' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddReferralNoteMutation, AddReferralNoteMutationVariables>;
export const ReferralEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'ReferralEvents' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referralEvents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'missed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'referrals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralItem' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseBusinessDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyDisplayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conversationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerOrganization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorSide' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralEventsSubscription, ReferralEventsSubscriptionVariables>;
export const ReportCalendarDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportCalendar' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tenant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fiscalYearStartMonth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportCalendarQuery, ReportCalendarQueryVariables>;
export const TenantReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TenantReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fiscalYear' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'exact' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'programmeId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tenantReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fiscalYear' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fiscalYear' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'exact' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'exact' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'programmeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'programmeId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'programmeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fiscalYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodLabelEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'generatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressionThreshold' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tables' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReportTableFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportTableFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportTable' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'group' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'columns' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'values' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenantReportQuery, TenantReportQueryVariables>;
export const ReportProgrammesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportProgrammes' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programmes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contracts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportProgrammesQuery, ReportProgrammesQueryVariables>;
export const ExportTenantReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExportTenantReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExportTenantReportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportTenantReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportTenantReportMutation, ExportTenantReportMutationVariables>;
export const ReportRunsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportRuns' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportRuns' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'periodLabel' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'recipientCount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportRunsQuery, ReportRunsQueryVariables>;
export const RunReportNowDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RunReportNow' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RunReportNowInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'runReportNow' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recipientCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RunReportNowMutation, RunReportNowMutationVariables>;
export const ReportSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportSettings' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'groups' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressionThreshold' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recipients' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scheduleDay' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportSettingsQuery, ReportSettingsQueryVariables>;
export const UpdateReportSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateReportSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateReportSettingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateReportSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'groups' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressionThreshold' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recipients' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scheduleDay' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateReportSettingsMutation, UpdateReportSettingsMutationVariables>;
export const PlatformReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlatformReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fiscalYear' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'platformReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fiscalYear' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fiscalYear' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fiscalYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodLabelEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'generatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressionThreshold' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tables' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReportTableFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cities' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'tenantSlug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tenantName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tenantNameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressionThreshold' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'figures' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'value' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportTableFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportTable' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'group' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'columns' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labelEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'values' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlatformReportQuery, PlatformReportQueryVariables>;
export const SecondmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Secondments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SecondmentsFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'secondments' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SecondmentRow' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SecondmentRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Secondment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedEarlyOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fiscalYearLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganization' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostDepartment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnDepartment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnRole' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staff' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameKana' } },
                { kind: 'Field', name: { kind: 'Name', value: 'homeDepartment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'homeCity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SecondmentsQuery, SecondmentsQueryVariables>;
export const CurrentSecondmentRosterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CurrentSecondmentRoster' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentSecondmentRoster' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'hostOrganization' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hostDepartment' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'secondments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SecondmentRow' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SecondmentRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Secondment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedEarlyOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fiscalYearLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganization' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostDepartment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnDepartment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnRole' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staff' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameKana' } },
                { kind: 'Field', name: { kind: 'Name', value: 'homeDepartment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'homeCity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CurrentSecondmentRosterQuery, CurrentSecondmentRosterQueryVariables>;
export const SecondmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Secondment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'secondment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SecondmentRow' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fiscalYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'legalBasis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memorandumTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memorandumSignedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memorandumReference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'duties' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mentorName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'employeeNumber' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assignments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'programme' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'timeShare' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'city' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'checkIns' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'wellbeing' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'learningGoals' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'issues' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SecondmentRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Secondment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedEarlyOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fiscalYearLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganization' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostDepartment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnDepartment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnRole' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staff' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameKana' } },
                { kind: 'Field', name: { kind: 'Name', value: 'homeDepartment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'homeCity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SecondmentQuery, SecondmentQueryVariables>;
export const CreateSecondmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateSecondment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateSecondmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createSecondment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateSecondmentMutation, CreateSecondmentMutationVariables>;
export const UpdateSecondmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateSecondment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateSecondmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateSecondment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateSecondmentMutation, UpdateSecondmentMutationVariables>;
export const EndSecondmentEarlyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EndSecondmentEarly' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EndSecondmentEarlyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endSecondmentEarly' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EndSecondmentEarlyMutation, EndSecondmentEarlyMutationVariables>;
export const AddSecondmentAssignmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddSecondmentAssignment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddSecondmentAssignmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addSecondmentAssignment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddSecondmentAssignmentMutation, AddSecondmentAssignmentMutationVariables>;
export const AddSecondmentCheckInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddSecondmentCheckIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddSecondmentCheckInInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addSecondmentCheckIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddSecondmentCheckInMutation, AddSecondmentCheckInMutationVariables>;
export const ExportSecondmentRosterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExportSecondmentRoster' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExportSecondmentRosterInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportSecondmentRoster' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'url' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportSecondmentRosterMutation, ExportSecondmentRosterMutationVariables>;
export const SecondmentCitiesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SecondmentCities' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'secondmentCities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lastRosterReview' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewerName' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'rosterReviewDue' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SecondmentCitiesQuery, SecondmentCitiesQueryVariables>;
export const PartnerDirectoryListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartnerDirectoryList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PartnerOrganizationFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerOrganizations' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'services' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerDirectoryListQuery, PartnerDirectoryListQueryVariables>;
export const PartnerDirectoryDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartnerDirectoryDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerOrganization' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'website' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'phones' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'services' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'serviceAreas' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'minimumAge' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'maximumAge' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'categories' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'locations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'address' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'prefecture' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'addressLine' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contacts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'department' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'phones' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceCategories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerDirectoryDetailQuery, PartnerDirectoryDetailQueryVariables>;
export const PartnerCreateOrganizationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PartnerCreateOrganization' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePartnerOrganizationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPartnerOrganization' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerCreateOrganizationMutation, PartnerCreateOrganizationMutationVariables>;
export const PartnerUpdateOrganizationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PartnerUpdateOrganization' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePartnerOrganizationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePartnerOrganization' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerUpdateOrganizationMutation, PartnerUpdateOrganizationMutationVariables>;
export const PartnerCreateServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PartnerCreateService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePartnerServiceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPartnerService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerCreateServiceMutation, PartnerCreateServiceMutationVariables>;
export const PartnerUpdateServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PartnerUpdateService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePartnerServiceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePartnerService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerUpdateServiceMutation, PartnerUpdateServiceMutationVariables>;
export const PartnerCreateLocationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PartnerCreateLocation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePartnerLocationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPartnerLocation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerCreateLocationMutation, PartnerCreateLocationMutationVariables>;
export const PartnerUpdateLocationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PartnerUpdateLocation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePartnerLocationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePartnerLocation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerUpdateLocationMutation, PartnerUpdateLocationMutationVariables>;
export const PartnerCreateContactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PartnerCreateContact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePartnerContactInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPartnerContact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerCreateContactMutation, PartnerCreateContactMutationVariables>;
export const PartnerUpdateContactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PartnerUpdateContact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePartnerContactInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePartnerContact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerUpdateContactMutation, PartnerUpdateContactMutationVariables>;
export const PartnerDirectoryHsdsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartnerDirectoryHsds' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'partnerDirectoryHsds' } }],
      },
    },
  ],
} as unknown as DocumentNode<PartnerDirectoryHsdsQuery, PartnerDirectoryHsdsQueryVariables>;
export const PartnerImportHsdsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PartnerImportHsds' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportPartnerDirectoryHsdsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importPartnerDirectoryHsds' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'created' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'messages' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerImportHsdsMutation, PartnerImportHsdsMutationVariables>;
export const PartnerReferralSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartnerReferralSettings' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referralSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'responseBusinessDays' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerReferralSettingsQuery, PartnerReferralSettingsQueryVariables>;
export const PartnerUpdateReferralSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PartnerUpdateReferralSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateReferralSettingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateReferralSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'responseBusinessDays' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerUpdateReferralSettingsMutation, PartnerUpdateReferralSettingsMutationVariables>;
export const InboxSettingsPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InboxSettingsPage' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inboxSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'crisisContacts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'escalationEmails' } },
                { kind: 'Field', name: { kind: 'Name', value: 'escalationMinutes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversationCategories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cannedResponses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'keywordRules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyword' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InboxSettingsPageQuery, InboxSettingsPageQueryVariables>;
export const SettingsCreateCategoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SettingsCreateCategory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateConversationCategoryInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createConversationCategory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SettingsCreateCategoryMutation, SettingsCreateCategoryMutationVariables>;
export const SettingsUpdateCategoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SettingsUpdateCategory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateConversationCategoryInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateConversationCategory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SettingsUpdateCategoryMutation, SettingsUpdateCategoryMutationVariables>;
export const SettingsDeleteCategoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SettingsDeleteCategory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DeleteConversationCategoryInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteConversationCategory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SettingsDeleteCategoryMutation, SettingsDeleteCategoryMutationVariables>;
export const SettingsCreateCannedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SettingsCreateCanned' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateCannedResponseInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createCannedResponse' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SettingsCreateCannedMutation, SettingsCreateCannedMutationVariables>;
export const SettingsUpdateCannedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SettingsUpdateCanned' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateCannedResponseInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCannedResponse' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SettingsUpdateCannedMutation, SettingsUpdateCannedMutationVariables>;
export const SettingsDeleteCannedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SettingsDeleteCanned' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DeleteCannedResponseInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteCannedResponse' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SettingsDeleteCannedMutation, SettingsDeleteCannedMutationVariables>;
export const SettingsUpsertKeywordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SettingsUpsertKeyword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpsertKeywordRuleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'upsertKeywordRule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyword' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SettingsUpsertKeywordMutation, SettingsUpsertKeywordMutationVariables>;
export const SettingsDeleteKeywordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SettingsDeleteKeyword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DeleteKeywordRuleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteKeywordRule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SettingsDeleteKeywordMutation, SettingsDeleteKeywordMutationVariables>;
export const SettingsMatchingKeywordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SettingsMatchingKeyword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matchingKeywordRule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyword' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SettingsMatchingKeywordQuery, SettingsMatchingKeywordQueryVariables>;
export const SettingsAddCrisisContactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SettingsAddCrisisContact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddCrisisContactInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addCrisisContact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SettingsAddCrisisContactMutation, SettingsAddCrisisContactMutationVariables>;
export const SettingsUpdateCrisisContactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SettingsUpdateCrisisContact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateCrisisContactInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCrisisContact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SettingsUpdateCrisisContactMutation, SettingsUpdateCrisisContactMutationVariables>;
export const SettingsRemoveCrisisContactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SettingsRemoveCrisisContact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RemoveCrisisContactInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeCrisisContact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SettingsRemoveCrisisContactMutation, SettingsRemoveCrisisContactMutationVariables>;
export const SettingsUpdateEscalationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SettingsUpdateEscalation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateInboxSettingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateInboxSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'escalationEmails' } },
                { kind: 'Field', name: { kind: 'Name', value: 'escalationMinutes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SettingsUpdateEscalationMutation, SettingsUpdateEscalationMutationVariables>;
export const SettingsChannelHoursDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SettingsChannelHours' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lineChannels' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'businessHours' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'closedOnPublicHolidays' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'weekly' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SettingsChannelHoursQuery, SettingsChannelHoursQueryVariables>;
export const SettingsUpdateChannelHoursDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SettingsUpdateChannelHours' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateLineChannelInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateLineChannel' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'businessHours' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'closedOnPublicHolidays' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'weekly' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SettingsUpdateChannelHoursMutation, SettingsUpdateChannelHoursMutationVariables>;
export const UnreadNotificationCountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnreadNotificationCount' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'unreadNotificationCount' } }],
      },
    },
  ],
} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const NotificationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Notifications' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'conversationId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'referralId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'taskId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationsRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MarkNotificationsReadInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationsRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const OnDutyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OnDuty' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onDuty' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'onDuty' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OnDutyQuery, OnDutyQueryVariables>;
export const SetOnDutyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetOnDuty' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetOnDutyInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setOnDuty' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'onDuty' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetOnDutyMutation, SetOnDutyMutationVariables>;
export const MyTenantsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyTenants' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'platformRoles' } },
                { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberships' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'tenant' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyTenantsQuery, MyTenantsQueryVariables>;
export const AllTenantsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AllTenants' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tenants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AllTenantsQuery, AllTenantsQueryVariables>;
export const ShellDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Shell' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'platformRoles' } },
                { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mfaEnabled' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberships' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'tenant' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tenant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ShellQuery, ShellQueryVariables>;
export const LogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Logout' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logout' } }] },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const CounsellorTasksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CounsellorTasks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CounsellorTaskStatus' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counsellorTasks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'openMine' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openUnassigned' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'urgency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'caseRecordId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'conversationId' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assignee' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createdBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'doneBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'doneNote' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CounsellorTasksQuery, CounsellorTasksQueryVariables>;
export const TakeCounsellorTaskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TakeCounsellorTask' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CounsellorTaskIdInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'takeCounsellorTask' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assignee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'userId' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TakeCounsellorTaskMutation, TakeCounsellorTaskMutationVariables>;
export const CompleteCounsellorTaskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CompleteCounsellorTask' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CompleteCounsellorTaskInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeCounsellorTask' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompleteCounsellorTaskMutation, CompleteCounsellorTaskMutationVariables>;
