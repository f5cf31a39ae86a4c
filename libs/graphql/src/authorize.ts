import { subject, type Action, type AppAbility, type SubjectName } from '@laurel/auth';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from './errors';
import type { RequestContext } from './context';
import { isAuthenticated } from '@laurel/auth';

/**
 * Write access to an object owned by the organization at `orgPath`. SPEC section 2: what you
 * may not see does not exist for you (NOT_FOUND); FORBIDDEN is for what you see but may not
 * change. "Seeing inside" an organization means holding a role on it or above (an API key
 * reads reports only: for it, the objects it cannot read do not exist).
 */
export function assertCan(
  ability: AppAbility,
  action: Action,
  subjectName: Exclude<SubjectName, 'all'>,
  fields: { orgPath: string } & Record<string, unknown>,
  what: string,
): void {
  if (ability.can(action, subject(subjectName, { ...fields }))) return;
  if (
    ability.can('read', subject(subjectName, { ...fields })) ||
    ability.can('read', subject('Subtree', { orgPath: fields.orgPath }))
  ) {
    throw new ForbiddenError(`You may not ${action} this ${what}`);
  }
  throw new NotFoundError(what);
}

export function assertAuthenticated(ctx: RequestContext): void {
  if (!isAuthenticated(ctx.identity)) throw new UnauthenticatedError();
}
