import './locale';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BroadcastItemFragment } from '../../gql/graphql';
import { apiErrors, messageOf, reasonOf } from '../../lib/errors';
import { formatDateTime } from '../../lib/i18n';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextLink } from '../../ui/Link';
import { QueryProblem } from '../../ui/QueryProblem';
import { AUDIENCE_SCHEMA } from '../audience/queries';
import { useShell } from '../shell/useShell';
import { BroadcastLive } from './BroadcastLive';
import { BroadcastStatistics } from './BroadcastStatistics';
import { BroadcastStatusBadge } from './BroadcastStatusBadge';
import { LinePreview } from './LinePreview';
import {
  APPROVE_BROADCAST,
  BROADCAST,
  BROADCAST_CHANNELS,
  CANCEL_BROADCAST,
  REJECT_BROADCAST,
  SEND_TEST_BROADCAST,
  SUBMIT_BROADCAST,
} from './queries';
import { durationParts, goesAt } from './time';

/**
 * A notice holds while the broadcast is in a status the action leads to: 承認を依頼しました goes once an
 * approver acts, 承認しました stays while the broadcast it approved is sent.
 */
type Notice = { tone: 'success' | 'error' | 'info'; text: string; statuses: readonly string[] };
const APPROVED_AND_AFTER = ['APPROVED', 'SCHEDULED', 'SENDING', 'SENT', 'PARTIALLY_FAILED'];

/**
 * One broadcast: exactly what goes (the phone's preview), to how many families, who composed and
 * approved it; the composer submits, tests or cancels it, the approver approves or sends it back, and a
 * sending broadcast's figures fill in live.
 */
export function BroadcastPage() {
  const { t } = useTranslation();
  const { id } = useParams({ from: '/$tenant/broadcasts/$id' });
  const { slug, tenant } = useShell();
  const query = useQuery(BROADCAST, { variables: { id } });
  const channels = useQuery(BROADCAST_CHANNELS);
  const b = query.data?.broadcast;
  if (!b) return <QueryProblem error={query.error} onRetry={() => void query.refetch()} />;
  const channel = channels.data?.broadcastChannels?.find((c) => c.id === b.channelId);
  return (
    <article aria-labelledby="broadcast-title" className="flex flex-col gap-4">
      <BroadcastLive id={b.id} />
      <TextLink to="/$tenant/broadcasts" params={{ tenant: slug }} className="self-start">
        {t('broadcasts.page.back')}
      </TextLink>
      <h1 id="broadcast-title" className="text-3xl font-bold">
        {b.title}
      </h1>
      <div className="flex flex-wrap items-center gap-3">
        <BroadcastStatusBadge status={b.status} />
        <span>
          {b.figures?.startedAt
            ? t('broadcasts.page.sentAt', { time: formatDateTime(b.figures.startedAt, tenant.timezone) })
            : goesAt(b)
              ? formatDateTime(goesAt(b) as string, tenant.timezone)
              : t('broadcasts.now')}
        </span>
        <span>{t('broadcasts.page.composedBy', { name: b.composedBy.displayName })}</span>
        {b.approvedBy && <span>{t('broadcasts.page.approvedBy', { name: b.approvedBy.displayName })}</span>}
        {b.cancelledBy && <span>{t('broadcasts.page.cancelledBy', { name: b.cancelledBy.displayName })}</span>}
      </div>
      {b.status === 'DRAFT' && b.rejectedBy && b.rejectionReason && (
        <Alert tone="info">
          {t('broadcasts.page.rejected', { name: b.rejectedBy.displayName, reason: b.rejectionReason })}
        </Alert>
      )}
      <div className="flex flex-wrap items-start gap-8">
        <div className="flex max-w-2xl min-w-[320px] flex-1 flex-col gap-4">
          <Summary b={b} />
          {b.figures && <Figures figures={b.figures} sending={b.status === 'SENDING'} />}
          {b.statistics && <BroadcastStatistics b={b} statistics={b.statistics} />}
          <Actions b={b} />
        </div>
        <LinePreview accountName={channel?.name ?? tenant.nameJa} messages={b.messages} />
      </div>
    </article>
  );
}

function Summary({ b }: { b: BroadcastItemFragment }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="broadcast-summary" className="rounded-12 border border-solid-gray-200 bg-white p-4">
      <h2 id="broadcast-summary" className="mb-2 text-xl font-bold">
        {b.viewerMayApprove ? t('broadcasts.page.approvalHeading') : t('broadcasts.composer.audience')}
      </h2>
      <p className="text-lg font-bold" data-testid="broadcast-reach">
        {b.figures
          ? t('broadcasts.page.frozenLead', { count: b.recipientCount })
          : t('broadcasts.page.approvalLead', { count: b.recipientCount })}
      </p>
      {/* A segment says who in its own words; the composer's choice ("条件で絞り込む") is an instruction. */}
      {b.segment ? (
        <SegmentSummary segment={b.segment} />
      ) : (
        <p>{t(`broadcasts.composer.audiences.${b.audienceKind}`)}</p>
      )}
      {b.notificationDisabled && <p>{t('broadcasts.page.quietOn')}</p>}
    </section>
  );
}

/**
 * A segment as the approver reads it: each group's conditions by the attributes' names (子どもの生年月,
 * not `child_birth_month`; the key only for an attribute removed since), the way they combine.
 */
function SegmentSummary({ segment }: { segment: NonNullable<BroadcastItemFragment['segment']> }) {
  const { t } = useTranslation();
  const { can } = useShell();
  const schema = useQuery(AUDIENCE_SCHEMA, { skip: !can('tenant:audience-schema:read') });
  const labels = new Map((schema.data?.audienceSchema?.attributes ?? []).map((a) => [a.key, a.label]));
  const name = (key: string | null | undefined) => (key ? (labels.get(key) ?? key) : '');
  const condition = (c: NonNullable<BroadcastItemFragment['segment']>['groups'][number]['conditions'][number]) =>
    c.kind === 'TAGS'
      ? t('broadcasts.segment.tags', { tags: (c.tags ?? []).join('、') })
      : c.kind === 'AGE'
        ? t('broadcasts.segment.age', { key: name(c.attributeKey), from: c.ageFrom ?? 0, to: c.ageTo ?? '' })
        : t('broadcasts.segment.choices', { key: name(c.attributeKey), choices: (c.choices ?? []).join('、') });
  return (
    <div className="mt-2" data-testid="broadcast-segment">
      <p className="font-bold">{t(`broadcasts.segment.match.${segment.match}`)}</p>
      <ol className="list-decimal pl-6">
        {segment.groups.map((group, i) => (
          <li key={i}>{group.conditions.map(condition).join(t(`broadcasts.segment.join.${group.match}`))}</li>
        ))}
      </ol>
    </div>
  );
}

function Figures({ figures, sending }: { figures: NonNullable<BroadcastItemFragment['figures']>; sending: boolean }) {
  const { t } = useTranslation();
  // From the stored start and end, to the millisecond: a sandbox's whole broadcast takes under a second.
  const duration = (seconds: number) => {
    const parts = durationParts(seconds);
    return parts.unit === 'underSecond' ? t('broadcasts.page.underSecond') : t(`broadcasts.page.${parts.unit}`, parts);
  };
  const cells: [string, number | string][] = [
    [t('broadcasts.page.audience'), figures.audience],
    [t('broadcasts.page.sent'), figures.sent],
    [t('broadcasts.page.failed'), figures.failed],
    [t('broadcasts.page.skipped'), figures.skipped],
    [t('broadcasts.page.pending'), figures.pending],
    [
      t('broadcasts.page.duration'),
      figures.durationSeconds === null || figures.durationSeconds === undefined
        ? '—'
        : duration(figures.durationSeconds),
    ],
  ];
  return (
    <section aria-labelledby="broadcast-figures" className="rounded-12 border border-solid-gray-200 bg-white p-4">
      <h2 id="broadcast-figures" className="mb-1 text-xl font-bold">
        {t('broadcasts.page.figures')}
      </h2>
      {sending && <p className="mb-3 text-sm text-solid-gray-700">{t('broadcasts.page.live')}</p>}
      <dl className="grid grid-cols-3 gap-3" data-testid="broadcast-figures">
        {cells.map(([label, value]) => (
          <div key={label} className="rounded-8 bg-solid-gray-50 p-3">
            <dt className="text-sm text-solid-gray-700">{label}</dt>
            <dd className="text-2xl font-bold">{value}</dd>
          </div>
        ))}
      </dl>
      {figures.failures.length > 0 && (
        <>
          <h3 className="mt-4 font-bold">{t('broadcasts.page.failures')}</h3>
          <ul className="list-disc pl-6">
            {figures.failures.map((f) => (
              <li key={f.reason}>
                {f.reason}: {t('broadcasts.families', { count: f.count })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Actions({ b }: { b: BroadcastItemFragment }) {
  const { t } = useTranslation();
  const { slug, can } = useShell();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [reason, setReason] = useState('');
  const [submit] = useMutation(SUBMIT_BROADCAST);
  const [approve] = useMutation(APPROVE_BROADCAST);
  const [reject] = useMutation(REJECT_BROADCAST);
  const [cancel] = useMutation(CANCEL_BROADCAST);
  const [sendTest] = useMutation(SEND_TEST_BROADCAST);
  const compose = can('tenant:broadcasts:compose');
  const cancellable = ['DRAFT', 'AWAITING_APPROVAL', 'APPROVED', 'SCHEDULED'].includes(b.status);

  // The action answers its sentence and the statuses it holds in (by default, the broadcast's now).
  const run = async (action: () => Promise<[string, readonly string[]]>) => {
    setNotice(null);
    try {
      const [text, statuses] = await action();
      setNotice({ tone: 'success', text, statuses });
    } catch (error) {
      // The console's sentence for the reason; for a quota, the API's numbers after it.
      const detail =
        reasonOf(error) === 'QUOTA_EXCEEDED'
          ? apiErrors(error)
              .flatMap((e) => e.extensions?.fieldErrors ?? [])
              .flatMap((f) => f.messages)
          : [];
      setNotice({ tone: 'error', text: [messageOf(error), ...detail].join(' '), statuses: [b.status] });
    }
  };

  return (
    <section className="flex flex-col gap-3">
      {notice && notice.statuses.includes(b.status) && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <div className="flex flex-wrap gap-3">
        {compose && b.status === 'DRAFT' && (
          <>
            <TextLink
              to="/$tenant/broadcasts/$id/edit"
              params={{ tenant: slug, id: b.id }}
              className="rounded-8 border border-blue-900 bg-white px-5 py-2.5 font-bold"
            >
              {t('broadcasts.page.edit')}
            </TextLink>
            <Button
              onPress={() =>
                void run(async () => {
                  await submit({ variables: { id: b.id } });
                  return [t('broadcasts.page.submitted'), ['AWAITING_APPROVAL']];
                })
              }
            >
              {t('broadcasts.page.submit')}
            </Button>
          </>
        )}
        {compose && cancellable && (
          <Button
            variant="secondary"
            onPress={() =>
              void run(async () => {
                const result = await sendTest({ variables: { id: b.id } });
                return [
                  t('broadcasts.page.testSent', { count: result.data?.sendTestBroadcast.recipients ?? 0 }),
                  [b.status],
                ];
              })
            }
          >
            {t('broadcasts.page.sendTest')}
          </Button>
        )}
        {b.viewerMayApprove && (
          <Button
            onPress={() =>
              void run(async () => {
                await approve({ variables: { id: b.id } });
                return [t('broadcasts.page.approved'), APPROVED_AND_AFTER];
              })
            }
          >
            {b.scheduledAt && Date.parse(b.scheduledAt) > Date.now() + 60_000
              ? t('broadcasts.page.approveScheduled')
              : t('broadcasts.page.approve')}
          </Button>
        )}
        {compose && cancellable && (
          <Button
            variant="secondary"
            onPress={() =>
              void run(async () => {
                await cancel({ variables: { id: b.id } });
                return [t('broadcasts.page.cancelled'), ['CANCELLED']];
              })
            }
          >
            {t('broadcasts.page.cancel')}
          </Button>
        )}
      </div>
      {b.viewerMayApprove && (
        <form
          className="flex flex-col gap-2 rounded-12 border border-solid-gray-200 bg-white p-4"
          onSubmit={(event) => {
            event.preventDefault();
            void run(async () => {
              await reject({ variables: { id: b.id, reason } });
              setReason('');
              return [t('broadcasts.page.rejected_done'), ['DRAFT']];
            });
          }}
        >
          <label htmlFor="reject-reason" className="font-bold">
            {t('broadcasts.page.rejectReason')}
          </label>
          <textarea
            id="reject-reason"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            rows={2}
            className="rounded-8 border border-solid-gray-600 px-4 py-3"
          />
          <Button type="submit" variant="secondary" className="self-start" isDisabled={!reason.trim()}>
            {t('broadcasts.page.reject')}
          </Button>
        </form>
      )}
    </section>
  );
}
