/** The one place dates and numbers are formatted: Asia/Ho_Chi_Minh, dd/MM/yyyy HH:mm, Vietnamese grouping. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `dd/MM/yyyy HH:mm` in Vietnam's time, whatever the browser's zone and language. */
export function formatDateTime(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    dateTimeParts.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

/** `dd/MM/yyyy` in Vietnam's time. */
export function formatDate(value: string | Date): string {
  return formatDateTime(value).slice(0, 10);
}

/** Digit groups of three from the left, for display: 1234567 → ['1', '234', '567']. */
export function digitGroups(value: number): string[] {
  const digits = String(Math.trunc(Math.abs(value)));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  if (value < 0) groups[0] = `-${groups[0]}`;
  return groups;
}

/** Vietnamese grouping: 1234567 → "1.234.567". */
export function formatNumber(value: number): string {
  return digitGroups(value).join('.');
}
