import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { serverFields } from '../server-errors';

const bad = (message: string, extensions: Record<string, unknown> = {}) =>
  new CombinedError({
    graphQLErrors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } })],
  });

describe('the fields a BAD_USER_INPUT names', () => {
  it('reads extensions.field and the problems listed in the message', () => {
    expect([...serverFields(bad('x', { field: 'member.role' }), ['member.personId', 'member.role'])]).toEqual(
      ['member.role'],
    );
    expect(
      [
        ...serverFields(bad('members[1].personId: not a person of X; name must not be empty'), [
          'name',
          'members',
        ]),
      ].sort(),
    ).toEqual(['members', 'name']);
    expect([...serverFields(bad('nominationIds[0]: is UNDER_REVIEW'), ['title', 'nominationIds'])]).toEqual([
      'nominationIds',
    ]);
    // Another code, or a word that only starts like a field, names nothing.
    expect(serverFields(bad('titles: x'), ['title']).size).toBe(0);
    expect(
      serverFields(
        new CombinedError({ graphQLErrors: [new GraphQLError('x', { extensions: { code: 'FORBIDDEN' } })] }),
        ['title'],
      ).size,
    ).toBe(0);
  });
});
