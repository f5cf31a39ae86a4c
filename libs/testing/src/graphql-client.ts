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

/**
 * A document GraphQL Code Generator typed (test/src/gql: `gql(\`query Name …\`)`): a string that
 * carries its answer's type, so that graphql() and ok() answer that type instead of a guess. The
 * shape of `DocumentTypeDecoration` (@graphql-typed-document-node/core), the generated
 * TypedDocumentString's interface, without depending on the package.
 */
export interface TypedDocument<TResult, TVariables = Record<string, unknown>> {
  __apiType?: (variables: TVariables) => TResult;
  toString(): string;
}

/**
 * What graphql() and ok() send: a typed document, or a plain string with its answer's type given.
 * Variables stay untyped (`never` here): the flows build them from loose records and some tests
 * send wrong ones on purpose; the gateway checks them.
 */
export type Operation<T> = string | TypedDocument<T, never>;

export type Credentials =
  { token: string } | { apiKey: string } | { headers: Record<string, string> } | undefined;

/**
 * POSTs an operation to the gateway (or any GraphQL URL), as a client would. A typed document's
 * answer has its generated type; a string's has the type given (`graphql<{ … }>(…)`), if any.
 */
export async function graphql<T = Record<string, unknown>>(
  query: Operation<T>,
  variables: Record<string, unknown> = {},
  credentials?: Credentials,
  url = testEnv('gatewayUrl'),
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (credentials && 'token' in credentials) headers.authorization = `Bearer ${credentials.token}`;
  if (credentials && 'apiKey' in credentials) headers['x-api-key'] = credentials.apiKey;
  if (credentials && 'headers' in credentials) Object.assign(headers, credentials.headers);
  const res = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: String(query), variables }),
  });
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
  query: Operation<T>,
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
