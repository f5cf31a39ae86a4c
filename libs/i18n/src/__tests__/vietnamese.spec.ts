import { compareVietnamese, foldVietnamese, normalizeText } from '../vietnamese';

describe('Vietnamese text', () => {
  it('folds diacritics and đ for search', () => {
    expect(foldVietnamese('Trường Đại học Hà Tĩnh')).toBe('truong dai hoc ha tinh');
    expect(foldVietnamese('  Nguyễn   Thị  Ánh ')).toBe('nguyen thi anh');
  });

  it('stores decomposed input as NFC without changing the letters', () => {
    const nfd = 'Phòng GD&ĐT Văn Giang'.normalize('NFD');
    const stored = normalizeText(nfd);
    expect(stored).toBe('Phòng GD&ĐT Văn Giang');
    expect(stored.length).toBeLessThan(nfd.length);
  });

  it('sorts in Vietnamese dictionary order', () => {
    const names = ['Đào', 'Dương', 'Bình', 'Ân', 'An'];
    expect([...names].sort(compareVietnamese)).toEqual(['An', 'Ân', 'Bình', 'Dương', 'Đào']);
  });
});
