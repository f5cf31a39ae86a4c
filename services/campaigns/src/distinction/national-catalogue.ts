import type { TargetValue } from './distinction.entity';
import type {
  DistinctionKindValue,
  ExclusionValue,
  PrerequisiteRouteValue,
  RequirementValue,
  RewardMultiplesValue,
  RuleVersionValue,
  VoteRuleValue,
} from './distinction-rule.types';

/**
 * The national rules of the catalogue as known on 2026-11-21, seeded by migration
 * 1763850000000. Frozen: a later change of the law is a new migration with its own data, never
 * an edit of this file (a fresh database and an old one must end up with the same rows).
 *
 * Legal timeline, one version per period (in force from, exclusive end):
 * - 2017-10-01 → 2024-01-01: Luật Thi đua, Khen thưởng 2003 (amended 2005, 2013) with Nghị định
 *   91/2017/NĐ-CP (in force 2017-10-01).
 * - 2024-01-01 → 2025-07-01: Luật Thi đua, khen thưởng 06/2022/QH15 (in force 2024-01-01) with
 *   Nghị định 98/2023/NĐ-CP (signed 2023-12-31, in force 2024-01-01: date to confirm).
 * - 2025-07-01 → : the same law with Nghị định 152/2025/NĐ-CP (in force 2025-07-01).
 * An amending law takes effect on 2026-10-01; no figure of it is known here, so no version is
 * cut at that date: the 2025-07-01 version stays open until a migration records what changed.
 * Nothing is seeded before 2017-10-01: a campaign of an earlier year has no catalogue rules.
 * An issuer's version (setDistinctionStandard) is a full copy made when it is set, exclusions
 * included: the migration that records a later national change must say what becomes of the
 * issuers' versions open at its date (e.g. cut them and carry the new national figures over).
 *
 * Every source says where its figure comes from; "[to confirm]" marks what could not be checked
 * against the text (an article number, a date, a base, a figure carried from an earlier decree).
 */

/** targets, kind and delegation of each distinction (migration 1763800000000 made the rows). */
export interface DistinctionProfile {
  targets: readonly TargetValue[];
  kind: DistinctionKindValue;
  /** Nghị định 152/2025/NĐ-CP leaves the standards to each ministry and province. */
  delegated: boolean;
}

const BOTH: readonly TargetValue[] = ['INDIVIDUAL', 'COLLECTIVE'];
const INDIVIDUAL: readonly TargetValue[] = ['INDIVIDUAL'];
const COLLECTIVE: readonly TargetValue[] = ['COLLECTIVE'];

export const DISTINCTION_PROFILES_1763850000000: Readonly<Record<string, DistinctionProfile>> = deepFreeze({
  DIEN_HINH_TIEN_TIEN_CA_NHAN: { targets: INDIVIDUAL, kind: 'RECOGNITION', delegated: false },
  DIEN_HINH_TIEN_TIEN_TAP_THE: { targets: COLLECTIVE, kind: 'RECOGNITION', delegated: false },
  MO_HINH_TIEU_BIEU: { targets: COLLECTIVE, kind: 'RECOGNITION', delegated: false },
  LAO_DONG_TIEN_TIEN: { targets: INDIVIDUAL, kind: 'TITLE', delegated: true },
  CHIEN_SI_THI_DUA_CO_SO: { targets: INDIVIDUAL, kind: 'TITLE', delegated: false },
  CHIEN_SI_THI_DUA_CAP_TINH: { targets: INDIVIDUAL, kind: 'TITLE', delegated: false },
  CHIEN_SI_THI_DUA_TOAN_QUOC: { targets: INDIVIDUAL, kind: 'TITLE', delegated: false },
  TAP_THE_LAO_DONG_TIEN_TIEN: { targets: COLLECTIVE, kind: 'TITLE', delegated: true },
  TAP_THE_LAO_DONG_XUAT_SAC: { targets: COLLECTIVE, kind: 'TITLE', delegated: true },
  GIAY_KHEN: { targets: BOTH, kind: 'AWARD', delegated: true },
  BANG_KHEN_TINH: { targets: BOTH, kind: 'AWARD', delegated: false },
  BANG_KHEN_THU_TUONG: { targets: BOTH, kind: 'AWARD', delegated: false },
  HUAN_CHUONG_LAO_DONG_HANG_BA: { targets: BOTH, kind: 'AWARD', delegated: false },
  SANG_KIEN_CO_SO: { targets: INDIVIDUAL, kind: 'INITIATIVE', delegated: false },
});

// ---------------------------------------------------------------------------------------------
// The three periods.

interface Era {
  from: string;
  to: string | null;
  source: string;
}

const E2017: Era = {
  from: '2017-10-01',
  to: '2024-01-01',
  source:
    'Luật Thi đua, Khen thưởng 2003 (sửa đổi, bổ sung 2005, 2013); Nghị định 91/2017/NĐ-CP, hiệu lực 01/10/2017',
};
const E2024: Era = {
  from: '2024-01-01',
  to: '2025-07-01',
  source:
    'Luật Thi đua, khen thưởng 06/2022/QH15, hiệu lực 01/01/2024; Nghị định 98/2023/NĐ-CP (ký 31/12/2023), hiệu lực 01/01/2024 [date to confirm]',
};
const E2025: Era = {
  from: '2025-07-01',
  to: null,
  source:
    'Luật Thi đua, khen thưởng 06/2022/QH15; Nghị định 152/2025/NĐ-CP, hiệu lực 01/07/2025 (thay thế Nghị định 98/2023/NĐ-CP). Luật sửa đổi hiệu lực 01/10/2026 chưa được phản ánh [to confirm]',
};

const LAW_2003 = 'Luật Thi đua, Khen thưởng 2003 (sửa đổi, bổ sung 2013)';
const LAW_2022 = 'Luật Thi đua, khen thưởng 06/2022/QH15';

// ---------------------------------------------------------------------------------------------
// Council votes.

const VOTE_90_2017: VoteRuleValue = {
  threshold: { numerator: 9, denominator: 10 },
  base: 'TOTAL_MEMBERS',
  comparison: 'AT_LEAST',
  secretBallot: true,
  confirmed: true,
  source:
    'Nghị định 91/2017/NĐ-CP, Điều 45: bỏ phiếu kín, tỷ lệ đồng ý từ 90% trở lên [base "tổng số thành viên Hội đồng" to confirm]',
};
const VOTE_90_2024: VoteRuleValue = {
  threshold: { numerator: 9, denominator: 10 },
  base: 'TOTAL_MEMBERS',
  comparison: 'AT_LEAST',
  secretBallot: true,
  confirmed: true,
  source:
    'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7: từ 90% trở lên trên tổng số thành viên Hội đồng (thành viên vắng mặt cho ý kiến bằng văn bản) [secret ballot to confirm]',
};
const VOTE_80_2024: VoteRuleValue = {
  threshold: { numerator: 4, denominator: 5 },
  base: 'TOTAL_MEMBERS',
  comparison: 'AT_LEAST',
  secretBallot: true,
  confirmed: true,
  source:
    'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7: Chiến sĩ thi đua cơ sở và Cờ thi đua từ 80% trở lên trên tổng số thành viên Hội đồng (thành viên vắng mặt cho ý kiến bằng văn bản) [secret ballot to confirm]',
};

/** Nghị định 152/2025/NĐ-CP's own figures are not confirmed: 98/2023's are carried over. */
function carriedInto152(vote: VoteRuleValue): VoteRuleValue {
  return {
    ...vote,
    confirmed: false,
    source: `Nghị định 152/2025/NĐ-CP: figure carried over from ${vote.source} [not yet confirmed in Nghị định 152/2025/NĐ-CP]`,
  };
}

function simpleMajority(decree: string): VoteRuleValue {
  return {
    threshold: { numerator: 1, denominator: 2 },
    base: 'TOTAL_MEMBERS',
    comparison: 'MORE_THAN',
    secretBallot: false,
    confirmed: false,
    source: `Quá bán (simple majority): no specific threshold for this distinction in ${decree} [base and ballot form to confirm]`,
  };
}

// ---------------------------------------------------------------------------------------------
// Prerequisites.

const held = (code: string, times = 1, consecutive = false): RequirementValue => ({
  kind: 'DISTINCTION',
  code,
  times,
  consecutive,
});

function route(
  requirements: RequirementValue[],
  source: string,
  target: PrerequisiteRouteValue['target'] = null,
) {
  return { target, requirements, source };
}

const GRASSROOTS_FIGHTER_2017: PrerequisiteRouteValue[] = [
  route(
    [held('LAO_DONG_TIEN_TIEN'), { kind: 'INITIATIVE', reach: 'INSTITUTION' }],
    `${LAW_2003}, Điều 23: đạt Lao động tiên tiến và có sáng kiến được cơ sở công nhận`,
  ),
  route(
    [held('LAO_DONG_TIEN_TIEN'), { kind: 'RESEARCH_APPLIED' }],
    `${LAW_2003}, Điều 23: đạt Lao động tiên tiến và có đề tài nghiên cứu khoa học đã nghiệm thu, được áp dụng`,
  ),
];
const GRASSROOTS_FIGHTER_2024: PrerequisiteRouteValue[] = [
  route(
    [held('LAO_DONG_TIEN_TIEN'), { kind: 'RATING_OUTSTANDING' }],
    `${LAW_2022}, Điều 23: đạt Lao động tiên tiến và hoàn thành xuất sắc nhiệm vụ`,
  ),
  route(
    [held('LAO_DONG_TIEN_TIEN'), { kind: 'INITIATIVE', reach: 'INSTITUTION' }],
    `${LAW_2022}, Điều 23: đạt Lao động tiên tiến và có sáng kiến được công nhận`,
  ),
  route(
    [held('LAO_DONG_TIEN_TIEN'), { kind: 'RESEARCH_APPLIED' }],
    `${LAW_2022}, Điều 23: đạt Lao động tiên tiến và có đề tài khoa học đã nghiệm thu, được áp dụng`,
  ),
];

const provincialFighter = (law: string): PrerequisiteRouteValue[] => [
  route(
    [held('CHIEN_SI_THI_DUA_CO_SO', 3, true), { kind: 'INITIATIVE', reach: 'PROVINCE' }],
    `${law}, Điều 22: 03 lần liên tục Chiến sĩ thi đua cơ sở và sáng kiến có phạm vi ảnh hưởng cấp tỉnh`,
  ),
];
const nationalFighter = (law: string): PrerequisiteRouteValue[] => [
  route(
    [held('CHIEN_SI_THI_DUA_CAP_TINH', 2, true), { kind: 'INITIATIVE', reach: 'NATION' }],
    `${law}, Điều 21: 02 lần liên tục Chiến sĩ thi đua cấp bộ, tỉnh và sáng kiến có phạm vi ảnh hưởng toàn quốc`,
  ),
];
const excellentCollective = (law: string, article: string): PrerequisiteRouteValue[] => [
  route(
    [
      { kind: 'MEMBERS_ALL_COMPLETED' },
      { kind: 'MEMBERS_SHARE', code: 'LAO_DONG_TIEN_TIEN', share: { numerator: 7, denominator: 10 } },
      { kind: 'MEMBERS_AT_LEAST', code: 'CHIEN_SI_THI_DUA_CO_SO', count: 1 },
    ],
    `${law}, ${article}: 100% cá nhân hoàn thành nhiệm vụ, ít nhất 70% đạt Lao động tiên tiến, có cá nhân đạt Chiến sĩ thi đua cơ sở`,
  ),
];

// ---------------------------------------------------------------------------------------------
// Exclusions.

const RECRUITED_10: ExclusionValue = {
  kind: 'RECRUITED_WITHIN',
  months: 10,
  source:
    'Mới tuyển dụng dưới 10 tháng không bình xét Lao động tiên tiến (hướng dẫn Nghị định 91/2017/NĐ-CP, trước Thông tư 01/2024/TT-BNV) [document and article to confirm]',
};
const RECRUITED_6: ExclusionValue = {
  kind: 'RECRUITED_WITHIN',
  months: 6,
  source:
    "Thông tư 01/2024/TT-BNV: mới tuyển dụng dưới 06 tháng không bình xét [article and the circular's in-force date to confirm; applied from 01/01/2024]",
};
const DISCIPLINE_2017: ExclusionValue = {
  kind: 'DISCIPLINARY_REVIEW',
  source:
    'Nghị định 91/2017/NĐ-CP: không xét khen thưởng khi cơ quan có thẩm quyền đang xem xét kỷ luật [article to confirm]',
};
const DISCIPLINE_2024: ExclusionValue = {
  kind: 'DISCIPLINARY_REVIEW',
  source:
    'Nghị định 98/2023/NĐ-CP: không xét khen thưởng khi cơ quan có thẩm quyền đang xem xét kỷ luật [article to confirm]',
};
const DISCIPLINE_2025: ExclusionValue = {
  kind: 'DISCIPLINARY_REVIEW',
  source:
    'Nghị định 152/2025/NĐ-CP, Điều 4: không xét khen thưởng khi cơ quan có thẩm quyền đang xem xét kỷ luật',
};
const DISCIPLINE: Record<string, ExclusionValue> = {
  [E2017.from]: DISCIPLINE_2017,
  [E2024.from]: DISCIPLINE_2024,
  [E2025.from]: DISCIPLINE_2025,
};

// ---------------------------------------------------------------------------------------------
// Reward multiples, in tenths of the base salary.

function reward2017(
  individualTenths: number | null,
  collectiveTenths: number | null,
  note = '',
): RewardMultiplesValue {
  return {
    individualTenths,
    collectiveTenths,
    source: `Nghị định 91/2017/NĐ-CP, chương mức tiền thưởng [article to confirm]${note}`,
  };
}
function reward2024(
  individualTenths: number | null,
  collectiveTenths: number | null,
  note = '',
): RewardMultiplesValue {
  return {
    individualTenths,
    collectiveTenths,
    source: `Nghị định 98/2023/NĐ-CP, chương mức tiền thưởng [article to confirm]${note}`,
  };
}
function reward2025(
  individualTenths: number | null,
  collectiveTenths: number | null,
  note = '',
): RewardMultiplesValue {
  return { individualTenths, collectiveTenths, source: `Nghị định 152/2025/NĐ-CP, Điều 49–54${note}` };
}
const FIGURE_TO_CONFIRM = ' [figure to confirm]';
const CARRIED_FIGURE = ' [figure carried from Nghị định 91/2017/NĐ-CP, to confirm]';

// ---------------------------------------------------------------------------------------------
// The versions.

type VersionSpec = Partial<Omit<RuleVersionValue, 'code' | 'inForceFrom' | 'inForceTo' | 'source'>> & {
  vote: VoteRuleValue;
};

function version(code: string, era: Era, spec: VersionSpec): RuleVersionValue {
  return {
    code,
    inForceFrom: era.from,
    inForceTo: era.to,
    vote: spec.vote,
    prerequisites: spec.prerequisites ?? [],
    prerequisitesExhaustive: spec.prerequisitesExhaustive ?? true,
    exclusions: spec.exclusions ?? [DISCIPLINE[era.from]!],
    ratioCap: spec.ratioCap ?? null,
    reward: spec.reward ?? null,
    standardVi: spec.standardVi ?? null,
    source: era.source,
  };
}

const DELEGATED_2025 =
  'Tiêu chuẩn cụ thể do bộ, ban, ngành, tỉnh quy định theo phân cấp của Nghị định 152/2025/NĐ-CP.';
const MAJORITY_2017 = simpleMajority('Nghị định 91/2017/NĐ-CP');
const MAJORITY_2024 = simpleMajority('Nghị định 98/2023/NĐ-CP');
const MAJORITY_2025 = simpleMajority('Nghị định 152/2025/NĐ-CP');

/** Distinctions without catalogue prerequisites or reward: one rule shape for each period. */
function plain(code: string, exclusions?: (era: Era) => ExclusionValue[]): RuleVersionValue[] {
  return [
    version(code, E2017, { vote: MAJORITY_2017, exclusions: exclusions?.(E2017) }),
    version(code, E2024, { vote: MAJORITY_2024, exclusions: exclusions?.(E2024) }),
    version(code, E2025, { vote: MAJORITY_2025, exclusions: exclusions?.(E2025) }),
  ];
}

// prerequisitesExhaustive: false where the law's conditions are not expressible with the
// requirement kinds (years of excellent completion, earlier awards within a period, "more than
// half" of the members): the council judges those.
export const NATIONAL_RULES_1763850000000: readonly RuleVersionValue[] = [
  ...plain('DIEN_HINH_TIEN_TIEN_CA_NHAN'),
  ...plain('DIEN_HINH_TIEN_TIEN_TAP_THE'),
  ...plain('MO_HINH_TIEU_BIEU'),
  // An initiative is recognized by the initiative council, not commended: no disciplinary bar.
  ...plain('SANG_KIEN_CO_SO', () => []),

  version('LAO_DONG_TIEN_TIEN', E2017, {
    vote: MAJORITY_2017,
    exclusions: [RECRUITED_10, DISCIPLINE_2017],
    reward: reward2017(3, null),
  }),
  version('LAO_DONG_TIEN_TIEN', E2024, {
    vote: MAJORITY_2024,
    exclusions: [RECRUITED_6, DISCIPLINE_2024],
    reward: reward2024(3, null),
  }),
  version('LAO_DONG_TIEN_TIEN', E2025, {
    vote: MAJORITY_2025,
    exclusions: [RECRUITED_6, DISCIPLINE_2025],
    reward: reward2025(3, null),
    standardVi: DELEGATED_2025,
  }),

  version('CHIEN_SI_THI_DUA_CO_SO', E2017, {
    vote: {
      ...MAJORITY_2017,
      source:
        'Nghị định 91/2017/NĐ-CP: no threshold known for Chiến sĩ thi đua cơ sở, simple majority assumed [to confirm]',
    },
    prerequisites: GRASSROOTS_FIGHTER_2017,
    exclusions: [RECRUITED_10, DISCIPLINE_2017],
    ratioCap: {
      code: 'LAO_DONG_TIEN_TIEN',
      share: { numerator: 3, denominator: 20 },
      source:
        'Nghị định 91/2017/NĐ-CP, Điều 9: không quá 15% tổng số cá nhân đạt danh hiệu Lao động tiên tiến của đơn vị (bãi bỏ từ 01/01/2024)',
    },
    reward: reward2017(10, null),
  }),
  version('CHIEN_SI_THI_DUA_CO_SO', E2024, {
    vote: VOTE_80_2024,
    prerequisites: GRASSROOTS_FIGHTER_2024,
    exclusions: [RECRUITED_6, DISCIPLINE_2024],
    reward: reward2024(10, null),
  }),
  version('CHIEN_SI_THI_DUA_CO_SO', E2025, {
    vote: carriedInto152(VOTE_80_2024),
    prerequisites: GRASSROOTS_FIGHTER_2024,
    exclusions: [RECRUITED_6, DISCIPLINE_2025],
    reward: reward2025(10, null),
  }),

  version('CHIEN_SI_THI_DUA_CAP_TINH', E2017, {
    vote: VOTE_90_2017,
    prerequisites: provincialFighter(LAW_2003),
    reward: reward2017(30, null),
  }),
  version('CHIEN_SI_THI_DUA_CAP_TINH', E2024, {
    vote: VOTE_90_2024,
    prerequisites: provincialFighter(LAW_2022),
    reward: reward2024(30, null),
  }),
  version('CHIEN_SI_THI_DUA_CAP_TINH', E2025, {
    vote: carriedInto152(VOTE_90_2024),
    prerequisites: provincialFighter(LAW_2022),
    reward: reward2025(30, null),
  }),

  version('CHIEN_SI_THI_DUA_TOAN_QUOC', E2017, {
    vote: VOTE_90_2017,
    prerequisites: nationalFighter(LAW_2003),
    reward: reward2017(45, null),
  }),
  version('CHIEN_SI_THI_DUA_TOAN_QUOC', E2024, {
    vote: VOTE_90_2024,
    prerequisites: nationalFighter(LAW_2022),
    reward: reward2024(45, null),
  }),
  version('CHIEN_SI_THI_DUA_TOAN_QUOC', E2025, {
    vote: carriedInto152(VOTE_90_2024),
    prerequisites: nationalFighter(LAW_2022),
    reward: reward2025(45, null),
  }),

  // "Trên 50%" of the members Lao động tiên tiến (more than half) is not an "at least" share:
  // left to the council rather than approximated.
  version('TAP_THE_LAO_DONG_TIEN_TIEN', E2017, {
    vote: MAJORITY_2017,
    prerequisitesExhaustive: false,
    reward: reward2017(null, 8, FIGURE_TO_CONFIRM),
  }),
  version('TAP_THE_LAO_DONG_TIEN_TIEN', E2024, {
    vote: MAJORITY_2024,
    prerequisitesExhaustive: false,
    reward: reward2024(null, 8, CARRIED_FIGURE),
  }),
  version('TAP_THE_LAO_DONG_TIEN_TIEN', E2025, {
    vote: MAJORITY_2025,
    prerequisitesExhaustive: false,
    reward: reward2025(null, 8, CARRIED_FIGURE),
    standardVi: DELEGATED_2025,
  }),

  version('TAP_THE_LAO_DONG_XUAT_SAC', E2017, {
    vote: MAJORITY_2017,
    prerequisites: excellentCollective(LAW_2003, 'Điều 27'),
    reward: reward2017(null, 15, FIGURE_TO_CONFIRM),
  }),
  version('TAP_THE_LAO_DONG_XUAT_SAC', E2024, {
    vote: MAJORITY_2024,
    prerequisites: excellentCollective(LAW_2022, 'Điều 27 [article to confirm]'),
    reward: reward2024(null, 15, CARRIED_FIGURE),
  }),
  version('TAP_THE_LAO_DONG_XUAT_SAC', E2025, {
    vote: MAJORITY_2025,
    prerequisites: excellentCollective(LAW_2022, 'Điều 27 [article to confirm]'),
    reward: reward2025(null, 15, CARRIED_FIGURE),
    standardVi: DELEGATED_2025,
  }),

  version('GIAY_KHEN', E2017, { vote: MAJORITY_2017, reward: reward2017(3, 6) }),
  version('GIAY_KHEN', E2024, { vote: MAJORITY_2024, reward: reward2024(3, 6, FIGURE_TO_CONFIRM) }),
  version('GIAY_KHEN', E2025, { vote: MAJORITY_2025, reward: reward2025(3, 6), standardVi: DELEGATED_2025 }),

  version('BANG_KHEN_TINH', E2017, {
    vote: MAJORITY_2017,
    prerequisitesExhaustive: false,
    reward: reward2017(10, 20, FIGURE_TO_CONFIRM),
  }),
  version('BANG_KHEN_TINH', E2024, {
    vote: MAJORITY_2024,
    prerequisites: [
      route(
        [held('CHIEN_SI_THI_DUA_CO_SO', 2, true)],
        `${LAW_2022}, Điều 74: 02 lần liên tục Chiến sĩ thi đua cơ sở (one of the article's routes; the others are not modelled)`,
        'INDIVIDUAL',
      ),
    ],
    prerequisitesExhaustive: false,
    reward: reward2024(10, 20, CARRIED_FIGURE),
  }),
  version('BANG_KHEN_TINH', E2025, {
    vote: MAJORITY_2025,
    prerequisites: [
      route(
        [held('CHIEN_SI_THI_DUA_CO_SO', 2, true)],
        `${LAW_2022}, Điều 74: 02 lần liên tục Chiến sĩ thi đua cơ sở (one of the article's routes; the others are not modelled)`,
        'INDIVIDUAL',
      ),
    ],
    prerequisitesExhaustive: false,
    reward: reward2025(15, 30),
  }),

  version('BANG_KHEN_THU_TUONG', E2017, {
    vote: MAJORITY_2017,
    prerequisitesExhaustive: false,
    reward: reward2017(15, 30, FIGURE_TO_CONFIRM),
  }),
  version('BANG_KHEN_THU_TUONG', E2024, {
    vote: MAJORITY_2024,
    prerequisitesExhaustive: false,
    reward: reward2024(15, 30, CARRIED_FIGURE),
  }),
  version('BANG_KHEN_THU_TUONG', E2025, {
    vote: MAJORITY_2025,
    prerequisitesExhaustive: false,
    reward: reward2025(35, 70),
  }),

  // No reward figure could be confirmed for the Huân chương: none is seeded.
  version('HUAN_CHUONG_LAO_DONG_HANG_BA', E2017, { vote: MAJORITY_2017, prerequisitesExhaustive: false }),
  version('HUAN_CHUONG_LAO_DONG_HANG_BA', E2024, { vote: MAJORITY_2024, prerequisitesExhaustive: false }),
  version('HUAN_CHUONG_LAO_DONG_HANG_BA', E2025, { vote: MAJORITY_2025, prerequisitesExhaustive: false }),
].map(deepFreeze);

/** Lương cơ sở (base salary), VND per month. 2020-07-01's planned rise was postponed. */
export const BASE_SALARIES_1763850000000: readonly {
  inForceFrom: string;
  amountVnd: number;
  source: string;
}[] = [
  { inForceFrom: '2017-07-01', amountVnd: 1_300_000, source: 'Nghị định 47/2017/NĐ-CP' },
  { inForceFrom: '2018-07-01', amountVnd: 1_390_000, source: 'Nghị định 72/2018/NĐ-CP' },
  { inForceFrom: '2019-07-01', amountVnd: 1_490_000, source: 'Nghị định 38/2019/NĐ-CP' },
  { inForceFrom: '2023-07-01', amountVnd: 1_800_000, source: 'Nghị định 24/2023/NĐ-CP' },
  { inForceFrom: '2024-07-01', amountVnd: 2_340_000, source: 'Nghị định 73/2024/NĐ-CP' },
].map(deepFreeze);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Issue 19: the money corrected before it is paid out (migration 1765000000000). The versions
// above are that earlier migration's input and stay as they were; these rows replace their
// reward multiples (tenths of the base salary) where the decree says otherwise, and the sources
// say where the figure comes from: secondary copies of the decrees as cited in issue 19, not the
// official texts, so each stays marked "to confirm". The commune chairman's Giấy khen at 0.15 ×
// (Nghị định 91/2017/NĐ-CP) is no distinction of its own: it is ISSUER_KIND_REWARDS below, a rule
// by the kind of the issuing organization.

export interface RewardCorrection {
  code: string;
  inForceFrom: string;
  individualTenths: number | null;
  collectiveTenths: number | null;
  source: string;
}

export const REWARD_CORRECTIONS_1765000000000: readonly RewardCorrection[] = [
  {
    code: 'BANG_KHEN_THU_TUONG',
    inForceFrom: E2017.from,
    individualTenths: 35,
    collectiveTenths: 70,
    source:
      'Nghị định 91/2017/NĐ-CP, Điều 73 (3,5 lần cá nhân; tập thể gấp đôi) [figure per secondary copies (issue 19); official text to confirm]',
  },
  {
    code: 'BANG_KHEN_THU_TUONG',
    inForceFrom: E2024.from,
    individualTenths: 35,
    collectiveTenths: 70,
    source: `Nghị định 98/2023/NĐ-CP, chương mức tiền thưởng${CARRIED_FIGURE}`,
  },
  {
    code: 'BANG_KHEN_THU_TUONG',
    inForceFrom: E2025.from,
    individualTenths: 35,
    collectiveTenths: 70,
    source:
      'Nghị định 152/2025/NĐ-CP, Điều 54 [figure per secondary copies (issue 19); official text to confirm]',
  },
  {
    code: 'BANG_KHEN_TINH',
    inForceFrom: E2017.from,
    individualTenths: 10,
    collectiveTenths: 20,
    source:
      'Nghị định 91/2017/NĐ-CP, Điều 73 (1,0 lần cá nhân; tập thể gấp đôi) [figure per secondary copies (issue 19); official text to confirm]',
  },
  {
    code: 'BANG_KHEN_TINH',
    inForceFrom: E2025.from,
    individualTenths: 15,
    collectiveTenths: 30,
    source:
      'Nghị định 152/2025/NĐ-CP, Điều 54 (1,5 lần cá nhân; tập thể gấp đôi) [figure per secondary copies (issue 19); official text to confirm]',
  },
  {
    code: 'GIAY_KHEN',
    inForceFrom: E2017.from,
    individualTenths: 3,
    collectiveTenths: 6,
    source:
      'Nghị định 91/2017/NĐ-CP, Điều 73 (0,3 lần cá nhân; tập thể gấp đôi) [figure per secondary copies (issue 19); official text to confirm]',
  },
].map(deepFreeze);

/** The 2017-era disciplinary bar's source: a circular, not the decree. */
export const DISCIPLINE_2017_SOURCE_1765000000000 = {
  from: DISCIPLINE_2017.source,
  to: 'Thông tư 08/2017/TT-BNV: không xét khen thưởng khi cơ quan có thẩm quyền đang xem xét kỷ luật [article to confirm]',
};

/** Reported, not read in a decree: applied, and marked so in its source. */
export const BASE_SALARIES_1765000000000: readonly {
  inForceFrom: string;
  amountVnd: number;
  source: string;
}[] = [
  {
    inForceFrom: '2026-07-01',
    amountVnd: 2_530_000,
    source: 'Lương cơ sở 2.530.000 đồng từ 01/07/2026 theo tin báo chí [unconfirmed: decree not yet read]',
  },
].map(deepFreeze);

/**
 * Rewards that depend on who issues the decision, not only on the distinction: multiples in
 * hundredths of the base salary (0.15 is no whole number of tenths), in force over calendar dates
 * (Asia/Ho_Chi_Minh, `inForceTo` exclusive). They replace the national catalogue's multiple for a
 * decision by an organization of `issuerKind`; an issuer's own version of the rules (a province's,
 * where the decree delegates them) still wins over them.
 */
export interface IssuerKindReward {
  code: string;
  issuerKind: string;
  inForceFrom: string;
  inForceTo: string | null;
  individualHundredths: number;
  collectiveHundredths: number;
  source: string;
}

export const ISSUER_KIND_REWARDS: readonly IssuerKindReward[] = [
  {
    // Giấy khen of the chairman of a commune's People's Committee.
    code: 'GIAY_KHEN',
    issuerKind: 'COMMUNE',
    inForceFrom: E2017.from,
    inForceTo: E2017.to,
    individualHundredths: 15,
    collectiveHundredths: 30,
    source:
      'Nghị định 91/2017/NĐ-CP, Điều 73: Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã 0,15 lần mức lương cơ sở; tập thể gấp đôi [figure per secondary copies (issue 19); official text to confirm]',
  },
].map(deepFreeze);

/** The issuer-kind reward in force on a calendar date (YYYY-MM-DD), if any. */
export function issuerKindReward(code: string, issuerKind: string | null | undefined, day: string) {
  if (!issuerKind) return null;
  return (
    ISSUER_KIND_REWARDS.find(
      (r) =>
        r.code === code &&
        r.issuerKind === issuerKind &&
        r.inForceFrom <= day &&
        (r.inForceTo === null || day < r.inForceTo),
    ) ?? null
  );
}
