import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ConversationFilter, ConversationItemFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { QueryProblem } from '../../ui/QueryProblem';
import { useShell } from '../shell/useShell';
import { CONVERSATIONS, INBOX_CHOICES } from './queries';
import { Select } from '../../ui/Select';
import { formatWhen, snippetOf } from './format';
import type { InboxSearch } from './search';

const PAGE = 20;

/** The filters of the URL as the API's filter. */
function filterOf(search: InboxSearch, myId: string): ConversationFilter {
  return {
    ...(search.status === 'ALL' ? {} : { status: search.status ?? 'OPEN' }),
    ...(search.who === 'me' ? { assigneeId: myId } : {}),
    ...(search.who === 'unassigned' ? { unassigned: true } : {}),
    ...(search.category ? { categoryIds: [search.category] } : {}),
    ...(search.channel ? { lineChannelId: search.channel } : {}),
    ...(search.q ? { search: search.q } : {}),
  };
}

export function ConversationList() {
  const { t } = useTranslation();
  const { me } = useShell();
  const search = useSearch({ from: '/$tenant/inbox' });
  const navigate = useNavigate({ from: '/$tenant/inbox' });
  const choices = useQuery(INBOX_CHOICES);
  const filter = filterOf(search, me.id);
  const list = useQuery(CONVERSATIONS, { variables: { first: PAGE, filter }, notifyOnNetworkStatusChange: true });
  const [loadingMore, setLoadingMore] = useState(false);
  const [term, setTerm] = useState(search.q ?? '');

  const setSearch = (patch: Partial<InboxSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });

  // The search runs once typing pauses; two characters are enough (虐待, ＤＶ).
  useEffect(() => {
    const trimmed = term.trim();
    if (trimmed === (search.q ?? '')) return;
    const timer = setTimeout(() => setSearch({ q: trimmed || undefined }), 300);
    return () => clearTimeout(timer);
  }, [term]);

  const connection = list.data?.conversations;
  const loadMore = async () => {
    if (!connection?.pageInfo.hasNextPage || loadingMore) return;
    setLoadingMore(true);
    try {
      await list.fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  // Keyset paging as the list scrolls: the next page when its end comes into view.
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = end.current;
    if (!target || !connection?.pageInfo.hasNextPage) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void loadMore();
    });
    observer.observe(target);
    return () => observer.disconnect();
  });

  const categories = choices.data?.conversationCategories ?? [];
  const channels = choices.data?.conversationChannels ?? [];
  return (
    <section
      aria-labelledby="conversation-list"
      className="flex flex-col gap-3 rounded-12 border border-solid-gray-200 bg-white p-4"
    >
      <h2 id="conversation-list" className="text-xl font-bold">
        {t('inbox.listLabel')}
      </h2>
      <div role="search" className="flex flex-col gap-3">
        <label className="flex flex-col gap-1">
          <span className="text-sm font-bold">{t('inbox.search')}</span>
          <input
            type="search"
            value={term}
            onChange={(e) => setTerm(e.target.value)}
            placeholder={t('inbox.searchHint')}
            className="rounded-8 border border-solid-gray-600 px-3 py-2 focus:outline-4 focus:outline-offset-2 focus:outline-focus-yellow"
          />
        </label>
        <div className="grid grid-cols-2 gap-2">
          <Select
            label={t('inbox.filters.status')}
            value={search.status ?? 'OPEN'}
            onChange={(value) => setSearch({ status: value === 'OPEN' ? undefined : (value as InboxSearch['status']) })}
            options={[
              ...(['OPEN', 'PENDING', 'RESOLVED'] as const).map((s) => ({ value: s, label: t(`status.${s}`) })),
              { value: 'ALL', label: t('inbox.filters.any') },
            ]}
          />
          <Select
            label={t('inbox.filters.who')}
            value={search.who ?? 'anyone'}
            onChange={(value) => setSearch({ who: value === 'anyone' ? undefined : (value as InboxSearch['who']) })}
            options={[
              { value: 'anyone', label: t('inbox.filters.anyone') },
              { value: 'me', label: t('inbox.filters.me') },
              { value: 'unassigned', label: t('inbox.filters.unassigned') },
            ]}
          />
          <Select
            label={t('inbox.filters.category')}
            value={search.category ?? ''}
            onChange={(value) => setSearch({ category: value || undefined })}
            options={[
              { value: '', label: t('inbox.filters.any') },
              ...categories.map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
          {channels.length > 1 && (
            <Select
              label={t('inbox.filters.channel')}
              value={search.channel ?? ''}
              onChange={(value) => setSearch({ channel: value || undefined })}
              options={[
                { value: '', label: t('inbox.filters.any') },
                ...channels.map((c) => ({ value: c.id, label: c.name })),
              ]}
            />
          )}
        </div>
      </div>
      {list.error && !connection ? (
        <QueryProblem error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <p className="sr-only" role="status" aria-live="polite">
            {connection ? t('inbox.shown', { count: connection.edges.length }) : t('common.loading')}
          </p>
          {connection && connection.edges.length === 0 && (
            <p className="py-6 text-center text-solid-gray-700">{search.q ? t('inbox.noMatch') : t('inbox.empty')}</p>
          )}
          <ul aria-label={t('inbox.listLabel')} className="flex flex-col divide-y divide-solid-gray-200">
            {connection?.edges.map((edge) => (
              <ConversationRow key={edge.node.id} item={edge.node} />
            ))}
          </ul>
          <div ref={end} />
          {connection?.pageInfo.hasNextPage && (
            <Button variant="secondary" onPress={() => void loadMore()} isDisabled={loadingMore}>
              {t('inbox.more')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}

function ConversationRow({ item: c }: { item: ConversationItemFragment }) {
  const { t } = useTranslation();
  const { slug, tenant } = useShell();
  const params = useParams({ strict: false });
  const current = params.id === c.id;
  const name = c.registrant.displayName ?? t('inbox.unknownFamily');
  return (
    <li>
      <Link
        to="/$tenant/inbox/conversations/$id"
        params={{ tenant: slug, id: c.id }}
        search={(previous) => previous}
        aria-current={current ? 'page' : undefined}
        className={`flex flex-col gap-1 rounded-8 px-3 py-3 hover:bg-blue-50 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow ${current ? 'bg-blue-100' : ''}`}
      >
        <span className="flex items-center gap-2">
          {c.priority === 'URGENT' && (
            <span className="rounded-4 bg-error-1 px-2 text-sm font-bold text-white">{t('priority.URGENT')}</span>
          )}
          {c.priority === 'HIGH' && (
            <span className="rounded-4 bg-yellow-300 px-2 text-sm font-bold text-solid-gray-900">
              {t('priority.HIGH')}
            </span>
          )}
          <span className="truncate font-bold text-solid-gray-900">{name}</span>
          {c.unreadCount > 0 && (
            <span
              className="ml-auto rounded-full bg-blue-900 px-2 text-sm font-bold text-white"
              aria-label={t('inbox.unread', { count: c.unreadCount })}
            >
              {c.unreadCount}
            </span>
          )}
        </span>
        <span className="truncate text-sm text-solid-gray-800">{snippetOf(c.lastMessage, t)}</span>
        <span className="flex gap-2 text-xs text-solid-gray-700">
          <span>{t(`status.${c.status}`)}</span>
          <span>{c.assignee ? c.assignee.displayName : t('inbox.filters.unassigned')}</span>
          <time dateTime={c.lastMessageAt} className="ml-auto">
            {formatWhen(c.lastMessageAt, tenant.timezone)}
          </time>
        </span>
      </Link>
    </li>
  );
}
