import { Injectable } from '@nestjs/common';
import type { FilterQuery } from '@mikro-orm/core';
import { AuditEvent, AuditTrail } from '@tsunagu/platform/audit';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { CSV_CONTENT_TYPE, DownloadsService, type DownloadLink } from '@tsunagu/platform/downloads';
import { BadUserInputError } from '@tsunagu/platform/errors';
import { connectionFromRows, decodeCursor, encodeCursor, type Connection } from '@tsunagu/platform/graphql';
import { auditCsv, detailsJson, localCompactDate } from './audit-csv';
import type { AuditChainVerification, AuditEventFilter, AuditEventModel } from './audit.models';

/** The most events one export may hold: narrow the filter (e.g. by `from`/`to`) beyond that. */
export const AUDIT_EXPORT_MAX_EVENTS = 100_000;

const EXPORT_BATCH = 1000;
const SEQ = /^[1-9][0-9]{0,18}$/;

/**
 * Reads the audit trail of the request's tenant, in its transaction (row-level security confines
 * it to that tenant; the query names the tenant chain too). Every read and export is itself audited.
 */
@Injectable()
export class AuditQueryService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly audit: AuditTrail,
    private readonly downloads: DownloadsService,
  ) {}

  /** Newest first (by seq). */
  async list(
    filter: AuditEventFilter | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<AuditEventModel>> {
    const conditions = this.conditions(filter);
    if (after) conditions.push({ seq: { $lt: decodeCursor(after, seqOfCursor) } });
    const rows = await this.tenantDb.em.find(
      AuditEvent,
      { $and: conditions },
      { orderBy: { seq: 'desc' }, limit: first + 1, disableIdentityMap: true },
    );
    const page = connectionFromRows(rows, first, (event) => encodeCursor({ seq: event.seq }), toModel);
    await this.audit.record('audit.viewed', undefined, {
      filters: filterNames(filter),
      events: page.edges.length,
    });
    return page;
  }

  async verify(): Promise<AuditChainVerification> {
    const result = await this.audit.verify(this.tenantDb.em, this.tenantDb.tenantId);
    await this.audit.record('audit.verified', undefined, {
      ok: result.ok,
      brokenAt: result.brokenAt,
      checked: result.checked,
    });
    return result;
  }

  /** A CSV of the matching events in chain order, as a download link for the requester. */
  async export(filter: AuditEventFilter | null | undefined): Promise<DownloadLink> {
    const em = this.tenantDb.em;
    const tenantId = this.tenantDb.tenantId;
    const conditions = this.conditions(filter);
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
    const tenant = await em.findOneOrFail(Tenant, { id: tenantId });
    const link = await this.downloads.create({
      filename: `audit-${tenant.slug}-${localCompactDate(new Date(), tenant.timezone)}.csv`,
      contentType: CSV_CONTENT_TYPE,
      content: auditCsv(events, tenant.timezone),
    });
    await this.audit.record('audit.exported', undefined, { filters: filterNames(filter), events: events.length });
    return link;
  }

  /** The tenant's chain, narrowed by the filter. */
  private conditions(filter: AuditEventFilter | null | undefined): FilterQuery<AuditEvent>[] {
    const tenantId = this.tenantDb.tenantId;
    const conditions: FilterQuery<AuditEvent>[] = [{ chain: tenantId }, { tenant: tenantId }];
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

function toModel(event: AuditEvent): AuditEventModel {
  return {
    id: event.id,
    seq: String(event.seq),
    occurredAt: event.occurredAt,
    actorUserId: event.actorUserId ?? null,
    actorLabel: event.actorLabel,
    action: event.action,
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
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
