import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type {
  PartnerReferralDetailFragment,
  ReferralCloseReason,
  ReferralOutcome,
  ReferralStatus,
} from '../../gql/graphql';
import { apiErrors, messageOf } from '../../lib/errors';
import { formatDateTime } from '../../lib/i18n';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextLink } from '../../ui/Link';
import { QueryProblem } from '../../ui/QueryProblem';
import { Select } from '../../ui/Select';
import { ReferralStatusBadge } from '../referrals/ReferralStatusBadge';
import { ReferralNoteForm } from '../referrals/ReferralNoteForm';
import { ReferralTimeline } from '../referrals/ReferralTimeline';
import { SharedFields } from '../records/values';
import { useShell } from '../shell/useShell';
import { DaysLeft } from './DaysLeft';
import { formatDay } from './format';
import {
  ACCEPT_REFERRAL,
  CLOSE_REFERRAL,
  COMPLETE_REFERRAL,
  DECLINE_REFERRAL,
  PARTNER_REFERRAL,
  START_REFERRAL,
} from './queries';

const OUTCOMES: ReferralOutcome[] = ['GOT_HELP', 'PARTIALLY_HELPED', 'NOT_HELPED'];
// CONSENT_WITHDRAWN is the system's, recorded when the family withdraws consent.
const CLOSE_REASONS: ReferralCloseReason[] = ['COULD_NOT_CONTACT', 'NOT_ELIGIBLE', 'NO_CAPACITY', 'FAMILY_WITHDREW'];

const INPUT =
  'rounded-8 border border-solid-gray-600 bg-white px-3 py-2 focus:outline-4 focus:outline-offset-2 focus:outline-focus-yellow aria-invalid:border-2 aria-invalid:border-error-1';

/** One referral as the partner agency reads and answers it: what was shared, what to do next, and who did what. */
export function PartnerReferralPage() {
  const { t } = useTranslation();
  const { id } = useParams({ from: '/$tenant/referrals/$id' });
  const { slug, tenant } = useShell();
  const referral = useQuery(PARTNER_REFERRAL, { variables: { id } });
  const r = referral.data?.referral;
  return (
    <article aria-labelledby="referral-title" className="flex max-w-3xl flex-col gap-4">
      <TextLink to="/$tenant/referrals" params={{ tenant: slug }} className="self-start">
        {t('partner.back')}
      </TextLink>
      <h1 id="referral-title" className="text-3xl font-bold">
        {t('partner.detailTitle')}
      </h1>
      {!r ? (
        <QueryProblem error={referral.error} onRetry={() => void referral.refetch()} />
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-3">
            <ReferralStatusBadge status={r.status} />
            {r.overdue && <span className="font-bold text-error-2">{t('referral.overdue')}</span>}
          </div>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-12 border border-solid-gray-200 bg-white p-4">
            <dt className="font-bold text-solid-gray-700">{t('partner.family')}</dt>
            <dd>{r.familyDisplayName ?? t('partner.notShared')}</dd>
            <dt className="font-bold text-solid-gray-700">{t('partner.to')}</dt>
            <dd>{r.partnerOrganization.name}</dd>
            {r.sentAt && (
              <>
                <dt className="font-bold text-solid-gray-700">{t('partner.received')}</dt>
                <dd>{formatDateTime(r.sentAt, tenant.timezone)}</dd>
              </>
            )}
            {r.respondBy && (
              <>
                <dt className="font-bold text-solid-gray-700">{t('partner.deadline')}</dt>
                <dd>
                  {formatDay(r.respondBy)} <DaysLeft referral={r} />
                </dd>
              </>
            )}
          </dl>
          <Shared referral={r} />
          <Respond key={r.id} referral={r} />
          <ReferralNoteForm key={`note-${r.id}`} referralId={r.id} status={r.status} />
          <ReferralTimeline steps={r.timeline} timeZone={tenant.timezone} />
        </>
      )}
    </article>
  );
}

/** The snapshot the counsellor chose to share when sending: never the conversation itself. */
function Shared({ referral: r }: { referral: PartnerReferralDetailFragment }) {
  const { t } = useTranslation();
  const { tenant } = useShell();
  return (
    <section aria-labelledby="shared-title" className="rounded-12 border border-solid-gray-200 bg-white p-4">
      <h2 id="shared-title" className="mb-2 text-xl font-bold">
        {t('partner.shared')}
      </h2>
      {!r.shareActive ? (
        <Alert tone="info">{t('partner.withdrawn')}</Alert>
      ) : (
        <>
          <h3 className="font-bold text-solid-gray-800">{t('partner.summary')}</h3>
          <p className="mb-4 whitespace-pre-wrap">{r.summary}</p>
          {r.sharedAssessmentFields.length > 0 && (
            <>
              <h3 className="mb-1 font-bold text-solid-gray-800">{t('records.share.shared')}</h3>
              <div className="mb-4" data-testid="shared-assessment">
                <SharedFields fields={r.sharedAssessmentFields} />
              </div>
            </>
          )}
          <h3 id="shared-messages" className="font-bold text-solid-gray-800">
            {t('partner.messages')}
          </h3>
          {r.sharedMessages.length === 0 ? (
            <p className="text-solid-gray-700">{t('partner.noMessages')}</p>
          ) : (
            <ul aria-labelledby="shared-messages" className="flex flex-col gap-2">
              {r.sharedMessages.map((m, index) => (
                <li key={index} className="rounded-8 bg-solid-gray-50 px-3 py-2">
                  <span className="text-sm font-bold text-solid-gray-800">
                    {m.direction === 'in' ? t('partner.fromFamily') : t('partner.fromDesk')}
                  </span>
                  <time dateTime={m.sentAt} className="ml-2 text-sm text-solid-gray-700">
                    {formatDateTime(m.sentAt, tenant.timezone)}
                  </time>
                  <p className="whitespace-pre-wrap">{m.text}</p>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

type Form = 'DECLINED' | 'COMPLETED' | 'CLOSED';

/**
 * The partner's next steps, as the API allows them (`nextStatuses`): accept or decline with a reason,
 * start, complete with an outcome, close with a reason. After each, focus moves to what happened, so
 * keyboard and screen-reader users are not left on a button that is gone.
 */
function Respond({ referral: r }: { referral: PartnerReferralDetailFragment }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form | null>(null);
  const [done, setDone] = useState<ReferralStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<ReferralOutcome | ''>('');
  const [closeReason, setCloseReason] = useState<ReferralCloseReason>('COULD_NOT_CONTACT');
  const [busy, setBusy] = useState(false);
  const result = useRef<HTMLDivElement>(null);
  const [accept] = useMutation(ACCEPT_REFERRAL);
  const [decline] = useMutation(DECLINE_REFERRAL);
  const [start] = useMutation(START_REFERRAL);
  const [complete] = useMutation(COMPLETE_REFERRAL);
  const [close] = useMutation(CLOSE_REFERRAL);

  useEffect(() => {
    if (done) result.current?.focus();
  }, [done]);

  const next = r.nextStatuses.filter((s) => s !== 'RECALLED');
  const open = (which: Form) => {
    setForm(which);
    setError(null);
    setFieldErrors({});
    setText('');
    setNote('');
  };

  const run = async (status: ReferralStatus, action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      await action();
      setForm(null);
      setDone(status);
    } catch (e) {
      const fields: Record<string, string> = {};
      for (const problem of apiErrors(e)) {
        for (const f of problem.extensions?.fieldErrors ?? [])
          fields[f.field.split('.').pop() ?? ''] = f.messages.join(' ');
      }
      setFieldErrors(fields);
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = r.id;
    const trimmedNote = note.trim() || undefined;
    if (form === 'DECLINED') {
      if (!text.trim()) return setFieldErrors({ reason: t('errors.required') });
      void run('DECLINED', () => decline({ variables: { input: { id, reason: text.trim() } } }));
    } else if (form === 'COMPLETED') {
      if (!outcome) return setFieldErrors({ outcome: t('partner.chooseOutcome') });
      void run('COMPLETED', () => complete({ variables: { input: { id, outcome, note: trimmedNote } } }));
    } else if (form === 'CLOSED') {
      void run('CLOSED', () => close({ variables: { input: { id, reason: closeReason, note: trimmedNote } } }));
    }
  };

  const noteField = (
    <Field label={t('partner.note')} hint={t('partner.noteHint')} error={fieldErrors['note']}>
      {(props) => (
        <textarea {...props} value={note} rows={3} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      )}
    </Field>
  );

  return (
    <section aria-labelledby="respond-title" className="rounded-12 border border-solid-gray-200 bg-white p-4">
      <h2 id="respond-title" className="mb-3 text-xl font-bold">
        {t('partner.actions')}
      </h2>
      {done && (
        <div ref={result} tabIndex={-1} className="mb-3 outline-none">
          <Alert tone="success">{t(`partner.done.${done}`)}</Alert>
        </div>
      )}
      {error && !Object.keys(fieldErrors).length && (
        <div className="mb-3">
          <Alert>{error}</Alert>
        </div>
      )}
      {form === null ? (
        next.length === 0 ? (
          <p className="text-solid-gray-700">{t('partner.noAction')}</p>
        ) : (
          <div className="flex flex-wrap gap-3">
            {next.includes('ACCEPTED') && (
              <Button
                isDisabled={busy}
                onPress={() => void run('ACCEPTED', () => accept({ variables: { input: { id: r.id } } }))}
              >
                {t('partner.accept')}
              </Button>
            )}
            {next.includes('IN_PROGRESS') && (
              <Button
                isDisabled={busy}
                onPress={() => void run('IN_PROGRESS', () => start({ variables: { input: { id: r.id } } }))}
              >
                {t('partner.start')}
              </Button>
            )}
            {next.includes('COMPLETED') && <Button onPress={() => open('COMPLETED')}>{t('partner.complete')}</Button>}
            {next.includes('DECLINED') && (
              <Button variant="secondary" onPress={() => open('DECLINED')}>
                {t('partner.decline')}
              </Button>
            )}
            {next.includes('CLOSED') && (
              <Button variant="secondary" onPress={() => open('CLOSED')}>
                {t('partner.close')}
              </Button>
            )}
          </div>
        )
      ) : (
        <form onSubmit={submit} noValidate className="flex flex-col gap-4">
          {form === 'DECLINED' && (
            <Field label={t('partner.declineReason')} hint={t('partner.declineHint')} error={fieldErrors['reason']}>
              {(props) => (
                <textarea
                  {...props}
                  autoFocus
                  value={text}
                  rows={3}
                  maxLength={2000}
                  onChange={(e) => setText(e.target.value)}
                />
              )}
            </Field>
          )}
          {form === 'COMPLETED' && (
            <>
              <fieldset aria-describedby={fieldErrors['outcome'] ? 'outcome-error' : undefined}>
                <legend className="mb-1 font-bold text-solid-gray-800">{t('partner.outcome')}</legend>
                <div className="flex flex-col gap-1">
                  {OUTCOMES.map((o, index) => (
                    <label key={o} className="flex items-center gap-2">
                      <input
                        type="radio"
                        name="outcome"
                        value={o}
                        autoFocus={index === 0}
                        checked={outcome === o}
                        onChange={() => setOutcome(o)}
                        aria-invalid={Boolean(fieldErrors['outcome'])}
                        className="size-4 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow"
                      />
                      {t(`referral.reason.${o}`)}
                    </label>
                  ))}
                </div>
                {fieldErrors['outcome'] && (
                  <p id="outcome-error" className="text-sm text-error-2">
                    {fieldErrors['outcome']}
                  </p>
                )}
              </fieldset>
              {noteField}
            </>
          )}
          {form === 'CLOSED' && (
            <>
              <Select
                label={t('partner.closeReason')}
                value={closeReason}
                onChange={(value) => setCloseReason(value as ReferralCloseReason)}
                options={CLOSE_REASONS.map((reason) => ({ value: reason, label: t(`referral.reason.${reason}`) }))}
              />
              {noteField}
            </>
          )}
          <div className="flex flex-wrap gap-3">
            <Button type="submit" isDisabled={busy}>
              {t(
                form === 'DECLINED'
                  ? 'partner.declineSubmit'
                  : form === 'COMPLETED'
                    ? 'partner.completeSubmit'
                    : 'partner.closeSubmit',
              )}
            </Button>
            <Button variant="secondary" onPress={() => setForm(null)}>
              {t('partner.cancel')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

/** A labelled multi-line field with its hint and its error (ours or the API's) tied to it. */
function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint: string;
  error?: string;
  children: (props: {
    id: string;
    className: string;
    'aria-invalid': boolean;
    'aria-describedby': string;
  }) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-bold text-solid-gray-800">
        {label}
      </label>
      {children({
        id,
        className: INPUT,
        'aria-invalid': Boolean(error),
        'aria-describedby': `${id}-hint${error ? ` ${id}-error` : ''}`,
      })}
      <span id={`${id}-hint`} className="text-sm text-solid-gray-700">
        {hint}
      </span>
      {error && (
        <span id={`${id}-error`} className="text-sm text-error-2">
          {error}
        </span>
      )}
    </div>
  );
}
