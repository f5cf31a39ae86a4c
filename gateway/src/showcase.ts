import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** A selection allowed below a field: any (`'*'`: public catalogue data), a leaf, or named fields. */
type Allowed = '*' | true | { [field: string]: Allowed };

/**
 * What the public showcase shows (docs/API.md §1: "only what the organization published"): the published
 * nomination's public fields, its distinction (the national catalogue), the published dossier
 * summary, the submitting organization's name, and the exemplar to adopt. Not the nominee's record (its id, position,
 * organization), not the campaign, not the organization's code, kind, tenant, ancestors or
 * children, which the directory gives to authenticated callers only (issue 23). Another
 * selection is refused before anything runs, so the showcase never answers `null` for a field
 * it cannot show, nor `{}` for a nominee.
 */
const NOMINATION: Allowed = {
  id: true,
  nomineeName: true,
  year: true,
  target: true,
  stage: true,
  decisionNumber: true,
  decidedAt: true,
  published: true,
  distinction: '*',
  dossier: '*',
  history: '*',
  submittingOrganization: { name: true },
  // The model to adopt (SPEC 7): null without a token, and only its public face here.
  exemplar: { id: true, title: true, field: true, published: true },
};

export const SHOWCASE_SELECTION: Allowed = {
  totalCount: true,
  pageInfo: '*',
  edges: { cursor: true, node: NOMINATION },
};

/** Refuses a selection under `Query.exemplars` beyond `SHOWCASE_SELECTION`, fragments followed. */
export function showcaseSelectionRule(context: ValidationContext): ASTVisitor {
  const refused = new Set<FieldNode>();
  const check = (set: SelectionSetNode | undefined, allowed: Allowed, path: string, seen: Set<string>) => {
    if (!set || allowed === '*' || allowed === true) return;
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        check(selection.selectionSet, allowed, path, seen);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        if (seen.has(name)) continue;
        const fragment = context.getFragment(name);
        if (fragment) check(fragment.selectionSet, allowed, path, new Set([...seen, name]));
      } else {
        const name = selection.name.value;
        if (name === '__typename') continue;
        const next = allowed[name];
        if (next === undefined) {
          if (refused.has(selection)) continue;
          refused.add(selection);
          context.reportError(
            new GraphQLError(
              `The public showcase shows only what was published: ${path}.${name} is not part of it ` +
                '(read nominations with `nominations` or `nomination` instead)',
              { nodes: [selection], extensions: { code: 'BAD_USER_INPUT' } },
            ),
          );
          continue;
        }
        check(selection.selectionSet, next, `${path}.${name}`, seen);
      }
    }
  };
  return {
    Field(node) {
      if (node.name.value !== 'exemplars' || context.getParentType()?.name !== 'Query') return;
      check(node.selectionSet, SHOWCASE_SELECTION, 'exemplars', new Set());
    },
  };
}
