import { useTranslation } from 'react-i18next';
import type { ReferralStatus } from '../../gql/graphql';

/**
 * How long the agency has left to answer a referral, in business days as the API counts them by the
 * tenant's calendar (weekends and holidays do not count): days left, the last day, or overdue by how many.
 */
export function DaysLeft({
  referral: r,
}: {
  referral: { status: ReferralStatus; responseBusinessDaysLeft?: number | null; overdue: boolean };
}) {
  const { t } = useTranslation();
  const left = r.responseBusinessDaysLeft;
  if (r.status !== 'SENT' || left == null) return null;
  if (left < 0 || r.overdue) {
    const by = Math.max(1, -left);
    return (
      <span className="font-bold text-error-2">
        {by === 1 ? t('partner.overdueByOne') : t('partner.overdueBy', { count: by })}
      </span>
    );
  }
  return (
    <span className={left === 0 ? 'font-bold text-solid-gray-900' : 'text-solid-gray-800'}>
      {left === 0
        ? t('partner.dueToday')
        : left === 1
          ? t('partner.oneDayLeft')
          : t('partner.daysLeft', { count: left })}
    </span>
  );
}
