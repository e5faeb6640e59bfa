import { describe, expect, it } from 'vitest';
import { comparePartialDates, partialDateProblem, toIso, type PartialDate } from '../../src/domain/partial-date.js';

const d = (year: number, month: number | null = null, day: number | null = null): PartialDate => ({ year, month, day, inferred: false });

describe('partial dates', () => {
  it('print ISO 8601 with the known precision only', () => {
    expect(toIso(d(2002, 10))).toBe('2002-10');
    expect(toIso(d(2003, 5, 22))).toBe('2003-05-22');
    expect(toIso(d(2003))).toBe('2003');
  });

  it('reject impossible dates with the reason', () => {
    expect(partialDateProblem({ year: 2003, month: 2, day: 29 })).toMatch(/does not exist/);
    expect(partialDateProblem({ year: 2004, month: 2, day: 29 })).toBeNull();
    expect(partialDateProblem({ year: 2003, month: 13 })).toMatch(/month 13/);
    expect(partialDateProblem({ year: 2003, day: 3 })).toMatch(/needs a month/);
  });

  it('order by what is known, less precise first, unknown last', () => {
    const dates = [null, d(2003, 5, 22), d(2003, 1), d(2002, 10), d(2003), d(2003, 5)];
    expect([...dates].sort(comparePartialDates).map((x) => (x ? toIso(x) : null))).toEqual([
      '2002-10',
      '2003',
      '2003-01',
      '2003-05',
      '2003-05-22',
      null,
    ]);
  });
});
