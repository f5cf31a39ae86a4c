import { lazy } from 'react';
import type { Feature } from '../../routing/feature';

const PeoplePage = lazy(() => import('./routes/people').then((m) => ({ default: m.PeoplePage })));

export const peopleFeature: Feature = {
  routes: [
    { path: '/people', page: () => <PeoplePage organizationId={undefined} /> },
    {
      path: '/people/:organizationId',
      page: ({ params }) => <PeoplePage key={params.organizationId} organizationId={params.organizationId} />,
    },
  ],
  navigation: [{ href: '/people', label: 'people.nav' }],
};
