import { isAuthenticated } from '@laurel/auth';
import { GraphQLError } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { csvFormat } from './exports/csv.format';
import { graphQLRunner, type Execute, type ExportDefinition } from './exports/export-definition';
import { contentDisposition, ExportError, sendErrors, statusOfErrors } from './exports/export-http';
import type { ExportTable, TableFormat } from './exports/export-table';
import { documentRoute } from './exports/documents';
import { fundExport } from './exports/fund.export';
import { nominationsExport } from './exports/nominations.export';
import { replicationExport } from './exports/replication.export';
import { reportExport } from './exports/report.export';
import { statisticsExport } from './exports/statistics.export';
import { xlsxFormat } from './exports/xlsx.format';
import { credentialsFromHeaders, type IdentityResolver } from './identity';

/** What HTTP routes outside GraphQL may use. */
export interface RouteDeps {
  resolveIdentity: IdentityResolver;
  /** Runs a GraphQL operation through the gateway as the given caller (e.g. for exports). */
  execute: Execute;
}

/** `/exports/<name>.<format>` (docs/API.md §3). */
const EXPORTS: Record<string, ExportDefinition> = {
  nominations: nominationsExport,
  report: reportExport,
  replication: replicationExport,
  statistics: statisticsExport,
  fund: fundExport,
};

const FORMATS: Record<string, TableFormat> = { csv: csvFormat, xlsx: xlsxFormat };

const notFound = () =>
  new ExportError(404, [{ message: 'Unknown export', extensions: { code: 'NOT_FOUND' } }]);

/**
 * The caller's credentials only: they are all the GraphQL requests of an export or an import need.
 * Anonymous callers are refused (401) before anything else is read.
 */
export async function authenticate(
  req: IncomingMessage,
  deps: RouteDeps,
  route = 'Exports',
): Promise<Headers> {
  const headers = new Headers();
  for (const name of ['authorization', 'x-api-key']) {
    const value = req.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  let identity: Awaited<ReturnType<IdentityResolver>>;
  try {
    identity = await deps.resolveIdentity(credentialsFromHeaders(headers));
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const extensions = { code: String(error.extensions['code'] ?? 'INTERNAL_SERVER_ERROR') };
    throw new ExportError(statusOfErrors([error], 500), [{ message: error.message, extensions }]);
  }
  if (!isAuthenticated(identity))
    throw new ExportError(401, [
      {
        message: `${route} need Authorization: Bearer <token> or X-API-Key`,
        extensions: { code: 'UNAUTHENTICATED' },
      },
    ]);
  return headers;
}

function refuseMethod(res: ServerResponse): void {
  res.writeHead(405, { allow: 'GET', 'content-type': 'application/json; charset=utf-8' });
  res.end(
    JSON.stringify({
      errors: [{ message: 'Exports answer GET only', extensions: { code: 'METHOD_NOT_ALLOWED' } }],
    }),
  );
}

/**
 * A document of docs/API.md §8 (decision DOCX/PDF, certificate PDF), rendered whole in memory (a decision's
 * list is at most a few hundred lines) after its data was read as the caller: every error comes
 * before the file, as JSON.
 */
async function sendDocument(
  req: IncomingMessage,
  res: ServerResponse,
  deps: RouteDeps,
  render: NonNullable<ReturnType<typeof documentRoute>>,
): Promise<void> {
  if (req.method !== 'GET') return refuseMethod(res);
  let rendered: Awaited<ReturnType<typeof render>>;
  try {
    const headers = await authenticate(req, deps);
    rendered = await render(graphQLRunner(deps.execute, headers));
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    return sendErrors(res, error);
  }
  res.writeHead(200, {
    'content-type': rendered.contentType,
    'content-length': String(rendered.body.length),
    'content-disposition': contentDisposition(rendered.fileName, rendered.extension),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(rendered.body);
}

/**
 * `GET /exports/nominations.{xlsx,csv}` (docs/API.md §3), authenticated as `/graphql` is.
 * Returns false when the path is not an export, so the request goes on to GraphQL.
 */
export async function handleExports(
  req: IncomingMessage,
  res: ServerResponse,
  deps: RouteDeps,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://gateway');
  if (!url.pathname.startsWith('/exports/')) return false;

  const document = documentRoute(url.pathname);
  if (document) {
    await sendDocument(req, res, deps, document);
    return true;
  }

  const match = /^\/exports\/([a-z-]+)\.([a-z]+)$/.exec(url.pathname);
  const definition = match && Object.hasOwn(EXPORTS, match[1]!) ? EXPORTS[match[1]!] : undefined;
  const format =
    match && Object.hasOwn(FORMATS, match[2]!) && (definition?.formats?.includes(match[2]!) ?? true)
      ? FORMATS[match[2]!]
      : undefined;
  if (!match || !definition || !format) {
    sendErrors(res, notFound());
    return true;
  }
  if (req.method !== 'GET') {
    refuseMethod(res);
    return true;
  }

  let table: ExportTable;
  try {
    const headers = await authenticate(req, deps);
    const open = definition.parse(url.searchParams);
    table = await open(graphQLRunner(deps.execute, headers));
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    sendErrors(res, error);
    return true;
  }

  res.writeHead(200, {
    'content-type': format.contentType,
    'content-disposition': contentDisposition(table.fileName, match[2]!),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  try {
    await format.write(table, res);
  } catch (error) {
    // The status is sent: a cut connection is the only way left to say the file is incomplete.
    console.error(`[gateway] export ${url.pathname} failed mid-stream`, error);
    res.destroy();
  }
  return true;
}
