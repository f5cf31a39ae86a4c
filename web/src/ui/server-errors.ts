import type { CombinedError } from '@urql/core';

/** One field the server refused, as `extensions.fields` (or `extensions.field`) names it. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The first GraphQL error's `extensions.code`, or null (a network error has none). */
export function errorCode(error: CombinedError | undefined | null): string | null {
  for (const e of error?.graphQLErrors ?? []) {
    const code = e.extensions?.code;
    if (typeof code === 'string') return code;
  }
  return null;
}

/** The first GraphQL error's `extensions` (reason, max, deadline, fields …), or an empty object. */
export function errorExtensions(error: CombinedError | undefined | null): Record<string, unknown> {
  const first = error?.graphQLErrors[0];
  return (first?.extensions as Record<string, unknown> | undefined) ?? {};
}

/**
 * Every field the server names: `extensions.fields` ([{ field, message }], BAD_USER_INPUT of a
 * whole form) or a single `extensions.field`. Indexed fields keep their path ("quotas[0].max").
 */
export function fieldProblems(error: CombinedError | undefined | null): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of error?.graphQLErrors ?? []) {
    const ext = (e.extensions ?? {}) as Record<string, unknown>;
    if (Array.isArray(ext.fields)) {
      for (const item of ext.fields as unknown[]) {
        if (item && typeof item === 'object' && 'field' in item) {
          const { field, message } = item as { field: unknown; message?: unknown };
          if (typeof field === 'string')
            out.push({ field, message: typeof message === 'string' ? message : '' });
        }
      }
    } else if (typeof ext.field === 'string') {
      out.push({ field: ext.field, message: e.message });
    }
  }
  return out;
}

/** The field the first GraphQL error names (`extensions.field`), or null. */
export function errorField(error: CombinedError | undefined | null): string | null {
  const field = error?.graphQLErrors[0]?.extensions?.field;
  return typeof field === 'string' ? field : null;
}

/**
 * The input fields the server refused (BAD_USER_INPUT's `validationErrors[].field`, or a domain
 * error's `extensions.field`), so that the form can show its reason next to each of them.
 */
export function refusedFields(error: CombinedError | undefined | null): Set<string> {
  const fields = new Set<string>();
  for (const e of error?.graphQLErrors ?? []) {
    const ext = e.extensions ?? {};
    if (typeof ext.field === 'string') fields.add(ext.field);
    if (Array.isArray(ext.validationErrors))
      for (const v of ext.validationErrors as unknown[])
        if (v && typeof v === 'object' && 'field' in v && typeof v.field === 'string') fields.add(v.field);
  }
  return fields;
}

/** The server's own sentence for a refusal (shown under the translated one: it names the row or value). */
export function serverMessage(error: CombinedError | undefined | null): string | null {
  const first = error?.graphQLErrors[0];
  return first ? first.message : null;
}

/**
 * Why the server refused one field: `taken` (CONFLICT: the value belongs to another record, e.g. an
 * organization code or an account) or `invalid` (any other refusal naming the field); else null.
 */
export function fieldRefusal(
  error: CombinedError | undefined | null,
  field: string,
): 'taken' | 'invalid' | null {
  if (!refusedFields(error).has(field)) return null;
  return error?.graphQLErrors.some((e) => e.extensions?.code === 'CONFLICT' && e.extensions.field === field)
    ? 'taken'
    : 'invalid';
}
