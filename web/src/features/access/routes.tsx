import type { Feature } from '../../routing/feature';

export const accessFeature: Feature = {
  routes: [],
  navigation: [],
};
