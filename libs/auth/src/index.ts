export type { Identity, Grant, Role, ApiKeyIdentity } from './identity';
export { ROLES, ANONYMOUS, authorizationKey, isAuthenticated, tenantScopeOf } from './identity';
export {
  signInternalRequest,
  verifyInternalRequest,
  InternalSignatureError,
  IDENTITY_HEADER,
  SIGNATURE_HEADER,
} from './internal-signature';
export { createTokenVerifier, type TokenVerifier, type TokenVerifierOptions } from './jwt';
export { generateApiKey, hashApiKey, API_KEY_PREFIX } from './api-key';
export {
  defineAbilityFor,
  type AppAbility,
  type Action,
  type SubjectName,
  subject,
  isUnder,
} from './ability';
export { accessibleSql, type SqlCondition, type ColumnMap } from './ability-sql';
export { internalUrl, postInternal, postRoute } from './internal-client';
