import type { Translate } from '../i18n/i18n';

/**
 * The server's rules for what an administrator types, checked as they type (the server checks
 * again and its answer wins). Each returns the problem, or null; `problemText` puts it in words.
 */

/** services/organizations/src/organization/code.ts: ASCII letters, digits, `. _ - /`, 1–64. */
export const ORG_CODE = /^[A-Za-z0-9._\-/]{1,64}$/;

export type Problem =
  { kind: 'required' } | { kind: 'tooLong'; max: number } | { kind: 'code' } | { kind: 'date' } | null;

export function requiredText(value: string, max: number): Problem {
  if (value.trim().length === 0) return { kind: 'required' };
  if (value.length > max) return { kind: 'tooLong', max };
  return null;
}

export function optionalText(value: string, max: number): Problem {
  return value.length > max ? { kind: 'tooLong', max } : null;
}

export function organizationCode(value: string): Problem {
  if (value.length === 0) return { kind: 'required' };
  if (value.length > 64) return { kind: 'tooLong', max: 64 };
  return ORG_CODE.test(value) ? null : { kind: 'code' };
}

export function day(value: string): Problem {
  if (value.length === 0) return { kind: 'required' };
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(new Date(`${value}T00:00:00+07:00`).getTime())
    ? null
    : { kind: 'date' };
}

export function problemText(t: Translate, problem: Problem): string | null {
  if (!problem) return null;
  switch (problem.kind) {
    case 'required':
      return t('validation.required');
    case 'tooLong':
      return t('validation.tooLong', { max: problem.max });
    case 'code':
      return t('validation.code');
    case 'date':
      return t('validation.date');
  }
}

/** Limits of the inputs (class-validator's @Length in the subgraph's DTOs). */
export const LIMITS = {
  organizationName: 500,
  fullName: 300,
  position: 500,
  account: 300,
  staffCode: 64,
  groupName: 300,
  apiKeyName: 200,
  subject: 300,
} as const;
