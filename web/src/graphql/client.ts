import { Client, fetchExchange, mapExchange, subscriptionExchange, type CombinedError } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';
import { beginSignIn, currentPath, currentSession } from '../auth/session';

/** Whether an error means the session is gone (expired or refused token). */
export function isUnauthenticated(error: CombinedError | undefined): boolean {
  if (!error) return false;
  if (error.response && (error.response as Response).status === 401) return true;
  return error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

function authorization(): Record<string, string> {
  const session = currentSession();
  return session ? { authorization: `Bearer ${session.token}` } : {};
}

/**
 * One urql client for queries, mutations and graphql-ws subscriptions. `anonymous` pages (the
 * showcase) never send the user to sign in.
 */
export function createGraphQLClient(options: { anonymous?: boolean } = {}): Client {
  const wsUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
  const ws = createWsClient({
    url: wsUrl,
    lazy: true,
    connectionParams: () => authorization(),
    retryAttempts: 5,
  });
  let redirecting = false;
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: () => ({ headers: authorization() }),
    exchanges: [
      mapExchange({
        onOperation(operation) {
          // A session that expired while the page was open: sign in again, then come back here.
          if (!options.anonymous && !currentSession() && !redirecting) {
            redirecting = true;
            void beginSignIn(currentPath(), 'expired');
          }
          return operation;
        },
        onError(error) {
          if (!options.anonymous && isUnauthenticated(error) && !redirecting) {
            redirecting = true;
            void beginSignIn(currentPath(), 'expired');
          }
        },
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}
