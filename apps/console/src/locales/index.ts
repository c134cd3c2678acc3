import { ja } from './ja';
import { en } from './en';
import { partnerEn, partnerJa } from '../features/partner/locale';
import { settingsEn, settingsJa } from '../features/settings/locale';
import { referralNotesEn, referralNotesJa } from '../features/referrals/locale';
import { audienceEn, audienceJa } from '../features/audience/locale';
import { recordsEn, recordsJa } from '../features/records/locale';

/**
 * The texts of the console's first load by language. A feature with many texts keeps them beside its
 * screens in a `locale.ts` (a Japanese tree under one top-level key and its English twin typed with
 * `Shape`): the features on the first load's screens (sign-in, the shell, the inbox and its family
 * card) join them here; a feature whose pages load later adds its own with `addTexts` when they load.
 */
export const texts = {
  ja: {
    ...ja,
    ...partnerJa,
    ...settingsJa,
    ...referralNotesJa,
    ...audienceJa,
    ...recordsJa,
  },
  en: {
    ...en,
    ...partnerEn,
    ...settingsEn,
    ...referralNotesEn,
    ...audienceEn,
    ...recordsEn,
  },
};
