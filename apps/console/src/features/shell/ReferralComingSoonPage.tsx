import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** Where a mailed referral link lands until the referral screens (and the partner portal) exist. */
export function ReferralComingSoonPage() {
  const { t } = useTranslation();
  const { id } = useParams({ from: '/$tenant/referrals/$id' });
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t('referral.title')}</h1>
      <p className="mb-2">{t('referral.comingSoon')}</p>
      <p className="text-solid-gray-700">
        {t('referral.id')}: <code>{id}</code>
      </p>
    </>
  );
}
