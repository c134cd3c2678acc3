import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { messageOf } from '../../lib/errors';
import { formatWhen } from './format';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { useShell } from '../shell/useShell';
import { CrisisContacts } from './CrisisContacts';
import { ACKNOWLEDGE } from './queries';

const URGENT_CONVERSATIONS = graphql(`
  query UrgentConversations {
    conversations(first: 10, filter: { awaitingAcknowledgement: true }) {
      edges {
        node {
          ...ConversationItem
        }
      }
    }
  }
`);

/**
 * Urgent messages nobody has acknowledged yet, above everything else in the inbox: who, the word
 * that raised it, since when, and the crisis numbers. Acknowledging here (or opening the thread)
 * ends the wait for everyone, before any escalation.
 */
export function UrgentBanner() {
  const { t } = useTranslation();
  const { slug, tenant } = useShell();
  const { data } = useQuery(URGENT_CONVERSATIONS);
  const [acknowledge] = useMutation(ACKNOWLEDGE, {
    refetchQueries: ['UrgentConversations', 'UnreadNotificationCount'],
  });
  const [error, setError] = useState<string | null>(null);
  const waiting = data?.conversations?.edges.map((e) => e.node).filter((c) => c.urgentSince) ?? [];
  if (waiting.length === 0) return null;
  const acknowledgeOne = async (conversationId: string) => {
    setError(null);
    try {
      await acknowledge({ variables: { input: { conversationId } } });
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <section
      aria-labelledby="urgent-banner"
      className="flex flex-col gap-2 rounded-12 border-2 border-error-1 bg-red-50 p-4 text-error-2"
    >
      <h2 id="urgent-banner" className="text-lg font-bold" role="alert">
        {t('urgent.title', { count: waiting.length })}
      </h2>
      <ul className="flex flex-col gap-2">
        {waiting.map((c) => {
          const name = c.registrant.displayName ?? t('inbox.unknownFamily');
          return (
            <li key={c.id} className="flex flex-wrap items-center gap-x-4 gap-y-1" data-testid="urgent-item">
              <span className="font-bold">{name}</span>
              {c.urgentKeyword && <span>{t('urgent.keyword', { keyword: c.urgentKeyword })}</span>}
              {c.urgentSince && (
                <time dateTime={c.urgentSince} className="text-sm">
                  {t('urgent.since', { time: formatWhen(c.urgentSince, tenant.timezone) })}
                </time>
              )}
              <Link
                to="/$tenant/inbox/conversations/$id"
                params={{ tenant: slug, id: c.id }}
                search={(previous) => previous}
                className="font-bold underline focus-visible:outline-4 focus-visible:outline-focus-yellow"
              >
                {t('urgent.open')}
              </Link>
              <Button
                variant="secondary"
                className="!px-3 !py-1"
                aria-label={t('urgent.acknowledgeLabel', { name })}
                onPress={() => void acknowledgeOne(c.id)}
              >
                {t('urgent.acknowledge')}
              </Button>
            </li>
          );
        })}
      </ul>
      {error && <Alert>{error}</Alert>}
      <CrisisContacts />
    </section>
  );
}
