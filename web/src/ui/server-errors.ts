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
