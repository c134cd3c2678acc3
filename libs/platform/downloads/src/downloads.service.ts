import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { constantTimeEqual } from '@tsunagu/platform/crypto';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { AUDIT_ACTOR, AuditTrail, type AuditActor } from '@tsunagu/platform/audit';
import { ForbiddenError, NotFoundError } from '@tsunagu/platform/errors';
import { Download } from './download.entity';

/** How long a download link works. */
export const DOWNLOAD_TTL_SECONDS = 600;

export interface DownloadLink {
  url: string;
  expiresAt: Date;
}

export interface NewDownload {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface FetchedDownload {
  filename: string;
  contentType: string;
  content: Buffer;
}

interface LinkClaims {
  /** download id */
  d: string;
  /** tenant id */
  t: string;
  /** user id */
  u: string;
  /** expiry, seconds since the epoch */
  e: number;
}

/**
 * The project's one file-download mechanism. An export stores its file in the current tenant
 * transaction (after the export's own permission check) and returns a signed link that works for
 * ten minutes, for the user who asked for it only; every fetch is audited.
 */
@Injectable()
export class DownloadsService {
  private readonly signingKey: Buffer;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenantDb: TenantDb,
    private readonly audit: AuditTrail,
    private readonly cls: ClsService,
  ) {
    this.signingKey = createHmac('sha256', config.jwtSecret).update('tsunagu downloads v1').digest();
  }

  async create(file: NewDownload): Promise<DownloadLink> {
    const actor = this.cls.get<AuditActor | undefined>(AUDIT_ACTOR);
    if (!actor?.userId) throw new Error('Downloads are created for an authenticated user');
    const em = this.tenantDb.em;
    const expiresAt = new Date(Date.now() + DOWNLOAD_TTL_SECONDS * 1000);
    const download = em.create(Download, {
      tenant: em.getReference(Tenant, this.tenantDb.tenantId),
      userId: actor.userId,
      filename: file.filename,
      contentType: file.contentType,
      content: file.content,
      expiresAt,
    });
    await em.flush();
    await this.audit.record('download.created', { type: 'download', id: download.id }, { filename: file.filename });
    const claims: LinkClaims = {
      d: download.id,
      t: this.tenantDb.tenantId,
      u: actor.userId,
      e: Math.floor(expiresAt.getTime() / 1000),
    };
    return { url: `${this.config.publicBaseUrl}/downloads/${this.sign(claims)}`, expiresAt };
  }

  /** Opens a link for `userId`: refused when forged, expired or made for someone else. */
  async fetch(token: string, userId: string): Promise<FetchedDownload> {
    const claims = this.verify(token);
    if (!claims || claims.e * 1000 < Date.now()) {
      throw new NotFoundError('DOWNLOAD_EXPIRED', 'This download link has expired or is not valid');
    }
    if (claims.u !== userId) throw new ForbiddenError('NOT_YOUR_DOWNLOAD', 'This download belongs to someone else');
    return this.tenantDb.withTenant(claims.t, async (em) => {
      const download = await em.findOne(
        Download,
        { id: claims.d, userId, expiresAt: { $gt: new Date() } },
        { populate: ['content'] },
      );
      if (!download) throw new NotFoundError('DOWNLOAD_EXPIRED', 'This download link has expired or is not valid');
      await this.audit.record(
        'download.fetched',
        { type: 'download', id: download.id },
        { filename: download.filename },
      );
      return { filename: download.filename, contentType: download.contentType, content: download.content };
    });
  }

  private sign(claims: LinkClaims): string {
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  private verify(token: string): LinkClaims | null {
    const [payload, mac] = token.split('.');
    if (!payload || !mac || !constantTimeEqual(mac, this.mac(payload))) return null;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as LinkClaims;
      return typeof claims.d === 'string' && typeof claims.t === 'string' && typeof claims.u === 'string'
        ? claims
        : null;
    } catch {
      return null;
    }
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.signingKey).update(payload).digest('base64url');
  }
}
