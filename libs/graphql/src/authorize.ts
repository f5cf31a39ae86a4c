import { subject, type Action, type AppAbility, type SubjectName } from '@laurel/auth';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from './errors';
import type { RequestContext } from './context';
import { isAuthenticated } from '@laurel/auth';

export interface AssertCanOptions {
  /**
   * The caller already reads the object (it was loaded through the read rules: a council member's
   * session, a nominee's nomination): a refusal is FORBIDDEN, never NOT_FOUND.
   */
  visible?: boolean;
  /** The id a NOT_FOUND names, so that it reads exactly as for an id that exists nowhere. */
  id?: string;
  /** The FORBIDDEN message, when the default does not name the object well. */
  message?: string;
}

/** How NOT_FOUND names what `what` describes, the same words as `new NotFoundError(Type, id)`. */
const NOT_FOUND_NAMES: Record<string, string> = {
  organization: 'Organization',
  'parent organization': 'Organization',
  nomination: 'Nomination',
  campaign: 'Campaign',
  council: 'Council',
  'voting session': 'VotingSession',
  'API key': 'ApiKey',
  'role grant': 'RoleGrant',
  person: 'Person',
};

const LABELS: Partial<Record<SubjectName, string>> = {
  Organization: 'organization',
  Person: 'person',
  EmulationGroup: 'emulation group',
  RoleGrant: 'role grant',
  ApiKey: 'API key',
  Campaign: 'campaign',
  Nomination: 'nomination',
  Council: 'council',
  VotingSession: 'voting session',
  Report: 'report',
};

const withArticle = (label: string) => (/^[aeiouAEIOU]/.test(label) ? `an ${label}` : `a ${label}`);

/**
 * Write access to an object owned by the organization at `orgPath`. docs/API.md §2: what you
 * may not see does not exist for you (NOT_FOUND); FORBIDDEN is for what you see but may not
 * change. For a write, "seeing" an organization means holding a role on it or above (the public
 * directory is for reading: a foreign parent is NOT_FOUND to `createOrganization` as a foreign
 * organization is to `createPerson`); an object the caller loaded through its read rules is seen
 * (`options.visible`). An API key reads reports only: the objects it cannot read do not exist.
 */
export function assertCan(
  ability: AppAbility,
  action: Action,
  subjectName: Exclude<SubjectName, 'all'>,
  fields: { orgPath: string } & Record<string, unknown>,
  what: string,
  options: AssertCanOptions = {},
): void {
  if (ability.can(action, subject(subjectName, { ...fields }))) return;
  const sees =
    options.visible === true ||
    (subjectName !== 'Organization' && ability.can('read', subject(subjectName, { ...fields }))) ||
    ability.can('read', subject('Subtree', { orgPath: fields.orgPath }));
  if (sees) throw new ForbiddenError(options.message ?? forbiddenMessage(action, subjectName, what));
  throw new NotFoundError(NOT_FOUND_NAMES[what] ?? what, options.id);
}

function forbiddenMessage(action: Action, subjectName: SubjectName, what: string): string {
  const label = LABELS[subjectName] ?? subjectName;
  return label === what
    ? `You may not ${action} this ${what}`
    : `You may not ${action} ${withArticle(label)} in this ${what}`;
}

export function assertAuthenticated(ctx: RequestContext): void {
  if (!isAuthenticated(ctx.identity)) throw new UnauthenticatedError();
}

/** A caller that is only a reporting tool's API key: it reads reports and nothing else (docs/API.md §2). */
export function readsReportsOnly(ctx: RequestContext): boolean {
  return ctx.identity.apiKey !== null && ctx.identity.subject === null && !ctx.identity.isPlatformAdmin;
}
