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

/** How long sending took, in the parts a reader wants: under a second, seconds (tenths below ten), minutes, hours. */
export function durationParts(
  seconds: number,
):
  | { unit: 'underSecond' }
  | { unit: 'seconds'; s: number }
  | { unit: 'minutes'; m: number; s: number }
  | { unit: 'hours'; h: number; m: number } {
  if (seconds < 1) return { unit: 'underSecond' };
  if (seconds < 10) return { unit: 'seconds', s: Math.floor(seconds * 10) / 10 };
  const whole = Math.round(seconds);
  if (whole < 60) return { unit: 'seconds', s: whole };
  if (whole < 3600) return { unit: 'minutes', m: Math.floor(whole / 60), s: whole % 60 };
  return { unit: 'hours', h: Math.floor(whole / 3600), m: Math.floor((whole % 3600) / 60) };
}

/** When a broadcast went (its sending began) or goes (its schedule); null: as soon as it is approved. */
export function goesAt(b: {
  scheduledAt?: string | null;
  figures?: { startedAt?: string | null } | null;
}): string | null {
  return b.figures?.startedAt ?? b.scheduledAt ?? null;
}
