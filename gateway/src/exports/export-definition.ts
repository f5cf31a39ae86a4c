import { ExportError, statusOfErrors, type ExportErrorShape } from './export-http';
import type { ExportTable } from './export-table';

/** Runs an operation through the gateway as the caller; an answer with errors throws an ExportError. */
export type GraphQLRunner = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

export type Execute = (
  request: { query: string; variables?: Record<string, unknown> },
  headers: Headers,
) => Promise<Response>;

/**
 * One export (`/exports/<name>.{xlsx,csv}`). `parse` checks the query string (an ExportError
 * 400 naming every problem) and returns how to open the table once the caller is known.
 */
export interface ExportDefinition {
  /** The file formats it offers (`xlsx`, `csv`); every one when absent. */
  formats?: readonly string[];
  parse(search: URLSearchParams): (run: GraphQLRunner) => Promise<ExportTable>;
}

export function graphQLRunner(execute: Execute, headers: Headers): GraphQLRunner {
  return async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await execute({ query, variables }, headers);
    const body = (await response.json().catch(() => null)) as {
      data?: T | null;
      errors?: ExportErrorShape[];
    } | null;
    const fallback = response.status >= 400 ? response.status : 500;
    if (body?.errors?.length) {
      throw new ExportError(
        statusOfErrors(body.errors, fallback),
        body.errors.map((e) => ({
          message: e.message,
          extensions: { ...e.extensions, code: e.extensions?.code ?? 'INTERNAL_SERVER_ERROR' },
        })),
      );
    }
    if (!body?.data)
      throw new ExportError(fallback, [
        {
          message: `The gateway answered ${response.status} without data`,
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
    return body.data;
  };
}
