import { ja } from './ja';
import { en } from './en';
import { secondmentsEn, secondmentsJa } from '../features/secondments/locale';
import { partnerEn, partnerJa } from '../features/partner/locale';
import { settingsEn, settingsJa } from '../features/settings/locale';
import { auditEn, auditJa } from '../features/audit/locale';
import { membersEn, membersJa } from '../features/members/locale';
import { onboardingEn, onboardingJa } from '../features/onboarding/locale';
import { platformTenantsEn, platformTenantsJa } from '../features/platform-tenants/locale';
import { reportsEn, reportsJa } from '../features/reports/locale';
import { referralNotesEn, referralNotesJa } from '../features/referrals/locale';
import { audienceEn, audienceJa } from '../features/audience/locale';
import { broadcastsEn, broadcastsJa } from '../features/broadcasts/locale';
import { recordsEn, recordsJa } from '../features/records/locale';

/**
 * Every text of the console by language. A feature with many texts keeps them beside its screens in a
 * `locale.ts` (a Japanese tree under one top-level key and its English twin typed with `Shape`) and joins them here.
 */
export const texts = {
  ja: {
    ...ja,
    ...secondmentsJa,
    ...partnerJa,
    ...settingsJa,
    ...auditJa,
    ...membersJa,
    ...onboardingJa,
    ...platformTenantsJa,
    ...reportsJa,
    ...referralNotesJa,
    ...audienceJa,
    ...broadcastsJa,
    ...recordsJa,
  },
  en: {
    ...en,
    ...secondmentsEn,
    ...partnerEn,
    ...settingsEn,
    ...auditEn,
    ...membersEn,
    ...onboardingEn,
    ...platformTenantsEn,
    ...reportsEn,
    ...referralNotesEn,
    ...audienceEn,
    ...broadcastsEn,
    ...recordsEn,
  },
};
