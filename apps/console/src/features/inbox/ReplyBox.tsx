import { useId, useState, type KeyboardEvent } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { CANNED_RESPONSES, REPLY } from './queries';
import { addToThread } from './thread';

const MAX_LENGTH = 5000;

/**
 * The answer to the family. Enter makes a new line; Ctrl+Enter (⌘+Enter) sends, and never while
 * an IME is composing, so a Japanese word being converted is never sent half-done. Typing `/` at
 * the start lists the canned responses, filtered by what follows. A reply that fails stays here.
 */
export function ReplyBox({
  conversationId,
  blocked,
  outOfHours,
}: {
  conversationId: string;
  blocked: boolean;
  outOfHours?: boolean;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState(false);
  const [reply, { loading }] = useMutation(REPLY);
  const listId = useId();
  const hintId = useId();

  const picking = text.startsWith('/') && !dismissed;
  const canned = useQuery(CANNED_RESPONSES, { variables: { conversationId }, skip: !picking });
  const term = text.slice(1).trim().toLowerCase();
  const matches = picking
    ? (canned.data?.cannedResponses ?? []).filter(
        (r) => !term || r.title.toLowerCase().includes(term) || r.text.toLowerCase().includes(term),
      )
    : [];
  const activeIndex = Math.min(active, Math.max(matches.length - 1, 0));

  const choose = (value: string) => {
    setText(value);
    setActive(0);
    setDismissed(true);
  };

  const send = async () => {
    const body = text.trim();
    if (!body || loading || blocked) return;
    setError(null);
    try {
      const { data } = await reply({ variables: { input: { conversationId, text: body } } });
      if (data) addToThread(client, conversationId, data.replyToConversation.id);
      setText('');
      setDismissed(false);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // While an IME composes, Enter confirms the conversion: it is never ours. Safari ends the
    // composition before that keydown and marks it only with the legacy key code 229.
    if (event.nativeEvent.isComposing || event.key === 'Process' || event.nativeEvent.keyCode === 229) return;
    if (picking && matches.length > 0) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((activeIndex + step + matches.length) % matches.length);
        return;
      }
      if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        const chosen = matches[activeIndex];
        if (chosen) choose(chosen.text);
        return;
      }
    }
    if (picking && event.key === 'Escape') {
      event.preventDefault();
      setDismissed(true);
      return;
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  };

  if (blocked) return <Alert tone="info">{t('reply.blocked')}</Alert>;
  return (
    <div className="relative flex flex-col gap-2">
      {outOfHours && <Alert tone="info">{t('reply.outOfHours')}</Alert>}
      <label htmlFor={`${listId}-box`} className="font-bold">
        {t('reply.label')}
      </label>
      <textarea
        id={`${listId}-box`}
        value={text}
        maxLength={MAX_LENGTH}
        rows={4}
        onChange={(e) => {
          setText(e.target.value);
          if (!e.target.value.startsWith('/')) setDismissed(false);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded={picking && matches.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={picking && matches.length > 0 ? `${listId}-${activeIndex}` : undefined}
        aria-describedby={hintId}
        className="rounded-8 border border-solid-gray-600 bg-white px-3 py-2 focus:outline-4 focus:outline-offset-2 focus:outline-focus-yellow"
      />
      {picking && (
        <ul
          id={listId}
          role="listbox"
          aria-label={t('reply.canned')}
          className="absolute bottom-full left-0 z-10 mb-1 max-h-64 w-full overflow-y-auto rounded-8 border border-solid-gray-300 bg-white shadow-lg"
        >
          {matches.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled className="px-3 py-2 text-solid-gray-700">
              {canned.loading ? t('common.loading') : t('reply.noCanned')}
            </li>
          )}
          {matches.map((r, index) => (
            <li
              key={r.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(r.text);
              }}
              className={`cursor-pointer px-3 py-2 ${index === activeIndex ? 'bg-blue-100' : ''}`}
            >
              <span className="block font-bold">{r.title}</span>
              <span className="block truncate text-sm text-solid-gray-700">{r.text}</span>
            </li>
          ))}
        </ul>
      )}
      <p id={hintId} className="text-sm text-solid-gray-700">
        {t('reply.hint')}
      </p>
      {error && <Alert>{error}</Alert>}
      <Button className="self-end" onPress={() => void send()} isDisabled={loading || !text.trim()}>
        {t('reply.send')}
      </Button>
    </div>
  );
}
