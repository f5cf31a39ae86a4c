import { InvalidRequestError, parseRequest } from '../routes';
import { checkIn, NOMINATION_STAGES } from '../vocabulary';

const ID = '0b0e5f8a-3c1d-4e2f-9a7b-6c5d4e3f2a1b';

describe('internal route requests', () => {
  it('read leniently where the routes always did: wrong types count as absent, non-ids are dropped', () => {
    expect(parseRequest('campaigns', { ids: [ID, 'x', 3] })).toEqual({ ids: [ID] });
    expect(parseRequest('campaigns', null)).toEqual({ ids: [] });
    expect(parseRequest('campaigns', { ids: 'nope' })).toEqual({ ids: [] });
    expect(parseRequest('campaign-counts', { organizationId: ID, year: '2025' })).toEqual({
      organizationId: ID,
      year: undefined,
    });
    expect(parseRequest('events', { since: '12', after: ['13', ID], limit: '50' })).toEqual({
      since: '12',
      after: ['13', ID],
      limit: 50,
    });
    expect(parseRequest('events', { since: 'x', after: [1, 2], limit: 'many' })).toEqual({
      since: undefined,
      after: undefined,
      limit: undefined,
    });
    expect(
      parseRequest('rewards', { items: [{ code: 'A', target: 'INDIVIDUAL' }, { code: 'B' }], at: 'x' }),
    ).toEqual({ items: [{ code: 'A', target: 'INDIVIDUAL' }], at: undefined, issuerIds: [] });
  });

  it('refuse a council result without an event id or changes, or with slate readers that are not ids', () => {
    expect(() => parseRequest('council-results', { changes: [] })).toThrow(InvalidRequestError);
    expect(() => parseRequest('council-results', { eventId: ID })).toThrow(InvalidRequestError);
    expect(() =>
      parseRequest('council-results', {
        eventId: ID,
        changes: [],
        seat: { nominationIds: ['x'], personIds: [ID] },
      }),
    ).toThrow(/seat/);
    expect(
      parseRequest('council-results', { eventId: ID, changes: [{ nominationId: ID, to: 'UNDER_REVIEW' }] }),
    ).toEqual({
      eventId: ID,
      changes: [{ nominationId: ID, to: 'UNDER_REVIEW' }],
      by: undefined,
      reviewerPersonIds: [],
    });
  });
});

describe('vocabularies', () => {
  it('write the CHECK constraint of a list as the migrations spell it', () => {
    expect(checkIn('stage', NOMINATION_STAGES.slice(0, 2))).toBe(`"stage" IN ('REGISTERED', 'PROPOSED')`);
  });
});
