import { BadUserInputError } from '@laurel/graphql';

export type PeriodKind = 'QUARTER' | 'HALF_YEAR' | 'YEAR';

/** Vietnam keeps UTC+7 all year: periods begin and end at midnight there. */
const VN_OFFSET_MS = 7 * 3_600_000;

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Quarter 1–4, half 1–2, 1 for a year. */
  index: number;
}

const MONTHS: Record<PeriodKind, number> = { QUARTER: 3, HALF_YEAR: 6, YEAR: 12 };

/** `2027-Q1`, `2027-H1`, `2027`; anything else is not a period label. */
export function parsePeriod(label: string): Period | null {
  const m = /^(\d{4})(?:-(Q[1-4]|H[12]))?$/.exec(label);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1945 || year > 2200) return null;
  if (!m[2]) return { kind: 'YEAR', year, index: 1 };
  return { kind: m[2][0] === 'Q' ? 'QUARTER' : 'HALF_YEAR', year, index: Number(m[2][1]) };
}

export function periodLabel(p: Period): string {
  if (p.kind === 'YEAR') return String(p.year);
  return `${p.year}-${p.kind === 'QUARTER' ? 'Q' : 'H'}${p.index}`;
}

/** The instant the period begins (midnight in Vietnam). */
export function periodStart(p: Period): Date {
  const month = (p.index - 1) * MONTHS[p.kind];
  return new Date(Date.UTC(p.year, month, 1) - VN_OFFSET_MS);
}

/** The instant the period ends: the next one's beginning. */
export function periodEnd(p: Period): Date {
  return periodStart(nextPeriod(p));
}

export function nextPeriod(p: Period): Period {
  const count = 12 / MONTHS[p.kind];
  return p.index < count ? { ...p, index: p.index + 1 } : { ...p, year: p.year + 1, index: 1 };
}

/** The period of `kind` that contains the instant. */
export function periodAt(kind: PeriodKind, at: Date): Period {
  const local = new Date(at.getTime() + VN_OFFSET_MS);
  return {
    kind,
    year: local.getUTCFullYear(),
    index: Math.floor(local.getUTCMonth() / MONTHS[kind]) + 1,
  };
}

function compare(a: Period, b: Period): number {
  return a.year - b.year || a.index - b.index;
}

/**
 * docs/API.md §7: the end of the first period after the last evaluation (or after the plan was set) that
 * has no evaluation; null without a plan. Only labels of the plan's period kind count.
 */
export function nextEvaluationDue(
  plan: { period: PeriodKind; setAt: Date } | null,
  evaluatedLabels: readonly string[],
): Date | null {
  if (!plan) return null;
  const evaluated = evaluatedLabels
    .map(parsePeriod)
    .filter((p): p is Period => p !== null && p.kind === plan.period)
    .sort(compare);
  const last = evaluated.at(-1);
  let candidate = last ? nextPeriod(last) : periodAt(plan.period, plan.setAt);
  const done = new Set(evaluated.map(periodLabel));
  while (done.has(periodLabel(candidate))) candidate = nextPeriod(candidate);
  return periodEnd(candidate);
}

/**
 * A label the caller may evaluate now: well formed, of the plan's kind when there is a plan, and
 * already begun (a period is evaluated during or after it, never ahead).
 */
export function checkEvaluationPeriod(label: string, planKind: PeriodKind | null, now: Date): Period {
  const period = parsePeriod(label);
  if (!period)
    throw new BadUserInputError(`period: expected a label such as 2027-Q1, 2027-H1 or 2027, got ${label}`, {
      field: 'period',
    });
  if (planKind && period.kind !== planKind)
    throw new BadUserInputError(`period: the plan is evaluated by ${planKind}, not by ${period.kind}`, {
      field: 'period',
    });
  if (periodStart(period) > now)
    throw new BadUserInputError(`period: ${label} has not begun`, { field: 'period' });
  return period;
}
