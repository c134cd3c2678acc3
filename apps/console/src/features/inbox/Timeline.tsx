import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { MessageItemFragment } from '../../gql/graphql';
import { messageOf } from '../../lib/errors';
import { formatDateTime } from '../../lib/i18n';
import { QueryProblem } from '../../ui/QueryProblem';
import { Button } from '../../ui/Button';
import { useShell } from '../shell/useShell';
import { MediaContent } from './MediaContent';
import { MESSAGES, RETRY_REPLY } from './queries';

const PAGE = 30;

/** The conversation's messages, oldest at the top; older pages on demand; new ones arrive live. */
export function Timeline({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const messages = useQuery(MESSAGES, { variables: { conversationId, first: PAGE } });
  const [loadingOlder, setLoadingOlder] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const connection = messages.data?.messages;
  const newest = connection?.edges[0]?.node.id;
  // A new message (or another conversation) shows its latest message: the timeline scrolls, not the page.
  useEffect(() => {
    const box = scroller.current;
    if (box) box.scrollTop = box.scrollHeight;
  }, [newest]);

  if (!connection) return <QueryProblem error={messages.error} onRetry={() => void messages.refetch()} />;
  const loadOlder = async () => {
    setLoadingOlder(true);
    try {
      await messages.fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingOlder(false);
    }
  };
  const ordered = [...connection.edges].reverse();
  return (
    <div
      ref={scroller}
      className="flex max-h-[55vh] min-h-64 flex-col gap-2 overflow-y-auto rounded-8 bg-solid-gray-50 p-3"
    >
      {connection.pageInfo.hasNextPage && (
        <Button variant="text" className="self-center" onPress={() => void loadOlder()} isDisabled={loadingOlder}>
          {t('conversation.older')}
        </Button>
      )}
      <ol aria-label={t('conversation.timeline')} className="flex flex-col gap-2">
        {ordered.map((edge) => (
          <MessageBubble key={edge.node.id} message={edge.node} />
        ))}
      </ol>
    </div>
  );
}

function MessageBubble({ message: m }: { message: MessageItemFragment }) {
  const { t } = useTranslation();
  const { tenant } = useShell();
  const out = m.direction === 'OUT';
  return (
    <li className={`flex flex-col ${out ? 'items-end' : 'items-start'}`} data-testid="message">
      <div
        className={`max-w-[80%] rounded-12 px-4 py-2 whitespace-pre-wrap break-words ${
          out ? 'bg-green-100 text-solid-gray-900' : 'border border-solid-gray-200 bg-white text-solid-gray-900'
        }`}
      >
        {m.automatic && (
          <p className="text-xs font-bold text-solid-gray-700">{t(`message.automatic.${m.automatic}`)}</p>
        )}
        <MessageBody message={m} />
      </div>
      <p className="flex gap-2 text-xs text-solid-gray-700">
        <span className="sr-only">{out ? t('message.fromUs') : t('message.fromFamily')}</span>
        <time dateTime={m.sentAt}>{formatDateTime(m.sentAt, tenant.timezone)}</time>
        {out && m.deliveryStatus && (
          <span
            className={m.deliveryStatus === 'FAILED' || m.deliveryStatus === 'UNKNOWN' ? 'font-bold text-error-2' : ''}
          >
            {t(`delivery.${m.deliveryStatus}`)}
          </span>
        )}
      </p>
      {out && !m.automatic && (m.deliveryStatus === 'FAILED' || m.deliveryStatus === 'UNKNOWN') && (
        <RetryDelivery messageId={m.id} unknown={m.deliveryStatus === 'UNKNOWN'} />
      )}
    </li>
  );
}

function MessageBody({ message: m }: { message: MessageItemFragment }) {
  const { t } = useTranslation();
  if (m.unsent) return <p className="italic text-solid-gray-700">{t('message.unsent')}</p>;
  if (m.type === 'sticker') return <p>{t('message.kind.sticker')}</p>;
  if (m.media) return <MediaContent media={m.media} type={m.type} />;
  if (m.text) return <p>{m.text}</p>;
  return (
    <p className="text-solid-gray-700">{t(`message.kind.${m.type}`, { defaultValue: t('message.kind.other') })}</p>
  );
}

/** A reply that did not reach the family (or may not have): sent again, once, on the counsellor's word. */
function RetryDelivery({ messageId, unknown }: { messageId: string; unknown: boolean }) {
  const { t } = useTranslation();
  const [retry, { loading }] = useMutation(RETRY_REPLY);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-end gap-1 text-sm">
      {unknown && <p className="text-solid-gray-800">{t('delivery.unknownHint')}</p>}
      <Button
        variant="secondary"
        className="!px-3 !py-1"
        isDisabled={loading}
        onPress={() => {
          setError(null);
          retry({ variables: { input: { messageId } } }).catch((e: unknown) => setError(messageOf(e)));
        }}
      >
        {t('delivery.retry')}
      </Button>
      {error && <p className="text-error-2">{error}</p>}
    </div>
  );
}
