import './locale';
import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CounsellorTaskStatus, CounsellorTasksQuery } from '../../gql/graphql';
import { messageOf } from '../../lib/errors';
import { formatDateTime } from '../../lib/i18n';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextLink } from '../../ui/Link';
import { QueryProblem } from '../../ui/QueryProblem';
import { useShell } from '../shell/useShell';
import { COMPLETE_TASK, COUNSELLOR_TASKS, TAKE_TASK } from './queries';

type Task = NonNullable<CounsellorTasksQuery['counsellorTasks']>['tasks'][number];

/** A counsellor's tasks: their own and the unassigned open ones (urgent first, unmistakably), or the done ones. */
export default function CounsellorTasksPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<CounsellorTaskStatus>('OPEN');
  const query = useQuery(COUNSELLOR_TASKS, { variables: { status } });
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const list = query.data?.counsellorTasks;
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('tasks.title')}</h1>
      <p className="mb-4 text-solid-gray-700">{t('tasks.lead')}</p>
      <div className="mb-4 flex flex-wrap items-center gap-4">
        <div role="group" aria-label={t('tasks.title')} className="flex gap-2">
          {(['OPEN', 'DONE'] as const).map((s) => (
            <Button
              key={s}
              variant={s === status ? 'primary' : 'secondary'}
              aria-pressed={s === status}
              onPress={() => setStatus(s)}
            >
              {t(s === 'OPEN' ? 'tasks.showOpen' : 'tasks.showDone')}
            </Button>
          ))}
        </div>
        {list && (
          <p className="font-bold" data-testid="task-counts">
            {t('tasks.counts', { mine: list.openMine, unassigned: list.openUnassigned })}
          </p>
        )}
      </div>
      {notice && (
        <div className="mb-4">
          <Alert tone={notice.tone}>{notice.text}</Alert>
        </div>
      )}
      {!list ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : list.tasks.length === 0 ? (
        <p>{t(status === 'OPEN' ? 'tasks.none' : 'tasks.noneDone')}</p>
      ) : (
        <ul className="flex flex-col gap-4" data-testid="tasks">
          {list.tasks.map((task) => (
            <TaskCard key={task.id} task={task} onNotice={setNotice} />
          ))}
        </ul>
      )}
    </>
  );
}

function TaskCard({
  task,
  onNotice,
}: {
  task: Task;
  onNotice: (notice: { tone: 'success' | 'error'; text: string } | null) => void;
}) {
  const { t } = useTranslation();
  const { slug, tenant } = useShell();
  const noteId = useId();
  const [note, setNote] = useState('');
  const refetch = { refetchQueries: ['CounsellorTasks', 'UnreadNotificationCount', 'Notifications'] };
  const [take, taking] = useMutation(TAKE_TASK, refetch);
  const [complete, completing] = useMutation(COMPLETE_TASK, refetch);
  const urgent = task.urgency === 'URGENT';
  const open = task.status === 'OPEN';
  const act = async (fn: () => Promise<unknown>, success?: string) => {
    onNotice(null);
    try {
      await fn();
      if (success) onNotice({ tone: 'success', text: success });
    } catch (error) {
      onNotice({ tone: 'error', text: t('tasks.failed', { message: messageOf(error) }) });
    }
  };
  return (
    <li
      className={`rounded-12 border p-4 ${
        urgent && open ? 'border-4 border-error-1 bg-red-50' : 'border-solid-gray-300 bg-white'
      }`}
      data-testid={`task-${task.id}`}
      data-urgency={task.urgency}
    >
      <div className="mb-2 flex flex-wrap items-center gap-3">
        <span
          className={`rounded-full px-3 py-1 text-sm font-bold ${
            urgent ? 'bg-error-1 text-white' : 'bg-yellow-300 text-solid-gray-900'
          }`}
        >
          {urgent && <span aria-hidden="true">⚠ </span>}
          {t(`tasks.urgency.${task.urgency}`)}
        </span>
        <h2 className="text-lg font-bold">{task.title}</h2>
      </div>
      <dl className="mb-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-bold">{t('tasks.family')}</dt>
        <dd>{task.familyLabel}</dd>
        {task.detail && (
          <>
            <dt className="font-bold">{t('tasks.detail')}</dt>
            <dd>「{task.detail}」</dd>
          </>
        )}
      </dl>
      <p className="text-sm text-solid-gray-700">
        {t('tasks.raisedBy', {
          name: task.createdBy?.displayName ?? '—',
          at: formatDateTime(task.createdAt, tenant.timezone),
        })}
        {'　'}
        {task.assignee ? t('tasks.assignee', { name: task.assignee.displayName }) : t('tasks.unassigned')}
      </p>
      <p className="mt-2 flex flex-wrap gap-4">
        {task.caseRecordId && (
          <TextLink to="/$tenant/cases/$id" params={{ tenant: slug, id: task.caseRecordId }}>
            {t('tasks.openCase')}
          </TextLink>
        )}
        {task.conversationId && (
          <TextLink to="/$tenant/inbox/conversations/$id" params={{ tenant: slug, id: task.conversationId }}>
            {t('tasks.openConversation')}
          </TextLink>
        )}
      </p>
      {open ? (
        <div className="mt-3 flex flex-wrap items-end gap-3">
          {!task.assignee && (
            <Button
              variant="secondary"
              aria-label={t('tasks.takeNamed', { title: task.familyLabel })}
              isDisabled={taking.loading}
              onPress={() => void act(() => take({ variables: { input: { id: task.id } } }))}
            >
              {t('tasks.take')}
            </Button>
          )}
          <div className="flex flex-col gap-1">
            <label htmlFor={noteId} className="text-sm font-bold text-solid-gray-800">
              {t('tasks.doneNote')}
            </label>
            <input
              id={noteId}
              value={note}
              maxLength={2000}
              onChange={(e) => setNote(e.target.value)}
              className="w-72 rounded-8 border border-solid-gray-600 px-2 py-2 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow"
            />
          </div>
          <Button
            aria-label={t('tasks.completeNamed', { title: task.familyLabel })}
            isDisabled={completing.loading}
            onPress={() =>
              void act(
                () => complete({ variables: { input: { id: task.id, note: note.trim() || null } } }),
                t('tasks.completed'),
              )
            }
          >
            {t('tasks.complete')}
          </Button>
        </div>
      ) : (
        <p className="mt-2 text-sm">
          {t('tasks.doneAt', {
            name: task.doneBy?.displayName ?? '—',
            at: task.doneAt ? formatDateTime(task.doneAt, tenant.timezone) : '',
          })}
          {task.doneNote && `：${task.doneNote}`}
        </p>
      )}
    </li>
  );
}
