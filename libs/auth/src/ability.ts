import {
  AbilityBuilder,
  buildMongoQueryMatcher,
  createMongoAbility,
  subject,
  type ForcedSubject,
  type MongoAbility,
  type MongoQuery,
} from '@casl/ability';
import type { FieldCondition, JsInterpreter } from '@ucast/mongo2js';
import type { Identity } from './identity';

export type Action = 'manage' | 'read' | 'create' | 'update' | 'delete' | 'submit';

/** Everything tenants own. `Organization` itself is the public directory. */
export type SubjectName =
  | 'Organization'
  | 'Person'
  | 'EmulationGroup'
  | 'RoleGrant'
  | 'ApiKey'
  | 'Campaign'
  | 'Nomination'
  | 'Council'
  | 'VotingSession'
  | 'Report'
  /** Fostering and replication (docs/API.md §7): exemplars with their plans, evaluations and adoptions. */
  | 'Exemplar'
  | 'Initiative'
  /** Seeing inside an organization (any role granted on it or above): NOT_FOUND vs FORBIDDEN. */
  | 'Subtree'
  | 'all';

export type AppAbility = MongoAbility<[Action, SubjectName | ForcedSubject<SubjectName>], MongoQuery>;

// MongoQuery's typing does not know the custom `$under`; conditions are validated when parsed.
const where = (conditions: Record<string, unknown>): MongoQuery<never> => conditions as MongoQuery<never>;

/** `a.b` is under `a` and under itself; `ab` is not under `a`. */
export function isUnder(path: unknown, ancestor: string): boolean {
  return typeof path === 'string' && (path === ancestor || path.startsWith(ancestor + '.'));
}

const under: JsInterpreter<FieldCondition<string>> = (node, object, { get }) =>
  isUnder(get(object, node.field), node.value);

/** The field's path is an ancestor of (or the same as) the value: the object's owner is above it. */
const above: JsInterpreter<FieldCondition<string>> = (node, object, { get }) => {
  const path = get(object, node.field);
  return typeof path === 'string' && isUnder(node.value, path);
};

const conditionsMatcher = buildMongoQueryMatcher(
  {
    $under: { type: 'field', validate: (_i: unknown, v: unknown) => void assertPath(v) },
    $above: { type: 'field', validate: (_i: unknown, v: unknown) => void assertPath(v) },
  },
  { under, above },
);

function assertPath(value: unknown): void {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/.test(value)) {
    throw new TypeError(`$under expects an ltree path of organization nodes, got ${String(value)}`);
  }
}

const TENANT_OWNED: SubjectName[] = [
  'Person',
  'EmulationGroup',
  'RoleGrant',
  'ApiKey',
  'Campaign',
  'Nomination',
  'Council',
  'VotingSession',
  'Report',
  'Exemplar',
  'Initiative',
];

/**
 * The one set of access rules of docs/API.md §2. Conditions name `orgPath`, the ltree path of
 * the organization that owns the object; `accessibleSql` turns them into SQL on that column.
 */
export function defineAbilityFor(identity: Identity): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);

  if (identity.isPlatformAdmin) can('manage', 'all');
  if (identity.subject !== null || identity.apiKey !== null) can('read', 'Organization');

  for (const grant of identity.grants) {
    const inSubtree = where({ orgPath: { $under: grant.path } });
    can('read', 'Subtree', inSubtree);
    // Campaigns apply to the launcher's whole subtree: everyone inside reads the campaigns of
    // the organizations above them once they are no longer drafts (docs/API.md §2, issue 3).
    can('read', 'Campaign', where({ orgPath: { $above: grant.path }, status: { $ne: 'DRAFT' } }));
    switch (grant.role) {
      case 'ORG_ADMIN':
        can('manage', TENANT_OWNED, inSubtree);
        can(['create', 'update'], 'Organization', inSubtree);
        break;
      case 'UNIT_LEAD':
        can('read', TENANT_OWNED, inSubtree);
        can(['create', 'update', 'submit'], 'Nomination', inSubtree);
        break;
      case 'VIEWER':
        can('read', TENANT_OWNED, inSubtree);
        break;
    }
  }

  if (identity.personIds.length > 0) {
    can('read', 'Person', where({ id: { $in: identity.personIds } }));
    can('read', 'Nomination', where({ nomineePersonId: { $in: identity.personIds } }));
  }
  for (const path of identity.personPaths ?? []) {
    can('read', 'Campaign', where({ orgPath: { $above: path }, status: { $ne: 'DRAFT' } }));
  }

  if (identity.apiKey) {
    can('read', 'Report', where({ orgPath: { $under: identity.apiKey.path } }));
    // A report names its campaign: reporting tools read the opened campaigns of their subtree
    // and of the organizations above it, never a draft.
    can('read', 'Campaign', where({ orgPath: { $under: identity.apiKey.path }, status: { $ne: 'DRAFT' } }));
    can('read', 'Campaign', where({ orgPath: { $above: identity.apiKey.path }, status: { $ne: 'DRAFT' } }));
  }

  return build({ conditionsMatcher });
}

export { subject };
