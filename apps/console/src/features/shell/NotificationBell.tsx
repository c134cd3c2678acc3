import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { Button as AriaButton, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/i18n';
import { Button } from '../../ui/Button';
import { useShell } from './useShell';

const UNREAD = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

const NOTIFICATIONS = graphql(`
  query Notifications {
    notifications(first: 20) {
      edges {
        node {
          id
          kind
          conversationId
          referralId
          taskId
          createdAt
          readAt
        }
      }
    }
  }
`);

const MARK_READ = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);

/** The bell: how many notices are unread (live), and the latest ones with a link to what they are about. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { slug, tenant } = useShell();
  const unread = useQuery(UNREAD);
  const list = useQuery(NOTIFICATIONS);
  const [markRead] = useMutation(MARK_READ, { refetchQueries: ['UnreadNotificationCount', 'Notifications'] });
  const count = unread.data?.unreadNotificationCount ?? 0;
  const notices = list.data?.notifications?.edges.map((e) => e.node) ?? [];
  return (
    <DialogTrigger>
      <AriaButton
        aria-label={t('bell.label', { count })}
        data-testid="bell"
        className="relative rounded-8 px-3 py-2 hover:bg-solid-gray-50 focus-visible:outline-4 focus-visible:outline-focus-yellow"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-6 fill-none stroke-current stroke-2 text-solid-gray-800"
        >
          <path d="M6 16V11a6 6 0 1 1 12 0v5l2 2H4z" strokeLinejoin="round" />
          <path d="M10 20a2 2 0 0 0 4 0" strokeLinecap="round" />
        </svg>
        {count > 0 && (
          <span
            aria-hidden="true"
            className="absolute -top-1 -right-1 rounded-full bg-error-1 px-1.5 text-xs font-bold text-white"
            data-testid="bell-count"
          >
            {count}
          </span>
        )}
      </AriaButton>
      <Popover placement="bottom end" className="w-96 rounded-12 border border-solid-gray-200 bg-white shadow-lg">
        <Dialog className="flex flex-col gap-2 p-4 outline-none">
          <Heading slot="title" className="text-lg font-bold">
            {t('bell.title')}
          </Heading>
          {notices.length === 0 && <p className="text-solid-gray-700">{t('bell.none')}</p>}
          <ul className="flex max-h-96 flex-col divide-y divide-solid-gray-200 overflow-y-auto">
            {notices.map((n) => (
              <li
                key={n.id}
                className={`py-2 ${n.readAt ? 'text-solid-gray-700' : 'font-bold'} ${
                  n.kind === 'COUNSELLOR_TASK_URGENT' && !n.readAt ? 'border-l-4 border-error-1 bg-red-50 pl-2' : ''
                }`}
              >
                {n.conversationId ? (
                  <Link
                    to="/$tenant/inbox/conversations/$id"
                    params={{ tenant: slug, id: n.conversationId }}
                    className="underline focus-visible:outline-4 focus-visible:outline-focus-yellow"
                  >
                    {t(`bell.kind.${n.kind}`)}
                  </Link>
                ) : n.referralId ? (
                  <Link
                    to="/$tenant/referrals/$id"
                    params={{ tenant: slug, id: n.referralId }}
                    className="underline focus-visible:outline-4 focus-visible:outline-focus-yellow"
                  >
                    {t(`bell.kind.${n.kind}`)}
                  </Link>
                ) : n.taskId ? (
                  <Link
                    to="/$tenant/tasks"
                    params={{ tenant: slug }}
                    onClick={() => void markRead({ variables: { input: { ids: [n.id] } } })}
                    className="underline focus-visible:outline-4 focus-visible:outline-focus-yellow"
                  >
                    {t(`bell.kind.${n.kind}`)}
                  </Link>
                ) : (
                  t(`bell.kind.${n.kind}`)
                )}
                <span className="block text-xs font-normal text-solid-gray-700">
                  {formatDateTime(n.createdAt, tenant.timezone)}
                </span>
              </li>
            ))}
          </ul>
          {count > 0 && (
            <Button variant="secondary" onPress={() => void markRead({ variables: { input: {} } })}>
              {t('bell.markAll')}
            </Button>
          )}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
