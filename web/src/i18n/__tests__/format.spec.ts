import { describe, expect, it } from 'vitest';
import { digitGroups, formatDate, formatDateTime, formatNumber } from '../format';
import { en, FEATURE_CATALOGUES, vi } from '../catalogue';
import { vi as coreVi } from '../messages.vi';
import { translate } from '../i18n';

describe('formatting', () => {
  it('writes dates dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh, whatever the zone of the instant', () => {
    expect(formatDateTime('2026-03-23T10:00:00Z')).toBe('23/03/2026 17:00');
    // Past midnight in Vietnam while still the previous day in UTC.
    expect(formatDateTime('2026-12-31T18:30:00Z')).toBe('01/01/2027 01:30');
    expect(formatDateTime(new Date('2026-01-05T00:05:00+07:00'))).toBe('05/01/2026 00:05');
    expect(formatDate('2026-12-31T18:30:00Z')).toBe('01/01/2027');
    expect(formatDateTime('not a date')).toBe('');
  });

  it('groups numbers the Vietnamese way', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000)).toBe('1.000');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(-12345)).toBe('-12.345');
    expect(digitGroups(1234567)).toEqual(['1', '234', '567']);
  });

  it('has every message in both languages, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(en[key]).toBeTruthy();
      expect(placeholders(en[key])).toEqual(placeholders(vi[key]));
    }
    expect(translate('vi', 'voting.missing', { count: 3, left: 1 })).toBe(
      'Vui lòng chọn cho tất cả 3 đề nghị trước khi gửi phiếu (còn 1).',
    );
    expect(translate('en', 'dashboard.updatedAt', { time: '01/01/2027 01:30' })).toBe(
      'Updated at 01/01/2027 01:30',
    );
  });

  it('defines each key once across the shell and the features, each feature with the same keys in both languages', () => {
    const seen = new Set(Object.keys(coreVi));
    for (const feature of FEATURE_CATALOGUES) {
      expect(Object.keys(feature.en).sort()).toEqual(Object.keys(feature.vi).sort());
      for (const key of Object.keys(feature.vi)) {
        expect(seen.has(key) ? key : null).toBeNull();
        seen.add(key);
      }
    }
    expect(seen.size).toBe(Object.keys(vi).length);
  });
});
