import type { CombinedError } from '@urql/core';

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
