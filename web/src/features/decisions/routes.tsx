import { lazy } from 'react';
import type { Feature } from '../../routing/feature';

const PickOrganizationPage = lazy(() =>
  import('./routes/pick').then((m) => ({ default: m.PickOrganizationPage })),
);
const NewDecisionPage = lazy(() =>
  import('./routes/new-decision').then((m) => ({ default: m.NewDecisionPage })),
);
const DecisionPage = lazy(() => import('./routes/decision').then((m) => ({ default: m.DecisionPage })));
const FundPage = lazy(() => import('./routes/fund').then((m) => ({ default: m.FundPage })));
const RevokePage = lazy(() => import('./routes/revoke').then((m) => ({ default: m.RevokePage })));

/** SPEC 8 in the app: decisions with their money, the emulation fund, revocation. */
export const decisionsFeature: Feature = {
  routes: [
    { path: '/decisions', page: () => <PickOrganizationPage fund={false} /> },
    {
      path: '/decisions/new/:organizationId',
      page: ({ params }) => <NewDecisionPage organizationId={params.organizationId ?? ''} />,
    },
    {
      path: '/decisions/d/:decisionId',
      page: ({ params }) => <DecisionPage decisionId={params.decisionId ?? ''} />,
    },
    {
      path: '/decisions/revoke/:nominationId',
      page: ({ params }) => <RevokePage nominationId={params.nominationId ?? ''} />,
    },
    { path: '/fund', page: () => <PickOrganizationPage fund /> },
    {
      path: '/fund/:organizationId',
      page: ({ params }) => <FundPage organizationId={params.organizationId ?? ''} />,
    },
  ],
  navigation: [
    { href: '/decisions', label: 'decisions.nav.decisions' },
    { href: '/fund', label: 'decisions.nav.fund' },
  ],
};
