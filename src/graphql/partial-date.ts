import { toIso, type PartialDate } from '../domain/partial-date.js';
import { builder } from './builder.js';

export const PartialDateRef = builder.objectRef<PartialDate>('PartialDate').implement({
  description: "A date as precise as the source allows: 'October 2002' has no day.",
  fields: (t) => ({
    year: t.exposeInt('year'),
    month: t.exposeInt('month', { nullable: true }),
    day: t.exposeInt('day', { nullable: true }),
    iso: t.string({ description: 'ISO 8601 with the known precision only: 2002-10, 2003-05-22', resolve: (d) => toIso(d) }),
    inferred: t.exposeBoolean('inferred', {
      description: "true where the source did not state it and it was inferred (e.g. the year of 'May 22')",
    }),
  }),
});
