/**
 * An organization's code: the official code used by imports and exports, ASCII only so that it
 * reads the same in every file and system ("letters" would read as Vietnamese letters too).
 */
export const ORG_CODE = /^[A-Za-z0-9._\-/]{1,64}$/;

/** What a refused code is told: what is allowed. */
export const ORG_CODE_RULE =
  'a code is 1 to 64 characters, each an ASCII letter (A–Z, a–z, no Vietnamese letters), a digit or one of . _ - / (no spaces)';
