import type { Feature } from '../../routing/feature';

export const exemplarsFeature: Feature = {
  routes: [],
  navigation: [],
};
