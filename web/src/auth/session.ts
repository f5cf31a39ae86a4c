/**
 * The signed-in session: a bearer token and when it expires, in sessionStorage (gone with the
 * tab). Sign-in is the development endpoint outside production, OpenID Connect (authorization
 * code with PKCE) in production; /auth/config says which.
 */
const SESSION_KEY = 'laurel.session';
const PENDING_KEY = 'laurel.oidc';
export const CALLBACK_PATH = '/signed-in';

export interface Session {
  token: string;
  expiresAt: number;
  subject: string;
}

export type AuthConfig =
  | { signIn: 'development' }
  | { signIn: 'oidc'; issuer: string; clientId: string; scope: string; audience: string | null }
  | { signIn: 'unavailable' };

export function currentSession(now = Date.now()): Session | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    // A minute's margin: a token about to expire would fail in flight.
    return session.expiresAt - 60_000 > now ? session : null;
  } catch {
    return null;
  }
}

export function storeSession(token: string, expiresAt: number): Session {
  const session: Session = { token, expiresAt, subject: subjectOf(token) ?? '' };
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  return session;
}

export function clearSession(): void {
  sessionStorage.removeItem(SESSION_KEY);
}

function subjectOf(token: string): string | null {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(json) as { sub?: unknown };
    return typeof claims.sub === 'string' ? claims.sub : null;
  } catch {
    return null;
  }
}

/** Where to come back after signing in: a path of this app only (no open redirect). */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}

export function currentPath(): string {
  return window.location.pathname + window.location.search;
}

let configPromise: Promise<AuthConfig> | null = null;
export function authConfig(): Promise<AuthConfig> {
  configPromise ??= fetch('/auth/config').then((r) => {
    if (!r.ok) throw new Error(`auth config: ${r.status}`);
    return r.json() as Promise<AuthConfig>;
  });
  return configPromise;
}

/** Sends the user to sign in, to come back to `returnTo` afterwards. */
export async function beginSignIn(returnTo: string, reason?: 'expired'): Promise<void> {
  clearSession();
  const config = await authConfig();
  if (config.signIn === 'oidc') {
    await beginOidc(config, returnTo);
    return;
  }
  const params = new URLSearchParams({ next: safeReturnPath(returnTo) });
  if (reason) params.set('reason', reason);
  window.location.assign(`/sign-in?${params.toString()}`);
}

export async function devSignIn(subject: string): Promise<Session> {
  const response = await fetch('/auth/dev-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ subject }),
  });
  if (!response.ok) throw new Error(`dev-token: ${response.status}`);
  const { token, expiresAt } = (await response.json()) as { token: string; expiresAt: string };
  return storeSession(token, Date.parse(expiresAt));
}

interface Discovery {
  authorization_endpoint: string;
  token_endpoint: string;
}

async function discover(issuer: string): Promise<Discovery> {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`discovery: ${response.status}`);
  return (await response.json()) as Discovery;
}

export function base64url(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** RFC 7636: the S256 challenge of a verifier. */
export async function pkceChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

function randomString(bytes = 32): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

async function beginOidc(config: Extract<AuthConfig, { signIn: 'oidc' }>, returnTo: string): Promise<void> {
  const discovery = await discover(config.issuer);
  const verifier = randomString(48);
  const state = randomString(16);
  sessionStorage.setItem(
    PENDING_KEY,
    JSON.stringify({ verifier, state, returnTo: safeReturnPath(returnTo) }),
  );
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: `${window.location.origin}${CALLBACK_PATH}`,
    scope: config.scope,
    state,
    code_challenge: await pkceChallenge(verifier),
    code_challenge_method: 'S256',
  });
  if (config.audience) params.set('audience', config.audience);
  window.location.assign(`${discovery.authorization_endpoint}?${params.toString()}`);
}

/** The authorization server sent the user back with a code: exchange it (PKCE), return the page to go to. */
export async function completeOidc(search: string): Promise<string> {
  const config = await authConfig();
  if (config.signIn !== 'oidc') throw new Error('OIDC sign-in is not configured');
  const params = new URLSearchParams(search);
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as {
    verifier: string;
    state: string;
    returnTo: string;
  } | null;
  sessionStorage.removeItem(PENDING_KEY);
  const code = params.get('code');
  if (!pending || !code || params.get('state') !== pending.state) throw new Error('OIDC: state mismatch');
  const discovery = await discover(config.issuer);
  const response = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: `${window.location.origin}${CALLBACK_PATH}`,
      client_id: config.clientId,
      code_verifier: pending.verifier,
    }),
  });
  if (!response.ok) throw new Error(`token endpoint: ${response.status}`);
  const tokens = (await response.json()) as { access_token: string; expires_in?: number };
  storeSession(tokens.access_token, Date.now() + (tokens.expires_in ?? 3600) * 1000);
  return pending.returnTo;
}
