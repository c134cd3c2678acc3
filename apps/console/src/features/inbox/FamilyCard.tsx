import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../lib/i18n';
import { formatDay } from '../partner/format';
import { TextLink } from '../../ui/Link';
import { ReferDialog } from '../referrals/ReferDialog';
import { FAMILY } from '../referrals/queries';
import { ReferralStatusBadge } from '../referrals/ReferralStatusBadge';
import { useShell } from '../shell/useShell';
import { FamilyProfileSection } from '../audience/FamilyProfileSection';
import { FamilyCase } from '../records/FamilyCase';

/** Who the family is, what they agreed to share and with whom, and where they were referred. */
export function FamilyCard({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const { slug, tenant, can } = useShell();
  const refers = can('tenant:referrals:make');
  const { data } = useQuery(FAMILY, { variables: { id: conversationId } });
  const c = data?.conversation;
  if (!c) return null;
  const registrant = c.registrant;
  return (
    <aside
      aria-labelledby="family-card"
      className="flex flex-col gap-4 self-start rounded-12 border border-solid-gray-200 bg-white p-4"
    >
      <h3 id="family-card" className="text-lg font-bold">
        {t('family.title')}
      </h3>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-bold text-solid-gray-700">{t('family.name')}</dt>
        <dd>{registrant.displayName ?? t('inbox.unknownFamily')}</dd>
        <dt className="font-bold text-solid-gray-700">{t('family.since')}</dt>
        <dd>{formatDate(registrant.since, tenant.timezone)}</dd>
        <dt className="font-bold text-solid-gray-700">{t('family.line')}</dt>
        <dd className={registrant.status === 'BLOCKED' ? 'font-bold text-error-2' : ''}>
          {t(`family.status.${registrant.status}`)}
        </dd>
      </dl>
      <FamilyProfileSection registrantId={registrant.id} />
      {can('tenant:case-records:read') && <FamilyCase conversationId={conversationId} />}
      {c.consents && (
        <section aria-labelledby="family-consents" className="flex flex-col gap-1">
          <h4 id="family-consents" className="font-bold">
            {t('family.consents')}
          </h4>
          {c.consents.length === 0 && <p className="text-sm text-solid-gray-700">{t('family.noConsents')}</p>}
          <ul className="flex flex-col gap-2 text-sm">
            {c.consents.map((consent) => (
              <li key={consent.id} className={consent.withdrawnAt ? 'text-solid-gray-700 line-through' : ''}>
                <span className="font-bold">{consent.partnerOrganizationName}</span>
                <span className="block">{consent.purpose}</span>
                <span className="block text-xs text-solid-gray-700">
                  {t('family.consentBy', {
                    date: formatDay(consent.obtainedOn),
                    name: consent.obtainedByName,
                    method: t(`consent.method.${consent.method}`),
                  })}
                  {consent.withdrawnAt &&
                    ` ${t('family.withdrawn', { date: formatDateTime(consent.withdrawnAt, tenant.timezone) })}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {c.referrals && (
        <section aria-labelledby="family-referrals" className="flex flex-col gap-1">
          <h4 id="family-referrals" className="font-bold">
            {t('family.referrals')}
          </h4>
          {c.referrals.length === 0 && <p className="text-sm text-solid-gray-700">{t('family.noReferrals')}</p>}
          <ul className="flex flex-col gap-2 text-sm" aria-label={t('family.referrals')}>
            {c.referrals.map((referral) => (
              <li key={referral.id} className="flex flex-wrap items-center gap-2" data-testid="family-referral">
                <TextLink to="/$tenant/referrals/$id" params={{ tenant: slug, id: referral.id }}>
                  {referral.partnerOrganization.name}
                </TextLink>
                <ReferralStatusBadge status={referral.status} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {refers && registrant.status !== 'BLOCKED' && (
        <ReferDialog conversationId={conversationId} consents={c.consents ?? []} />
      )}
    </aside>
  );
}
