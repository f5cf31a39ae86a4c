/**
 * Deadlines as officers write them (seed 000: "trước 17giờ ngày 23/3/2018"): a local hour and a
 * day in Asia/Ho_Chi_Minh, which has kept UTC+7 without daylight saving since 1975. Parsing and
 * formatting are plain arithmetic, so they do not depend on the browser's zone.
 */
const OFFSET_HOURS = 7;

export type DeadlineProblem = 'empty' | 'format' | 'hour' | 'day';

export type ParsedDeadline = { ok: true; iso: string } | { ok: false; problem: DeadlineProblem };

/** The parts of an instant on Vietnam's clock. */
export function vietnamParts(value: string | Date): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
} {
  const date = typeof value === 'string' ? new Date(value) : value;
  const shifted = new Date(date.getTime() + OFFSET_HOURS * 3_600_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/** "17:00, 23/03/2026", as deadlines are shown everywhere in the app. */
export function formatDeadline(value: string | Date | null | undefined): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const p = vietnamParts(date);
  return `${two(p.hour)}:${two(p.minute)}, ${two(p.day)}/${two(p.month)}/${p.year}`;
}

/** The instant of a wall-clock time in Vietnam, or null when the day does not exist. */
export function vietnamInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
): Date | null {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return new Date(Date.UTC(year, month - 1, day, hour - OFFSET_HOURS, minute));
}

const TIME = String.raw`(\d{1,2})\s*(?:[:hg]|giờ)\s*(\d{2})?\s*(?:phút)?`;
const DAY = String.raw`(?:ngày\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?`;
const TIME_FIRST = new RegExp(String.raw`^${TIME}\s*[,;]?\s*${DAY}$`, 'i');
const DAY_FIRST = new RegExp(String.raw`^${DAY}\s*[,;]?\s*(?:lúc\s*)?${TIME}$`, 'i');
const DAY_ONLY = new RegExp(String.raw`^${DAY}$`, 'i');

/**
 * "17:00, 23/03", "17h 23/3/2027", "17 giờ ngày 23/3/2027", "23/03/2027 17:00" → the instant.
 * Without a year, `defaultYear(month)` says which one is meant (the campaign's, see `yearOfMonth`).
 * The hour is required: a deadline without one is ambiguous.
 */
export function parseDeadline(text: string, defaultYear: (month: number) => number): ParsedDeadline {
  const input = text.trim().replace(/\s+/g, ' ');
  if (!input) return { ok: false, problem: 'empty' };
  let hour: string | undefined;
  let minute: string | undefined;
  let day: string | undefined;
  let month: string | undefined;
  let year: string | undefined;
  const timeFirst = TIME_FIRST.exec(input);
  const dayFirst = DAY_FIRST.exec(input);
  if (timeFirst) [, hour, minute, day, month, year] = timeFirst;
  else if (dayFirst) [, day, month, year, hour, minute] = dayFirst;
  else if (DAY_ONLY.test(input)) return { ok: false, problem: 'hour' };
  else return { ok: false, problem: 'format' };
  const m = Number(month);
  const h = Number(hour);
  const min = Number(minute ?? '0');
  if (h > 23 || min > 59) return { ok: false, problem: 'hour' };
  const y = year ? Number(year) : defaultYear(m);
  const instant = vietnamInstant(y, m, Number(day), h, min);
  return instant ? { ok: true, iso: instant.toISOString() } : { ok: false, problem: 'day' };
}

/**
 * The year a day-and-month without a year falls in, for a campaign of `year`: the same year on
 * the calendar year; on a school year (September to August), January–August are the next year.
 */
export function yearOfMonth(year: number, calendar: 'SCHOOL_YEAR' | 'CALENDAR_YEAR', month: number): number {
  return calendar === 'SCHOOL_YEAR' && month < 9 ? year + 1 : year;
}

/** Whole days from `now` to `at` (negative when past), counted on Vietnam's calendar. */
export function daysUntil(at: string | Date, now: Date): number {
  const a = vietnamParts(at);
  const b = vietnamParts(now);
  return Math.round(
    (Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) / 86_400_000,
  );
}
