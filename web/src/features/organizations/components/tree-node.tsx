import { useState } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/catalogue';
import { ErrorMessage } from '../../../ui/error-message';
import { OrganizationChildrenQuery } from '../documents';

export interface TreeOrganization {
  id: string;
  code: string;
  name: string;
  kind: string;
  /** Unknown for the roots (from `me.grants`): they may have children. */
  childCount: number | null;
}

/** The children of one organization, page by page (50 at a time), fetched when first shown. */
function Children({ id, level, after }: { id: string; level: number; after: string | null }) {
  const { t } = useI18n();
  const [more, setMore] = useState<string | null>(null);
  const [result] = useQuery({ query: OrganizationChildrenQuery, variables: { id, after } });
  if (result.error) return <ErrorMessage error={result.error} />;
  const page = result.data?.organization?.children;
  if (!page) return <p className="muted">{t('app.loading')}</p>;
  return (
    <>
      <ul>
        {page.edges.map(({ node }) => (
          <TreeNode
            key={node.id}
            organization={{ ...node, childCount: node.children.totalCount }}
            level={level}
          />
        ))}
      </ul>
      {more ? (
        <Children id={id} level={level} after={more} />
      ) : page.pageInfo.hasNextPage ? (
        <button type="button" className="secondary" onClick={() => setMore(page.pageInfo.endCursor ?? null)}>
          {t('organizations.tree.more')}
        </button>
      ) : null}
    </>
  );
}

/**
 * One organization of the tree: a button that opens its children (fetched only then), its
 * dashboard and its administration page.
 */
export function TreeNode({ organization, level }: { organization: TreeOrganization; level: number }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const leaf = organization.childCount === 0;
  return (
    <li data-testid="org-node" data-organization-id={organization.id}>
      <div className="tree-row">
        {leaf ? (
          <span className="tree-toggle" aria-hidden="true">
            ·
          </span>
        ) : (
          <button
            type="button"
            className="tree-toggle"
            aria-expanded={open}
            aria-label={t(open ? 'organizations.tree.collapse' : 'organizations.tree.expand', {
              name: organization.name,
            })}
            onClick={() => setOpen(!open)}
            data-testid="org-toggle"
          >
            {open ? '−' : '+'}
          </button>
        )}
        <Link href={`/organizations/${organization.id}`} data-testid="org-admin-link">
          {organization.name}
        </Link>
        <span className="muted">
          {organization.code} · {t(`organizations.kind.${organization.kind}` as MessageKey)}
          {organization.childCount
            ? ` · ${t('organizations.tree.children', { count: organization.childCount })}`
            : ''}
        </span>
        <Link href={`/o/${organization.id}`} className="tree-dashboard">
          {t('organizations.tree.dashboard')}
        </Link>
      </div>
      {open ? <Children id={organization.id} level={level + 1} after={null} /> : null}
    </li>
  );
}
