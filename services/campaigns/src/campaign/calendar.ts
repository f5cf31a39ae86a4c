/** The platform's calendar (docs/API.md §1): deadlines are instants, read in Vietnam's time zone. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const LOCAL = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(at: Date): Record<string, string> {
  return Object.fromEntries(LOCAL.formatToParts(at).map((p) => [p.type, p.value]));
}

/** "17:00, 23/03/2026": how a Vietnamese plan writes a deadline. */
export function formatLocal(at: Date): string {
  const p = parts(at);
  return `${p.hour}:${p.minute}, ${p.day}/${p.month}/${p.year}`;
}

/** The calendar date in Vietnam, YYYY-MM-DD. */
export function localDate(at: Date): string {
  const p = parts(at);
  return `${p.year}-${p.month}-${p.day}`;
}

export interface Period {
  start: string;
  end: string;
  label: string;
}

/** A school year runs from 1 September to 31 August (the year it starts names it). */
export function campaignPeriod(c: { year: number; endYear: number; kind: string; calendar: string }): Period {
  if (c.calendar === 'SCHOOL_YEAR') {
    const label =
      c.kind === 'PHASE' && c.endYear > c.year
        ? `Giai đoạn năm học ${c.year}–${c.year + 1} đến ${c.endYear}–${c.endYear + 1}`
        : `Năm học ${c.year}–${c.year + 1}`;
    return { start: `${c.year}-09-01`, end: `${c.endYear + 1}-08-31`, label };
  }
  const label =
    c.kind === 'PHASE' && c.endYear > c.year ? `Giai đoạn ${c.year}–${c.endYear}` : `Năm ${c.year}`;
  return { start: `${c.year}-01-01`, end: `${c.endYear}-12-31`, label };
}
