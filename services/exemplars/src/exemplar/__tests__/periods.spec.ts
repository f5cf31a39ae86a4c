import {
  checkEvaluationPeriod,
  nextEvaluationDue,
  parsePeriod,
  periodAt,
  periodEnd,
  periodStart,
} from '../periods';

describe('evaluation periods', () => {
  it('reads the three labels and nothing else', () => {
    expect(parsePeriod('2027-Q1')).toEqual({ kind: 'QUARTER', year: 2027, index: 1 });
    expect(parsePeriod('2027-H2')).toEqual({ kind: 'HALF_YEAR', year: 2027, index: 2 });
    expect(parsePeriod('2027')).toEqual({ kind: 'YEAR', year: 2027, index: 1 });
    for (const bad of ['2027-Q5', '2027-H3', '27', '2027-q1', '2027-Q1 ', 'Q1-2027'])
      expect(parsePeriod(bad)).toBeNull();
  });

  it('begins and ends at midnight in Vietnam', () => {
    const q1 = parsePeriod('2027-Q1')!;
    expect(periodStart(q1).toISOString()).toBe('2026-12-31T17:00:00.000Z');
    expect(periodEnd(q1).toISOString()).toBe('2027-03-31T17:00:00.000Z');
    expect(periodEnd(parsePeriod('2027-Q4')!).toISOString()).toBe('2027-12-31T17:00:00.000Z');
    expect(periodEnd(parsePeriod('2027-H1')!).toISOString()).toBe('2027-06-30T17:00:00.000Z');
    // 1 January 00:30 in Hà Nội is still 31 December in UTC.
    expect(periodAt('QUARTER', new Date('2026-12-31T17:30:00Z'))).toEqual({
      kind: 'QUARTER',
      year: 2027,
      index: 1,
    });
  });

  it('is due at the end of the first unevaluated period after the last evaluation, or after the plan', () => {
    const plan = { period: 'QUARTER' as const, setAt: new Date('2027-02-10T03:00:00Z') };
    expect(nextEvaluationDue(null, [])).toBeNull();
    expect(nextEvaluationDue(plan, [])!.toISOString()).toBe('2027-03-31T17:00:00.000Z');
    expect(nextEvaluationDue(plan, ['2027-Q1'])!.toISOString()).toBe('2027-06-30T17:00:00.000Z');
    // A gap before the last evaluation is not what is due next.
    expect(nextEvaluationDue(plan, ['2026-Q1', '2026-Q2'])!.toISOString()).toBe('2026-09-30T17:00:00.000Z');
    expect(nextEvaluationDue(plan, ['2027-Q1', '2027-Q3'])!.toISOString()).toBe('2027-12-31T17:00:00.000Z');
    // Labels of another kind do not count.
    expect(nextEvaluationDue(plan, ['2027-H1'])!.toISOString()).toBe('2027-03-31T17:00:00.000Z');
  });

  it('refuses a malformed label, another kind than the plan, and a period not begun, naming the field', () => {
    const now = new Date('2027-02-10T03:00:00Z');
    const field = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (
          (e as { code: string; extensions: { field: string } }).code +
          ' ' +
          (e as { extensions: { field: string } }).extensions.field
        );
      }
      return 'accepted';
    };
    expect(field(() => checkEvaluationPeriod('2027-Q9', 'QUARTER', now))).toBe('BAD_USER_INPUT period');
    expect(field(() => checkEvaluationPeriod('2027-H1', 'QUARTER', now))).toBe('BAD_USER_INPUT period');
    expect(field(() => checkEvaluationPeriod('2027-Q2', 'QUARTER', now))).toBe('BAD_USER_INPUT period');
    expect(field(() => checkEvaluationPeriod('2027-Q1', 'QUARTER', now))).toBe('accepted');
    expect(field(() => checkEvaluationPeriod('2026', null, now))).toBe('accepted');
  });
});
