import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CONVERSATION } from './queries';

/** Who the family is, as far as the counsellor needs to know here. */
export function FamilyCard({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(CONVERSATION, { variables: { id: conversationId }, fetchPolicy: 'cache-only' });
  const c = data?.conversation;
  if (!c) return null;
  return (
    <aside
      aria-labelledby="family-card"
      className="flex flex-col gap-3 rounded-12 border border-solid-gray-200 bg-white p-4"
    >
      <h3 id="family-card" className="text-lg font-bold">
        {t('family.title')}
      </h3>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-bold text-solid-gray-700">{t('family.name')}</dt>
        <dd>{c.registrant.displayName ?? t('inbox.unknownFamily')}</dd>
        <dt className="font-bold text-solid-gray-700">{t('family.line')}</dt>
        <dd className={c.registrant.status === 'BLOCKED' ? 'font-bold text-error-2' : ''}>
          {t(`family.status.${c.registrant.status}`)}
        </dd>
      </dl>
    </aside>
  );
}
