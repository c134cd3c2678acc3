import './locale';
import { useTranslation } from 'react-i18next';
import type { BroadcastStatus } from '../../gql/graphql';

const TONES: Record<BroadcastStatus, string> = {
  DRAFT: 'bg-solid-gray-100 text-solid-gray-800',
  AWAITING_APPROVAL: 'bg-yellow-100 text-yellow-1100',
  APPROVED: 'bg-blue-100 text-blue-1000',
  SCHEDULED: 'bg-blue-100 text-blue-1000',
  SENDING: 'bg-blue-200 text-blue-1100',
  SENT: 'bg-green-100 text-green-1000',
  PARTIALLY_FAILED: 'bg-red-100 text-red-1100',
  CANCELLED: 'bg-solid-gray-100 text-solid-gray-800',
};

export function BroadcastStatusBadge({ status }: { status: BroadcastStatus }) {
  const { t } = useTranslation();
  return (
    <span
      className={`rounded-4 px-2 text-sm font-bold whitespace-nowrap ${TONES[status]}`}
      data-testid="broadcast-status"
    >
      {t(`broadcasts.status.${status}`)}
    </span>
  );
}
