import type { DateClaim } from '../../domain/claims.js';
import { builder } from '../builder.js';
import { CitationRef } from './citation.js';
import { PartialDateRef } from './partial-date.js';

export const DateClaimRef = builder.objectRef<DateClaim>('DateClaim').implement({
  description: 'One date that some sources give for an event, with the citations that give it.',
  fields: (t) => ({
    date: t.field({ type: PartialDateRef, resolve: (d) => d.date }),
    citations: t.field({ type: [CitationRef], resolve: (d) => d.citations }),
  }),
});
