import type { Context } from '../context';
import { toDistinction } from './dto/distinction.output';

/**
 * The catalogue is public reference data (like the organization directory): a reference reads
 * it through the request's loader with no further check, e.g. for the public exemplars page.
 */
export const distinctionReference = {
  __resolveReference: async (ref: { code: string }, ctx: Context) => {
    const row = await ctx.loaders.distinction.load(ref.code);
    return row && toDistinction(row);
  },
};
