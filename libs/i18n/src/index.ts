export { foldVietnamese, normalizeText, compareVietnamese } from './vietnamese';
