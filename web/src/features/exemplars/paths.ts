/** The feature's addresses, in one place (links and tests rely on them). */
export const fosteringHref = (organizationId: string) => `/fostering/o/${encodeURIComponent(organizationId)}`;
export const exemplarHref = (exemplarId: string) => `/fostering/exemplars/${encodeURIComponent(exemplarId)}`;
export const replicationHref = (organizationId: string, year?: number) =>
  `/fostering/replication/${encodeURIComponent(organizationId)}${year ? `?year=${year}` : ''}`;
export const adoptHref = (exemplarId: string) => `/adopt/${encodeURIComponent(exemplarId)}`;
export const initiativesHref = (organizationId: string) =>
  `/initiatives/o/${encodeURIComponent(organizationId)}`;
export const initiativeHref = (initiativeId: string) => `/initiatives/${encodeURIComponent(initiativeId)}`;
