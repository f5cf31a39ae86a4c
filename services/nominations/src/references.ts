import type { Context } from './context';
import { toDecision } from './decision/decision.dto';
import { readableDecision } from './decision/decision.service';
import { toNomination } from './nomination/dto/nomination.output';

/** `_entities` is a door like any other: references go through the request's loaders. */
export const referenceResolvers = {
  Nomination: {
    __resolveReference: async (ref: { id: string }, ctx: Context) => {
      const row = await ctx.loaders.nomination.load(ref.id);
      return row && toNomination(row);
    },
  },
  RecognitionDecision: {
    __resolveReference: async (ref: { id: string }, ctx: Context) => {
      const row = await readableDecision(ctx, ctx.db, ctx.directory, ref.id);
      return row && toDecision(row);
    },
  },
  // Only to hang `nominations` and `distinctions` on; both authorize on their own.
  Organization: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
  Person: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
};
