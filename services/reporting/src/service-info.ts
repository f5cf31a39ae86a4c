import { createServiceInfoResolver } from '@laurel/service';

/** `reportingInfo`: which subgraph answers and the schema version it runs on. */
export const ServiceInfoResolver = createServiceInfoResolver('reporting');
