import { useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useShell } from '../shell/useShell';
import { CrisisContacts } from './CrisisContacts';

const URGENT_CONVERSATIONS = graphql(`
  query UrgentConversations {
    conversations(first: 5, filter: { priority: URGENT }) {
      edges {
        node {
          ...ConversationItem
        }
      }
    }
  }
`);

/** Urgent conversations waiting for a counsellor, above everything else in the inbox. */
export function UrgentBanner() {
  const { t } = useTranslation();
  const { slug } = useShell();
  const { data } = useQuery(URGENT_CONVERSATIONS);
  const waiting = data?.conversations.edges.map((e) => e.node) ?? [];
  if (waiting.length === 0) return null;
  return (
    <section
      role="alert"
      aria-labelledby="urgent-banner"
      className="rounded-12 border-2 border-error-1 bg-red-50 p-4 text-error-2"
    >
      <h2 id="urgent-banner" className="text-lg font-bold">
        {t('urgent.title', { count: waiting.length })}
      </h2>
      <ul className="mt-2 flex flex-col gap-2">
        {waiting.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center gap-3">
            <span className="font-bold">{c.registrant.displayName ?? t('inbox.unknownFamily')}</span>
            <Link
              to="/$tenant/inbox/conversations/$id"
              params={{ tenant: slug, id: c.id }}
              search={(previous) => previous}
              className="underline focus-visible:outline-4 focus-visible:outline-focus-yellow"
            >
              {t('urgent.open')}
            </Link>
          </li>
        ))}
      </ul>
      <CrisisContacts />
    </section>
  );
}
