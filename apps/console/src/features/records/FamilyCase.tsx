import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/i18n';
import { formatDay } from '../partner/format';
import { messageOf } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextLink } from '../../ui/Link';
import { useShell } from '../shell/useShell';
import { FAMILY_CASE, OPEN_CASE } from './queries';

/**
 * The family's case on its conversation's card: status, risk, next review, the newest assessment's
 * first lines and a link to the case; or a button that opens one. Asked only by those who read case
 * records (every read is audited), in a query of its own.
 */
export function FamilyCase({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const { slug, tenant, can } = useShell();
  const navigate = useNavigate();
  const { data } = useQuery(FAMILY_CASE, { variables: { id: conversationId } });
  const [open, opening] = useMutation(OPEN_CASE);
  const [error, setError] = useState<string | null>(null);
  const c = data?.conversation;
  if (!c) return null;
  const record = c.caseRecord;
  const openCase = async () => {
    setError(null);
    try {
      const res = await open({ variables: { input: { registrantId: c.registrant.id } } });
      const id = res.data?.openCaseRecord.id;
      if (id) await navigate({ to: '/$tenant/cases/$id', params: { tenant: slug, id } });
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <section aria-labelledby="family-case" className="flex flex-col gap-1" data-testid="family-case">
      <h4 id="family-case" className="font-bold">
        {t('records.card.title')}
      </h4>
      {!record ? (
        <>
          <p className="text-sm text-solid-gray-700">{t('records.card.none')}</p>
          {error && <Alert>{error}</Alert>}
          {can('tenant:case-records:write') && (
            <Button variant="secondary" onPress={() => void openCase()} isDisabled={opening.loading}>
              {t('records.card.open')}
            </Button>
          )}
        </>
      ) : (
        <>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-bold text-solid-gray-700">{t('records.card.status')}</dt>
            <dd>{t(`records.status.${record.status}`)}</dd>
            <dt className="font-bold text-solid-gray-700">{t('records.card.risk')}</dt>
            <dd>{record.risk == null ? '—' : t(`records.risk.${record.risk}`)}</dd>
            <dt className="font-bold text-solid-gray-700">{t('records.card.nextReview')}</dt>
            <dd className={record.reviewDue ? 'font-bold text-error-2' : ''}>
              {record.nextReviewOn ? formatDay(record.nextReviewOn) : '—'}
              {record.reviewDue && ` (${t('records.card.reviewDue')})`}
            </dd>
            <dt className="font-bold text-solid-gray-700">{t('records.card.responsible')}</dt>
            <dd>{record.responsibleName ?? '—'}</dd>
          </dl>
          {record.latestAssessment && (
            <p className="text-sm">
              <span className="block text-xs text-solid-gray-700">
                {t('records.card.latest')} · {formatDate(record.latestAssessment.createdAt, tenant.timezone)}
              </span>
              {record.latestAssessment.summary}
            </p>
          )}
          <TextLink to="/$tenant/cases/$id" params={{ tenant: slug, id: record.id }} className="text-sm">
            {t('records.card.show')}
          </TextLink>
        </>
      )}
    </section>
  );
}
