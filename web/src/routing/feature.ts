import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n/catalogue';

/** What a page receives: the path's parameters (wouter's `:name` segments). */
export interface PageProps {
  params: Record<string, string | undefined>;
}

/** A page of the signed-in app: its path (wouter syntax) and its component (React.lazy for new pages). */
export interface FeatureRoute {
  path: string;
  page: ComponentType<PageProps>;
}

/** A link in the main navigation. */
export interface NavigationLink {
  href: string;
  label: MessageKey;
}

/**
 * What a feature adds to the app: its pages and its links. Each feature folder exports one
 * from `routes.tsx`; `routing/features.ts` lists them. Pages of the second part are loaded with
 * React.lazy so the first load stays light (`npm run weight:web`).
 */
export interface Feature {
  routes: readonly FeatureRoute[];
  navigation: readonly NavigationLink[];
}
