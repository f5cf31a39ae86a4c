import { foldVietnamese } from '@laurel/i18n';
import { textArray } from '../sql';

// Vietnamese text as the services store it: NFC, and folded (no diacritics) for search.
export const nfc = (s: string) => s.normalize('NFC');
export const fold = (s: string) => foldVietnamese(nfc(s));
/** The element `index` (an SQL expression counting from 0) of `values`, in SQL. */
export const pick = (values: readonly string[], index: string) =>
  `(${textArray(values.map(nfc))})[(${index}) + 1]`;
export const pickFolded = (values: readonly string[], index: string) =>
  `(${textArray(values.map(fold))})[(${index}) + 1]`;
