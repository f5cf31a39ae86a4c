import { useI18n } from '../../../i18n/i18n';
import { useMyOrganizations } from '../../../ui/my-organizations';
import { TreeNode } from '../components/tree-node';

/** `/organizations`: the tree below each organization the user holds a role on. */
export function OrganizationTreePage() {
  const { t } = useI18n();
  const { organizations, fetching } = useMyOrganizations();
  return (
    <>
      <h1>{t('organizations.tree.title')}</h1>
      <p className="muted">{t('organizations.tree.explain')}</p>
      {fetching ? <p>{t('app.loading')}</p> : null}
      {!fetching && organizations.length === 0 ? <p className="notice">{t('home.none')}</p> : null}
      <ul className="tree" aria-label={t('organizations.tree.title')}>
        {organizations.map((o) => (
          <TreeNode key={o.id} organization={{ ...o, childCount: null }} level={1} />
        ))}
      </ul>
    </>
  );
}
