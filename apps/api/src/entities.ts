import {
  EmergencyAccessGrant,
  RoleGrant,
  Invitation,
  Membership,
  MfaRecoveryCode,
  PasswordReset,
  RefreshToken,
  Session,
  User,
} from '@tsunagu/platform/auth';
import { AuditChainHead, AuditEvent } from '@tsunagu/platform/audit';
import { AccessRevision, Tenant } from '@tsunagu/platform/database';
import type { EntityClass } from '@tsunagu/platform/database';
import { Download } from '@tsunagu/platform/downloads';
import { LineChannel, LineWebhookEvent } from '@tsunagu/channels';
import {
  Conversation,
  CounsellorDuty,
  InboxSettings,
  KeywordRule,
  Message,
  MessageMedia,
  Notification,
  UrgentEpisode,
  Registrant,
  CannedResponse,
  ConversationCategory,
  TenantDefaultsApplied,
} from '@tsunagu/conversations';
import { AUDIENCE_ENTITIES } from '@tsunagu/audience';
import { DevOutboxMail } from '@tsunagu/platform/mail';
import { RateLimitBucket } from '@tsunagu/platform/rate-limit';
import { PARTNER_ENTITIES } from '@tsunagu/partners';
import { Referral, ReferralConsent, ReferralEvent, ReferralSettings, ReferralShare } from '@tsunagu/referrals';
import { CASE_RECORD_ENTITIES, RECORDS_IMPORT_ENTITIES } from '@tsunagu/case-records';
import { ReportRun, ReportSettings } from '@tsunagu/reporting';
import { PROGRAMME_ENTITIES } from '@tsunagu/programmes';
import { DONATION_ENTITIES, FOOD_DELIVERY_ENTITIES, FoodHouseholdStatusChange } from '@tsunagu/food-delivery';
import { BROADCAST_ENTITIES } from '@tsunagu/broadcasts';
import { RosterReview, SecondedStaff, Secondment, SecondmentAssignment, SecondmentCheckIn } from '@tsunagu/secondments';

/** Every MikroORM entity of the system. A new entity also needs a migration (docs/tenancy.md). */
export const ENTITIES: EntityClass[] = [
  Tenant,
  AccessRevision,
  User,
  Membership,
  Session,
  RefreshToken,
  MfaRecoveryCode,
  PasswordReset,
  Invitation,
  EmergencyAccessGrant,
  RoleGrant,
  AuditEvent,
  AuditChainHead,
  Download,
  DevOutboxMail,
  RateLimitBucket,
  LineChannel,
  LineWebhookEvent,
  Registrant,
  Conversation,
  Message,
  InboxSettings,
  KeywordRule,
  Notification,
  UrgentEpisode,
  CounsellorDuty,
  MessageMedia,
  ConversationCategory,
  CannedResponse,
  TenantDefaultsApplied,
  ...PARTNER_ENTITIES,
  ReferralSettings,
  ReferralConsent,
  Referral,
  ReferralShare,
  ReferralEvent,
  ...CASE_RECORD_ENTITIES,
  ...RECORDS_IMPORT_ENTITIES,
  SecondedStaff,
  Secondment,
  SecondmentAssignment,
  SecondmentCheckIn,
  ReportSettings,
  ReportRun,
  RosterReview,
  ...AUDIENCE_ENTITIES,
  ...BROADCAST_ENTITIES,
  ...PROGRAMME_ENTITIES,
  ...FOOD_DELIVERY_ENTITIES,
  ...DONATION_ENTITIES,
  FoodHouseholdStatusChange,
];
