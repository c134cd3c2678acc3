/** A keyset position in a list ordered by a time, newest first, then by id (the content of a cursor). */
export interface Position {
  at: string;
  id: string;
}

/** A timestamp as PostgreSQL writes it, to the microsecond (a JS Date would round it to milliseconds), or ISO. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a client's id is a UUID: checked before it reaches SQL, where a bad one would fail the cast. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A decoded cursor, if it is a position; anything else is refused before it reaches SQL. */
export function parsePosition(value: unknown): Position | undefined {
  const v = value as Partial<Position> | null;
  return typeof v?.at === 'string' && TIMESTAMP.test(v.at) && typeof v.id === 'string' && isUuid(v.id)
    ? { at: v.at, id: v.id }
    : undefined;
}

/**
 * The rows after `position` in a list ordered by `createdAt` then `id`, newest first: a filter to
 * spread into `em.find`; nothing when there is no position (the first page).
 */
export function createdBefore(position: Position | undefined): {
  $or?: ({ createdAt: { $lt: Date } } | { createdAt: Date; id: { $lt: string } })[];
} {
  if (!position) return {};
  const at = new Date(position.at);
  return { $or: [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: position.id } }] };
}
