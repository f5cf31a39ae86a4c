import type { CatalogueDistinction, CatalogueRequirement } from '../../peers';
import { initiativeSatisfies, pathwaySteps } from '../pathway.rules';

const rules = (code: string, requirements: CatalogueRequirement[]) => ({
  code,
  source: 'Luật Thi đua, khen thưởng 2022',
  prerequisitesExhaustive: true,
  prerequisites: [{ target: 'INDIVIDUAL', source: 'Điều 21', requirements }],
});

const CATALOGUE: CatalogueDistinction[] = [
  {
    code: 'LAO_DONG_TIEN_TIEN',
    targets: ['INDIVIDUAL'],
    kind: 'TITLE',
    nameVi: 'Lao động tiên tiến',
    rules: null,
  },
  {
    code: 'CHIEN_SI_THI_DUA_CO_SO',
    targets: ['INDIVIDUAL'],
    kind: 'TITLE',
    nameVi: 'Chiến sĩ thi đua cơ sở',
    rules: rules('CHIEN_SI_THI_DUA_CO_SO', [
      { kind: 'DISTINCTION', code: 'LAO_DONG_TIEN_TIEN', times: 1, consecutive: false },
      { kind: 'INITIATIVE', reach: 'INSTITUTION' },
    ]),
  },
  {
    code: 'CHIEN_SI_THI_DUA_CAP_TINH',
    targets: ['INDIVIDUAL'],
    kind: 'TITLE',
    nameVi: 'Chiến sĩ thi đua cấp tỉnh',
    rules: rules('CHIEN_SI_THI_DUA_CAP_TINH', [
      { kind: 'DISTINCTION', code: 'CHIEN_SI_THI_DUA_CO_SO', times: 3, consecutive: true },
      { kind: 'INITIATIVE', reach: 'PROVINCE' },
    ]),
  },
  {
    code: 'TAP_THE_LAO_DONG_XUAT_SAC',
    targets: ['COLLECTIVE'],
    kind: 'TITLE',
    nameVi: 'Tập thể lao động xuất sắc',
    rules: null,
  },
];

describe('pathway', () => {
  it('lists each higher distinction of the target with every missing condition in Vietnamese and the earliest year', () => {
    const steps = pathwaySteps(
      CATALOGUE,
      'INDIVIDUAL',
      {
        held: new Map([
          ['LAO_DONG_TIEN_TIEN', new Set([2024, 2025, 2026])],
          ['CHIEN_SI_THI_DUA_CO_SO', new Set([2024, 2025])],
        ]),
        initiativeReach: 'INSTITUTION',
      },
      2026,
    );
    expect(steps).toEqual([
      { code: 'CHIEN_SI_THI_DUA_CO_SO', eligible: true, missing: [], earliestYear: 2026 },
      {
        code: 'CHIEN_SI_THI_DUA_CAP_TINH',
        eligible: false,
        missing: [
          'Cần 3 năm liên tục đạt Chiến sĩ thi đua cơ sở; còn thiếu năm 2026.',
          'Cần một sáng kiến được công nhận cấp tỉnh.',
        ],
        earliestYear: 2026,
      },
    ]);
  });

  it('counts the years still to come toward a run that a gap broke', () => {
    const step = pathwaySteps(
      CATALOGUE,
      'INDIVIDUAL',
      { held: new Map([['CHIEN_SI_THI_DUA_CO_SO', new Set([2023, 2025])]]), initiativeReach: 'NATION' },
      2026,
    ).find((s) => s.code === 'CHIEN_SI_THI_DUA_CAP_TINH');
    expect(step).toEqual({
      code: 'CHIEN_SI_THI_DUA_CAP_TINH',
      eligible: false,
      missing: ['Cần 3 năm liên tục đạt Chiến sĩ thi đua cơ sở; còn thiếu các năm 2026, 2027.'],
      earliestYear: 2027,
    });
  });

  it('takes a recognized initiative at its reach or wider', () => {
    expect(initiativeSatisfies('PROVINCE', 'INSTITUTION')).toBe(true);
    expect(initiativeSatisfies('INSTITUTION', 'PROVINCE')).toBe(false);
    expect(initiativeSatisfies(null, 'INSTITUTION')).toBe(false);
  });
});
