import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IdentityResolver } from './identity';

/** What HTTP routes outside GraphQL may use. */
export interface RouteDeps {
  resolveIdentity: IdentityResolver;
  /** Runs a GraphQL operation through the gateway as the given caller (e.g. for exports). */
  execute: (
    request: { query: string; variables?: Record<string, unknown> },
    headers: Headers,
  ) => Promise<Response>;
}

/**
 * `GET /exports/nominations.{xlsx,csv}` and `/exports/report.{xlsx,csv}` (SPEC section 3).
 * Returns false when the path is not an export, so the request goes on to GraphQL.
 */
export async function handleExports(
  req: IncomingMessage,
  res: ServerResponse,
  _deps: RouteDeps,
): Promise<boolean> {
  const { pathname } = new URL(req.url ?? '/', 'http://gateway');
  if (!pathname.startsWith('/exports/')) return false;
  // Not built yet: the export routes arrive with their own issue.
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end(
    JSON.stringify({
      errors: [{ message: 'Unknown export', extensions: { code: 'NOT_FOUND' } }],
    }),
  );
  return true;
}
