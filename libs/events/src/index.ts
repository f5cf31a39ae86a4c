export { createPgPubSub, type PgPubSub } from './pg-pubsub';
