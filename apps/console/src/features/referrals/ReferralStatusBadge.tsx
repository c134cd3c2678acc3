import { useTranslation } from 'react-i18next';
import type { ReferralStatus } from '../../gql/graphql';

const TONES: Record<ReferralStatus, string> = {
  DRAFT: 'bg-solid-gray-100 text-solid-gray-800',
  SENT: 'bg-blue-100 text-blue-1000',
  ACCEPTED: 'bg-green-100 text-green-1000',
  IN_PROGRESS: 'bg-green-100 text-green-1000',
  COMPLETED: 'bg-green-200 text-green-1100',
  DECLINED: 'bg-red-100 text-red-1100',
  RECALLED: 'bg-solid-gray-100 text-solid-gray-800',
  CLOSED: 'bg-solid-gray-100 text-solid-gray-800',
};

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`rounded-4 px-2 text-sm font-bold ${TONES[status]}`} data-testid="referral-status">
      {t(`referral.status.${status}`)}
    </span>
  );
}
