import type { Feature } from '../../routing/feature';

export const councilsFeature: Feature = {
  routes: [],
  navigation: [],
};
