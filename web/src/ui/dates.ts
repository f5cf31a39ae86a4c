import { TIME_ZONE } from '../i18n/format';

/** Today in Vietnam as `yyyy-MM-dd` (what a date input holds). */
export function todayInVietnam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(now);
}

/** A date input's `yyyy-MM-dd` as the instant the day starts in Vietnam (00:00 +07:00); null if not a date. */
export function startOfVietnamDay(day: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T00:00:00+07:00`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
