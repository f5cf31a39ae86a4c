import { lazy } from 'react';
import type { Feature } from '../../routing/feature';

const PickOrganizationPage = lazy(() =>
  import('./routes/pick').then((m) => ({ default: m.PickOrganizationPage })),
);
const FosteringUnitPage = lazy(() => import('./routes/unit').then((m) => ({ default: m.FosteringUnitPage })));
const ExemplarPage = lazy(() => import('./routes/exemplar').then((m) => ({ default: m.ExemplarPage })));
const ReplicationPage = lazy(() =>
  import('./routes/replication').then((m) => ({ default: m.ReplicationPage })),
);
const AdoptPage = lazy(() => import('./routes/adopt').then((m) => ({ default: m.AdoptPage })));
const InitiativesPage = lazy(() =>
  import('./routes/initiatives').then((m) => ({ default: m.InitiativesPage })),
);
const InitiativePage = lazy(() => import('./routes/initiative').then((m) => ({ default: m.InitiativePage })));

/** Fostering and replication (SPEC 7): exemplars, evaluations, adoption, the replication report, initiatives. */
export const exemplarsFeature: Feature = {
  routes: [
    { path: '/fostering', page: () => <PickOrganizationPage kind="fostering" /> },
    {
      path: '/fostering/o/:organizationId',
      page: ({ params }) => (
        <FosteringUnitPage key={params.organizationId} organizationId={params.organizationId ?? ''} />
      ),
    },
    {
      path: '/fostering/exemplars/:exemplarId',
      page: ({ params }) => <ExemplarPage key={params.exemplarId} exemplarId={params.exemplarId ?? ''} />,
    },
    {
      path: '/fostering/replication/:organizationId',
      page: ({ params }) => (
        <ReplicationPage key={params.organizationId} organizationId={params.organizationId ?? ''} />
      ),
    },
    {
      path: '/adopt/:exemplarId',
      page: ({ params }) => <AdoptPage key={params.exemplarId} exemplarId={params.exemplarId ?? ''} />,
    },
    { path: '/initiatives', page: () => <PickOrganizationPage kind="initiatives" /> },
    {
      path: '/initiatives/o/:organizationId',
      page: ({ params }) => (
        <InitiativesPage key={params.organizationId} organizationId={params.organizationId ?? ''} />
      ),
    },
    {
      path: '/initiatives/:initiativeId',
      page: ({ params }) => (
        <InitiativePage key={params.initiativeId} initiativeId={params.initiativeId ?? ''} />
      ),
    },
  ],
  navigation: [
    { href: '/fostering', label: 'exemplars.nav.fostering' },
    { href: '/initiatives', label: 'exemplars.nav.initiatives' },
  ],
};
