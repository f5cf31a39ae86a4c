import { lazy } from 'react';
import type { Feature } from '../../routing/feature';

const NominationsPage = lazy(() => import('./routes/list').then((m) => ({ default: m.NominationsPage })));
const NominationPage = lazy(() => import('./routes/nomination').then((m) => ({ default: m.NominationPage })));

export const nominationsFeature: Feature = {
  routes: [
    { path: '/nominations', page: () => <NominationsPage /> },
    {
      path: '/nominations/:nominationId',
      page: ({ params }) => (
        <NominationPage key={params.nominationId} nominationId={params.nominationId ?? ''} />
      ),
    },
  ],
  navigation: [{ href: '/nominations', label: 'nominations.nav' }],
};
