import './locale';
import { useTranslation } from 'react-i18next';
import type { BroadcastMessageKind } from '../../gql/graphql';

export interface PreviewMessage {
  kind: BroadcastMessageKind;
  text?: string | null;
  imageUrl?: string | null;
  title?: string | null;
  url?: string | null;
}

/** The line under a link's title, as the API sends it (libs/broadcasts line-messages.ts): message content, not console text. */
const LINK_TEXT = 'くわしくはこちら';

/**
 * The broadcast as a family sees it: a phone's LINE chat with the account's bubbles, so the composer
 * and the approver read exactly what goes. Images are not fetched here (the console's security policy
 * loads nothing from other sites): their address stands in a frame of the image's shape.
 */
export function LinePreview({ accountName, messages }: { accountName: string; messages: PreviewMessage[] }) {
  const { t } = useTranslation();
  return (
    <figure
      aria-labelledby="line-preview-title"
      className="mx-auto w-[300px] shrink-0 rounded-[36px] border-8 border-solid-gray-800 bg-solid-gray-800 shadow-lg"
    >
      <figcaption id="line-preview-title" className="sr-only">
        {t('broadcasts.preview.title')}
      </figcaption>
      <div className="rounded-t-[28px] bg-[#273246] px-4 pt-4 pb-2 text-center text-sm font-bold text-white">
        {t('broadcasts.preview.account', { name: accountName })}
      </div>
      <ol className="flex min-h-[420px] flex-col gap-3 rounded-b-[28px] bg-[#8cabd8] p-3" data-testid="line-preview">
        {messages.map((message, index) => (
          <li key={index} className="flex items-start gap-2">
            <span aria-hidden="true" className="mt-1 size-8 shrink-0 rounded-full bg-green-700" />
            <Bubble message={message} open={t('broadcasts.preview.open')} />
          </li>
        ))}
      </ol>
    </figure>
  );
}

function Bubble({ message, open }: { message: PreviewMessage; open: string }) {
  switch (message.kind) {
    case 'TEXT':
      return (
        <p className="max-w-[210px] rounded-[18px] bg-white px-3 py-2 text-sm break-words whitespace-pre-wrap text-solid-gray-900">
          {message.text || '…'}
        </p>
      );
    case 'IMAGE':
      return (
        <div className="flex h-[150px] w-[210px] items-center justify-center overflow-hidden rounded-[18px] bg-solid-gray-100 p-2 text-xs break-all text-solid-gray-800">
          {message.imageUrl || '…'}
        </div>
      );
    case 'LINK':
      return (
        <div className="w-[210px] overflow-hidden rounded-[18px] bg-white text-sm text-solid-gray-900">
          <p className="px-3 pt-3 font-bold break-words">{message.title || '…'}</p>
          <p className="px-3 pb-3 text-solid-gray-700">{LINK_TEXT}</p>
          <p className="border-t border-solid-gray-200 px-3 py-2 text-center font-bold text-blue-1000">{open}</p>
        </div>
      );
  }
}
