import type { PrerequisiteRouteValue, RequirementValue } from '../distinction-rule.types';
import { LAW_2003, LAW_2022 } from './eras';

// Prerequisites: what a nominee must already hold or have done.

export const held = (code: string, times = 1, consecutive = false): RequirementValue => ({
  kind: 'DISTINCTION',
  code,
  times,
  consecutive,
});

export function route(
  requirements: RequirementValue[],
  source: string,
  target: PrerequisiteRouteValue['target'] = null,
) {
  return { target, requirements, source };
}

export const GRASSROOTS_FIGHTER_2017: PrerequisiteRouteValue[] = [
  route(
    [held('LAO_DONG_TIEN_TIEN'), { kind: 'INITIATIVE', reach: 'INSTITUTION' }],
    `${LAW_2003}, Điều 23: đạt Lao động tiên tiến và có sáng kiến được cơ sở công nhận`,
  ),
  route(
    [held('LAO_DONG_TIEN_TIEN'), { kind: 'RESEARCH_APPLIED' }],
    `${LAW_2003}, Điều 23: đạt Lao động tiên tiến và có đề tài nghiên cứu khoa học đã nghiệm thu, được áp dụng`,
  ),
];
export const GRASSROOTS_FIGHTER_2024: PrerequisiteRouteValue[] = [
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

export const provincialFighter = (law: string): PrerequisiteRouteValue[] => [
  route(
    [held('CHIEN_SI_THI_DUA_CO_SO', 3, true), { kind: 'INITIATIVE', reach: 'PROVINCE' }],
    `${law}, Điều 22: 03 lần liên tục Chiến sĩ thi đua cơ sở và sáng kiến có phạm vi ảnh hưởng cấp tỉnh`,
  ),
];
export const nationalFighter = (law: string): PrerequisiteRouteValue[] => [
  route(
    [held('CHIEN_SI_THI_DUA_CAP_TINH', 2, true), { kind: 'INITIATIVE', reach: 'NATION' }],
    `${law}, Điều 21: 02 lần liên tục Chiến sĩ thi đua cấp bộ, tỉnh và sáng kiến có phạm vi ảnh hưởng toàn quốc`,
  ),
];
export const excellentCollective = (law: string, article: string): PrerequisiteRouteValue[] => [
  route(
    [
      { kind: 'MEMBERS_ALL_COMPLETED' },
      { kind: 'MEMBERS_SHARE', code: 'LAO_DONG_TIEN_TIEN', share: { numerator: 7, denominator: 10 } },
      { kind: 'MEMBERS_AT_LEAST', code: 'CHIEN_SI_THI_DUA_CO_SO', count: 1 },
    ],
    `${law}, ${article}: 100% cá nhân hoàn thành nhiệm vụ, ít nhất 70% đạt Lao động tiên tiến, có cá nhân đạt Chiến sĩ thi đua cơ sở`,
  ),
];
