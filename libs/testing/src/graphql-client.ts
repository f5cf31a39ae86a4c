import { testEnv } from './environment';

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorShape[];
}

export type Credentials =
  { token: string } | { apiKey: string } | { headers: Record<string, string> } | undefined;

/** POSTs an operation to the gateway (or any GraphQL URL), as a client would. */
export async function graphql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  credentials?: Credentials,
  url = testEnv('gatewayUrl'),
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (credentials && 'token' in credentials) headers.authorization = `Bearer ${credentials.token}`;
  if (credentials && 'apiKey' in credentials) headers['x-api-key'] = credentials.apiKey;
  if (credentials && 'headers' in credentials) Object.assign(headers, credentials.headers);
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  try {
    return { status: res.status, ...(JSON.parse(text) as object) } as GraphQLResponse<T>;
  } catch {
    return { status: res.status, errors: [{ message: text }] };
  }
}

/**
 * Sends a whole CSV or XLSX file to the gateway's `POST /imports/<kind>` (lists too big for the
 * 100 KB cap on `/graphql`); answers what the import mutation answers on `/graphql`.
 */
export async function importFile<T = Record<string, unknown>>(
  kind: 'organizations' | 'people' | 'distinction-records',
  file: string | Buffer,
  credentials: Credentials,
  format: 'csv' | 'xlsx' = 'csv',
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = {
    'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/octet-stream',
  };
  if (credentials && 'token' in credentials) headers.authorization = `Bearer ${credentials.token}`;
  if (credentials && 'apiKey' in credentials) headers['x-api-key'] = credentials.apiKey;
  if (credentials && 'headers' in credentials) Object.assign(headers, credentials.headers);
  const url = testEnv('gatewayUrl').replace(/\/graphql$/, `/imports/${kind}?format=${format}`);
  const res = await fetch(url, { method: 'POST', headers, body: file });
  const text = await res.text();
  try {
    return { status: res.status, ...(JSON.parse(text) as object) } as GraphQLResponse<T>;
  } catch {
    return { status: res.status, errors: [{ message: text }] };
  }
}

/** The data of a successful operation; fails the test with the errors otherwise. */
export async function ok<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  credentials?: Credentials,
): Promise<T> {
  const response = await graphql<T>(query, variables, credentials);
  if (response.errors?.length || !response.data) {
    throw new Error(`expected success, got ${response.status}: ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}

/** The error codes of a failed operation. */
export function codes(response: GraphQLResponse<unknown>): (string | undefined)[] {
  return (response.errors ?? []).map((e) => e.extensions?.code);
}
