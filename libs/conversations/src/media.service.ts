import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { Keyring } from '@tsunagu/platform/crypto';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { AuditTrail } from '@tsunagu/platform/audit';
import { NotFoundError } from '@tsunagu/platform/errors';
import { isUuid } from '@tsunagu/platform/graphql';
import { JobsService, RetryLater } from '@tsunagu/platform/jobs';
import { LineMessagingClient } from '@tsunagu/channels';
import { Message } from './conversation.entities';
import { MediaStatus, MessageMedia, mediaContext } from './message-media.entity';

/** The queue of media fetches (`{ tenantId, mediaId }`). */
export const LINE_MEDIA_QUEUE = 'line.media';
/** The first run and the queue's 8 retries (see the migration): then the fetch gives up as FAILED. */
const MAX_ATTEMPTS = 9;
/** Message types whose content LINE keeps for a while and tsunagu fetches. */
const MEDIA_TYPES = new Set(['image', 'video', 'audio', 'file']);

interface MediaJob {
  tenantId: string;
  mediaId: string;
}

/** The message object of a webhook event, as far as media goes. */
interface LineMessageObject {
  type?: string;
  fileName?: unknown;
  contentProvider?: { type?: string };
}

export interface OpenedMedia {
  contentType: string;
  fileName: string | null;
  content: Buffer;
}

/**
 * Media of families' messages. On arrival (in the event's transaction) a PENDING row and a
 * `line.media` job; the job fetches the content from LINE between two short transactions, bounded
 * by LINE_MEDIA_MAX_BYTES, and stores it sealed; counsellors view it through `GET /media/:id`, each
 * view audited; an unsent message's media is erased.
 */
@Injectable()
export class MediaService implements OnModuleInit {
  private readonly logger = new Logger(MediaService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenantDb: TenantDb,
    private readonly jobs: JobsService,
    private readonly line: LineMessagingClient,
    private readonly keyring: Keyring,
    private readonly audit: AuditTrail,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<MediaJob>(LINE_MEDIA_QUEUE, (job) => this.fetch(job.tenantId, job.mediaId));
  }

  /** A new inbound message: if LINE holds content for it, its media row and fetch job, in `em`'s transaction. */
  async received(em: EntityManager, tenantId: string, message: Message, body: LineMessageObject): Promise<void> {
    if (!body.type || !MEDIA_TYPES.has(body.type)) return;
    // `external`: the content lives at a URL of the sender's own, not on LINE.
    if (body.contentProvider?.type && body.contentProvider.type !== 'line') return;
    const media = em.create(MessageMedia, {
      tenant: em.getReference(Tenant, tenantId),
      message,
      fileName: body.type === 'file' && typeof body.fileName === 'string' ? body.fileName.slice(0, 255) : null,
    });
    await this.jobs.enqueue(em, LINE_MEDIA_QUEUE, { tenantId, mediaId: media.id });
  }

  /** The family unsent the message: its media content (and file name) is erased, whatever its state. */
  async erase(em: EntityManager, message: Message): Promise<void> {
    await em.nativeUpdate(
      MessageMedia,
      { message: message.id },
      { status: MediaStatus.ERASED, content: null, fileName: null },
    );
  }

  /** The job: reads the access token, downloads outside any transaction, stores the outcome. */
  async fetch(tenantId: string, mediaId: string): Promise<void> {
    const plan = await this.tenantDb.withTenant(tenantId, async (em) => {
      const media = await em.findOne(MessageMedia, { id: mediaId }, { populate: ['message.conversation.registrant'] });
      // Done already (a second run of the job), or erased meanwhile.
      if (!media || media.status !== MediaStatus.PENDING) return null;
      media.attempts += 1;
      const message = media.message.getEntity();
      const registrant = message.conversation.getEntity().registrant.getEntity();
      return {
        attempts: media.attempts,
        lineMessageId: message.lineMessageId as string,
        accessToken: await this.line.accessToken(em, registrant.channel.id),
      };
    });
    if (!plan) return;

    const outcome = await this.line.content(plan.accessToken, plan.lineMessageId, this.config.lineMediaMaxBytes);
    switch (outcome.kind) {
      case 'content':
        return this.finish(tenantId, mediaId, {
          status: MediaStatus.READY,
          contentType: mediaType(outcome.contentType),
          size: outcome.body.length,
          content: this.keyring.sealBytes(outcome.body, mediaContext(mediaId)),
          fetchedAt: new Date(),
        });
      case 'too-large':
        return this.finish(tenantId, mediaId, { status: MediaStatus.TOO_LARGE });
      case 'expired':
        return this.finish(tenantId, mediaId, { status: MediaStatus.EXPIRED });
      case 'rejected':
        this.logger.warn({ mediaId, status: outcome.status }, 'LINE refused the media content');
        return this.finish(tenantId, mediaId, { status: MediaStatus.FAILED });
      case 'retry':
        if (plan.attempts >= MAX_ATTEMPTS) {
          this.logger.warn({ mediaId, reason: outcome.reason }, 'media content still unavailable: giving up');
          return this.finish(tenantId, mediaId, { status: MediaStatus.FAILED });
        }
        throw new RetryLater(`LINE did not give the media content (${outcome.reason}): retrying`);
    }
  }

  /** A READY media of the request's tenant, decrypted; each view is one `media.viewed` audit event. */
  async open(id: string): Promise<OpenedMedia> {
    const em = this.tenantDb.em;
    const media = isUuid(id)
      ? await em.findOne(
          MessageMedia,
          { id, tenant: this.tenantDb.tenantId, status: MediaStatus.READY },
          { populate: ['content', 'message'] },
        )
      : null;
    // Unknown, not ready, or another tenant's (invisible under RLS): the same answer.
    if (!media?.content) throw new NotFoundError('MEDIA_NOT_FOUND', 'No such media');
    const content = this.keyring.openBytes(media.content, mediaContext(media.id));
    await this.audit.record(
      'media.viewed',
      { type: 'message_media', id: media.id },
      { messageId: media.message.id, conversationId: media.message.getEntity().conversation.id },
    );
    return { contentType: media.contentType ?? 'application/octet-stream', fileName: media.fileName ?? null, content };
  }

  /** Stores the outcome unless the media left PENDING meanwhile (erased by an unsend, or a parallel run). */
  private async finish(tenantId: string, mediaId: string, changes: Partial<MessageMedia>): Promise<void> {
    await this.tenantDb.withTenant(tenantId, async (em) => {
      await em.nativeUpdate(MessageMedia, { id: mediaId, status: MediaStatus.PENDING }, changes);
    });
  }
}

/** The media type LINE answered (`image/jpeg`), without parameters; anything malformed is opaque bytes. */
function mediaType(header: string | null): string {
  const type = header?.split(';')[0].trim().toLowerCase() ?? '';
  return /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/.test(type)
    ? type
    : 'application/octet-stream';
}
