import './locale';
import { useState, type FormEvent } from 'react';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Input, Label, Text, TextField } from 'react-aria-components';
import type { AuditEventFilter, AuditEventRowFragment } from '../../gql/graphql';
import { downloadWithToken } from '../../lib/download';
import { messageOf } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { QueryProblem } from '../../ui/QueryProblem';
import {
  EXPORT_PLATFORM_EVENTS,
  EXPORT_TENANT_EVENTS,
  PLATFORM_AUDIT_EVENTS,
  TENANT_AUDIT_EVENTS,
  VERIFY_PLATFORM_CHAIN,
  VERIFY_TENANT_CHAIN,
} from './queries';

/** Which chain a page shows: its tenant's (under `/$tenant`) or the platform's (under `/platform`). */
export type AuditScope = 'tenant' | 'platform';

const DOCUMENTS = {
  tenant: { list: TENANT_AUDIT_EVENTS, verify: VERIFY_TENANT_CHAIN, export: EXPORT_TENANT_EVENTS },
  platform: { list: PLATFORM_AUDIT_EVENTS, verify: VERIFY_PLATFORM_CHAIN, export: EXPORT_PLATFORM_EVENTS },
} as const;

interface Props {
  scope: AuditScope;
  /** The zone the reader's dates are in: the tenant's, or Japan for the platform. */
  timeZone: string;
  canExport: boolean;
}

interface Draft {
  action: string;
  from: string;
  to: string;
}

const EMPTY: Draft = { action: '', from: '', to: '' };

/**
 * An audit trail: filters (action, actor, dates), the events newest first with people's names, a
 * check of the chain and a CSV export. The same screen for a tenant's trail and the platform's.
 */
export function AuditTrail({ scope, timeZone, canExport }: Props) {
  const { t, i18n } = useTranslation();
  const documents = DOCUMENTS[scope];
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [applied, setApplied] = useState<Draft>(EMPTY);
  const [actor, setActor] = useState<{ id: string; name: string } | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const filter: AuditEventFilter = {
    action: applied.action.trim() || null,
    actorUserId: actor?.id ?? null,
    from: applied.from ? startOfDay(applied.from, timeZone).toISOString() : null,
    to: applied.to ? startOfDay(nextDay(applied.to), timeZone).toISOString() : null,
  };
  const events = useQuery(documents.list, { variables: { filter }, fetchPolicy: 'network-only' });
  const [verify, verification] = useLazyQuery(documents.verify, { fetchPolicy: 'network-only' });
  const [exportEvents, exporting] = useMutation(documents.export);
  const [exportState, setExportState] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (draft.from && draft.to && draft.to < draft.from) {
      setDateError(t('audit.badDates'));
      return;
    }
    setDateError(null);
    setApplied(draft);
  };
  const clear = () => {
    setDraft(EMPTY);
    setApplied(EMPTY);
    setActor(null);
    setDateError(null);
  };
  const download = async () => {
    setExportState(null);
    try {
      const { data } = await exportEvents({ variables: { input: { filter } } });
      if (!data) throw new Error('no link');
      await downloadWithToken(data.link.url, `audit-${scope}.csv`);
      setExportState({ tone: 'success', text: t('audit.exported') });
    } catch (error) {
      setExportState({ tone: 'error', text: messageOf(error) });
    }
  };
  const more = () => {
    const after = events.data?.auditEvents?.pageInfo.endCursor;
    if (!after) return;
    void events.fetchMore({
      variables: { filter, after },
      updateQuery: (previous, { fetchMoreResult }) =>
        previous.auditEvents && fetchMoreResult.auditEvents
          ? {
              auditEvents: {
                ...fetchMoreResult.auditEvents,
                edges: [...previous.auditEvents.edges, ...fetchMoreResult.auditEvents.edges],
              },
            }
          : fetchMoreResult,
    });
  };

  const result = verification.data?.verification;
  const rows = events.data?.auditEvents?.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t(scope === 'tenant' ? 'audit.title' : 'audit.platformTitle')}</h1>
      <p className="mb-6 text-solid-gray-700">{t(scope === 'tenant' ? 'audit.intro' : 'audit.platformIntro')}</p>

      <section aria-labelledby="audit-filters" className="mb-6 rounded-12 border border-solid-gray-200 bg-white p-6">
        <h2 id="audit-filters" className="mb-4 text-xl font-bold">
          {t('audit.filters')}
        </h2>
        <form onSubmit={apply} className="flex flex-col gap-4">
          <div className="grid gap-4 md:grid-cols-[2fr_1fr_1fr]">
            <Field
              label={t('audit.action')}
              description={t('audit.actionHint')}
              value={draft.action}
              onChange={(action) => setDraft({ ...draft, action })}
            />
            <Field
              label={t('audit.from')}
              type="date"
              value={draft.from}
              onChange={(from) => setDraft({ ...draft, from })}
            />
            <Field label={t('audit.to')} type="date" value={draft.to} onChange={(to) => setDraft({ ...draft, to })} />
          </div>
          {dateError && <Alert>{dateError}</Alert>}
          {actor && (
            <p className="flex items-center gap-3">
              <span className="rounded-8 bg-blue-50 px-3 py-1 text-blue-1000">
                {t('audit.actorFilter', { name: actor.name })}
              </span>
              <Button variant="text" onPress={() => setActor(null)}>
                {t('audit.removeActor')}
              </Button>
            </p>
          )}
          <div className="flex flex-wrap gap-3">
            <Button type="submit">{t('audit.apply')}</Button>
            <Button variant="secondary" onPress={clear}>
              {t('audit.clear')}
            </Button>
          </div>
        </form>
      </section>

      <section aria-label={t('audit.verify')} className="mb-6 flex flex-col gap-3">
        <div className="flex flex-wrap gap-3">
          <Button variant="secondary" onPress={() => void verify()} isDisabled={verification.loading}>
            {verification.loading ? t('audit.verifying') : t('audit.verify')}
          </Button>
          {canExport && (
            <Button variant="secondary" onPress={() => void download()} isDisabled={exporting.loading}>
              {exporting.loading ? t('audit.exporting') : t('audit.export')}
            </Button>
          )}
        </div>
        {verification.error && <Alert>{messageOf(verification.error)}</Alert>}
        {result &&
          (result.ok ? (
            <Alert tone="success">{t('audit.intact', { checked: result.checked })}</Alert>
          ) : (
            <Alert>{t('audit.broken', { seq: result.brokenAt, checked: result.checked })}</Alert>
          ))}
        {exportState && <Alert tone={exportState.tone}>{exportState.text}</Alert>}
      </section>

      {!events.data?.auditEvents ? (
        <QueryProblem error={events.error} onRetry={() => void events.refetch()} />
      ) : rows.length === 0 ? (
        <p>{t('audit.none')}</p>
      ) : (
        <>
          <div className="overflow-x-auto rounded-12 border border-solid-gray-200 bg-white">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t(scope === 'tenant' ? 'audit.title' : 'audit.platformTitle')}</caption>
              <thead className="bg-solid-gray-50">
                <tr>
                  <th scope="col" className="px-4 py-3">
                    {t('audit.occurredAt')}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t('audit.actor')}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t('audit.event')}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t('audit.subject')}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t('audit.details')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((event) => (
                  <EventRow
                    key={event.id}
                    event={event}
                    when={formatInstant(event.occurredAt, timeZone, i18n.language)}
                    onActor={setActor}
                  />
                ))}
              </tbody>
            </table>
          </div>
          {events.data.auditEvents.pageInfo.hasNextPage && (
            <Button variant="secondary" className="mt-4" onPress={more}>
              {t('audit.more')}
            </Button>
          )}
        </>
      )}
    </>
  );
}

function EventRow({
  event,
  when,
  onActor,
}: {
  event: AuditEventRowFragment;
  when: string;
  onActor: (actor: { id: string; name: string }) => void;
}) {
  const { t, i18n } = useTranslation();
  // A person the reader may not see by name (a former member, an address typed at sign-in) shows as
  // the email recorded at the time.
  const actorName = event.actorName ?? (event.actorLabel === 'system' ? t('audit.system') : event.actorLabel);
  const actionKey = `audit.actions.${event.action.replace(/\./g, '_')}`;
  const actionLabel = i18n.exists(actionKey) ? t(actionKey) : null;
  const subject = event.subjectName ?? (event.targetType ? `${event.targetType} ${event.targetId ?? ''}` : '—');
  return (
    <tr className="border-t border-solid-gray-200 align-top">
      <td className="px-4 py-3 whitespace-nowrap">
        <time dateTime={event.occurredAt}>{when}</time>
      </td>
      <td className="px-4 py-3">
        <span className="font-bold">{actorName}</span>
        {event.actorName && <span className="block text-solid-gray-700">{event.actorLabel}</span>}
        {event.actorUserId && (
          <Button
            variant="text"
            className="text-sm"
            onPress={() => onActor({ id: event.actorUserId as string, name: actorName })}
          >
            {t('audit.onlyThisActor', { name: actorName })}
          </Button>
        )}
      </td>
      <td className="px-4 py-3">
        {actionLabel && <span className="block font-bold">{actionLabel}</span>}
        <code className="text-solid-gray-800">{event.action}</code>
      </td>
      <td className="px-4 py-3 break-all">{subject}</td>
      <td className="px-4 py-3 font-mono text-xs break-all text-solid-gray-800">{event.details ?? '—'}</td>
    </tr>
  );
}

function Field({
  label,
  description,
  value,
  onChange,
  type = 'text',
}: {
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date';
}) {
  return (
    <TextField value={value} onChange={onChange} type={type} className="flex flex-col gap-1">
      <Label className="font-bold text-solid-gray-800">{label}</Label>
      {description && (
        <Text slot="description" className="text-sm text-solid-gray-700">
          {description}
        </Text>
      )}
      <Input className="rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-base text-solid-gray-900 focus:outline-4 focus:outline-offset-2 focus:outline-focus-yellow" />
    </TextField>
  );
}

/** An instant with seconds, in the reader's zone: an audit trail is read to the second. */
function formatInstant(value: string, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ja-JP', {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'medium',
  }).format(new Date(value));
}

/** `2026-04-01` → `2026-04-02`. */
function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** The instant a calendar day starts in `timeZone`. */
function startOfDay(date: string, timeZone: string): Date {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  const local = new Date(utcMidnight.toLocaleString('en-US', { timeZone }));
  const utc = new Date(utcMidnight.toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(utcMidnight.getTime() - (local.getTime() - utc.getTime()));
}
