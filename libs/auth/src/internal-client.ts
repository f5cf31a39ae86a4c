import type { InternalRouteName, RouteRequest, RouteResponse } from '@laurel/contracts';
import { ANONYMOUS } from './identity';
import { signInternalRequest } from './internal-signature';

/** A service's `/internal/<route>` endpoint, from its base URL or its `/graphql` URL. */
export function internalUrl(serviceUrl: string, route: string): string {
  return `${serviceUrl.replace(/\/(graphql)?\/?$/, '')}/internal/${route}`;
}

/**
 * One signed service-to-service call (`/internal/…` routes of `startSubgraphServer`): POSTs the
 * payload as JSON and returns the JSON answer; anything but a 2xx throws, naming the URL.
 */
export async function postInternal<T>(
  url: string,
  payload: unknown,
  internalSecret: string,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  const body = JSON.stringify(payload);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signInternalRequest(ANONYMOUS, internalSecret, body) },
    body,
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/**
 * `postInternal` for a route of `@laurel/contracts`: the payload and the answer take the route's
 * types (the serving subgraph parses the payload with the same schema).
 */
export function postRoute<N extends InternalRouteName>(
  serviceUrl: string,
  route: N,
  payload: RouteRequest<N>,
  internalSecret: string,
  options: { timeoutMs?: number } = {},
): Promise<RouteResponse<N>> {
  return postInternal<RouteResponse<N>>(internalUrl(serviceUrl, route), payload, internalSecret, options);
}
