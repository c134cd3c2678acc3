import { Injectable } from '@nestjs/common';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent, AuditTrail, PLATFORM_CHAIN, type AuditDetails } from '@tsunagu/platform/audit';
import { PlatformDb, Tenant, TenantDb } from '@tsunagu/platform/database';
import { CSV_CONTENT_TYPE, DownloadsService, type DownloadLink, type NewDownload } from '@tsunagu/platform/downloads';
import { BadUserInputError } from '@tsunagu/platform/errors';
import { connectionFromRows, decodeCursor, encodeCursor, type Connection } from '@tsunagu/platform/graphql';
import { auditCsv, detailsJson, localCompactDate } from './audit-csv';
import { peopleNames, subjectName, type PeopleNames } from './audit-people';
import type { AuditChainVerification, AuditEventFilter, AuditEventModel } from './audit.models';

/** The most events one export may hold: narrow the filter (e.g. by `from`/`to`) beyond that. */
export const AUDIT_EXPORT_MAX_EVENTS = 100_000;

/** The platform's own trail is read by the NPO's operations team, in Japan. */
const PLATFORM_TIME_ZONE = 'Asia/Tokyo';

const EXPORT_BATCH = 1000;
const SEQ = /^[1-9][0-9]{0,18}$/;

/**
 * One audit chain as a reader reaches it: a tenant's in the request's tenant transaction (row-level
 * security confines it to that tenant), or the platform's on the platform path. Reading one is
 * itself an event of that chain.
 */
interface ChainAccess {
  /** The tenant of the chain; null for the platform chain. */
  tenantId: string | null;
  run<T>(purpose: string, fn: (em: EntityManager) => Promise<T>): Promise<T>;
  record(em: EntityManager, action: string, details: AuditDetails): Promise<void>;
  download(em: EntityManager, file: NewDownload): Promise<DownloadLink>;
}

/**
 * Reads an audit trail: the request's tenant's (`auditEvents`, ...) or the platform's
 * (`platformAuditEvents`, ...), the same way. Every read and export is itself audited.
 */
@Injectable()
export class AuditQueryService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly platformDb: PlatformDb,
    private readonly audit: AuditTrail,
    private readonly downloads: DownloadsService,
  ) {}

  /** The request's tenant's chain. */
  tenantChain(): ChainAccess {
    const tenantDb = this.tenantDb;
    return {
      tenantId: tenantDb.tenantId,
      run: (_purpose, fn) => fn(tenantDb.em),
      record: (_em, action, details) => this.audit.record(action, undefined, details),
      download: (_em, file) => this.downloads.create(file),
    };
  }

  /** The platform chain (sign-ins, onboarding, emergency access), on the platform path. */
  platformChain(): ChainAccess {
    return {
      tenantId: null,
      run: (purpose, fn) => this.platformDb.run(purpose, fn),
      record: (em, action, details) => this.audit.recordOnPlatformPath(em, null, action, undefined, details),
      download: (em, file) => this.downloads.createOnPlatformPath(em, file),
    };
  }

  /** Newest first (by seq). */
  async list(
    access: ChainAccess,
    filter: AuditEventFilter | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<AuditEventModel>> {
    const conditions = this.conditions(access, filter);
    if (after) conditions.push({ seq: { $lt: decodeCursor(after, seqOfCursor) } });
    return access.run('audit: read a trail', async (em) => {
      const rows = await em.find(
        AuditEvent,
        { $and: conditions },
        { orderBy: { seq: 'desc' }, limit: first + 1, disableIdentityMap: true },
      );
      const names = await peopleNames(em, rows);
      const page = connectionFromRows(
        rows,
        first,
        (event) => encodeCursor({ seq: event.seq }),
        (event) => toModel(event, names),
      );
      await access.record(em, 'audit.viewed', { filters: filterNames(filter), events: page.edges.length });
      return page;
    });
  }

  async verify(access: ChainAccess): Promise<AuditChainVerification> {
    return access.run('audit: verify a chain', async (em) => {
      const result = await this.audit.verify(em, access.tenantId);
      await access.record(em, 'audit.verified', { ok: result.ok, brokenAt: result.brokenAt, checked: result.checked });
      return result;
    });
  }

  /** A CSV of the matching events in chain order, as a download link for the requester. */
  async export(access: ChainAccess, filter: AuditEventFilter | null | undefined): Promise<DownloadLink> {
    const conditions = this.conditions(access, filter);
    return access.run('audit: export a trail', async (em) => {
      const total = await em.count(AuditEvent, { $and: conditions });
      if (total > AUDIT_EXPORT_MAX_EVENTS) {
        throw new BadUserInputError(
          [{ field: 'filter', messages: [`at most ${AUDIT_EXPORT_MAX_EVENTS} events can be exported at once`] }],
          'EXPORT_TOO_LARGE',
          'Too many events for one export: narrow the filter',
        );
      }
      const events: AuditEvent[] = [];
      for (let last: string | undefined; ; ) {
        const batch = await em.find(
          AuditEvent,
          { $and: last ? [...conditions, { seq: { $gt: last } }] : conditions },
          { orderBy: { seq: 'asc' }, limit: EXPORT_BATCH, disableIdentityMap: true },
        );
        events.push(...batch);
        if (batch.length < EXPORT_BATCH || events.length >= total) break;
        last = batch[batch.length - 1].seq;
      }
      const tenant = access.tenantId ? await em.findOneOrFail(Tenant, { id: access.tenantId }) : null;
      const timeZone = tenant?.timezone ?? PLATFORM_TIME_ZONE;
      const names = await peopleNames(em, events);
      const link = await access.download(em, {
        filename: `audit-${tenant?.slug ?? PLATFORM_CHAIN}-${localCompactDate(new Date(), timeZone)}.csv`,
        contentType: CSV_CONTENT_TYPE,
        content: auditCsv(events, timeZone, names),
      });
      await access.record(em, 'audit.exported', { filters: filterNames(filter), events: events.length });
      return link;
    });
  }

  /** The chain, narrowed by the filter. */
  private conditions(access: ChainAccess, filter: AuditEventFilter | null | undefined): FilterQuery<AuditEvent>[] {
    const conditions: FilterQuery<AuditEvent>[] = access.tenantId
      ? [{ chain: access.tenantId }, { tenant: access.tenantId }]
      : [{ chain: PLATFORM_CHAIN }, { tenant: null }];
    if (!filter) return conditions;
    if (filter.from && filter.to && filter.from.getTime() > filter.to.getTime()) {
      throw new BadUserInputError([{ field: 'filter.to', messages: ['to must not be before from'] }]);
    }
    if (filter.action) conditions.push({ action: filter.action });
    if (filter.actorUserId) conditions.push({ actorUserId: filter.actorUserId });
    if (filter.targetType) conditions.push({ targetType: filter.targetType });
    if (filter.targetId) conditions.push({ targetId: filter.targetId });
    if (filter.from) conditions.push({ occurredAt: { $gte: filter.from } });
    if (filter.to) conditions.push({ occurredAt: { $lt: filter.to } });
    return conditions;
  }
}

function toModel(event: AuditEvent, names: PeopleNames): AuditEventModel {
  return {
    id: event.id,
    seq: String(event.seq),
    occurredAt: event.occurredAt,
    actorUserId: event.actorUserId ?? null,
    actorLabel: event.actorLabel,
    actorName: event.actorUserId ? (names.users.get(event.actorUserId) ?? null) : null,
    action: event.action,
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    subjectName: subjectName(event, names),
    requestId: event.requestId ?? null,
    ip: event.ip ?? null,
    details: detailsJson(event.details),
    hash: event.hash,
    prevHash: event.prevHash,
  };
}

/** A cursor of this list holds the seq of its event. */
function seqOfCursor(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const seq = (value as { seq?: unknown }).seq;
  return typeof seq === 'string' && SEQ.test(seq) ? seq : undefined;
}

/** Which filter fields a read used (names only, never their values), for its own audit event. */
function filterNames(filter: AuditEventFilter | null | undefined): string | null {
  if (!filter) return null;
  const names = (Object.keys(filter) as (keyof AuditEventFilter)[]).filter((key) => filter[key] != null).sort();
  return names.length > 0 ? names.join(',') : null;
}
