import { lazy } from 'react';
import type { Feature } from '../../routing/feature';
import { HomePage } from './routes/home';

const OrganizationTreePage = lazy(() =>
  import('./routes/tree').then((m) => ({ default: m.OrganizationTreePage })),
);
const OrganizationAdminPage = lazy(() =>
  import('./routes/organization').then((m) => ({ default: m.OrganizationAdminPage })),
);
const GroupsPage = lazy(() => import('./routes/groups').then((m) => ({ default: m.GroupsPage })));

export const organizationsFeature: Feature = {
  routes: [
    { path: '/', page: HomePage },
    { path: '/organizations', page: () => <OrganizationTreePage /> },
    {
      path: '/organizations/:organizationId',
      page: ({ params }) => (
        <OrganizationAdminPage key={params.organizationId} organizationId={params.organizationId ?? ''} />
      ),
    },
    { path: '/groups', page: () => <GroupsPage ownerId={undefined} /> },
    {
      path: '/groups/:ownerId',
      page: ({ params }) => <GroupsPage key={params.ownerId} ownerId={params.ownerId} />,
    },
  ],
  navigation: [
    { href: '/organizations', label: 'organizations.nav.tree' },
    { href: '/groups', label: 'organizations.nav.groups' },
  ],
};
