import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/i18n';
import { messageOf } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextLink } from '../../ui/Link';
import { QueryProblem } from '../../ui/QueryProblem';
import { Select } from '../../ui/Select';
import { useShell } from '../shell/useShell';
import { AssessmentForm } from './AssessmentForm';
import { MigrationPreview } from './MigrationPreview';
import type { CaseHistoryQuery } from '../../gql/graphql';
import { formatDay } from '../partner/format';
import { versionOf, type Version } from './definition';
import { readable, shownText, ShownValue } from './values';
import { CASE_HISTORY, CASE_RECORD, UPDATE_CASE } from './queries';

type Editing = { kind: 'new'; version: Version } | { kind: 'edit'; id: string } | null;

/** A family's case: its status and review date, its assessments (each on its own version), its history. */
export default function CasePage() {
  const { t } = useTranslation();
  const { id } = useParams({ from: '/$tenant/cases/$id' });
  const { slug, tenant, can } = useShell();
  const writes = can('tenant:case-records:write');
  const query = useQuery(CASE_RECORD, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const history = useQuery(CASE_HISTORY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const record = query.data?.caseRecord;
  const changes = history.data?.caseRecordHistory;
  if (!record) return <QueryProblem error={query.error} onRetry={() => void query.refetch()} />;
  const templates = query.data?.assessmentTemplates ?? [];
  const refresh = async () => {
    await Promise.all([query.refetch(), history.refetch()]);
  };
  const editingAssessment = editing?.kind === 'edit' ? record.assessments.find((a) => a.id === editing.id) : undefined;
  const editingVersion =
    editing?.kind === 'new' ? editing.version : editingAssessment ? versionOf(editingAssessment.templateVersion) : null;

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">
        {t('records.case.title', { name: record.familyName ?? t('records.list.unknownFamily') })}
      </h1>
      {record.conversationId && (
        <p className="mb-6">
          <TextLink to="/$tenant/inbox/conversations/$id" params={{ tenant: slug, id: record.conversationId }}>
            {t('records.case.conversation')}
          </TextLink>
        </p>
      )}
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <div className="flex flex-col gap-8">
        <CaseSettings
          key={`${record.status}-${record.risk}-${record.nextReviewOn}-${record.responsibleUserId}`}
          record={record}
          counsellors={query.data?.counsellors ?? []}
          disabled={!writes}
          onSaved={async (ok, text) => {
            setNotice({ tone: ok ? 'success' : 'error', text });
            if (ok) await history.refetch();
          }}
        />
        <section aria-labelledby="case-assessments" className="rounded-12 border border-solid-gray-200 bg-white p-6">
          <h2 id="case-assessments" className="mb-4 text-xl font-bold">
            {t('records.case.assessments')}
          </h2>
          {editing && editingVersion ? (
            <AssessmentForm
              caseRecordId={record.id}
              assessmentId={editing.kind === 'edit' ? editing.id : undefined}
              version={editingVersion}
              initial={(editingAssessment?.values as Record<string, unknown> | undefined) ?? {}}
              onCancel={() => setEditing(null)}
              onDone={() => {
                setEditing(null);
                setNotice({ tone: 'success', text: t('records.form.saved') });
                void refresh();
              }}
            />
          ) : (
            <>
              {writes &&
                templates.map((template) => (
                  <Button
                    key={template.id}
                    className="mb-4"
                    onPress={() => setEditing({ kind: 'new', version: versionOf(template.latestVersion) })}
                  >
                    {t('records.case.newAssessment')}（{template.name}）
                  </Button>
                ))}
              {record.assessments.length === 0 && <p>{t('records.case.noAssessments')}</p>}
              <ul className="flex flex-col gap-4">
                {record.assessments.map((assessment) => (
                  <li
                    key={assessment.id}
                    className="rounded-8 border border-solid-gray-200 p-4"
                    data-testid="assessment"
                  >
                    <p className="text-sm text-solid-gray-700">
                      {t('records.case.writtenBy', {
                        date: formatDateTime(assessment.createdAt, tenant.timezone),
                        name: assessment.createdByName ?? '—',
                        template: assessment.templateVersion.templateName,
                        version: assessment.templateVersion.version,
                      })}
                    </p>
                    <AssessmentValues
                      version={versionOf(assessment.templateVersion)}
                      values={assessment.values as Record<string, unknown>}
                    />
                    {writes && (
                      <Button variant="secondary" onPress={() => setEditing({ kind: 'edit', id: assessment.id })}>
                        {t('records.case.edit')}
                      </Button>
                    )}
                    {writes &&
                      templates.some(
                        (x) =>
                          x.id === assessment.templateVersion.templateId &&
                          x.latestVersion.version > assessment.templateVersion.version,
                      ) && (
                        <MigrationPreview
                          assessmentId={assessment.id}
                          onDone={() => {
                            setNotice({ tone: 'success', text: t('records.migration.done') });
                            void refresh();
                          }}
                        />
                      )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section aria-labelledby="case-history" className="rounded-12 border border-solid-gray-200 bg-white p-6">
          <h2 id="case-history" className="mb-4 text-xl font-bold">
            {t('records.case.history')}
          </h2>
          {!changes ? (
            <QueryProblem error={history.error} onRetry={() => void history.refetch()} />
          ) : changes.edges.length === 0 ? (
            <p>{t('records.case.noHistory')}</p>
          ) : (
            <ul className="flex flex-col gap-1 text-sm" aria-label={t('records.case.history')}>
              {changes.edges.map(({ node }) => (
                <li key={node.id}>
                  <span className="text-solid-gray-700">
                    {formatDateTime(node.changedAt, tenant.timezone)} {node.actorName ?? ''}
                  </span>{' '}
                  <ChangeLine change={node} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}

type Change = NonNullable<CaseHistoryQuery['caseRecordHistory']>['edges'][number]['node'];

/** A change in words: where it is (section, field, row and column, or the case's own settings) and its values read. */
function ChangeLine({ change }: { change: Change }) {
  const { t } = useTranslation();
  const empty = t('records.case.empty');
  const value = (shown: unknown): string => {
    switch (change.field) {
      case 'status':
        return typeof shown === 'string' ? t(`records.status.${shown.toUpperCase()}`) : empty;
      case 'risk':
        return shown == null ? empty : t(`records.risk.${String(shown)}`);
      case 'nextReviewOn':
        return typeof shown === 'string' ? formatDay(shown) : empty;
      default:
        return shownText(change.kind, shown, t) ?? empty;
    }
  };
  if (change.field === 'assessment') {
    return <>{t('records.history.added', { template: change.label ?? '', version: change.afterShown })}</>;
  }
  if (change.field === 'templateVersion') {
    return (
      <>
        {t('records.history.moved', {
          template: change.label ?? '',
          from: change.beforeShown,
          to: change.afterShown,
        })}
      </>
    );
  }
  const settings: Record<string, string> = {
    status: t('records.card.status'),
    risk: t('records.card.risk'),
    nextReviewOn: t('records.card.nextReview'),
    responsibleUserId: t('records.card.responsible'),
  };
  const where = change.label
    ? [
        change.section && change.section !== change.label ? `${change.section} › ${change.label}` : change.label,
        change.row ? `${t('records.form.row', { n: change.row })} ${change.column ?? ''}` : null,
      ]
        .filter(Boolean)
        .join(' ')
    : (settings[change.field] ?? change.field);
  return (
    <>
      {t('records.case.changed', { field: where, before: value(change.beforeShown), after: value(change.afterShown) })}
    </>
  );
}

/** An assessment's values under its version's labels: choices by their labels, tables as tables. */
function AssessmentValues({ version, values }: { version: Version; values: Record<string, unknown> }) {
  return (
    <dl className="my-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {version.sections.flatMap((section) =>
        section.fields.map((field) => (
          <div key={field.key} className="contents">
            <dt className="font-bold text-solid-gray-700">{field.label}</dt>
            <dd className="whitespace-pre-wrap">
              <ShownValue kind={field.kind} value={readable(field, values[field.key])} columns={field.columns} />
            </dd>
          </div>
        )),
      )}
    </dl>
  );
}

function CaseSettings({
  record,
  counsellors,
  disabled,
  onSaved,
}: {
  record: {
    id: string;
    status: string;
    risk?: number | null;
    nextReviewOn?: string | null;
    responsibleUserId?: string | null;
  };
  counsellors: { id: string; displayName: string }[];
  disabled: boolean;
  onSaved: (ok: boolean, text: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState(record.status);
  const [risk, setRisk] = useState(record.risk == null ? '' : String(record.risk));
  const [nextReviewOn, setNextReviewOn] = useState(record.nextReviewOn ?? '');
  const [responsible, setResponsible] = useState(record.responsibleUserId ?? '');
  const [update, updating] = useMutation(UPDATE_CASE);
  const save = async () => {
    try {
      await update({
        variables: {
          input: {
            id: record.id,
            status: status as 'OPEN' | 'MONITORING' | 'CLOSED',
            risk: risk === '' ? null : Number(risk),
            nextReviewOn: nextReviewOn === '' ? null : nextReviewOn,
            responsibleUserId: responsible === '' ? null : responsible,
          },
        },
      });
      await onSaved(true, t('records.case.saved'));
    } catch (error) {
      await onSaved(false, messageOf(error));
    }
  };
  return (
    <section aria-labelledby="case-settings" className="rounded-12 border border-solid-gray-200 bg-white p-6">
      <h2 id="case-settings" className="mb-4 text-xl font-bold">
        {t('records.case.settings')}
      </h2>
      <form
        className="flex flex-wrap items-end gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Select
          label={t('records.card.status')}
          value={status}
          disabled={disabled}
          onChange={setStatus}
          options={['OPEN', 'MONITORING', 'CLOSED'].map((s) => ({ value: s, label: t(`records.status.${s}`) }))}
        />
        <Select
          label={t('records.card.risk')}
          value={risk}
          disabled={disabled}
          onChange={setRisk}
          options={[
            { value: '', label: '—' },
            ...['0', '1', '2', '3'].map((r) => ({ value: r, label: t(`records.risk.${r}`) })),
          ]}
        />
        <Select
          label={t('records.card.responsible')}
          value={responsible}
          disabled={disabled}
          onChange={setResponsible}
          options={[{ value: '', label: '—' }, ...counsellors.map((c) => ({ value: c.id, label: c.displayName }))]}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="case-next-review" className="text-sm font-bold text-solid-gray-800">
            {t('records.card.nextReview')}
          </label>
          <input
            id="case-next-review"
            type="date"
            value={nextReviewOn}
            disabled={disabled}
            onChange={(e) => setNextReviewOn(e.target.value)}
            className="rounded-8 border border-solid-gray-600 bg-white px-2 py-2 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow"
          />
        </div>
        {!disabled && (
          <Button type="submit" isDisabled={updating.loading}>
            {t('records.case.save')}
          </Button>
        )}
      </form>
    </section>
  );
}
