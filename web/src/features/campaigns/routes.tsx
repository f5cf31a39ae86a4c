import type { Feature } from '../../routing/feature';

export const campaignsFeature: Feature = {
  routes: [],
  navigation: [],
};
