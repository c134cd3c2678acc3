import { useEffect, useRef } from 'react';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { onLiveResumed } from '../../lib/apollo';
import { graphql } from '../../gql';
import { INBOX_EVENTS } from './queries';
import { addToThread } from './thread';
import { REFERRAL_EVENTS } from '../referrals/queries';

const NOTIFICATION_EVENTS = graphql(`
  subscription NotificationEvents {
    notificationEvents {
      missed
      notifications {
        id
        kind
        conversationId
        referralId
        createdAt
        readAt
      }
    }
  }
`);

/** Lists whose order or membership a change can move: refetched, at most once a second. */
const LISTS = ['Conversations', 'UrgentConversations'];
const NOTICES = ['UnreadNotificationCount', 'Notifications'];
/** The partner's referral screens: a new referral joins the list, a change moves the next steps. */
const REFERRAL_LISTS = ['PartnerReferrals', 'PartnerReferral'];

function throttled(run: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return () => {
    timer ??= setTimeout(() => {
      timer = null;
      run();
    }, ms);
  };
}

/**
 * The tenant's live updates, for as long as its pages are open: each event's conversation and
 * message land in the cache (every view showing them updates), new messages join their open
 * thread, and the lists whose order changed are refetched. After a drop, or when the server says it
 * missed events, everything on screen is refetched: nothing that changed meanwhile is lost.
 */
export function LiveUpdates({ tenant, inbox, referrals }: { tenant: string; inbox: boolean; referrals: boolean }) {
  const client = useApolloClient();
  const refreshLists = useRef(
    throttled(() => void client.refetchQueries({ include: LISTS }).catch(() => undefined), 1000),
  ).current;
  const refreshNotices = useRef(
    throttled(() => void client.refetchQueries({ include: NOTICES }).catch(() => undefined), 300),
  ).current;

  const refreshReferralLists = useRef(
    throttled(() => void client.refetchQueries({ include: REFERRAL_LISTS }).catch(() => undefined), 1000),
  ).current;

  useEffect(
    () =>
      onLiveResumed((resumed) => {
        if (resumed === tenant) void client.refetchQueries({ include: 'active' }).catch(() => undefined);
      }),
    [client, tenant],
  );

  useSubscription(INBOX_EVENTS, {
    skip: !inbox,
    onData: ({ data }) => {
      const batch = data.data?.inboxEvents;
      if (!batch) return;
      if (batch.missed) {
        void client.refetchQueries({ include: 'active' }).catch(() => undefined);
        return;
      }
      for (const event of batch.events) {
        if (event.message && (event.kind === 'MESSAGE_RECEIVED' || event.kind === 'MESSAGE_SENT')) {
          addToThread(client, event.conversation.id, event.message.id);
        }
      }
      refreshLists();
    },
  });

  // A referral's new state lands in the cache: the family card and the referral's page update. A
  // partner's list gains the referrals it did not have (a new one sent to the agency).
  useSubscription(REFERRAL_EVENTS, {
    skip: !referrals,
    onData: ({ data }) => {
      if (data.data?.referralEvents.missed) {
        void client.refetchQueries({ include: ['Family', 'Referral', ...REFERRAL_LISTS] }).catch(() => undefined);
      } else refreshReferralLists();
    },
  });

  useSubscription(NOTIFICATION_EVENTS, {
    onData: ({ data }) => {
      const batch = data.data?.notificationEvents;
      if (batch) refreshNotices();
    },
  });

  return null;
}
