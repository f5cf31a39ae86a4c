import type { Feature } from '../../routing/feature';

export const importsFeature: Feature = {
  routes: [],
  navigation: [],
};
