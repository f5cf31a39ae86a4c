/** Vietnamese text is stored exactly as typed, in NFC (imports from Excel often arrive in NFD). */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * The accent-insensitive search key: "Trường Đại học Hà Tĩnh" -> "truong dai hoc ha tinh".
 * đ/Đ are letters of their own, not d plus a mark, so NFD alone leaves them in place.
 */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Dictionary order of Vietnamese (a ă â b c d đ e ê …), for sorting in Node. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
