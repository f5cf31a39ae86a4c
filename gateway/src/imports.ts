import type { IncomingMessage, ServerResponse } from 'node:http';
import { IMPORT_COLUMNS, templateCsv, templateXlsx, type ImportKind } from '@laurel/spreadsheets';
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

/** `?dryRun=true|false` (absent: false). */
function dryRunOf(url: URL): boolean {
  const given = url.searchParams.get('dryRun');
  if (given === null || given === 'false') return false;
  if (given === 'true') return true;
  throw badInput('dryRun must be true or false');
}

/**
 * `GET /imports/templates/<kind>.csv|.xlsx`: an empty file with the import's own header row (the
 * columns the subgraph parses with), for a user to fill in. Authenticated like the imports.
 */
async function handleTemplate(
  req: IncomingMessage,
  res: ServerResponse,
  deps: ImportRouteDeps,
  name: string,
): Promise<void> {
  const match = /^([a-z-]+)\.(csv|xlsx)$/.exec(name);
  const kind = match && Object.hasOwn(IMPORT_COLUMNS, match[1]!) ? (match[1] as ImportKind) : undefined;
  if (!match || !kind) {
    sendJsonError(
      res,
      404,
      `Unknown template; one of ${Object.keys(IMPORT_COLUMNS)
        .map((k) => `/imports/templates/${k}.csv|.xlsx`)
        .join(', ')}`,
      'NOT_FOUND',
    );
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendJsonError(res, 405, 'Templates answer GET only', 'METHOD_NOT_ALLOWED', { allow: 'GET' });
    return;
  }
  try {
    await authenticate(req, deps, 'Templates');
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    sendErrors(res, error);
    return;
  }
  const csv = match[2] === 'csv';
  const body = csv ? templateCsv(IMPORT_COLUMNS[kind]) : await templateXlsx(IMPORT_COLUMNS[kind]);
  res.writeHead(200, {
    'content-type': csv ? 'text/csv; charset=utf-8' : XLSX_CONTENT_TYPE,
    'content-disposition': `attachment; filename="${kind}-template.${match[2]}"`,
    'content-length': String(body.length),
    'cache-control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
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
 * answers what `/graphql` would. With `?dryRun=true` every row is checked and the counts answered,
 * nothing written (the web app shows the bad rows, then asks before writing). Anonymous callers are refused before the body is read. A browser
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
  if (kind.startsWith('templates/')) {
    await handleTemplate(req, res, deps, kind.slice('templates/'.length));
    return true;
  }
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

  let variables: { format: 'CSV' | 'XLSX'; content: string; dryRun: boolean };
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
    const dryRun = dryRunOf(url);
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
    variables = { format, content: format === 'CSV' ? decodeCsv(body) : body.toString('base64'), dryRun };
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    sendErrors(res, error);
    return true;
  }

  const response = await deps.execute(
    {
      query: `mutation Import($format: ImportFormat!, $content: String!, $dryRun: Boolean) {
        ${field}(format: $format, content: $content, dryRun: $dryRun) { created updated errors { row message } }
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
