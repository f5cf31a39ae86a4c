import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Identity } from '@laurel/auth';
import { currentRequestId, REQUEST_ID_HEADER } from '@laurel/observability';
import { context as otelContext, propagation } from '@opentelemetry/api';
import { getVariableValues, print, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { Agent, request as httpRequest, type IncomingMessage } from 'node:http';
import { readBody } from '../body-limit';
import type { HttpStep } from '../http-pipeline';
import type { Credentials, IdentityResolver } from '../identity';
import { isReportQuery, ReportCache } from '../report-cache';
import { signedHeaders } from '../signing';
import type { SingleSubgraphPlan, SingleSubgraphPlanner } from './single-subgraph';

/** What the fast path tells metrics (the runtime's plugins do not see its requests). */
export interface FastPathObserver {
  operation(
    operation: OperationDefinitionNode,
    subgraph: string,
    seconds: number,
    errorCodes: string[],
  ): void;
  subgraph(name: string, seconds: number, failed: boolean): void;
}

export interface FastPathOptions {
  planner: SingleSubgraphPlanner;
  /** For the variables' coercion: the supergraph's input types. */
  schema: GraphQLSchema;
  resolveIdentity: IdentityResolver;
  internalSecret: string;
  graphqlPath: string;
  maxBodyBytes: number;
  upstreamTimeoutMs: number;
  observer?: FastPathObserver;
  /** Query texts remembered (each one the runtime validated); later ones are not. */
  maxDocuments?: number;
  /** Origins the runtime answers with CORS headers: their requests take its path. */
  corsAllowedOrigins?: readonly string[];
  /** Reports are answered through the same cache as on the runtime's path. */
  reportCache?: ReportCache;
}

interface Learned {
  plan: SingleSubgraphPlan;
  /** A report query (see report-cache.ts): its printed document, part of its cache key. */
  report?: string;
}

type Answer = { data?: unknown; errors?: SubgraphError[] };

interface GraphQLBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
  extensions?: unknown;
}

interface SubgraphError {
  message?: unknown;
  path?: unknown;
  extensions?: Record<string, unknown>;
}

/**
 * The single-subgraph fast path (issue 20). An operation that one subgraph answers whole
 * (single-subgraph.ts), sent again by its exact text after the runtime once parsed, validated
 * and limited it (`learn`, a runtime plugin, remembers such texts), goes straight to that subgraph:
 * the caller's identity resolved and signed as for any request, the variables coerced (a bad one
 * goes to the runtime for its usual error), the client's own document forwarded, and the
 * subgraph's answer returned as the runtime would shape it (errors without `locations`, with
 * `extensions.serviceName`; no `data` when it is null). No planning, no projection, no
 * WHATWG Request/Response objects. Anything else (GET, another content type, an unknown text,
 * a batch) takes the runtime's path unchanged. With tracing on, the http instrumentation gives a
 * fast request the same spans as any (the incoming request's, the subgraph call's) and the trace
 * context goes on to the subgraph beside the signed identity.
 */
export function createFastPath(options: FastPathOptions): { step: HttpStep; learn: GatewayPlugin } {
  const learned = new Map<string, Learned | null>();
  const max = options.maxDocuments ?? 2_000;
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });

  const learn: GatewayPlugin = {
    onExecute({ args }) {
      const query = (args.contextValue as { params?: { query?: unknown } }).params?.query;
      if (typeof query !== 'string' || learned.has(query) || learned.size >= max) return;
      const plan = options.planner.plan(args.document, args.operationName);
      const report =
        plan && isReportQuery(args.document, args.operationName) ? print(args.document) : undefined;
      learned.set(query, plan ? { plan, report } : null);
    },
  };

  const step: HttpStep = async (req, res) => {
    const type = answerType(req);
    if (req.method !== 'POST' || !isGraphQLPath(req.url, options.graphqlPath) || !type) return false;
    if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) return false;
    const origin = req.headers.origin;
    if (origin && options.corsAllowedOrigins?.includes(origin)) return false;
    // The body cap ran before: a declared length is within it, a chunked body is on req.body.
    const consumed = (req as IncomingMessage & { body?: Buffer }).body;
    const raw = consumed ?? (await readBody(req, options.maxBodyBytes));
    if (raw === null) return false;
    const handBack = () => {
      (req as IncomingMessage & { body?: Buffer }).body = raw;
      return false;
    };
    let body: GraphQLBody;
    try {
      body = JSON.parse(raw.toString('utf8')) as GraphQLBody;
    } catch {
      return handBack();
    }
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.query !== 'string')
      return handBack();
    const known = learned.get(body.query);
    if (!known || body.extensions !== undefined) return handBack();
    const { plan } = known;
    const operationName = typeof body.operationName === 'string' ? body.operationName : null;
    if (operationName !== null && operationName !== plan.operation.name?.value) return handBack();
    const variables = body.variables ?? {};
    if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) return handBack();
    const coerced = getVariableValues(
      options.schema,
      plan.operation.variableDefinitions ?? [],
      variables as Record<string, unknown>,
    );
    if (coerced.errors) return handBack();
    let identity: Identity;
    try {
      identity = await options.resolveIdentity(credentialsOf(req));
    } catch {
      return handBack(); // the runtime answers with the refusal (UNAUTHENTICATED, …)
    }
    const started = performance.now();
    const fetchAnswer = async (): Promise<Answer> => {
      const sent = performance.now();
      const payload = JSON.stringify({ query: body.query, variables, operationName });
      const answer = await forward(plan, payload, identity);
      const seconds = (performance.now() - sent) / 1000;
      options.observer?.subgraph(plan.subgraph.name, seconds, answer.errors !== undefined);
      return answer;
    };
    const cache =
      known.report !== undefined && options.reportCache?.enabled ? options.reportCache : undefined;
    const answer = cache
      ? await cached(cache, ReportCache.key(identity, known.report!, operationName, variables), fetchAnswer)
      : await fetchAnswer();
    const seconds = (performance.now() - started) / 1000;
    options.observer?.operation(
      plan.operation,
      plan.subgraph.name,
      seconds,
      (answer.errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')),
    );
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8` });
    res.end(JSON.stringify(answer));
    return true;
  };

  /** The subgraph's answer, shaped as the runtime shapes it. */
  const forward = async (plan: SingleSubgraphPlan, payload: string, identity: Identity): Promise<Answer> => {
    const serviceName = plan.subgraph.name;
    const headers = signedHeaders(
      { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      identity,
      options.internalSecret,
      payload,
    );
    const requestId = currentRequestId();
    if (requestId) headers[REQUEST_ID_HEADER] = requestId;
    propagation.inject(otelContext.active(), headers);
    let reply: { status: number; text: string };
    try {
      reply = await post(plan.subgraph.url, headers, payload, options.upstreamTimeoutMs, agent);
    } catch (error) {
      return unavailable(serviceName, (error as Error).message);
    }
    let parsed: Answer;
    try {
      parsed = JSON.parse(reply.text) as typeof parsed;
    } catch {
      return unavailable(serviceName, `answered ${reply.status} without JSON`);
    }
    const errors = Array.isArray(parsed.errors)
      ? parsed.errors.map((e) => ({
          message: e.message,
          ...(e.path !== undefined ? { path: e.path } : {}),
          extensions: { ...(e.extensions ?? {}), serviceName },
        }))
      : undefined;
    return {
      ...(errors ? { errors } : {}),
      ...(parsed.data !== null && parsed.data !== undefined ? { data: parsed.data } : {}),
    };
  };

  return { step, learn };
}

/** A report from the cache: kept, being computed by another caller, or fetched (and kept when complete). */
async function cached(cache: ReportCache, key: string, fetchAnswer: () => Promise<Answer>): Promise<Answer> {
  const found = cache.lookup(key);
  if ('hit' in found) return found.hit as Answer;
  if ('pending' in found) return ((await found.pending) as Answer | undefined) ?? fetchAnswer();
  let answer: Answer | undefined;
  try {
    answer = await fetchAnswer();
    return answer;
  } finally {
    found.compute(answer);
  }
}

function unavailable(serviceName: string, detail: string): { errors: SubgraphError[] } {
  console.error(`[gateway] ${serviceName} failed: ${detail}`);
  return {
    errors: [
      {
        message: `The ${serviceName} service did not answer, try again later`,
        extensions: { code: 'SERVICE_UNAVAILABLE', serviceName },
      },
    ],
  };
}

function isGraphQLPath(url: string | undefined, path: string): boolean {
  if (!url) return false;
  const query = url.indexOf('?');
  return (query < 0 ? url : url.slice(0, query)) === path;
}

/**
 * The media type the runtime would answer with, when it is one the fast path answers alike:
 * `application/json` (no Accept, JSON or anything first) or `application/graphql-response+json`
 * (GraphQL over HTTP's, first in browsers' clients such as urql). Null: the runtime's business.
 */
function answerType(req: IncomingMessage): string | null {
  const accept = req.headers.accept;
  if (!accept) return 'application/json';
  const first = accept.split(',')[0]!.split(';')[0]!.trim().toLowerCase();
  if (first === 'application/json' || first === '*/*') return 'application/json';
  if (first === 'application/graphql-response+json') return first;
  return null;
}

function credentialsOf(req: IncomingMessage): Credentials {
  const apiKey = req.headers['x-api-key'];
  return {
    authorization: req.headers.authorization ?? null,
    apiKey: typeof apiKey === 'string' ? apiKey : null,
  };
}

function post(
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
  agent: Agent,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}
