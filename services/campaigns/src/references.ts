import type { Context } from './context';
import { toCampaign } from './campaign/dto/campaign.output';
import { distinctionReference } from './distinction/distinction.reference';

/** `_entities` is a door like any other: references go through the request's loaders. */
export const referenceResolvers = {
  Distinction: distinctionReference,
  Campaign: {
    __resolveReference: async (ref: { id: string }, ctx: Context) => {
      const row = await ctx.loaders.campaign.load(ref.id);
      return row && toCampaign(row);
    },
  },
  // Only to hang `campaigns` on; the directory itself is the organizations subgraph's.
  Organization: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
  },
};
