import { E2017, E2024, E2025 } from './eras';
import { DISCIPLINE_2017 } from './exclusions';
import { deepFreeze } from './freeze';
import { CARRIED_FIGURE } from './rewards';

// Issue 19: the money corrected before it is paid out (migration 1765000000000). The versions of
// national-rules.ts are that earlier migration's input and stay as they were; these rows replace
// their reward multiples (tenths of the base salary) where the decree says otherwise, and the
// sources say where the figure comes from: secondary copies of the decrees as cited in issue 19,
// not the official texts, so each stays marked "to confirm". The commune chairman's Giấy khen at
// 0.15 × (Nghị định 91/2017/NĐ-CP) is no distinction of its own: it is ISSUER_KIND_REWARDS
// (issuer-kind-rewards.ts), a rule by the kind of the issuing organization.

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
