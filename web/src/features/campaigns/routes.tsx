import { lazy } from 'react';
import type { Feature } from '../../routing/feature';

const CampaignsPage = lazy(() => import('./routes/list').then((m) => ({ default: m.CampaignsPage })));
const CampaignCreatePage = lazy(() =>
  import('./routes/create').then((m) => ({ default: m.CampaignCreatePage })),
);
const CampaignPage = lazy(() => import('./routes/campaign').then((m) => ({ default: m.CampaignPage })));

export const campaignsFeature: Feature = {
  routes: [
    { path: '/campaigns', page: () => <CampaignsPage /> },
    { path: '/campaigns/new', page: () => <CampaignCreatePage /> },
    {
      path: '/campaigns/:campaignId',
      page: ({ params }) => <CampaignPage key={params.campaignId} campaignId={params.campaignId ?? ''} />,
    },
  ],
  navigation: [{ href: '/campaigns', label: 'campaigns.nav' }],
};
