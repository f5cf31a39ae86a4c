import { ExportError } from '../exports/export-http';
import { campaignRows, distinctionRows, parseStatisticsParams } from '../exports/statistics.export';

describe('statistics export parameters', () => {
  const parse = (query: string) => parseStatisticsParams(new URLSearchParams(query));

  it('takes an organization and a four-digit year', () => {
    expect(parse('organizationId=o&year=2027')).toEqual({ organizationId: 'o', year: 2027 });
  });

  it('reports every bad parameter at once, as BAD_USER_INPUT', () => {
    const problems = (query: string) => {
      try {
        parse(query);
      } catch (error) {
        if (!(error instanceof ExportError)) throw error;
        expect(error.status).toBe(400);
        return error.errors.map((e) => [e.extensions.code, e.extensions.field]);
      }
      throw new Error(`expected ${query} to be refused`);
    };
    expect(problems('')).toEqual([
      ['BAD_USER_INPUT', 'organizationId'],
      ['BAD_USER_INPUT', 'year'],
    ]);
    for (const year of ['27', '1999', '2101', '2027.0', '2027-01', 'x'])
      expect(problems(`organizationId=o&year=${year}`)).toEqual([['BAD_USER_INPUT', 'year']]);
    expect(problems('organizationId=o&year=2027&year=2028')).toEqual([['BAD_USER_INPUT', 'year']]);
  });
});

describe('statistics export rows', () => {
  it('adds the organization`s own and those below; those from above stay apart', () => {
    const k = (annual: number, thematic: number, phase: number) => ({
      annual,
      thematic,
      phase,
      total: annual + thematic + phase,
    });
    const rows = campaignRows('Tỉnh A', { own: k(1, 0, 1), below: k(4, 2, 0), above: k(1, 1, 0) });
    expect(rows.map((r) => r.slice(2))).toEqual([
      [8, 5, 2, 1],
      [2, 1, 0, 1],
      [6, 4, 2, 0],
      [2, 1, 1, 0],
    ]);
  });

  it('lists the catalogue by section with subtotals; a target a distinction cannot take is empty', () => {
    const catalogue = [
      { code: 'LAO_DONG_TIEN_TIEN', nameVi: 'Lao động tiên tiến', kind: 'TITLE', targets: ['INDIVIDUAL'] },
      { code: 'GIAY_KHEN', nameVi: 'Giấy khen', kind: 'AWARD', targets: ['INDIVIDUAL', 'COLLECTIVE'] },
      { code: 'BANG_KHEN_TINH', nameVi: 'Bằng khen', kind: 'AWARD', targets: ['INDIVIDUAL', 'COLLECTIVE'] },
    ];
    const f = (code: string, [rc, ri, pc, pi, kc, ki]: number[]) => ({
      distinction: { code },
      registered: { collectives: rc!, individuals: ri! },
      proposed: { collectives: pc!, individuals: pi! },
      recognized: { collectives: kc!, individuals: ki! },
    });
    const rows = distinctionRows(catalogue, [
      f('LAO_DONG_TIEN_TIEN', [0, 5, 0, 4, 0, 3]),
      f('GIAY_KHEN', [2, 1, 2, 1, 1, 1]),
      // No longer in the catalogue: still counted, under "Khác".
      f('CU', [0, 1, 0, 1, 0, 1]),
    ]);
    expect(rows).toEqual([
      [null, 'TỔNG SỐ', null, 2, 7, 2, 6, 1, 5],
      ['I', 'Danh hiệu thi đua', null, 0, 5, 0, 4, 0, 3],
      [1, 'Lao động tiên tiến', 'LAO_DONG_TIEN_TIEN', null, 5, null, 4, null, 3],
      ['II', 'Hình thức khen thưởng', null, 2, 1, 2, 1, 1, 1],
      [1, 'Giấy khen', 'GIAY_KHEN', 2, 1, 2, 1, 1, 1],
      [2, 'Bằng khen', 'BANG_KHEN_TINH', 0, 0, 0, 0, 0, 0],
      ['III', 'Khác', null, 0, 1, 0, 1, 0, 1],
      [1, 'CU', 'CU', 0, 1, 0, 1, 0, 1],
    ]);
  });
});
