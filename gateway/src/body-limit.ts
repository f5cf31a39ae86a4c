import type { IncomingMessage, ServerResponse } from 'node:http';

/** A GraphQL request is a document and its variables: 100 KB is plenty (files go to `/imports/`). */
export const DEFAULT_MAX_BODY_BYTES = 100 * 1024;

/** `{ errors: [...] }` as `/graphql` shapes them, for answers given before the GraphQL runtime. */
export function sendJsonError(
  res: ServerResponse,
  status: number,
  message: string,
  code: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

export function sendPayloadTooLarge(res: ServerResponse, limit: number, hint = ''): void {
  sendJsonError(
    res,
    413,
    `Request body too large: at most ${formatBytes(limit)}${hint ? `; ${hint}` : ''}`,
    'PAYLOAD_TOO_LARGE',
  );
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}

/** The body's length as declared by the client; undefined for a chunked body or none. */
export function declaredLength(req: IncomingMessage): number | undefined {
  const header = req.headers['content-length'];
  // Node refuses a malformed Content-Length before the request gets here.
  return header === undefined ? undefined : Number(header);
}

export function hasBody(req: IncomingMessage): boolean {
  const declared = declaredLength(req);
  return declared !== undefined ? declared > 0 : req.headers['transfer-encoding'] !== undefined;
}

/**
 * The body, or null when it is longer than `limit`. A refused body is read on and dropped rather
 * than cut off, so the client still reads the 413 (the 10 s request timeout bounds how long).
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.once('end', () => {
      if (!over) resolve(Buffer.concat(chunks));
    });
    req.once('error', reject);
  });
}

/**
 * The body cap in front of the GraphQL runtime. A declared Content-Length beyond it is refused
 * before a byte is read. A chunked body is read up to the cap and handed over as `req.body`,
 * which @whatwg-node/server (under the runtime) takes in place of the consumed stream, as it does
 * behind Express's body parsers. Returns true when it answered 413.
 */
export async function refuseLargeBody(
  req: IncomingMessage,
  res: ServerResponse,
  limit: number,
): Promise<boolean> {
  const hint = 'send CSV and XLSX files to POST /imports/<kind>';
  const declared = declaredLength(req);
  if (declared !== undefined) {
    if (declared <= limit) return false;
    sendPayloadTooLarge(res, limit, hint);
    return true;
  }
  if (!hasBody(req)) return false;
  const body = await readBody(req, limit);
  if (body === null) {
    sendPayloadTooLarge(res, limit, hint);
    return true;
  }
  (req as IncomingMessage & { body?: Buffer }).body = body;
  return false;
}
