import { lazy } from 'react';
import type { Feature } from '../../routing/feature';

const CouncilsPage = lazy(() => import('./routes/councils').then((m) => ({ default: m.CouncilsPage })));
const NewCouncilPage = lazy(() =>
  import('./routes/new-council').then((m) => ({ default: m.NewCouncilPage })),
);
const CouncilPage = lazy(() => import('./routes/council').then((m) => ({ default: m.CouncilPage })));
const NewSessionPage = lazy(() =>
  import('./routes/new-session').then((m) => ({ default: m.NewSessionPage })),
);

export const councilsFeature: Feature = {
  routes: [
    { path: '/councils', page: () => <CouncilsPage /> },
    { path: '/councils/new', page: () => <NewCouncilPage /> },
    {
      path: '/councils/:councilId/sessions/new',
      page: ({ params }) => <NewSessionPage councilId={params.councilId ?? ''} />,
    },
    {
      path: '/councils/:councilId',
      page: ({ params }) => <CouncilPage councilId={params.councilId ?? ''} />,
    },
  ],
  navigation: [{ href: '/councils', label: 'councils.nav' }],
};
