import { createServiceInfoResolver } from '@laurel/service';

/** `exemplarsInfo`: which subgraph answers and the schema version it runs on. */
export const ServiceInfoResolver = createServiceInfoResolver('exemplars');
