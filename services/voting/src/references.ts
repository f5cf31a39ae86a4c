import type { Context } from './context';
import { toCouncil } from './council/council.resolver';
import { toSession } from './session/voting.resolver';

/** `_entities` is a door like any other: a council or a session the caller may not see is null. */
export const referenceResolvers = {
  Council: {
    __resolveReference: async (ref: { id: string }, ctx: Context) => {
      try {
        return toCouncil((await ctx.access.council(ctx, ref.id)).council);
      } catch {
        return null;
      }
    },
  },
  VotingSession: {
    __resolveReference: async (ref: { id: string }, ctx: Context) => {
      try {
        return toSession((await ctx.access.session(ctx, ref.id)).session);
      } catch {
        return null;
      }
    },
  },
};
