import { createServiceInfoResolver } from '@laurel/service';

/** `nominationsInfo`: which subgraph answers and the schema version it runs on. */
export const ServiceInfoResolver = createServiceInfoResolver('nominations');
