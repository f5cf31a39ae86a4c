export { createGateway, subgraphsOf, type Gateway, type GatewayOptions, type SubgraphEntry } from './gateway';
export {
  createIdentityResolver,
  credentialsFromConnectionParams,
  credentialsFromHeaders,
  unauthenticated,
  type Credentials,
  type IdentityResolver,
  type IdentityResolverOptions,
} from './identity';
export { signedHeaders, isReservedHeader, IDENTITY_CONTEXT_KEY } from './signing';
