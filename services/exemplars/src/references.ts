import { isId } from '@laurel/graphql';
import type { Context } from './context';
import { toExemplar } from './exemplar/dto/exemplar.output';
import { toInitiative } from './initiative/dto/initiative.output';
import { visibleInitiatives } from './initiative/initiative.queries';

/** `_entities` is a door like any other: the same reads as `exemplar(id)` and `initiative(id)`. */
export const referenceResolvers = {
  Exemplar: {
    __resolveReference: async (ref: { id: string }, ctx: Context) => {
      if (ctx.identity.subject === null && ctx.identity.apiKey === null) return null;
      const row = await ctx.loaders.exemplar.load(ref.id);
      return row && toExemplar(row.entity, !row.full);
    },
  },
  Initiative: {
    __resolveReference: async (ref: { id: string }, ctx: Context) => {
      if (!isId(ref.id) || (ctx.identity.subject === null && ctx.identity.apiKey === null)) return null;
      const entity = await visibleInitiatives(ctx.db, ctx).andWhere('i.id = :id', { id: ref.id }).getOne();
      return entity && toInitiative(entity);
    },
  },
  // Only to hang `exemplars` and `initiatives` on; both authorize on their own.
  Organization: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
  // Only to hang `exemplar` on, which authorizes on its own like `exemplar(id)`.
  Nomination: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
};
