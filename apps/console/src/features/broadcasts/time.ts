/** `2026-08-01T09:30` read in `timeZone` (the tenant's), as an instant. */
export function instantIn(local: string, timeZone: string): Date {
  const asUtc = new Date(`${local}:00Z`);
  const there = new Date(asUtc.toLocaleString('en-US', { timeZone }));
  const utc = new Date(asUtc.toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(asUtc.getTime() - (there.getTime() - utc.getTime()));
}

/** An instant as `2026-08-01T09:30` in `timeZone`: the value of a datetime-local field. */
export function localIn(value: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(new Date(value))
    .replace(' ', 'T');
}
