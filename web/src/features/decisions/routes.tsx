import type { Feature } from '../../routing/feature';

export const decisionsFeature: Feature = {
  routes: [],
  navigation: [],
};
