import type { RuleVersionValue } from '../distinction-rule.types';
import { E2017, E2024, E2025, LAW_2003, LAW_2022 } from './eras';
import { DISCIPLINE_2017, DISCIPLINE_2024, DISCIPLINE_2025, RECRUITED_10, RECRUITED_6 } from './exclusions';
import {
  excellentCollective,
  GRASSROOTS_FIGHTER_2017,
  GRASSROOTS_FIGHTER_2024,
  nationalFighter,
  provincialFighter,
} from './prerequisites';
import { CARRIED_FIGURE, FIGURE_TO_CONFIRM, reward2017, reward2024, reward2025 } from './rewards';
import { DELEGATED_2025, version } from './version';
import {
  carriedInto152,
  MAJORITY_2017,
  MAJORITY_2024,
  MAJORITY_2025,
  VOTE_80_2024,
  VOTE_90_2017,
  VOTE_90_2024,
} from './votes';

/** Emulation titles: the individual ones (Lao động tiên tiến, Chiến sĩ thi đua), then the collective ones. */
export const TITLE_RULES: readonly RuleVersionValue[] = [
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
];
