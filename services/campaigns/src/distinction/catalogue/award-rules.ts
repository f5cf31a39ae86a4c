import type { RuleVersionValue } from '../distinction-rule.types';
import { E2017, E2024, E2025, LAW_2022 } from './eras';
import { held, route } from './prerequisites';
import { CARRIED_FIGURE, FIGURE_TO_CONFIRM, reward2017, reward2024, reward2025 } from './rewards';
import { DELEGATED_2025, version } from './version';
import { MAJORITY_2017, MAJORITY_2024, MAJORITY_2025 } from './votes';

/** Awards: Giấy khen, Bằng khen, Huân chương. */
export const AWARD_RULES: readonly RuleVersionValue[] = [
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
];
