import { createPubSub } from '@graphql-yoga/subscription';
import { Client, Pool } from 'pg';

const MAX_PAYLOAD_BYTES = 7_900; // NOTIFY stops at 8,000 bytes

export interface PgPubSub {
  /** type-graphql's PubSub: `publish(topic, payload)`, `subscribe(topic)`. */
  publish(routingKey: string, ...args: unknown[]): void;
  subscribe(routingKey: string, dynamicId?: unknown): AsyncIterable<unknown>;
  /** Publishes and resolves once PostgreSQL has accepted the notification. */
  publishNow(topic: string, payload: unknown): Promise<void>;
  close(): Promise<void>;
}

/**
 * A pub/sub that crosses process boundaries through PostgreSQL LISTEN/NOTIFY, so several
 * replicas of a subgraph behind a load balancer all see every event. Payloads are small
 * (ids and counters), because NOTIFY stops at 8,000 bytes.
 */
export async function createPgPubSub(options: {
  url: string;
  channel: string;
  onError?: (error: unknown) => void;
}): Promise<PgPubSub> {
  const onError = options.onError ?? ((e) => console.error('[events]', e));
  const local = new EventTarget();
  const publisher = new Pool({ connectionString: options.url, max: 2 });
  // An idle pooled connection that the server drops (a restart) is an `error` event on the pool;
  // unhandled, it would end the process. The pool replaces the connection by itself.
  publisher.on('error', onError);
  let listener: Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;

  // Reconnects every second until PostgreSQL answers again (a restart takes a while).
  const reconnectLater = (): void => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = null;
      connect().catch((error: unknown) => {
        onError(error);
        reconnectLater();
      });
    }, 1_000);
    retry.unref();
  };

  const connect = async (): Promise<void> => {
    const client = new Client({ connectionString: options.url, application_name: 'laurel-events-listener' });
    client.on('notification', (message) => {
      if (!message.payload) return;
      try {
        const { topic, payload } = JSON.parse(message.payload) as { topic: string; payload: unknown };
        local.dispatchEvent(new CustomEvent(topic, { detail: payload }));
      } catch (error) {
        onError(error);
      }
    });
    // A dropped connection says so once or twice (the server's message, then the socket's end).
    client.on('error', (error) => {
      onError(error);
      if (listener !== client) return;
      listener = null;
      void client.end().catch(() => undefined);
      reconnectLater();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(options.channel)}`);
    } catch (error) {
      void client.end().catch(() => undefined);
      throw error;
    }
    if (closed) {
      await client.end().catch(() => undefined);
      return;
    }
    listener = client;
  };
  await connect();

  const publishNow = async (topic: string, payload: unknown): Promise<void> => {
    const message = JSON.stringify({ topic, payload });
    if (Buffer.byteLength(message) > MAX_PAYLOAD_BYTES) {
      throw new Error(`event ${topic} is too large for NOTIFY (${Buffer.byteLength(message)} bytes)`);
    }
    await publisher.query('SELECT pg_notify($1, $2)', [options.channel, message]);
  };

  // Local subscribers hear about an event only when it comes back from PostgreSQL, so every
  // process sees the same stream, in commit order.
  const eventTarget = {
    addEventListener: local.addEventListener.bind(local),
    removeEventListener: local.removeEventListener.bind(local),
    dispatchEvent: (event: Event) => {
      void publishNow(event.type, (event as CustomEvent).detail).catch(onError);
      return true;
    },
  } as EventTarget;
  const pubSub = createPubSub({ eventTarget });

  return {
    publish: (routingKey, ...args) =>
      pubSub.publish(routingKey, ...(args as [] | [unknown] | [string | number, unknown])),
    subscribe: (routingKey) => pubSub.subscribe(routingKey),
    publishNow,
    close: async () => {
      closed = true;
      if (retry) clearTimeout(retry);
      await listener?.end().catch(() => undefined);
      await publisher.end();
    },
  };
}
