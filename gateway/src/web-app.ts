import { createHmac } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The web app (web/dist, built by `npm run build`) at the gateway's own origin: hashed assets
 * cached for a year, `index.html` for every app route, and the sign-in helpers under `/auth/`.
 * The gateway's own routes are never answered here.
 */
export interface WebAppOptions {
  /** The built app (web/dist); when it holds no index.html, nothing is served. */
  root: string;
  production: boolean;
  /** HS256 secret of development tokens; the dev-token endpoint exists only outside production. */
  devTokenSecret?: string;
  /** Lifetime of a development token, in seconds (8 hours). */
  devTokenSeconds?: number;
  oidc?: { issuer?: string; clientId?: string; scope?: string; audience?: string };
}

export type WebAppHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

// Paths the app never answers for: the gateway's own routes, and /metrics (on METRICS_PORT only: a
// scraper pointed at the public port gets a 404, not the app's page).
const GATEWAY_ROUTES = ['/graphql', '/exports/', '/imports/', '/healthz', '/readyz', '/metrics'];
const SUBJECT = /^[\p{L}\p{N}._@:+-]{1,200}$/u;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt']);

interface StaticFile {
  body: Buffer;
  gzip?: Buffer;
  type: string;
}

export function createWebApp(options: WebAppOptions): WebAppHandler {
  const root = resolve(options.root);
  const built = existsSync(join(root, 'index.html'));
  // Built files never change while the process runs (hashed names); each is read and compressed once.
  const files = new Map<string, StaticFile | null>();
  const load = (relative: string): StaticFile | null => {
    if (files.has(relative)) return files.get(relative)!;
    const full = normalize(join(root, relative));
    let file: StaticFile | null = null;
    if (full.startsWith(root + sep) && existsSync(full) && statSync(full).isFile()) {
      const body = readFileSync(full);
      const ext = extname(full);
      file = {
        body,
        type: TYPES[ext] ?? 'application/octet-stream',
        gzip: COMPRESSIBLE.has(ext) && body.length > 512 ? gzipSync(body, { level: 9 }) : undefined,
      };
    }
    files.set(relative, file);
    return file;
  };

  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://gateway');
    const path = url.pathname;
    if (GATEWAY_ROUTES.some((route) => path === route || (route.endsWith('/') && path.startsWith(route)))) {
      return false;
    }
    if (path.startsWith('/auth/')) {
      await handleAuth(path, req, res, options);
      return true;
    }
    if (!built || (req.method !== 'GET' && req.method !== 'HEAD')) return false;

    let relative: string;
    try {
      relative = decodeURIComponent(path).replace(/^\/+/, '');
    } catch {
      return sendJson(res, 400, { message: 'Bad path' });
    }
    if (relative.split(/[\\/]/).includes('..')) return sendJson(res, 404, { message: 'Not found' });
    const asset = relative && relative !== 'index.html' ? load(relative) : null;
    if (asset) {
      send(req, res, asset, relative.startsWith('assets/') ? IMMUTABLE : 'no-cache');
      return true;
    }
    // A missing file (a name with an extension) is a 404, not the app.
    if (extname(relative) || (options.production && path === '/sign-in')) {
      return sendJson(res, 404, { message: 'Not found' });
    }
    const index = load('index.html')!;
    res.setHeader('content-security-policy', contentSecurityPolicy(options, path));
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'same-origin');
    send(req, res, index, 'no-cache');
    return true;
  };
}

function contentSecurityPolicy(options: WebAppOptions, path: string): string {
  let issuer = '';
  try {
    if (options.oidc?.issuer) issuer = ` ${new URL(options.oidc.issuer).origin}`;
  } catch {
    issuer = '';
  }
  // The showcase is made to be embedded in a school's website or an LED screen's page.
  const ancestors = path.startsWith('/exemplars/') ? '*' : "'self'";
  return [
    "default-src 'self'",
    `connect-src 'self'${issuer}`,
    "img-src 'self' data:",
    "style-src 'self' 'unsafe-inline'",
    "object-src 'none'",
    "base-uri 'self'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}

function send(req: IncomingMessage, res: ServerResponse, file: StaticFile, cacheControl: string): void {
  const gzip = file.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? file.gzip! : file.body;
  res.writeHead(200, {
    'content-type': file.type,
    'content-length': body.length,
    'cache-control': cacheControl,
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function sendJson(res: ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
  return true;
}

async function handleAuth(
  path: string,
  req: IncomingMessage,
  res: ServerResponse,
  options: WebAppOptions,
): Promise<void> {
  if (path === '/auth/config' && req.method === 'GET') {
    if (!options.production) {
      sendJson(res, 200, { signIn: 'development' });
      return;
    }
    const { issuer, clientId, scope, audience } = options.oidc ?? {};
    sendJson(
      res,
      200,
      issuer && clientId
        ? { signIn: 'oidc', issuer, clientId, scope: scope ?? 'openid profile', audience: audience ?? null }
        : { signIn: 'unavailable' },
    );
    return;
  }
  if (path === '/auth/dev-token' && !options.production && options.devTokenSecret) {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      sendJson(res, 405, { message: 'POST a JSON body { "subject": "…" }' });
      return;
    }
    const body = await readSmallJson(req);
    const subject = typeof body?.subject === 'string' ? body.subject.trim() : '';
    if (!SUBJECT.test(subject)) {
      sendJson(res, 400, {
        message: 'subject: 1 to 200 letters, digits or . _ @ : + -',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      return;
    }
    const now = Math.floor(Date.now() / 1000);
    const exp = now + (options.devTokenSeconds ?? 8 * 3600);
    sendJson(res, 200, {
      token: signHs256({ sub: subject, iat: now, exp }, options.devTokenSecret),
      expiresAt: new Date(exp * 1000).toISOString(),
    });
    return;
  }
  sendJson(res, 404, { message: 'Not found' });
}

async function readSmallJson(req: IncomingMessage): Promise<Record<string, unknown> | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 4_096) return null;
    chunks.push(chunk);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function signHs256(claims: Record<string, unknown>, secret: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}
