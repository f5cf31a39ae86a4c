import { useQuery } from 'urql';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { MyOrganizationsQuery } from '../../../ui/directory-documents';
import { useMyOrganizations } from '../../../ui/my-organizations';
import { TreeNode, type TreeOrganization } from '../components/tree-node';
import { DirectoryRootsQuery } from '../documents';

/**
 * `/organizations`: the tree below each organization the user holds a role on; for a platform
 * administrator, also below the directory's roots (a nation, or provinces without a parent).
 */
export function OrganizationTreePage() {
  const { t } = useI18n();
  const { granted: organizations, loading: fetching } = useMyOrganizations();
  const [me] = useQuery({ query: MyOrganizationsQuery });
  const platformAdmin = me.data?.me.isPlatformAdmin === true;
  const [roots] = useQuery({ query: DirectoryRootsQuery, pause: !platformAdmin });
  const shown = new Set(organizations.map((o) => o.id));
  const extra: TreeOrganization[] = [];
  for (const { node } of [...(roots.data?.nations.edges ?? []), ...(roots.data?.provinces.edges ?? [])]) {
    if (node.parent || shown.has(node.id)) continue;
    shown.add(node.id);
    extra.push({ ...node, childCount: null });
  }
  const all: TreeOrganization[] = [...organizations.map((o) => ({ ...o, childCount: null })), ...extra];
  return (
    <>
      <h1>{t('organizations.tree.title')}</h1>
      <p className="muted">{t('organizations.tree.explain')}</p>
      {fetching ? <p>{t('app.loading')}</p> : null}
      <ErrorMessage error={roots.error} />
      {!fetching && all.length === 0 && !roots.fetching ? <p className="notice">{t('home.none')}</p> : null}
      <ul className="tree" aria-label={t('organizations.tree.title')}>
        {all.map((o) => (
          <TreeNode key={o.id} organization={o} level={1} />
        ))}
      </ul>
    </>
  );
}
