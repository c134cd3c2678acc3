import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { constantTimeEqual, Keyring } from '@tsunagu/platform/crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PlatformDb, Tenant, TenantDb } from '@tsunagu/platform/database';
import { AUDIT_ACTOR, AuditTrail, type AuditActor } from '@tsunagu/platform/audit';
import { ForbiddenError, NotFoundError } from '@tsunagu/platform/errors';
import { Download } from './download.entity';

/** The keyring context of a download's content. */
const downloadContext = (id: string): string => `download:${id}`;

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
  /** tenant id; empty for a platform download */
  t: string;
  /** user id */
  u: string;
  /** expiry, seconds since the epoch */
  e: number;
}

/**
 * The project's one file-download mechanism. An export stores its file in the current tenant
 * transaction (after the export's own permission check), or on the platform path when it spans
 * tenants, and returns a signed link that works for ten minutes, for the user who asked for it
 * only; every fetch is audited.
 */
@Injectable()
export class DownloadsService {
  private readonly signingKey: Buffer;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenantDb: TenantDb,
    private readonly platformDb: PlatformDb,
    private readonly audit: AuditTrail,
    private readonly cls: ClsService,
    private readonly keyring: Keyring,
  ) {
    this.signingKey = createHmac('sha256', config.jwtSecret).update('tsunagu downloads v1').digest();
  }

  async create(file: NewDownload): Promise<DownloadLink> {
    const em = this.tenantDb.em;
    const tenantId = this.tenantDb.tenantId;
    const download = await this.store(em, tenantId, file);
    await this.audit.record('download.created', { type: 'download', id: download.id }, { filename: file.filename });
    return this.link(download, tenantId);
  }

  /**
   * A platform download, on the platform path (inside `PlatformDb.run`): a file that spans tenants,
   * such as an NPO admin's roster export. It belongs to no tenant and is audited in the platform chain.
   */
  async createOnPlatformPath(em: EntityManager, file: NewDownload): Promise<DownloadLink> {
    const download = await this.store(em, null, file);
    await this.audit.recordOnPlatformPath(
      em,
      null,
      'download.created',
      { type: 'download', id: download.id },
      { filename: file.filename },
    );
    return this.link(download, null);
  }

  private async store(em: EntityManager, tenantId: string | null, file: NewDownload): Promise<Download> {
    // Files of names and figures are kept no longer than needed: each new export of a tenant (or of
    // the platform) removes that tenant's expired ones.
    await em.nativeDelete(Download, { tenant: tenantId, expiresAt: { $lt: new Date() } });
    const download = em.create(Download, {
      tenant: tenantId ? em.getReference(Tenant, tenantId) : null,
      userId: this.actor().userId as string,
      filename: file.filename,
      contentType: file.contentType,
      content: Buffer.alloc(0),
      expiresAt: new Date(Date.now() + DOWNLOAD_TTL_SECONDS * 1000),
    });
    // Sealed at rest for its own id: a file of names and addresses is never plain in the database.
    download.content = this.keyring.sealBytes(file.content, downloadContext(download.id));
    await em.flush();
    return download;
  }

  private link(download: Download, tenantId: string | null): DownloadLink {
    const claims: LinkClaims = {
      d: download.id,
      t: tenantId ?? '',
      u: download.userId,
      e: Math.floor(download.expiresAt.getTime() / 1000),
    };
    return { url: `${this.config.publicBaseUrl}/downloads/${this.sign(claims)}`, expiresAt: download.expiresAt };
  }

  private actor(): AuditActor {
    const actor = this.cls.get<AuditActor | undefined>(AUDIT_ACTOR);
    if (!actor?.userId) throw new Error('Downloads are created for an authenticated user');
    return actor;
  }

  /** Opens a link for `userId`: refused when forged, expired or made for someone else. */
  async fetch(token: string, userId: string): Promise<FetchedDownload> {
    const claims = this.verify(token);
    if (!claims || claims.e * 1000 < Date.now()) {
      throw new NotFoundError('DOWNLOAD_EXPIRED', 'This download link has expired or is not valid');
    }
    if (claims.u !== userId) throw new ForbiddenError('NOT_YOUR_DOWNLOAD', 'This download belongs to someone else');
    const open = async (em: EntityManager): Promise<FetchedDownload> => {
      const download = await em.findOne(
        Download,
        { id: claims.d, userId, tenant: claims.t || null, expiresAt: { $gt: new Date() } },
        { populate: ['content'] },
      );
      if (!download) throw new NotFoundError('DOWNLOAD_EXPIRED', 'This download link has expired or is not valid');
      const target = { type: 'download', id: download.id };
      if (claims.t) await this.audit.record('download.fetched', target, { filename: download.filename });
      else await this.audit.recordOnPlatformPath(em, null, 'download.fetched', target, { filename: download.filename });
      const content = this.keyring.openBytes(download.content, downloadContext(download.id));
      return { filename: download.filename, contentType: download.contentType, content };
    };
    return claims.t
      ? this.tenantDb.withTenant(claims.t, open)
      : this.platformDb.run('downloads: fetch a platform download', open);
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
      // Every claim is required, the expiry too: a link without one would never expire.
      return typeof claims.d === 'string' &&
        typeof claims.t === 'string' &&
        typeof claims.u === 'string' &&
        typeof claims.e === 'number' &&
        Number.isFinite(claims.e)
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
