// The three periods.

export interface Era {
  from: string;
  to: string | null;
  source: string;
}

export const E2017: Era = {
  from: '2017-10-01',
  to: '2024-01-01',
  source:
    'Luật Thi đua, Khen thưởng 2003 (sửa đổi, bổ sung 2005, 2013); Nghị định 91/2017/NĐ-CP, hiệu lực 01/10/2017',
};
export const E2024: Era = {
  from: '2024-01-01',
  to: '2025-07-01',
  source:
    'Luật Thi đua, khen thưởng 06/2022/QH15, hiệu lực 01/01/2024; Nghị định 98/2023/NĐ-CP (ký 31/12/2023), hiệu lực 01/01/2024 [date to confirm]',
};
export const E2025: Era = {
  from: '2025-07-01',
  to: null,
  source:
    'Luật Thi đua, khen thưởng 06/2022/QH15; Nghị định 152/2025/NĐ-CP, hiệu lực 01/07/2025 (thay thế Nghị định 98/2023/NĐ-CP). Luật sửa đổi hiệu lực 01/10/2026 chưa được phản ánh [to confirm]',
};

export const LAW_2003 = 'Luật Thi đua, Khen thưởng 2003 (sửa đổi, bổ sung 2013)';
export const LAW_2022 = 'Luật Thi đua, khen thưởng 06/2022/QH15';
