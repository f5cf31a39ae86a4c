import { describe, expect, it } from 'vitest';
import { daysUntil, formatDeadline, parseDeadline, yearOfMonth } from '../deadline';

const in2027 = () => 2027;

describe('local deadlines (Asia/Ho_Chi_Minh, UTC+7 all year)', () => {
  it('reads "17:00, 23/03" as 17:00 in Vietnam, 10:00 UTC, in the year the campaign supplies', () => {
    expect(parseDeadline('17:00, 23/03', in2027)).toEqual({ ok: true, iso: '2027-03-23T10:00:00.000Z' });
  });

  it('accepts the ways officers write it', () => {
    const want = { ok: true, iso: '2027-03-23T10:00:00.000Z' };
    for (const text of [
      '17:00, 23/03/2027',
      '17h, 23/3/2027',
      '17 giờ ngày 23/3/2027',
      '17g00 23-03-2027',
      '  17:00   23/03 ',
      '23/03/2027 17:00',
      '23/03/2027, lúc 17:00',
    ])
      expect(parseDeadline(text, in2027)).toEqual(want);
  });

  it('crosses midnight correctly: 06:59 on 1 January in Vietnam is still 31 December in UTC', () => {
    expect(parseDeadline('06:59, 01/01/2027', in2027)).toEqual({ ok: true, iso: '2026-12-31T23:59:00.000Z' });
  });

  it('says what is wrong: no hour, an hour out of range, a day not on the calendar, no date at all', () => {
    expect(parseDeadline('23/03', in2027)).toEqual({ ok: false, problem: 'hour' });
    expect(parseDeadline('25:00, 23/03', in2027)).toEqual({ ok: false, problem: 'hour' });
    expect(parseDeadline('17:00, 30/02/2027', in2027)).toEqual({ ok: false, problem: 'day' });
    expect(parseDeadline('17:00, 29/02/2028', in2027)).toEqual({ ok: true, iso: '2028-02-29T10:00:00.000Z' });
    expect(parseDeadline('tuần sau', in2027)).toEqual({ ok: false, problem: 'format' });
    expect(parseDeadline('   ', in2027)).toEqual({ ok: false, problem: 'empty' });
  });

  it('shows an instant back as "17:00, 23/03/2026" whatever zone the browser is in', () => {
    expect(formatDeadline('2026-03-23T10:00:00.000Z')).toBe('17:00, 23/03/2026');
    expect(formatDeadline('2026-12-31T17:30:00.000Z')).toBe('00:30, 01/01/2027');
    expect(formatDeadline(null)).toBe('');
    expect(formatDeadline('not a date')).toBe('');
  });

  it('round-trips what it shows', () => {
    const iso = '2026-11-30T10:00:00.000Z';
    expect(parseDeadline(formatDeadline(iso), in2027)).toEqual({ ok: true, iso });
  });

  it('places a day without a year in the campaign’s year: a school year runs September to August', () => {
    expect(yearOfMonth(2026, 'SCHOOL_YEAR', 10)).toBe(2026);
    expect(yearOfMonth(2026, 'SCHOOL_YEAR', 3)).toBe(2027);
    expect(yearOfMonth(2026, 'CALENDAR_YEAR', 3)).toBe(2026);
  });

  it('counts days on Vietnam’s calendar', () => {
    const now = new Date('2026-12-06T16:30:00.000Z'); // 23:30 on 6 December in Vietnam
    expect(daysUntil('2026-12-06T17:30:00.000Z', now)).toBe(1); // 00:30 on the 7th
    expect(daysUntil('2026-12-06T10:00:00.000Z', now)).toBe(0);
    expect(daysUntil('2026-12-01T10:00:00.000Z', now)).toBe(-5);
  });
});
