import { TIME_ZONE } from '../../i18n/format';

export type PeriodKind = 'QUARTER' | 'HALF_YEAR' | 'YEAR';

function vietnamParts(now: Date): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** The calendar year in Vietnam. */
export function vietnamYear(now = new Date()): number {
  return vietnamParts(now).year;
}

/** The period label running now in Vietnam: `2026-Q4`, `2026-H2` or `2026`. */
export function currentPeriod(kind: PeriodKind, now = new Date()): string {
  const { year, month } = vietnamParts(now);
  if (kind === 'YEAR') return String(year);
  if (kind === 'HALF_YEAR') return `${year}-H${month <= 6 ? 1 : 2}`;
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** A period label as the contract writes it. */
export function isPeriodLabel(value: string): boolean {
  return /^\d{4}(-Q[1-4]|-H[12])?$/.test(value);
}

/** Today's date in Vietnam as an `<input type="date">` value. */
export function todayInput(now = new Date()): string {
  const { year, month, day } = vietnamParts(now);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date input's day, as the end of the working day (17:00) in Vietnam. */
export function dueFromInput(value: string): string {
  return new Date(`${value}T17:00:00+07:00`).toISOString();
}

/** An instant as a date input's value (the day in Vietnam). */
export function inputFromInstant(iso: string): string {
  return todayInput(new Date(iso));
}
