import type { Context } from './context';
import { toEmulationGroup } from './emulation-group/dto/emulation-group.output';
import { toOrganization } from './organization/dto/organization.output';
import { toPerson } from './person/dto/person.output';

/**
 * `_entities` is a door like any other: references go through the same loaders, and so the
 * same authorization, as top-level reads. The directory is public (docs/API.md §2); people are not.
 */
export const referenceResolvers = {
  Organization: {
    __resolveReference: async (ref: { id: string }, ctx: Context) => {
      const org = await ctx.loaders.organization.load(ref.id);
      return org && toOrganization(org);
    },
  },
  EmulationGroup: {
    __resolveReference: async (ref: { id: string }, ctx: Context) => {
      const group = await ctx.loaders.emulationGroup.load(ref.id);
      return group && toEmulationGroup(group);
    },
  },
  Person: {
    __resolveReference: async (ref: { id: string }, ctx: Context) => {
      const person = await ctx.loaders.person.load(ref.id);
      return person && toPerson(person);
    },
  },
};
