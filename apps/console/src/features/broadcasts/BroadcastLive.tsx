import { useSubscription } from '@apollo/client/react';
import { BROADCAST_EVENTS } from './queries';

/**
 * Broadcasts' changes as they are committed: each event carries the broadcast as the page shows it,
 * so the cache (and every view of it) updates; `onChange` refreshes what a list holds.
 */
export function BroadcastLive({ id, onChange }: { id?: string; onChange?: () => void }) {
  useSubscription(BROADCAST_EVENTS, {
    variables: { id: id ?? null },
    onData: ({ data }) => {
      if (data.data?.broadcastEvents) onChange?.();
    },
  });
  return null;
}
