import type { CombinedError } from '@urql/core';
import type { MessageKey } from '../../../i18n/catalogue';
import { TIME_ZONE } from '../../../i18n/format';
import type { Language } from '../../../i18n/i18n';

const CALENDAR = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Vietnam, YYYY-MM-DD (the value of an `<input type="date">`). */
export function todayInVietnam(now = new Date()): string {
  return CALENDAR.format(now);
}

/** The year in Vietnam. */
export function yearInVietnam(now = new Date()): number {
  return Number(todayInVietnam(now).slice(0, 4));
}

/**
 * A decision's instant from the calendar date signed: 09:00 that day in Vietnam (UTC+7, no
 * daylight saving). The rules and the base salary are those of the calendar date; null when the
 * text is no real date.
 */
export function decidedAtOf(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const at = new Date(`${date}T09:00:00+07:00`);
  if (Number.isNaN(at.getTime()) || todayInVietnam(at) !== date) return null;
  return at.toISOString();
}

/** One nomination a decision refused (SPEC 8: `extensions.nominations`). */
export interface Refusal {
  id: string;
  code: string;
  reason: string;
  rule?: string;
}

/** The refused nominations of a decision's error; null when the error is of another kind. */
export function refusalsOf(error: CombinedError | undefined | null): Refusal[] | null {
  for (const e of error?.graphQLErrors ?? []) {
    const listed = e.extensions?.nominations;
    if (Array.isArray(listed)) {
      return listed.flatMap((r: unknown) => {
        const x = r as Partial<Refusal> | null;
        return x && typeof x.id === 'string' && typeof x.code === 'string'
          ? [
              {
                id: x.id,
                code: x.code,
                reason: typeof x.reason === 'string' ? x.reason : '',
                ...(typeof x.rule === 'string' ? { rule: x.rule } : {}),
              },
            ]
          : [];
      });
    }
  }
  return null;
}

const RULES = new Set(['LEADER_REQUIRES_COLLECTIVE', 'PREREQUISITE_MISSING', 'RATIO_CAP_EXCEEDED']);
const CODES = new Set(['INVALID_TRANSITION', 'BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'NOT_ELIGIBLE']);

/** The sentence that explains a refusal: by its rule where the server names one, else by its code. */
export function refusalKey(refusal: Refusal): MessageKey {
  if (refusal.rule && RULES.has(refusal.rule)) return `decisions.refusal.${refusal.rule}` as MessageKey;
  if (CODES.has(refusal.code)) return `decisions.refusal.${refusal.code}` as MessageKey;
  return 'decisions.refusal.other';
}

/** Whole đồng typed with or without grouping dots ("10.000.000"); null for anything else. */
export function parseAmount(text: string, allowNegative: boolean): number | null {
  const compact = text.replace(/[\s.]/g, '');
  if (!(allowNegative ? /^-?\d{1,12}$/ : /^\d{1,12}$/).test(compact)) return null;
  const value = Number(compact);
  return Number.isSafeInteger(value) && value !== 0 && (allowNegative || value > 0) ? value : null;
}

export function distinctionName(d: { nameVi: string; nameEn: string }, language: Language): string {
  return language === 'en' ? d.nameEn : d.nameVi;
}

/** A decision number as a file name: "21/QĐ-THCS" → "21-QĐ-THCS". */
export function fileSafe(text: string): string {
  return text.replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/^-+|-+$/g, '') || 'quyet-dinh';
}
