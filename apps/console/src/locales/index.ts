import { ja } from './ja';
import { en } from './en';
import { membersEn, membersJa } from '../features/members/locale';
import { onboardingEn, onboardingJa } from '../features/onboarding/locale';
import { platformTenantsEn, platformTenantsJa } from '../features/platform-tenants/locale';

/**
 * Every text of the console by language. A feature with many texts keeps them beside its screens in a
 * `locale.ts` (a Japanese tree under one top-level key and its English twin typed with `Shape`) and joins them here.
 */
export const texts = {
  ja: { ...ja, ...membersJa, ...onboardingJa, ...platformTenantsJa },
  en: { ...en, ...membersEn, ...onboardingEn, ...platformTenantsEn },
};
