export const referenceResolvers = {
  // Only to hang `report` on; the directory is the organizations subgraph's.
  Organization: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
};
