import type { Feature } from '../../routing/feature';

export const peopleFeature: Feature = {
  routes: [],
  navigation: [],
};
