import type { Feature } from '../../routing/feature';
import { HomePage } from './routes/home';

export const organizationsFeature: Feature = {
  routes: [{ path: '/', page: HomePage }],
  navigation: [],
};
