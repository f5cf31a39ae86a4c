import type { Feature } from '../../routing/feature';
import { SessionPage } from './routes/session';

export const votingFeature: Feature = {
  routes: [
    {
      path: '/sessions/:sessionId',
      page: ({ params }) => <SessionPage sessionId={params.sessionId ?? ''} />,
    },
  ],
  navigation: [],
};
