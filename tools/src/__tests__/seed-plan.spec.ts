import { bucket, bucketSql, FULL, pathTo, planNational, stageOf, type Level } from '../seed/plan';

/** Evaluates the SQL bucket expression the way PostgreSQL does on bigints (integer division). */
function evalBucketSql(level: Level, k: number): number {
  const js = bucketSql(level, 'k').replace(/\(k \/ (\d+)\)/g, (_, d: string) => `Math.floor(k / ${d})`);
  return Function('k', `return ${js};`)(k) as number;
}

describe('the national dataset plan', () => {
  it('has SPEC 4 figures at scale 1', () => {
    const plan = planNational(1, { year: 2027, openSessions: true });
    expect([plan.provinces, plan.districts, plan.institutions, plan.units, plan.people]).toEqual([
      FULL.provinces,
      FULL.districts,
      FULL.institutions,
      FULL.units,
      FULL.people,
    ]);
    expect(FULL.nominations - plan.nominations).toBeGreaterThanOrEqual(0);
    expect(FULL.nominations - plan.nominations).toBeLessThanOrEqual(2);
    expect(Math.abs(plan.ballotChoices - FULL.ballotChoices) / FULL.ballotChoices).toBeLessThan(0.02);
    expect(plan.toProvince).toBeGreaterThan(plan.toNation);
    expect(plan.toNation).toBeGreaterThan(0);
    expect(Object.values(plan.byStage).reduce((a, b) => a + b, 0)).toBe(plan.nominations);
  });

  it('keeps a coherent minimum at a tiny scale, and leaves nothing under review without a sealing key', () => {
    const plan = planNational(0.0005, { year: 2027, openSessions: false });
    expect(plan.provinces).toBe(2);
    expect(plan.districts).toBeGreaterThanOrEqual(plan.provinces);
    expect(plan.byStage.UNDER_REVIEW).toBeUndefined();
    expect(plan.staff * 3).toBeGreaterThan(plan.base);
  });

  it('computes the same stage buckets in Node and in SQL', () => {
    for (const level of [0, 1, 2] as Level[])
      for (const k of [0, 1, 99, 100, 12_345, 999_999])
        expect(evalBucketSql(level, k)).toBe(bucket(level, k));
  });

  it('records every stage a nomination went through, ending with its own', () => {
    expect(pathTo('ESCALATED', false)).toEqual([
      'REGISTERED',
      'PROPOSED',
      'UNDER_REVIEW',
      'COUNCIL_APPROVED',
      'RECOGNIZED',
      'ESCALATED',
    ]);
    expect(pathTo('COUNCIL_REJECTED', true)).toEqual(['PROPOSED', 'UNDER_REVIEW', 'COUNCIL_REJECTED']);
    expect(pathTo('WITHDRAWN', false)).toEqual(['REGISTERED', 'WITHDRAWN']);
    for (const level of [0, 1, 2] as Level[])
      for (let k = 0; k < 500; k++) {
        const stage = stageOf(level, k, true);
        expect(pathTo(stage, level > 0).at(-1)).toBe(stage);
      }
  });
});
