import { lazy } from 'react';
import type { Feature } from '../../routing/feature';

const ImportsPage = lazy(() => import('./routes/imports').then((m) => ({ default: m.ImportsPage })));

export const importsFeature: Feature = {
  routes: [{ path: '/imports', page: () => <ImportsPage /> }],
  navigation: [{ href: '/imports', label: 'imports.nav' }],
};
