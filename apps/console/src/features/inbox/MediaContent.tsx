import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageItemFragment } from '../../gql/graphql';
import { CLIENT_HEADERS, freshAccessToken } from '../../lib/session';
import { useShell } from '../shell/useShell';

type Media = NonNullable<MessageItemFragment['media']>;

/**
 * A family's image, video, audio or file. The content is fetched with the bearer token and the
 * tenant (each view is audited by the API) and shown from memory; it never gets a URL of its own
 * that another page or person could open.
 */
export function MediaContent({ media, type }: { media: Media; type: string }) {
  const { t } = useTranslation();
  const { slug } = useShell();
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const ready = media.status === 'READY';

  useEffect(() => {
    if (!ready) return;
    let url: string | null = null;
    let cancelled = false;
    void (async () => {
      try {
        const token = await freshAccessToken();
        const response = await fetch(media.url, {
          headers: { ...CLIENT_HEADERS, authorization: `Bearer ${token ?? ''}`, 'x-tenant': slug },
        });
        if (!response.ok) throw new Error(String(response.status));
        url = URL.createObjectURL(await response.blob());
        if (!cancelled) setSrc(url);
      } catch {
        if (!cancelled) setFailed(true);
      }
    })();
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [ready, media.url, slug]);

  if (!ready) return <p className="text-solid-gray-700">{t(`media.${media.status}`)}</p>;
  if (failed) return <p className="text-error-2">{t('media.unavailable')}</p>;
  if (!src) return <p role="status">{t('common.loading')}</p>;
  if (type === 'image') return <img src={src} alt={t('media.image')} className="max-h-72 rounded-8" />;
  if (type === 'video')
    return <video src={src} controls className="max-h-72 rounded-8" aria-label={t('media.video')} />;
  if (type === 'audio') return <audio src={src} controls aria-label={t('media.audio')} />;
  return (
    <a href={src} download={media.fileName ?? 'file'} className="text-blue-1000 underline">
      {media.fileName ?? t('message.kind.file')}
    </a>
  );
}
