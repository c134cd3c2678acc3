import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../ui/Link';
import { useShell } from './useShell';

/** Where a mailed conversation link lands, in its tenant: the conversation's screen belongs to the inbox. */
export function ConversationLinkPage() {
  const { t } = useTranslation();
  const { id } = useParams({ from: '/$tenant/inbox/conversations/$id' });
  const { slug } = useShell();
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t('conversation.title')}</h1>
      <p className="mb-4" data-testid="conversation-id">
        {t('conversation.id')}: <code>{id}</code>
      </p>
      <TextLink to="/$tenant/inbox" params={{ tenant: slug }}>
        {t('conversation.back')}
      </TextLink>
    </>
  );
}
