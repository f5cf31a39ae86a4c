import type { ExclusionValue } from '../distinction-rule.types';
import { E2017, E2024, E2025 } from './eras';

// Exclusions: who is not considered at all.

export const RECRUITED_10: ExclusionValue = {
  kind: 'RECRUITED_WITHIN',
  months: 10,
  source:
    'Mới tuyển dụng dưới 10 tháng không bình xét Lao động tiên tiến (hướng dẫn Nghị định 91/2017/NĐ-CP, trước Thông tư 01/2024/TT-BNV) [document and article to confirm]',
};
export const RECRUITED_6: ExclusionValue = {
  kind: 'RECRUITED_WITHIN',
  months: 6,
  source:
    "Thông tư 01/2024/TT-BNV: mới tuyển dụng dưới 06 tháng không bình xét [article and the circular's in-force date to confirm; applied from 01/01/2024]",
};
export const DISCIPLINE_2017: ExclusionValue = {
  kind: 'DISCIPLINARY_REVIEW',
  source:
    'Nghị định 91/2017/NĐ-CP: không xét khen thưởng khi cơ quan có thẩm quyền đang xem xét kỷ luật [article to confirm]',
};
export const DISCIPLINE_2024: ExclusionValue = {
  kind: 'DISCIPLINARY_REVIEW',
  source:
    'Nghị định 98/2023/NĐ-CP: không xét khen thưởng khi cơ quan có thẩm quyền đang xem xét kỷ luật [article to confirm]',
};
export const DISCIPLINE_2025: ExclusionValue = {
  kind: 'DISCIPLINARY_REVIEW',
  source:
    'Nghị định 152/2025/NĐ-CP, Điều 4: không xét khen thưởng khi cơ quan có thẩm quyền đang xem xét kỷ luật',
};
export const DISCIPLINE: Record<string, ExclusionValue> = {
  [E2017.from]: DISCIPLINE_2017,
  [E2024.from]: DISCIPLINE_2024,
  [E2025.from]: DISCIPLINE_2025,
};
