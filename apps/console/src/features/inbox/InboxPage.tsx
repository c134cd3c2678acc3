import { Outlet, useMatch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ConversationList } from './ConversationList';
import { UrgentBanner } from './UrgentBanner';

/**
 * The counsellors' inbox: urgent conversations waiting for someone on top, the list on the left,
 * the open conversation on the right. On a tablet the list gives way to the open conversation.
 */
export function InboxPage() {
  const { t } = useTranslation();
  const open = useMatch({ from: '/$tenant/inbox/conversations/$id', shouldThrow: false });
  return (
    <div className="flex flex-col gap-4">
      <h1 className="sr-only">{t('inbox.title')}</h1>
      <UrgentBanner />
      <div className="grid grid-cols-[minmax(0,1fr)] items-start gap-4 lg:grid-cols-[22rem_minmax(0,1fr)]">
        {/* The list scrolls by itself and stays in view beside the open conversation. */}
        <div
          className={`lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto min-w-0 ${open ? 'hidden lg:block' : ''}`}
        >
          <ConversationList />
        </div>
        <div className={`min-w-0 ${open ? '' : 'hidden lg:block'}`}>
          <Outlet />
        </div>
      </div>
    </div>
  );
}

/** The right-hand side before a conversation is chosen. */
export function NoConversation() {
  const { t } = useTranslation();
  return (
    <div className="flex min-h-96 items-center justify-center rounded-12 border border-dashed border-solid-gray-300 bg-white p-8 text-solid-gray-700">
      {t('inbox.choose')}
    </div>
  );
}
