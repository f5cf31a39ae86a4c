import { lazy } from 'react';
import type { Feature } from '../../routing/feature';

const AccessPage = lazy(() => import('./routes/access').then((m) => ({ default: m.AccessPage })));

export const accessFeature: Feature = {
  routes: [
    { path: '/access', page: () => <AccessPage organizationId={undefined} /> },
    {
      path: '/access/:organizationId',
      page: ({ params }) => <AccessPage key={params.organizationId} organizationId={params.organizationId} />,
    },
  ],
  navigation: [{ href: '/access', label: 'access.nav' }],
};
