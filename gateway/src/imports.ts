import type { IncomingMessage, ServerResponse } from 'node:http';
import { declaredLength, readBody, sendJsonError, sendPayloadTooLarge } from './body-limit';
import { authenticate, type RouteDeps } from './exports';
import { ExportError, sendErrors } from './exports/export-http';

/** `/imports/<kind>` → the import mutation it runs. */
const IMPORTS: Record<string, string> = {
  organizations: 'importOrganizations',
  people: 'importPeople',
  'distinction-records': 'importDistinctionRecords',
};

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The media types a file may be sent as, and the format each implies. */
const FILE_TYPES: Record<string, 'CSV' | 'XLSX' | undefined> = {
  'text/csv': 'CSV',
  [XLSX_CONTENT_TYPE]: 'XLSX',
  'application/octet-stream': undefined,
};

export const DEFAULT_IMPORT_MAX_BYTES = 20 * 1024 * 1024;

export interface ImportRouteDeps extends RouteDeps {
  maxBytes: number;
}

const badInput = (message: string) =>
  new ExportError(400, [{ message, extensions: { code: 'BAD_USER_INPUT' } }]);

function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/** `?format=csv|xlsx`, or what the content type says; the two must agree. */
function formatOf(req: IncomingMessage, url: URL): 'CSV' | 'XLSX' {
  const fromType = FILE_TYPES[mediaType(req)];
  const given = url.searchParams.get('format')?.toUpperCase();
  if (given !== undefined && given !== 'CSV' && given !== 'XLSX')
    throw badInput('format must be csv or xlsx');
  if (given && fromType && given !== fromType)
    throw badInput(`format=${given.toLowerCase()} does not match content-type ${mediaType(req)}`);
  const format = given ?? fromType;
  if (!format) throw badInput('Say which format the file is: ?format=csv or ?format=xlsx');
  return format;
}

function decodeCsv(body: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw badInput('The CSV is not UTF-8: save it from Excel as "CSV UTF-8"');
  }
}

/**
 * `POST /imports/<kind>?format=csv|xlsx` with the file as the body (up to `maxBytes`): whole
 * lists that would not fit the 100 KB cap on `/graphql`. The gateway runs the same import
 * mutation through its own pipeline as the caller (same limits, identity and authorization) and
 * answers what `/graphql` would. Anonymous callers are refused before the body is read. A browser
 * form cannot post here: only a file content type is accepted (text/csv, the XLSX type or
 * application/octet-stream), which no form or no-cors request can send without a preflight, and
 * a preflight is not answered. Returns false when the path is not an import.
 */
export async function handleImports(
  req: IncomingMessage,
  res: ServerResponse,
  deps: ImportRouteDeps,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://gateway');
  if (!url.pathname.startsWith('/imports/')) return false;

  const kind = url.pathname.slice('/imports/'.length);
  const field = Object.hasOwn(IMPORTS, kind) ? IMPORTS[kind] : undefined;
  if (!field) {
    sendJsonError(
      res,
      404,
      `Unknown import; one of ${Object.keys(IMPORTS)
        .map((k) => `/imports/${k}`)
        .join(', ')}`,
      'NOT_FOUND',
    );
    return true;
  }
  if (req.method !== 'POST') {
    sendJsonError(res, 405, 'Imports answer POST only', 'METHOD_NOT_ALLOWED', { allow: 'POST' });
    return true;
  }

  let variables: { format: 'CSV' | 'XLSX'; content: string };
  let headers: Headers;
  try {
    headers = await authenticate(req, deps, 'Imports');
    if (!Object.hasOwn(FILE_TYPES, mediaType(req))) {
      sendJsonError(
        res,
        415,
        `Send the file itself as text/csv, ${XLSX_CONTENT_TYPE} or application/octet-stream (forms are refused)`,
        'BAD_REQUEST',
      );
      return true;
    }
    const format = formatOf(req, url);
    const declared = declaredLength(req);
    if (declared !== undefined && declared > deps.maxBytes) {
      sendPayloadTooLarge(res, deps.maxBytes);
      return true;
    }
    const body = await readBody(req, deps.maxBytes);
    if (body === null) {
      sendPayloadTooLarge(res, deps.maxBytes);
      return true;
    }
    if (body.length === 0) throw badInput('The file is empty');
    variables = { format, content: format === 'CSV' ? decodeCsv(body) : body.toString('base64') };
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    sendErrors(res, error);
    return true;
  }

  const response = await deps.execute(
    {
      query: `mutation Import($format: ImportFormat!, $content: String!) {
        ${field}(format: $format, content: $content) { created updated errors { row message } }
      }`,
      variables,
    },
    headers,
  );
  res.writeHead(response.status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(await response.text());
  return true;
}

/** The import mutations, which may run longer than the upstream timeout of ordinary requests. */
export const IMPORT_FIELDS: ReadonlySet<string> = new Set(Object.values(IMPORTS));
