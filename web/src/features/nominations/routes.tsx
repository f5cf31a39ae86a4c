import type { Feature } from '../../routing/feature';

export const nominationsFeature: Feature = {
  routes: [],
  navigation: [],
};
