import { lazy } from 'react';
import type { Feature } from '../../routing/feature';

const EscalationPage = lazy(() => import('./routes/escalation').then((m) => ({ default: m.EscalationPage })));

export const escalationFeature: Feature = {
  routes: [{ path: '/escalation', page: () => <EscalationPage /> }],
  navigation: [{ href: '/escalation', label: 'escalation.nav' }],
};
