import type { Feature } from '../../routing/feature';
import { DashboardPage } from './routes/dashboard';

export const reportingFeature: Feature = {
  routes: [
    {
      path: '/o/:organizationId',
      page: ({ params }) => (
        <DashboardPage key={params.organizationId} organizationId={params.organizationId ?? ''} />
      ),
    },
  ],
  navigation: [],
};
