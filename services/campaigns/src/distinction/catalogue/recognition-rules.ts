import type { RuleVersionValue } from '../distinction-rule.types';
import { plain } from './version';

/** Recognitions and initiatives: no catalogue prerequisites or reward. */
export const RECOGNITION_RULES: readonly RuleVersionValue[] = [
  ...plain('DIEN_HINH_TIEN_TIEN_CA_NHAN'),
  ...plain('DIEN_HINH_TIEN_TIEN_TAP_THE'),
  ...plain('MO_HINH_TIEU_BIEU'),
  // An initiative is recognized by the initiative council, not commended: no disciplinary bar.
  ...plain('SANG_KIEN_CO_SO', () => []),
];
