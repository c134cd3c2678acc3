import type { AuditEvent } from '@tsunagu/platform/audit';
import { toCsv } from '@tsunagu/platform/downloads';
import { subjectName, type PeopleNames } from './audit-people';

/** The columns of the audit export, as Japanese auditors read them. */
export const AUDIT_CSV_HEADER = [
  '日時',
  '連番',
  '操作者',
  '操作者名',
  '操作者ID',
  '操作',
  '対象種別',
  '対象ID',
  '対象者名',
  'リクエストID',
  'IPアドレス',
  '詳細',
  'ハッシュ',
  '直前のハッシュ',
] as const;

/**
 * The audit export: UTF-8 with BOM, one record per event in chain order, times in the tenant's
 * time zone (ISO 8601 with its offset), details as the same JSON text as the `details` field, people
 * by name as well as by id (as the reader's chain shows them today).
 */
export function auditCsv(events: readonly AuditEvent[], timeZone: string, names: PeopleNames): Buffer {
  return toCsv(
    AUDIT_CSV_HEADER,
    events.map((event) => [
      localIsoTime(event.occurredAt, timeZone),
      event.seq,
      event.actorLabel,
      event.actorUserId ? (names.users.get(event.actorUserId) ?? null) : null,
      event.actorUserId,
      event.action,
      event.targetType,
      event.targetId,
      subjectName(event, names),
      event.requestId,
      event.ip,
      detailsJson(event.details),
      event.hash,
      event.prevHash,
    ]),
  );
}

/** Details as JSON text with the keys sorted, or null when there are none. */
export function detailsJson(details: AuditEvent['details']): string | null {
  if (!details) return null;
  return JSON.stringify(
    Object.fromEntries(
      Object.keys(details)
        .sort()
        .map((key) => [key, details[key]]),
    ),
  );
}

/** `2026-11-27T19:05:00.123+09:00`: the instant in `timeZone`, with its offset. */
export function localIsoTime(instant: Date, timeZone: string): string {
  const part = localParts(instant, timeZone);
  const ms = String(instant.getUTCMilliseconds()).padStart(3, '0');
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}.${ms}${part.offset}`;
}

/** `20261127`: the calendar date of `instant` in `timeZone`. */
export function localCompactDate(instant: Date, timeZone: string): string {
  const part = localParts(instant, timeZone);
  return `${part.year}${part.month}${part.day}`;
}

interface LocalParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
  /** `+09:00`, or `Z` for UTC. */
  offset: string;
}

function localParts(instant: Date, timeZone: string): LocalParts {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  // `GMT+09:00`, or plain `GMT` at offset zero.
  const offset = get('timeZoneName').replace(/^GMT/, '') || 'Z';
  return {
    year: get('year').padStart(4, '0'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
    offset,
  };
}
