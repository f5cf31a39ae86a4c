import { foldVietnamese } from '@laurel/i18n';
import type { ServerResponse } from 'node:http';

export interface ExportErrorShape {
  message: string;
  extensions: { code: string; [key: string]: unknown };
}

/**
 * An answer given before the first byte of the file: an HTTP status and errors shaped as
 * `/graphql` shapes them, so a client handles both the same way.
 */
export class ExportError extends Error {
  constructor(
    readonly status: number,
    readonly errors: ExportErrorShape[],
  ) {
    super(errors.map((e) => e.message).join('; '));
  }

  static badInput(problems: { field: string; message: string }[]): ExportError {
    return new ExportError(
      400,
      problems.map(({ field, message }) => ({ message, extensions: { code: 'BAD_USER_INPUT', field } })),
    );
  }
}

const STATUS_OF_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  SERVICE_UNAVAILABLE: 503,
};

/** The HTTP status matching the first error that names one (its code or `extensions.http.status`). */
export function statusOfErrors(
  errors: readonly { extensions?: Record<string, unknown> | null }[],
  fallback: number,
): number {
  for (const { extensions } of errors) {
    const http = extensions?.['http'] as { status?: unknown } | undefined;
    if (typeof http?.status === 'number' && http.status >= 400) return http.status;
    const code = extensions?.['code'];
    if (typeof code === 'string' && STATUS_OF_CODE[code]) return STATUS_OF_CODE[code];
  }
  return fallback;
}

export function sendErrors(res: ServerResponse, error: ExportError): void {
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  };
  if (error.status === 401) headers['www-authenticate'] = 'Bearer';
  res.writeHead(error.status, headers);
  res.end(JSON.stringify({ errors: error.errors }));
}

/**
 * `attachment` with an ASCII `filename` for old clients and the Vietnamese one as RFC 5987
 * `filename*` (UTF-8, percent-encoded), which every current browser prefers.
 */
export function contentDisposition(name: string, extension: string): string {
  const clean = name
    .normalize('NFC')
    .replace(/[\p{Cc}\\/:*?"<>|]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const ascii =
    foldVietnamese(clean)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'export';
  const encoded = encodeURIComponent(`${clean || 'export'}.${extension}`).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${encoded}`;
}
