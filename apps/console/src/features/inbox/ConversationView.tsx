import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ConversationPriority, ConversationStatus } from '../../gql/graphql';
import { messageOf } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { QueryProblem } from '../../ui/QueryProblem';
import { TextLink } from '../../ui/Link';
import { useShell } from '../shell/useShell';
import { CrisisContacts } from './CrisisContacts';
import { FamilyCard } from './FamilyCard';
import { ReplyBox } from './ReplyBox';
import { Select } from '../../ui/Select';
import { Timeline } from './Timeline';
import { ASSIGN, CATEGORIZE, CONVERSATION, INBOX_CHOICES, SET_PRIORITY, SET_STATUS } from './queries';

export function ConversationView() {
  const { t } = useTranslation();
  const { id } = useParams({ from: '/$tenant/inbox/conversations/$id' });
  const { slug } = useShell();
  const conversation = useQuery(CONVERSATION, { variables: { id } });
  const choices = useQuery(INBOX_CHOICES);
  const [setStatus] = useMutation(SET_STATUS);
  const [setPriority] = useMutation(SET_PRIORITY);
  const [assign] = useMutation(ASSIGN);
  const [categorize] = useMutation(CATEGORIZE);
  const [error, setError] = useState<string | null>(null);

  const c = conversation.data?.conversation;
  if (!c) return <QueryProblem error={conversation.error} onRetry={() => void conversation.refetch()} />;
  const change = async (run: () => Promise<unknown>) => {
    setError(null);
    try {
      await run();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const name = c.registrant.displayName ?? t('inbox.unknownFamily');
  const counsellors = choices.data?.counsellors ?? [];
  const categories = choices.data?.conversationCategories ?? [];
  const toggleCategory = (categoryId: string, on: boolean) => {
    const next = on ? [...c.categoryIds, categoryId] : c.categoryIds.filter((x) => x !== categoryId);
    void change(() => categorize({ variables: { input: { conversationId: c.id, categoryIds: next } } }));
  };
  return (
    <section
      aria-labelledby="conversation-title"
      className="grid grid-cols-[minmax(0,1fr)] gap-4 xl:grid-cols-[minmax(0,1fr)_18rem]"
    >
      <div className="flex min-w-0 flex-col gap-3 rounded-12 border border-solid-gray-200 bg-white p-4">
        <TextLink to="/$tenant/inbox" params={{ tenant: slug }} search={(previous) => previous} className="lg:hidden">
          {t('conversation.back')}
        </TextLink>
        <h2 id="conversation-title" className="text-2xl font-bold">
          {name}
        </h2>
        {c.priority === 'URGENT' && (
          <div role="alert" className="rounded-8 border-l-4 border-error-1 bg-red-50 px-4 py-3 text-error-2">
            <p className="font-bold">{t('urgent.inConversation')}</p>
            {c.urgentKeyword && <p>{t('urgent.keyword', { keyword: c.urgentKeyword })}</p>}
            <CrisisContacts />
          </div>
        )}
        <div className="grid grid-cols-2 gap-2 md:grid-cols-3">
          <Select
            label={t('conversation.status')}
            value={c.status}
            onChange={(status) =>
              void change(() =>
                setStatus({ variables: { input: { conversationId: c.id, status: status as ConversationStatus } } }),
              )
            }
            options={(['OPEN', 'PENDING', 'RESOLVED'] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
          <Select
            label={t('conversation.priority')}
            value={c.priority}
            onChange={(priority) =>
              void change(() =>
                setPriority({
                  variables: { input: { conversationId: c.id, priority: priority as ConversationPriority } },
                }),
              )
            }
            options={(['URGENT', 'HIGH', 'NORMAL'] as const).map((p) => ({ value: p, label: t(`priority.${p}`) }))}
          />
          <Select
            label={t('conversation.assignee')}
            value={c.assignee?.id ?? ''}
            onChange={(assigneeId) =>
              void change(() =>
                assign({ variables: { input: { conversationId: c.id, assigneeId: assigneeId || null } } }),
              )
            }
            options={[
              { value: '', label: t('inbox.filters.unassigned') },
              ...counsellors.map((p) => ({ value: p.id, label: p.displayName })),
            ]}
          />
        </div>
        {categories.length > 0 && (
          <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
            <legend className="text-sm font-bold text-solid-gray-800">{t('conversation.categories')}</legend>
            {categories.map((category) => (
              <label key={category.id} className="flex items-center gap-1 text-sm">
                <input
                  type="checkbox"
                  checked={c.categoryIds.includes(category.id)}
                  onChange={(e) => toggleCategory(category.id, e.target.checked)}
                  className="size-4 focus-visible:outline-4 focus-visible:outline-focus-yellow"
                />
                {category.name}
              </label>
            ))}
          </fieldset>
        )}
        {error && <Alert>{error}</Alert>}
        <Timeline conversationId={c.id} />
        <ReplyBox conversationId={c.id} blocked={c.registrant.status === 'BLOCKED'} outOfHours={c.outOfHours} />
      </div>
      <FamilyCard conversationId={c.id} />
    </section>
  );
}
