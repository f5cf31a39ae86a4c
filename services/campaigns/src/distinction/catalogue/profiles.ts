import type { TargetValue } from '../distinction.entity';
import type { DistinctionKindValue } from '../distinction-rule.types';
import { deepFreeze } from './freeze';

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
