import { createServiceInfoResolver } from '@laurel/service';

/** `votingInfo`: which subgraph answers and the schema version it runs on. */
export const ServiceInfoResolver = createServiceInfoResolver('voting');
