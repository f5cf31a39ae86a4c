import { decodeCursor, encodeCursor } from '../relay';

const ID = '6f1c2a54-1111-4c4c-9d9d-0123456789ab';

describe('decodeCursor', () => {
  it('gives back the key of a cursor of this list', () => {
    expect(decodeCursor(encodeCursor(['Trường A', ID]), ['string', 'uuid'])).toEqual(['Trường A', ID]);
    expect(decodeCursor(encodeCursor([-2026, 'Phong trào', ID]), ['number', 'string', 'uuid'])).toEqual([
      -2026,
      'Phong trào',
      ID,
    ]);
    expect(decodeCursor(encodeCursor(['2026-03-01T10:00:00.123Z', ID]), ['instant', 'uuid'])).not.toBeNull();
    expect(decodeCursor(null, ['string', 'uuid'])).toBeNull();
  });

  it('refuses a forged, mistyped or foreign cursor as BAD_USER_INPUT', () => {
    const bad = [
      'garbage!',
      encodeCursor(['x']),
      encodeCursor(['x', 'not-an-id']),
      encodeCursor([1, ID]),
      encodeCursor(['a\u0000b', ID]),
      encodeCursor([1e300, 'x', ID]),
      encodeCursor([2020.5, 'x', ID]),
      encodeCursor(['2020-02-31T00:00:00.000Z', ID]),
      encodeCursor(['0000-01-01T00:00:00.000Z', ID]),
      encodeCursor(['yesterday', ID]),
    ];
    const shapes = [
      ['string', 'uuid'],
      ['string', 'uuid'],
      ['string', 'uuid'],
      ['string', 'uuid'],
      ['string', 'uuid'],
      ['number', 'string', 'uuid'],
      ['number', 'string', 'uuid'],
      ['instant', 'uuid'],
      ['instant', 'uuid'],
      ['instant', 'uuid'],
    ] as const;
    bad.forEach((cursor, i) => {
      expect(() => decodeCursor(cursor, shapes[i]!)).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT' }) as unknown as Error,
      );
    });
  });
});
