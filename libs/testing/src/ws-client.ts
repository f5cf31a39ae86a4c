import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { testEnv } from './environment';
import type { GraphQLErrorShape, TypedDocument } from './graphql-client';

/** The real graphql-ws client against the gateway's /graphql. */
export function wsClient(connectionParams: Record<string, unknown>, url = testEnv('gatewayUrl')): Client {
  return createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
  });
}

/** What collect() gives: each result as it comes, the subscription's error, a way to stop. */
export interface Collected<T> {
  unsubscribe: () => void;
  error: () => unknown;
  next: (timeoutMs?: number) => Promise<T>;
}

/**
 * Subscribes and collects results; `next()` resolves with the next one (or rejects on timeout).
 * A typed document's results are typed (`{ data, errors? }`); a string's have the type given.
 */
export function collect<T>(client: Client, query: string, variables?: Record<string, unknown>): Collected<T>;
export function collect<R>(
  client: Client,
  query: TypedDocument<R, never>,
  variables?: Record<string, unknown>,
): Collected<{ data: R; errors?: GraphQLErrorShape[] }>;
export function collect<T>(
  client: Client,
  document: string | TypedDocument<unknown, never>,
  variables: Record<string, unknown> = {},
): Collected<T> {
  const query = String(document);
  const received: T[] = [];
  const waiters: ((value: T) => void)[] = [];
  let failure: unknown;
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        const data = value as T;
        const waiter = waiters.shift();
        if (waiter) waiter(data);
        else received.push(data);
      },
      error: (error) => {
        failure = error;
      },
      complete: () => undefined,
    },
  );
  return {
    unsubscribe,
    error: () => failure,
    next: (timeoutMs = 5_000): Promise<T> => {
      const ready = received.shift();
      if (ready !== undefined) return Promise.resolve(ready);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no event within ${timeoutMs} ms (${JSON.stringify(failure)})`)),
          timeoutMs,
        );
        waiters.push((value) => {
          clearTimeout(timer);
          resolve(value);
        });
      });
    },
  };
}
