import { randomUUID } from 'node:crypto';
import { BlobType, Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Tenant } from '@tsunagu/platform/database';
import { Message } from './conversation.entities';

export enum MediaStatus {
  /** Waiting for the `line.media` job to fetch it from LINE. */
  PENDING = 'pending',
  READY = 'ready',
  /** Larger than LINE_MEDIA_MAX_BYTES: not stored. */
  TOO_LARGE = 'too_large',
  /** LINE no longer had it (404/410). */
  EXPIRED = 'expired',
  /** LINE refused (another 4xx), or kept failing until the job gave up. */
  FAILED = 'failed',
  /** The family unsent the message: the content is gone. */
  ERASED = 'erased',
}

/** The sealing context of a media's content: a value sealed for one media opens for no other. */
export const mediaContext = (mediaId: string): string => `message-media:${mediaId}`;

/**
 * The content of an image, video, audio or file message, fetched from LINE by a job (LINE keeps it
 * only for a while) and stored sealed (AES-256-GCM). One per message.
 */
@Entity({ tableName: 'message_media' })
export class MessageMedia {
  [OptionalProps]?: 'status' | 'attempts' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', index: true })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => Message, { fieldName: 'message_id', ref: true, deleteRule: 'restrict', unique: true })
  message!: Ref<Message>;

  @Enum({ items: () => MediaStatus, default: MediaStatus.PENDING })
  status: MediaStatus = MediaStatus.PENDING;

  /** As LINE answered it; null until fetched. */
  @Property({ type: 'string', length: 100, nullable: true })
  contentType?: string | null;

  /** Bytes of the content (the plaintext); null until fetched. */
  @Property({ type: 'integer', nullable: true })
  size?: number | null;

  /** File messages only: the name the family's file had. */
  @Property({ type: 'string', length: 255, nullable: true })
  fileName?: string | null;

  /** Sealed with the keyring (`Keyring.sealBytes`, context `message-media:<id>`); null unless READY. */
  @Property({ type: BlobType, nullable: true, lazy: true })
  content?: Buffer | null;

  /** Fetch attempts so far: the job gives up (FAILED) after as many as its queue allows. */
  @Property({ type: 'integer', default: 0 })
  attempts = 0;

  @Property({ type: 'datetime', nullable: true })
  fetchedAt?: Date | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
