import { useQuery } from '@apollo/client/react';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../ui/QueryProblem';
import { TextLink } from '../../ui/Link';
import { DaysLeft } from '../partner/DaysLeft';
import { useShell } from '../shell/useShell';
import { REFERRAL } from './queries';
import { ReferralNoteForm } from './ReferralNoteForm';
import { ReferralStatusBadge } from './ReferralStatusBadge';
import { ReferralTimeline } from './ReferralTimeline';
import { SharedFields } from '../records/values';

/** A referral as the referring counsellors follow it: where it went, its state, and who did what when. */
export function ReferralPage() {
  const { t } = useTranslation();
  const { id } = useParams({ from: '/$tenant/referrals/$id' });
  const { slug, tenant } = useShell();
  const referral = useQuery(REFERRAL, { variables: { id } });
  const r = referral.data?.referral;
  if (!r) return <QueryProblem error={referral.error} onRetry={() => void referral.refetch()} />;
  return (
    <article aria-labelledby="referral-title" className="flex max-w-3xl flex-col gap-4">
      <h1 id="referral-title" className="text-3xl font-bold">
        {t('referral.heading', { partner: r.partnerOrganization.name })}
      </h1>
      <div className="flex flex-wrap items-center gap-3">
        <ReferralStatusBadge status={r.status} />
        {r.overdue && <span className="font-bold text-error-2">{t('referral.overdue')}</span>}
        {r.respondBy && <span className="text-sm">{t('referral.respondBy', { date: r.respondBy })}</span>}
        <DaysLeft referral={r} />
      </div>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-12 border border-solid-gray-200 bg-white p-4">
        <dt className="font-bold text-solid-gray-700">{t('referral.family')}</dt>
        <dd>
          {r.conversationId ? (
            <TextLink to="/$tenant/inbox/conversations/$id" params={{ tenant: slug, id: r.conversationId }}>
              {r.familyDisplayName ?? t('inbox.unknownFamily')}
            </TextLink>
          ) : (
            (r.familyDisplayName ?? t('inbox.unknownFamily'))
          )}
        </dd>
        <dt className="font-bold text-solid-gray-700">{t('referral.summary')}</dt>
        <dd className="whitespace-pre-wrap">{r.summary ?? '—'}</dd>
      </dl>
      {r.sharedAssessmentFields.length > 0 && (
        <section aria-labelledby="referral-assessment" className="rounded-12 border border-solid-gray-200 bg-white p-4">
          <h2 id="referral-assessment" className="mb-2 text-xl font-bold">
            {t('records.share.shared')}
          </h2>
          <SharedFields fields={r.sharedAssessmentFields} />
        </section>
      )}
      <ReferralNoteForm key={r.id} referralId={r.id} status={r.status} />
      <ReferralTimeline steps={r.timeline} timeZone={tenant.timezone} />
    </article>
  );
}
