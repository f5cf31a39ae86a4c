/** The error codes of docs/API.md §3. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'DEADLINE_PASSED'
  | 'QUOTA_EXCEEDED'
  | 'DUPLICATE_NOMINATION'
  | 'NOT_ELIGIBLE'
  | 'INVALID_TRANSITION'
  | 'ALREADY_VOTED'
  | 'SESSION_NOT_OPEN'
  | 'NOT_A_VOTER'
  | 'CONFLICT';

/** A domain error, thrown by services and turned into a GraphQL error in one place. */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  constructor(
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Authentication required') {
    super(message);
  }
}

/** What you may not see does not exist for you (docs/API.md §2). */
export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(what: string, id?: string) {
    super(id ? `${what} ${id} not found` : `${what} not found`);
  }
}

/** For what you may see but not change. */
export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'You may not change this') {
    super(message);
  }
}

export class BadUserInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
}

export class InvalidTransitionError extends DomainError {
  readonly code = 'INVALID_TRANSITION';
}

export class DeadlinePassedError extends DomainError {
  readonly code = 'DEADLINE_PASSED';
}

export class QuotaExceededError extends DomainError {
  readonly code = 'QUOTA_EXCEEDED';
}

export class DuplicateNominationError extends DomainError {
  readonly code = 'DUPLICATE_NOMINATION';
}

/** `extensions.reason` says which rule: LEADER_REQUIRES_COLLECTIVE, PREREQUISITE_MISSING, … */
export class NotEligibleError extends DomainError {
  readonly code = 'NOT_ELIGIBLE';
  constructor(message: string, reason: string, extra: Record<string, unknown> = {}) {
    super(message, { reason, ...extra });
  }
}

export class AlreadyVotedError extends DomainError {
  readonly code = 'ALREADY_VOTED';
}

export class SessionNotOpenError extends DomainError {
  readonly code = 'SESSION_NOT_OPEN';
}

export class NotAVoterError extends DomainError {
  readonly code = 'NOT_A_VOTER';
}
