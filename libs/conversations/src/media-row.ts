import type { MessageMediaModel } from './conversation.models';
import type { MediaStatus } from './message-media.entity';

/** The media columns of an inbox query that joins `message_media mm` to its message. */
export const MEDIA_COLUMNS =
  'mm.id as media_id, mm.status as media_status, mm.content_type as media_content_type, mm.size as media_size, mm.file_name as media_file_name';

/** The same columns as nulls, for a query that does not read media. */
export const NO_MEDIA_COLUMNS =
  'null as media_id, null as media_status, null as media_content_type, null as media_size, null as media_file_name';

export interface MediaRow {
  media_id: string | null;
  media_status: MediaStatus | null;
  media_content_type: string | null;
  media_size: number | null;
  media_file_name: string | null;
}

export function mediaColumnsOf(row: MediaRow): MediaRow {
  return {
    media_id: row.media_id,
    media_status: row.media_status,
    media_content_type: row.media_content_type,
    media_size: row.media_size,
    media_file_name: row.media_file_name,
  };
}

export function toMedia(row: MediaRow): MessageMediaModel | null {
  if (!row.media_id || !row.media_status) return null;
  return {
    id: row.media_id,
    status: row.media_status,
    contentType: row.media_content_type,
    size: row.media_size,
    fileName: row.media_file_name,
    url: `/media/${row.media_id}`,
  };
}
