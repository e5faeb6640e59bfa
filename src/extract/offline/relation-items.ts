import type { DraftDocument } from '../../ingest/extraction-format.js';
import type { ClaimKeys } from './claim-items.js';
import { noteOf } from './entity-items.js';
import type { FoundRelation } from './find-relations.js';
import { bySentence, clauseAround, type Sentence } from './text-units.js';

type DraftRelationship = NonNullable<DraftDocument['relationships']>[number];

/** A found relationship as a draft relationship, quoted by the shortest clause that names both ends and the cue. */
export function relationItem(text: string, sentences: readonly Sentence[], relation: FoundRelation, claims: ClaimKeys): DraftRelationship {
  const groups = bySentence(relation.spans);
  const quotes = [
    ...new Set(
      [...groups].map(([index, spans]) => {
        const clause = clauseAround(text, sentences[index]!, spans);
        return text.slice(clause.start, clause.end);
      }),
    ),
  ].slice(0, 3);
  const saidBy = claims.speaker(relation.speaker);
  return {
    type: relation.type,
    from: claims.entity(relation.from),
    to: claims.entity(relation.to),
    status: relation.status,
    ...(saidBy && { saidBy }),
    quotes,
    draft: noteOf(relation.confidence, relation.spans, `"${relation.cue}"`),
  };
}
