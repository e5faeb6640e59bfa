import { DATE_QUALIFIERS, describeDate, toIso, type PartialDate } from '../../domain/partial-date.js';
import { builder } from '../builder.js';

export const DateQualifierEnum = builder.enumType('DateQualifier', {
  description: 'A bound a source gives instead of a date: BEFORE / AFTER the date, BETWEEN the date and `until`, ABOUT the date.',
  values: DATE_QUALIFIERS,
});

export const PartialDateRef = builder.objectRef<PartialDate>('PartialDate');
PartialDateRef.implement({
  description: "A date as precise as the source allows: 'October 2002' has no day; 'before 5 November' has qualifier BEFORE.",
  fields: (t) => ({
    year: t.exposeInt('year'),
    month: t.exposeInt('month', { nullable: true }),
    day: t.exposeInt('day', { nullable: true }),
    iso: t.string({ description: 'ISO 8601 with the known precision only: 2002-10, 2003-05-22', resolve: (d) => toIso(d) }),
    inferred: t.exposeBoolean('inferred', {
      description: "true where the source did not state it and it was inferred (e.g. the year of 'May 22')",
    }),
    qualifier: t.field({
      type: DateQualifierEnum,
      nullable: true,
      description: 'null: on this date; otherwise the bound the source gives',
      resolve: (d) => d.qualifier ?? null,
    }),
    until: t.field({
      type: PartialDateRef,
      nullable: true,
      description: 'BETWEEN only: the end of the range',
      resolve: (d) => (d.until ? { ...d.until, inferred: d.inferred } : null),
    }),
    text: t.string({
      description: 'the date as it reads with its bound: "before 2003-11-05", "2003-05/2003-07"',
      resolve: (d) => describeDate(d),
    }),
  }),
});
